"""A vote page's certification standing -> the lines of its results section; pure.

Provisional results say so and show the exact text a clerk adds to certify them; certified
ones name the clerk, the date, the revision and the diff of the certification; what changed
on the vote page since is a table (who, what, diff); refused certifications are listed with
who and why; an archived result links the archive's revision. Every value that came from a
page passes through ``escape_text`` or ``user_link``.
"""

from __future__ import annotations

from bot.core.i18n import msg
from bot.core.render import collapsible, escape_text, page_link, table, user_link
from bot.votes.certify import CERTIFY_TEMPLATE, Change, Refusal, Standing, archived_marker
from bot.votes.render import shown_time

_WHAT = ("added", "changed", "removed", "restored")  # peerbot-certify-what-KIND
_SHOWN = 120  # characters of a changed line shown


def render_standing(page: str, revision: int | None, standing: Standing,
                    template: str = CERTIFY_TEMPLATE) -> str:
    """A vote page, the revision counted now and its standing -> the status line(s)."""
    cert = standing.certified
    if cert is None:
        status = msg("peerbot-certify-provisional",
                     f"<code><nowiki>{{{{{template}|page={page}|revision={revision or 'N'}}}}} "
                     "~~~~</nowiki></code>")
    else:
        status = msg("peerbot-certify-certified", user_link(cert.by), shown_time(cert.time),
                     page_link(page, msg("peerbot-certify-revision", cert.revision),
                               revision=cert.revision),
                     f"[[Special:Diff/{cert.results_revision}|{msg('peerbot-certify-diff')}]]")
    out = [f'<div class="peerbot-certification">{status}</div>']
    if standing.archived:
        out.append(archived_marker(standing.archived,
                                   msg("peerbot-certify-archived", standing.archived)))
    if standing.refusals:
        out.append(msg("peerbot-certify-refused") + "\n" + "\n".join(
            "* " + msg("peerbot-certify-refusal", r.line,
                       user_link(r.user) if r.user else msg("peerbot-certify-unknown"),
                       refusal_text(r))
            + (f" ([[Special:Diff/{r.results_revision}|{msg('peerbot-certify-diff')}]])"
               if r.results_revision else "") for r in standing.refusals))
    return "\n".join(out)


def refusal_text(refusal: Refusal) -> str:
    """A refused certification -> why, in the report's language (its values escaped)."""
    if not refusal.key:
        return escape_text(refusal.reason)
    return msg(refusal.key, *(escape_text(p) for p in refusal.params))


def _what(change: Change) -> str:
    text = change.text.strip()
    shown = text if len(text) <= _SHOWN else text[:_SHOWN] + "…"
    what = msg(f"peerbot-certify-what-{change.kind}") if change.kind in _WHAT \
        else escape_text(change.kind)
    return f"{what}: <code>{escape_text(shown)}</code>"


def render_changes(standing: Standing) -> str:
    """Standing -> the 'Changed since certification' table ('' when not certified)."""
    if standing.certified is None:
        return ""
    title = msg("peerbot-certify-changed")
    if not standing.changes:
        return "''" + msg("peerbot-votes-nothing", title) + "''"
    rows = [[user_link(c.user) if c.user else "''" + msg("peerbot-certify-hidden") + "''",
             _what(c), f"[[Special:Diff/{c.revision}|{c.revision}]]"]
            for c in standing.changes]
    return collapsible(msg("peerbot-votes-titled-count", title, len(standing.changes)),
                       table([msg("peerbot-certify-col-who"), msg("peerbot-certify-col-what"),
                              msg("peerbot-certify-col-diff")], rows, sortable=False),
                       collapsed=False)
