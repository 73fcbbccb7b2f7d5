"""SelectionResult / Comparison -> report wikitext; pure.

Every value that came from users (names, groups, regions, attribute values, reasons that quote
them) passes through ``_escape``, the one place to swap the escaping rule; reasons and other
``Said`` texts go through ``wording.wikitext``, which escapes their user values. Every fixed
word is a message of ``i18n/selection/``, written in the report's language
(``bot.core.i18n.speaking``). Fields listed in the policy's ``hide`` are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from bot.core.i18n import msg
from bot.core.model import Problem
from bot.core.render import (
    data_row,
    escape_text,
    page_link,
    problems_table,
    table,
    user_link,
)
from bot.core.wikidate import day_text
from bot.selection.breakdown import breakdown_text
from bot.selection.evidence import EvidenceReport, GoalEvidence
from bot.selection.policy import GENERAL_TRACK, SelectionPolicy
from bot.selection.policy_text import criteria_lines, quota_text, render_policy
from bot.selection.records import Comparison, Placement, SelectionResult
from bot.selection.score import lottery_key
from bot.selection.wording import Said, joined, wikitext

__all__ = [
    "criteria_lines",
    "render_comparison",
    "render_evidence",
    "render_no_comparison",
    "render_pages",
    "render_policy",
    "render_problems",
    "render_selection",
]


def _escape(value: str) -> str:
    """User text -> wikitext showing it literally (delegates to bot.core.render.escape_text)."""
    return escape_text(value)


def _heading(title: str, level: int) -> str:
    marks = "=" * level
    return f"{marks} {title} {marks}"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """Header texts and escaped cells -> a sortable wikitable."""
    return table(headers, rows)


def _track_label(name: str, policy: SelectionPolicy) -> str:
    if name == GENERAL_TRACK and policy.tracks:
        return msg("peerbot-selection-open-seats")
    return _escape(name)


SEAT_ROW = "peerbot-seat"  # a selected person's row: data-user, data-track, data-policy


def _col(name: str) -> str:
    return msg(f"peerbot-selection-col-{name}")


def _people_table(people: tuple[Placement, ...], policy: SelectionPolicy,
                  rank_header: str, seats: bool = False) -> str:
    """Placements -> their table; ``seats``: each row carries the seat as data attributes,
    so other jobs (peerbot records) read who was selected back from the page."""
    hide = policy.hide
    shown = [f for f in ("group", "region") if f not in hide]
    headers = [_col(rank_header), _col("user"), *(_col(f) for f in shown), _col("track")]
    if "score" not in hide:
        headers.append(_col("score"))
    headers.append(_col("reason"))
    rows: list[list[str]] = []
    for number, person in enumerate(people, start=1):
        row = [str(person.rank or number), user_link(person.user)]
        row += [_escape(getattr(person, f)) for f in shown]
        # The candidate's own track; the seat they hold is in the reason and the heading.
        row.append(_escape(person.own_track) if person.own_track else "–")
        if "score" not in hide:
            row.append(f'data-sort-value="{float(person.score)}" | '
                       + wikitext(breakdown_text(person.terms, person.score)))
        row.append(wikitext(person.reason))
        rows.append(row)
    lines = [data_row(SEAT_ROW, [("user", p.user), ("track", p.track), ("policy", policy.name)])
             for p in people] if seats else []
    return table(headers, rows, row_lines=lines)


def render_selection(result: SelectionResult, config_permalink: str | None = None,
                     level: int = 2) -> str:
    """SelectionResult (and the policy page's permalink) -> report wikitext."""
    policy = result.policy
    applied = result.applied_policy
    out: list[str] = []
    if result.infeasible is not None:
        out.append("{| class=\"wikitable\"\n| " + msg("peerbot-selection-relaxed") + " "
                   + wikitext(result.infeasible.summary()) + "\n|}")
    out.append(_heading(msg("peerbot-selection-heading-selected"), level))
    filled = len(result.selected)
    if result.empty_seats:
        out.append(msg("peerbot-selection-filled-empty", filled, result.seats,
                       result.empty_seats))
    else:
        out.append(msg("peerbot-selection-filled", filled, result.seats))
    track_names = [t.name for t in applied.tracks] + [GENERAL_TRACK]
    for name in track_names:
        people = tuple(p for p in result.selected if p.track == name)
        if not people:
            continue
        if applied.tracks:
            out.append(_heading(msg("peerbot-selection-heading-track",
                                    _track_label(name, applied)), level + 1))
        out.append(_people_table(people, policy, "rank", seats=True))
    out.append(_heading(msg("peerbot-selection-heading-waitlist"), level))
    if result.waitlist:
        out.append(msg("peerbot-selection-waitlist-intro"))
        out.append(_people_table(result.waitlist, policy, "place"))
    else:
        out.append(msg("peerbot-selection-waitlist-empty"))
    out.append(_heading(msg("peerbot-selection-heading-not-selected"), level))
    if result.not_selected:
        out.append(_people_table(result.not_selected, policy, "number"))
    else:
        out.append(msg("peerbot-selection-not-selected-empty"))
    out.append(_heading(msg("peerbot-selection-heading-quotas"), level))
    if result.quotas:
        rows = []
        for quota in result.quotas:
            text = quota_text(quota.min, quota.max)
            if quota.min != quota.required_min:
                text = Said("peerbot-selection-quota-relaxed", text, quota.required_min)
            rows.append([_escape(quota.attribute), _escape(quota.value), wikitext(text),
                         str(quota.filled)])
        out.append(_table([_col("attribute"), _col("value"), _col("target"), _col("filled")],
                          rows))
    else:
        out.append(msg("peerbot-selection-no-quotas"))
    out.append(_heading(msg("peerbot-selection-heading-policy"), level))
    out.append(render_policy(policy, result.seed, config_permalink))
    return "\n".join(out) + "\n"


def _relaxed_note(result: SelectionResult) -> str:
    """Result -> "" or a note that the policy could not be met and how it was relaxed."""
    if result.infeasible is None:
        return ""
    fix = joined((r.describe() for r in result.infeasible.relaxations), "peerbot-semicolon")
    return wikitext(Said("peerbot-selection-relaxed-note", fix))


def _users(names: tuple[str, ...]) -> str:
    return msg("peerbot-comma").join(user_link(u) for u in names) or "—"


def render_comparison(comparison: Comparison, level: int = 2) -> str:
    """Comparison -> wikitext: outcome per candidate under each policy, then who changes."""
    out = [_heading(msg("peerbot-selection-heading-comparison"), level),
           msg("peerbot-selection-comparison-seed", f"<code>{_escape(comparison.seed)}</code>")]
    headers = [_col("user")] + [_escape(name) for name in comparison.policies]
    rows = [[user_link(row.user)] + [wikitext(outcome) for outcome in row.outcomes]
            for row in comparison.rows]
    out.append(_table(headers, rows))
    out.append(_heading(msg("peerbot-selection-heading-seats-filled"), level + 1))
    out.append(_table([_col("policy"), _col("selected"), _col("waitlist"), _col("empty-seats"),
                       _col("note")], [
        [_escape(result.policy.name), str(len(result.selected)), str(len(result.waitlist)),
         str(result.empty_seats), _relaxed_note(result)] for result in comparison.results]))
    out.append(_heading(msg("peerbot-selection-heading-who-changes"), level + 1))
    change_rows = [[_escape(diff.first), _escape(diff.second), _users(diff.only_first),
                    _users(diff.only_second)] for diff in comparison.differences]
    if change_rows:
        out.append(_table([_col("policy-a"), _col("policy-b"), _col("only-a"), _col("only-b")],
                          change_rows))
    else:
        out.append(msg("peerbot-selection-one-policy"))
    return "\n".join(out) + "\n"


def render_no_comparison(policy: str, level: int = 2) -> str:
    """The policy of a run without --compare -> what stands where an earlier run's
    comparison stood (its seats were those of that run, not of the selection above)."""
    note = msg("peerbot-selection-no-comparison", f"'''{_escape(policy)}'''",
               "<code>--compare</code>", "<code>peerbot select --compare POLICY.yaml</code>")
    return f"{_heading(msg('peerbot-selection-heading-comparison'), level)}\n{note}\n"


_GROUPING = {("group",): "group", ("region",): "region", ("group", "region"): "group-region"}


def _grouping_header(shown: list[str]) -> str:
    """Shown fields of group, region and less_resourced -> the header of their column."""
    named = tuple(f for f in shown if f != "less_resourced")
    if "less_resourced" not in shown:
        return msg(f"peerbot-selection-col-{_GROUPING[named]}")
    if not named:  # marked only where it applies, unless alone
        return msg("peerbot-selection-col-less-resourced")
    return msg("peerbot-selection-col-less-resourced-of",
               msg(f"peerbot-selection-col-{_GROUPING[named]}"))


_GOAL_STATUS = {"met": "peerbot-selection-goal-met", "partial": "peerbot-selection-goal-partial",
                "not met": "peerbot-selection-goal-not-met"}


def _goal_text(goal: GoalEvidence) -> str:
    record, signer = goal.record, goal.signer
    training = (_escape(record.training) if record.training
                else msg("peerbot-selection-no-training"))
    status = msg(_GOAL_STATUS[record.status])
    return msg("peerbot-selection-goal", training, _escape(record.goal), status,
               _escape(signer))


def _when(stamp: datetime | None) -> str:
    """A time -> a cell the wiki writes in its language: "10:01, 1 March 2026" on an English
    wiki ({{#dateformat:}}, MediaWiki's core parser function, names the month), sorting by
    the time itself; "" for None."""
    if stamp is None:
        return ""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC)
    return (f'data-sort-value="{stamp:%Y-%m-%dT%H:%M}" | '
            f"{stamp:%H:%M}, {day_text(stamp.date().isoformat())}")


def render_evidence(report: EvidenceReport, seed: str, hide: frozenset[str] = frozenset(),
                    level: int = 2) -> str:
    """Candidates' evidence and the seed -> a table of the facts every score was built from.

    The lottery table below it gives the first 12 hex digits of each person's lottery
    number in draw order, so a reader can re-check the draw with sha256sum (a table of its
    own, so the evidence table fits the page's column).
    """
    # Group, region and the less-resourced mark share one column (the mark comes from the
    # group or region), so the table fits the page's column.
    shown = [f for f in ("group", "region", "less_resourced") if f not in hide]
    headers = [_col("user")] + ([_grouping_header(shown)] if shown else [])
    headers += [_col(name) for name in ("track", "first-nominated", "nominators",
                                        "recommenders", "mentees", "goals")]
    rows: list[list[str]] = []
    semicolon = msg("peerbot-semicolon")
    for item in report.evidence:
        c = item.candidate
        row = [user_link(c.user)]
        if shown:
            parts = [_escape(v) for f, v in (("group", c.group), ("region", c.region))
                     if f in shown and v]
            if "less_resourced" in shown and (c.less_resourced or shown == ["less_resourced"]):
                parts.append(msg("peerbot-selection-less-resourced" if c.less_resourced
                                 else "peerbot-selection-less-resourced-no"))
            row.append(semicolon.join(parts))
        goals = semicolon.join(_goal_text(g) for g in item.goals)
        row += [_escape(c.track),
                _when(c.first_nominated),
                _people(c.nominators), _people(c.recommenders), _people(c.mentees), goals]
        rows.append(row)
    out = [_heading(msg("peerbot-selection-heading-evidence"), level)]
    if rows:
        out.append(_table(headers, rows))
        drawn = sorted(report.candidates, key=lambda c: lottery_key(seed, c.user))
        out += [_heading(msg("peerbot-selection-heading-lottery"), level + 1),
                msg("peerbot-selection-lottery-intro"),
                _table([_col("draw"), _col("user"), _col("lottery-number")], [
                    [str(n), user_link(c.user), f"<code>{lottery_key(seed, c.user)[:12]}</code>"]
                    for n, c in enumerate(drawn, start=1)])]
    else:
        out.append(msg("peerbot-selection-no-candidates"))
    return "\n".join(out) + "\n"


def _people(names: frozenset[str]) -> str:
    shown = sorted(names, key=str.casefold)
    return (f"{len(shown)}: " + msg("peerbot-comma").join(user_link(n) for n in shown)
            if shown else "0")


def render_problems(problems: tuple[Problem, ...], revisions: Mapping[str, int],
                    level: int = 2) -> str:
    """Problems and the revisions read -> a table linking each problem's page revision."""
    return "\n".join([_heading(msg("peerbot-selection-heading-problems"), level),
                      problems_table(problems, revisions)]) + "\n"


def render_pages(revisions: Mapping[str, int], level: int = 2) -> str:
    """{title: revision} -> the list of page revisions the selection was computed from."""
    out = [_heading(msg("peerbot-selection-heading-pages"), level)]
    if revisions:
        out.append("\n".join("* " + msg("peerbot-selection-page-read", page_link(title), rev)
                             for title, rev in sorted(revisions.items())))
    else:
        out.append(msg("peerbot-none"))
    return "\n".join(out) + "\n"
