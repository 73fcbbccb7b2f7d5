"""A vote page's certification standing -> the lines of its results section; pure.

Provisional results say so and show the exact text a clerk adds to certify them; certified
ones name the clerk, the date, the revision and the diff of the certification; what changed
on the vote page since is a table (who, what, diff); refused certifications are listed with
who and why; an archived result links the archive's revision. Every value that came from a
page passes through ``escape_text`` or ``user_link``.
"""

from __future__ import annotations

from bot.core.render import collapsible, escape_text, page_link, table, user_link, wiki_time
from bot.votes.certify import CERTIFY_TEMPLATE, Change, Standing

_WHAT = {"added": "added", "changed": "changed", "removed": "removed",
         "restored": "restored"}
_SHOWN = 120  # characters of a changed line shown


def render_standing(page: str, revision: int | None, standing: Standing,
                    template: str = CERTIFY_TEMPLATE) -> str:
    """A vote page, the revision counted now and its standing -> the status line(s)."""
    cert = standing.certified
    if cert is None:
        status = ("'''Provisional''': not certified by a clerk yet. A clerk certifies these "
                  "results by adding, outside the bot's part of this page, "
                  f"<code><nowiki>{{{{{template}|page={page}|revision={revision or 'N'}}}}} "
                  "~~~~</nowiki></code>.")
    else:
        status = (f"'''Certified''' by {user_link(cert.by)} on {wiki_time(cert.time)} for "
                  f"{page_link(page, f'revision {cert.revision}', revision=cert.revision)} "
                  f"([[Special:Diff/{cert.results_revision}|diff]]). The numbers below are "
                  "the certified ones; later changes do not alter them until a clerk "
                  "certifies a newer revision.")
    out = [f'<div class="peerbot-certification">{status}</div>']
    if standing.archived:
        out.append(f"Final results archived: [[Special:Permalink/{standing.archived}|"
                   f"revision {standing.archived}]].")
    if standing.refusals:
        out.append("'''Certification not accepted''':\n" + "\n".join(
            f"* line {r.line}: {user_link(r.user) if r.user else '(unknown)'}: "
            f"{escape_text(r.reason)}"
            + (f" ([[Special:Diff/{r.results_revision}|diff]])" if r.results_revision
               else "") for r in standing.refusals))
    return "\n".join(out)


def _what(change: Change) -> str:
    text = change.text.strip()
    shown = text if len(text) <= _SHOWN else text[:_SHOWN] + "…"
    return f"{_WHAT.get(change.kind, change.kind)}: <code>{escape_text(shown)}</code>"


def render_changes(standing: Standing) -> str:
    """Standing -> the 'Changed since certification' table ('' when not certified)."""
    if standing.certified is None:
        return ""
    if not standing.changes:
        return "''Changed since certification: nothing.''"
    rows = [[user_link(c.user) if c.user else "''(hidden)''", _what(c),
             f"[[Special:Diff/{c.revision}|{c.revision}]]"] for c in standing.changes]
    return collapsible(f"Changed since certification ({len(standing.changes)})",
                       table(["Who", "What", "Diff"], rows, sortable=False),
                       collapsed=False)
