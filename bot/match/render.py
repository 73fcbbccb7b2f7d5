"""A MatchResult -> the report's wikitext, and the published pairs read back from it; pure.

Each pair is one row of the pairs table carrying ``data-mentor``, ``data-mentee``,
``data-since`` and ``data-notified`` attributes: the page itself is the record of who was
paired, so a lost state folder never reshuffles anyone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.core.integrity import AuditRow, render_audit
from bot.core.render import (
    SCROLL_OPEN,
    data_row,
    data_rows,
    escape_text,
    page_link,
    pages_read,
    plural,
    problems_table,
    shown_day,
    table,
    user_link,
)
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
    return ", ".join(f"<code>{escape_text(v)}</code>" for v in values) or "–"


def _tags(values: Sequence[str]) -> str:
    return ", ".join(escape_text(v) for v in values) or "–"


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
    out = [SCROLL_OPEN, '{| class="wikitable sortable peerbot-pairs"',
           "! Mentor !! Mentee !! Shared languages !! Needs covered !! Since !! Entries"]
    for pair in pairs:
        out.append(data_row("peerbot-pair", [("mentor", pair.mentor), ("mentee", pair.mentee),
                                             ("since", pair.since),
                                             ("notified", "yes" if pair.notified else "no"),
                                             ("offer-page", _page(pair.mentor_side)),
                                             ("request-page", _page(pair.mentee_side))]))
        since = shown_day(pair.since)
        entries = (_entry_link(pair.mentor_side, "offer", revisions) + ", "
                   + _entry_link(pair.mentee_side, "request", revisions))
        out.append("| " + " || ".join([user_link(pair.mentor), user_link(pair.mentee),
                                        _codes(pair.languages), _tags(pair.needs), since,
                                        entries]))
    out += ["|}", "</div>"]
    return "\n".join(out)


def render_report(result: MatchResult, config: MatchConfig, revisions: Mapping[str, int],
                  audit: Sequence[AuditRow] = (), note: str = "", seed_source: str = "",
                  audit_counted: bool = True) -> str:
    """MatchResult -> the wikitext of the bot's "match" part of the report page
    (``audit_counted=False``: the audit lists only excluded entries, for a page near the
    wiki's size limit)."""
    missed = misses(result, config)
    offers, requests = result.sides.active_offers(), result.sides.active_requests()
    parts = [
        f"{plural(len(result.pairs), 'pair', bold=True)} from "
        f"{plural(len(offers), 'offer')} and {plural(len(requests), 'request')}; "
        f"{plural(len(missed), 'request')} waiting; "
        f"{plural(len(result.sides.problems), 'problem')}. Lottery seed "
        f"<code>{escape_text(result.seed)}</code>"
        + (f" ({escape_text(seed_source)})" if seed_source else "") + ". A pair, once "
        "published, stays until one side withdraws or an organizer ends it; new pairs use "
        "the room left: the most mentees matched, then the most needs covered, then the "
        "preferences, then the lowest sum of the pairs' lottery numbers (the first 8 hex "
        "digits of sha256(seed, newline, mentee, newline, mentor)).",
        "== Pairs ==", render_pairs(result.pairs, revisions) if result.pairs else "None yet.",
        "== Waiting requests ==",
        table(["Mentee", "Languages", "Needs", "Why no mentor yet"],
              [[user_link(m.request.user), _codes(m.request.languages), _tags(m.request.tags),
                escape_text(m.reason)] for m in missed]) if missed else "None.",
        "== Who to recruit ==", _render_recruits(missed),
        "== Needs no offer covers ==", _render_uncovered(result),
        "== Mentors ==",
        table(["Mentor", "Languages", "Skills", "Region", "Capacity", "Used"],
              [[user_link(o.user), _codes(o.languages), _tags(o.tags), escape_text(o.region),
                str(o.capacity), str(result.used(o.user))] for o in offers])
        if offers else "None.",
    ]
    gone = [s for s in (*result.sides.offers, *result.sides.requests) if s.withdrawn]
    if gone:
        parts += ["== Withdrawn ==", "Struck by their authors (or a clerk): " + ", ".join(
            f"{user_link(s.user)} ({'offer' if s.kind == 'mentor offer' else 'request'})"
            for s in gone) + "."]
    if result.ended:
        parts += ["== Ended pairs ==", table(
            ["Mentor", "Mentee", "Since", "Why ended"],
            [[user_link(e.mentor), user_link(e.mentee), shown_day(e.since),
              escape_text(e.reason)] for e in result.ended])]
    parts += ["== Problems ==", problems_table(result.sides.problems, revisions)]
    if audit:
        parts.append(render_audit(list(audit), note, audit_counted))
    parts += ["== Pages read ==", pages_read(revisions)]
    return "\n".join(parts)


def _render_recruits(missed: list[Miss]) -> str:
    wanted = recruits(missed)
    if not wanted:
        return "Nobody is waiting."
    return ("One more mentor with one of these profiles would fit the waiting requests "
            "counted (as many as their capacity).\n" + table(
                ["Speaks", "Covers", "Waiting requests it fits"],
                [[_codes([r.language]), escape_text(r.skill) or "–", str(r.waiting)]
                 for r in wanted]))


def _render_uncovered(result: MatchResult) -> str:
    rows = uncovered_needs(result)
    if not rows:
        return "Every need named in a request is covered by some offer."
    return table(["Need", "Requests naming it"], [[escape_text(t), str(n)] for t, n in rows])


def edit_summary(result: MatchResult, prefix: str) -> str:
    """MatchResult -> the edit summary with the counts."""
    new = sum(1 for p in result.pairs if p.new)
    return (f"{prefix}: {plural(len(result.pairs), 'pair')} ({new} new), "
            f"{plural(len(result.ended), 'ended pair')}, "
            f"{plural(len(result.sides.problems), 'problem')}")[:480]
