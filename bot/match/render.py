"""A MatchResult -> the report's wikitext, and the published pairs read back from it; pure.

Each pair is one row of the pairs table carrying ``data-mentor``, ``data-mentee``,
``data-since`` and ``data-notified`` attributes: the page itself is the record of who was
paired, so a lost state folder never reshuffles anyone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.core.i18n import msg, plain
from bot.core.integrity import AuditRow, render_audit
from bot.core.phrase import Phrase
from bot.core.render import (
    SCROLL_OPEN,
    data_row,
    data_rows,
    escape_text,
    page_link,
    pages_read,
    problems_table,
    table,
    user_link,
)
from bot.core.wikidate import day_cell
from bot.match.config import MatchConfig
from bot.match.explain import Miss, misses, recruits, uncovered_needs
from bot.match.offers import Side
from bot.match.pairing import MatchResult, Pair, Published


def published_pairs(bot_text: str) -> list[Published]:
    """The bot's part of the report page -> the pairs it shows, in order."""
    return [Published(a["mentor"], a["mentee"], a.get("since", ""), a.get("notified") == "yes",
                      a.get("offer-page", ""), a.get("request-page", ""))
            for a in data_rows(bot_text, "peerbot-pair") if a.get("mentor") and a.get("mentee")]


def _codes(values: Sequence[str]) -> str:
    return msg("peerbot-comma").join(f"<code>{escape_text(v)}</code>" for v in values) or "–"


def _tags(values: Sequence[str]) -> str:
    return msg("peerbot-comma").join(escape_text(v) for v in values) or "–"


def _entry_link(side: Side | None, label: str, revisions: Mapping[str, int]) -> str:
    if side is None:
        return "–"
    if side.revision:
        return f"[[Special:Diff/{side.revision}|{label}]]"
    return page_link(side.page, label, revision=revisions.get(side.page))


def _page(side: Side | None) -> str:
    return side.page if side is not None else ""


def render_pairs(pairs: Sequence[Pair], revisions: Mapping[str, int]) -> str:
    """Pairs -> the sortable pairs table, one row per pair with its data attributes."""
    headers = _cols("peerbot-match-col-mentor", "peerbot-match-col-mentee",
                    "peerbot-match-col-shared-languages", "peerbot-match-col-needs-covered",
                    "peerbot-match-col-since", "peerbot-match-col-entries")
    out = [SCROLL_OPEN, '{| class="wikitable sortable peerbot-pairs"', "! " + " !! ".join(headers)]
    for pair in pairs:
        out.append(data_row("peerbot-pair", [("mentor", pair.mentor), ("mentee", pair.mentee),
                                             ("since", pair.since),
                                             ("notified", "yes" if pair.notified else "no"),
                                             ("offer-page", _page(pair.mentor_side)),
                                             ("request-page", _page(pair.mentee_side))]))
        since = day_cell(pair.since)
        entries = (_entry_link(pair.mentor_side, msg("peerbot-match-offer"), revisions)
                   + msg("peerbot-comma")
                   + _entry_link(pair.mentee_side, msg("peerbot-match-request"), revisions))
        out.append("| " + " || ".join([user_link(pair.mentor), user_link(pair.mentee),
                                        _codes(pair.languages), _tags(pair.needs), since,
                                        entries]))
    out += ["|}", "</div>"]
    return "\n".join(out)


def render_report(result: MatchResult, config: MatchConfig, revisions: Mapping[str, int],
                  audit: Sequence[AuditRow] = (), note: str = "",
                  seed_source: Phrase | None = None, audit_counted: bool = True) -> str:
    """MatchResult -> the wikitext of the bot's "match" part of the report page
    (``audit_counted=False``: the audit lists only excluded entries, for a page near the
    wiki's size limit)."""
    missed = misses(result, config)
    offers, requests = result.sides.active_offers(), result.sides.active_requests()
    seed = f"<code>{escape_text(result.seed)}</code>"
    if seed_source:
        seed = msg("peerbot-match-seed-from", seed, seed_source.wikitext())
    waiting = table(
        _cols("peerbot-match-col-mentee", "peerbot-match-col-languages",
              "peerbot-match-col-needs", "peerbot-match-col-why-waiting"),
        [[user_link(m.request.user), _codes(m.request.languages), _tags(m.request.tags),
          m.why.wikitext()] for m in missed]) if missed else msg("peerbot-none")
    mentors = table(
        _cols("peerbot-match-col-mentor", "peerbot-match-col-languages",
              "peerbot-match-col-skills", "peerbot-match-col-region",
              "peerbot-match-col-capacity", "peerbot-match-col-used"),
        [[user_link(o.user), _codes(o.languages), _tags(o.tags), escape_text(o.region),
          str(o.capacity), str(result.used(o.user))] for o in offers]
    ) if offers else msg("peerbot-none")
    parts = [
        msg("peerbot-match-intro", len(result.pairs), len(offers), len(requests), len(missed),
            len(result.sides.problems), seed),
        _heading("peerbot-match-section-pairs"),
        render_pairs(result.pairs, revisions) if result.pairs else msg("peerbot-match-no-pairs"),
        _heading("peerbot-match-section-waiting"), waiting,
        _heading("peerbot-match-section-recruit"), _render_recruits(missed),
        _heading("peerbot-match-section-uncovered"), _render_uncovered(result),
        _heading("peerbot-match-section-mentors"), mentors,
    ]
    gone = [s for s in (*result.sides.offers, *result.sides.requests) if s.withdrawn]
    if gone:
        who = msg("peerbot-comma").join(
            msg("peerbot-match-withdrawn-offer" if s.kind == "mentor offer"
                else "peerbot-match-withdrawn-request", user_link(s.user)) for s in gone)
        parts += [_heading("peerbot-match-section-withdrawn"),
                  msg("peerbot-match-withdrawn", who)]
    if result.ended:
        parts += [_heading("peerbot-match-section-ended"), table(
            _cols("peerbot-match-col-mentor", "peerbot-match-col-mentee",
                  "peerbot-match-col-since", "peerbot-match-col-why-ended"),
            [[user_link(e.mentor), user_link(e.mentee), day_cell(e.since), e.why.wikitext()]
             for e in result.ended])]
    parts += [_heading("peerbot-match-section-problems"),
              problems_table(result.sides.problems, revisions)]
    if audit:
        parts.append(render_audit(audit_rows(audit), note, audit_counted))
    parts += [_heading("peerbot-match-section-pages-read"),
              pages_read(revisions, msg("peerbot-none"))]
    return "\n".join(parts)


KINDS = {"mentor offer": "peerbot-match-kind-offer", "mentee request": "peerbot-match-kind-request"}


def audit_rows(audit: Sequence[AuditRow]) -> list[AuditRow]:
    """Audit rows -> the same with each entry kind in the report's language."""
    return [replace(r, stance=msg(KINDS[r.stance])) if r.stance in KINDS else r for r in audit]


def _heading(key: str) -> str:
    return f"== {msg(key)} =="


def _cols(*keys: str) -> list[str]:
    return [msg(key) for key in keys]


def _render_recruits(missed: list[Miss]) -> str:
    wanted = recruits(missed)
    if not wanted:
        return msg("peerbot-match-nobody-waiting")
    return (msg("peerbot-match-recruit-intro") + "\n" + table(
        _cols("peerbot-match-col-speaks", "peerbot-match-col-covers", "peerbot-match-col-fits"),
        [[_codes([r.language]), escape_text(r.skill) or "–", str(r.waiting)] for r in wanted]))


def _render_uncovered(result: MatchResult) -> str:
    rows = uncovered_needs(result)
    if not rows:
        return msg("peerbot-match-all-covered")
    return table(_cols("peerbot-match-col-need", "peerbot-match-col-naming"),
                 [[escape_text(t), str(n)] for t, n in rows])


def edit_summary(result: MatchResult, prefix: str) -> str:
    """MatchResult -> the edit summary with the counts."""
    new = sum(1 for p in result.pairs if p.new)
    return plain("peerbot-match-report-summary", prefix, len(result.pairs), new,
                 len(result.ended), len(result.sides.problems))[:480]
