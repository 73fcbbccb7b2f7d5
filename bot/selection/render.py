"""SelectionResult / Comparison -> report wikitext; pure.

Every value that came from users (names, groups, regions, attribute values, reasons that quote
them) passes through ``_escape``, the one place to swap the escaping rule. Fields listed in the
policy's ``hide`` are left out.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.model import Problem
from bot.core.render import (
    data_row,
    escape_text,
    page_link,
    plural,
    table,
    user_link,
    wiki_time,
)
from bot.selection.breakdown import breakdown_text, exact_text
from bot.selection.evidence import EvidenceReport
from bot.selection.policy import GENERAL_TRACK, Criteria, SelectionPolicy
from bot.selection.records import Comparison, Placement, SelectionResult
from bot.selection.score import format_score, lottery_key


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
        return "open seats"
    return name


SEAT_ROW = "peerbot-seat"  # a selected person's row: data-user, data-track, data-policy


def _people_table(people: tuple[Placement, ...], policy: SelectionPolicy,
                  rank_header: str, seats: bool = False) -> str:
    """Placements -> their table; ``seats``: each row carries the seat as data attributes,
    so other jobs (peerbot records) read who was selected back from the page."""
    hide = policy.hide
    headers = [rank_header, "User"]
    if "group" not in hide:
        headers.append("Group")
    if "region" not in hide:
        headers.append("Region")
    headers.append("Track")
    if "score" not in hide:
        headers.append("Score")
    headers.append("Reason")
    rows: list[list[str]] = []
    for number, person in enumerate(people, start=1):
        row = [str(person.rank or number), user_link(person.user)]
        if "group" not in hide:
            row.append(_escape(person.group))
        if "region" not in hide:
            row.append(_escape(person.region))
        # The candidate's own track; the seat they hold is in the reason and the heading.
        row.append(_escape(person.own_track) if person.own_track else "–")
        if "score" not in hide:
            row.append(f'data-sort-value="{float(person.score)}" | '
                       + breakdown_text(person.terms, person.score))
        row.append(_escape(person.reason))
        rows.append(row)
    lines = [data_row(SEAT_ROW, [("user", p.user), ("track", p.track), ("policy", policy.name)])
             for p in people] if seats else []
    return table(headers, rows, row_lines=lines)


def criteria_lines(criteria: Criteria, indent: str = "*") -> list[str]:
    """Criteria -> one line per criterion with its weight, cap, points and bonus: all a
    reader needs to redo a score from the counts in the evidence table."""
    lines = []
    if criteria.mentoring is not None:
        m = criteria.mentoring
        cap = f", at most {m.cap} counted" if m.cap is not None else ""
        lines.append(f"{indent} mentoring: weight {exact_text(m.weight)} per distinct "
                     f"confirmed mentee{cap}")
    if criteria.goals is not None:
        g = criteria.goals
        lines.append(f"{indent} goals: weight {exact_text(g.weight)}; points per goal met "
                     f"{exact_text(g.met)}, partial {exact_text(g.partial)}, not met "
                     f"{exact_text(g.not_met)}; less-resourced bonus "
                     f"{exact_text(g.less_resourced_bonus)} per goal met or partly met")
    if criteria.first_come is not None:
        lines.append(f"{indent} first come: weight {exact_text(criteria.first_come.weight)} "
                     "per candidate first nominated later")
    if criteria.nominations is not None:
        n = criteria.nominations
        cap = (f"; nominations counted up to {exact_text(n.cap, point=False)}"
               if n.cap is not None else "")
        lines.append(f"{indent} nominations: weight {exact_text(n.weight)}; a distinct "
                     f"nominator counts 1, a distinct recommender "
                     f"{exact_text(n.recommendation_weight)}{cap}")
    if not lines:
        lines.append(f"{indent} none (every score is 0; the lottery decides)")
    return lines


def _quota_text(minimum: int, maximum: int | None) -> str:
    target = ([f"at least {minimum}"] if minimum else []) + (
        [f"at most {maximum}"] if maximum is not None else [])
    return " and ".join(target) or "no limit"


def render_selection(result: SelectionResult, config_permalink: str | None = None,
                     level: int = 2) -> str:
    """SelectionResult (and the policy page's permalink) -> report wikitext."""
    policy = result.policy
    applied = result.applied_policy
    out: list[str] = []
    if result.infeasible is not None:
        out.append("{| class=\"wikitable\"\n| '''The policy could not be met as written; this "
                   "selection uses a relaxed policy.''' " + _escape(result.infeasible.summary())
                   + "\n|}")
    out.append(_heading("Selected", level))
    filled = len(result.selected)
    summary = f"{filled} of {plural(result.seats, 'seat')} filled"
    if result.empty_seats:
        summary += f"; {result.empty_seats} left empty (no eligible candidate could take them)"
    out.append(summary + ".")
    track_names = [t.name for t in applied.tracks] + [GENERAL_TRACK]
    for name in track_names:
        people = tuple(p for p in result.selected if p.track == name)
        if not people:
            continue
        if applied.tracks:
            out.append(_heading(f"Track: {_escape(_track_label(name, applied))}", level + 1))
        out.append(_people_table(people, policy, "Rank", seats=True))
    out.append(_heading("Waitlist", level))
    if result.waitlist:
        out.append("When a selected person withdraws, their seat goes to the first person "
                   "below who can take it.")
        out.append(_people_table(result.waitlist, policy, "Place"))
    else:
        out.append("Nobody is on the waitlist.")
    out.append(_heading("Not selected", level))
    if result.not_selected:
        out.append(_people_table(result.not_selected, policy, "#"))
    else:
        out.append("Everyone else is on the waitlist.")
    out.append(_heading("Quotas", level))
    if result.quotas:
        rows = []
        for quota in result.quotas:
            text = _quota_text(quota.min, quota.max)
            if quota.min != quota.required_min:
                text += f" (relaxed from at least {quota.required_min})"
            rows.append([_escape(quota.attribute), _escape(quota.value), _escape(text),
                         str(quota.filled)])
        out.append(_table(["Attribute", "Value", "Target", "Filled"], rows))
    else:
        out.append("This policy has no quotas.")
    out.append(_heading("Policy", level))
    out.append(render_policy(policy, result.seed, config_permalink))
    return "\n".join(out) + "\n"


def render_policy(policy: SelectionPolicy, seed: str, config_permalink: str | None = None) -> str:
    """Policy, seed used and config permalink -> a bulleted summary of the rules applied."""
    name = _escape(policy.name)
    if config_permalink:
        target = config_permalink.replace("[", "").replace("]", "").replace("|", "")
        name = f"[{target} {name}]" if "://" in target else f"[[{target}|{name}]]"
    lines = [f"* Policy: {name}"]
    if policy.description:
        lines.append(f"* Description: {_escape(policy.description)}")
    lines.append(f"* Seats: {policy.seats}")
    for track in policy.tracks:
        share = f" (share {format_score(track.share)})" if track.share is not None else ""
        own = "; its own criteria:" if track.criteria else "; the policy's criteria"
        lines.append(f"* Track {_escape(track.name)}: {plural(track.seats, 'seat')}{share}{own}")
        if track.criteria:
            lines.extend(criteria_lines(track.criteria, "**"))
    if policy.tracks:
        lines.append(f"* Seats left after the tracks: {policy.general_seats()}, open to "
                     "every track; unused track seats: "
                     + ("open to every track" if policy.unused_track_seats == "general"
                        else "left empty"))
    lines.append("* Criteria" + (" (open seats and tracks without their own)"
                                 if policy.tracks else "") + ":")
    lines.extend(criteria_lines(policy.criteria, "**"))
    for quota in policy.quotas:
        lines.append(f"* Quota {_escape(quota.label())}: {_quota_text(quota.min, quota.max)}")
    if policy.max_per_group is not None:
        lines.append(f"* At most {policy.max_per_group} per group")
    waitlist = policy.seats if policy.waitlist_size is None else policy.waitlist_size
    lines.append(f"* Waitlist: up to {plural(waitlist, 'person', 'people')}")
    source = (f" (SHA-1 of revision {policy.seed_revision})"
              if policy.seed_revision is not None else "")
    lines.append(f"* Lottery seed{source}: <code>{_escape(seed)}</code>")
    hidden = sorted(policy.hide)
    if hidden:
        lines.append(f"* Not shown: {_escape(', '.join(hidden))}")
    return "\n".join(lines)


def _relaxed_note(result: SelectionResult) -> str:
    """Result -> "" or a note that the policy could not be met and how it was relaxed."""
    if result.infeasible is None:
        return ""
    fix = "; ".join(r.describe() for r in result.infeasible.relaxations)
    return _escape(f"cannot be met as written; relaxed: {fix}")


def render_comparison(comparison: Comparison, level: int = 2) -> str:
    """Comparison -> wikitext: outcome per candidate under each policy, then who changes."""
    out = [_heading("Policy comparison", level),
           f"All policies use the lottery seed <code>{_escape(comparison.seed)}</code>."]
    headers = ["User"] + [_escape(name) for name in comparison.policies]
    rows = [[user_link(row.user)] + [_escape(outcome) for outcome in row.outcomes]
            for row in comparison.rows]
    out.append(_table(headers, rows))
    out.append(_heading("Seats filled", level + 1))
    out.append(_table(["Policy", "Selected", "Waitlist", "Empty seats", "Note"], [
        [_escape(result.policy.name), str(len(result.selected)), str(len(result.waitlist)),
         str(result.empty_seats), _relaxed_note(result)] for result in comparison.results]))
    out.append(_heading("Who changes", level + 1))
    change_rows = []
    for diff in comparison.differences:
        change_rows.append([
            _escape(diff.first), _escape(diff.second),
            ", ".join(user_link(u) for u in diff.only_first) or "—",
            ", ".join(user_link(u) for u in diff.only_second) or "—"])
    if change_rows:
        out.append(_table(["Policy A", "Policy B", "Selected in A, not B",
                           "Selected in B, not A"], change_rows))
    else:
        out.append("Only one policy was compared.")
    return "\n".join(out) + "\n"


def _bold(text: str) -> str:
    return f"'''{text}'''"


def render_no_comparison(policy: str, level: int = 2) -> str:
    """The policy of a run without --compare -> what stands where an earlier run's
    comparison stood (its seats were those of that run, not of the selection above)."""
    note = (f"No comparison: the selection above, under {_bold(_escape(policy))}, was made "
            "without <code>--compare</code>, so the comparison of an earlier run is no "
            "longer shown (it is in the page history). Run <code>peerbot select --compare "
            "POLICY.yaml</code> to compare policies on the current evidence.")
    return f"{_heading('Policy comparison', level)}\n{note}\n"


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
    named = ", ".join(f for f in shown if f != "less_resourced").capitalize()
    if "less_resourced" in shown:  # marked only where it applies, unless alone
        named = f"{named} (less-resourced)" if named else "Less-resourced"
    headers = ["User"] + ([named] if shown else [])
    headers += ["Track", "First nominated", "Nominators", "Recommenders", "Mentees", "Goals"]
    rows: list[list[str]] = []
    for item in report.evidence:
        c = item.candidate
        row = [user_link(c.user)]
        if shown:
            parts = [_escape(v) for f, v in (("group", c.group), ("region", c.region))
                     if f in shown and v]
            if "less_resourced" in shown and (c.less_resourced or shown == ["less_resourced"]):
                parts.append("less-resourced" if c.less_resourced else "no")
            row.append("; ".join(parts))
        goals = "; ".join(f"{_escape(g.record.training or '(no training)')}: "
                          f"{_escape(g.record.goal)} – {_escape(g.record.status)} "
                          f"(by {_escape(g.signer)})" for g in item.goals)
        row += [_escape(c.track),
                wiki_time(c.first_nominated),
                _people(c.nominators), _people(c.recommenders), _people(c.mentees), goals]
        rows.append(row)
    out = [_heading("Candidates and evidence", level)]
    if rows:
        out.append(_table(headers, rows))
        drawn = sorted(report.candidates, key=lambda c: lottery_key(seed, c.user))
        out += [_heading("Lottery", level + 1),
                "Ties are broken in this order: the lowest lottery number first.",
                _table(["Draw", "User", "Lottery number"], [
                    [str(n), user_link(c.user), f"<code>{lottery_key(seed, c.user)[:12]}</code>"]
                    for n, c in enumerate(drawn, start=1)])]
    else:
        out.append("No candidates: no nomination was found.")
    return "\n".join(out) + "\n"


def _people(names: frozenset[str]) -> str:
    shown = sorted(names, key=str.casefold)
    return f"{len(shown)}: " + ", ".join(user_link(n) for n in shown) if shown else "0"


def render_problems(problems: tuple[Problem, ...], revisions: Mapping[str, int],
                    level: int = 2) -> str:
    """Problems and the revisions read -> a table linking each problem's page revision."""
    out = [_heading("Problems", level)]
    if problems:
        out.append(_table(["Page", "Line", "Problem"], [
            [page_link(p.page, revision=revisions.get(p.page)), str(p.line or ""),
             _escape(p.reason)] for p in problems]))
    else:
        out.append("None.")
    return "\n".join(out) + "\n"


def render_pages(revisions: Mapping[str, int], level: int = 2) -> str:
    """{title: revision} -> the list of page revisions the selection was computed from."""
    out = [_heading("Pages counted", level)]
    if revisions:
        out.append("\n".join(f"* {page_link(title)}: [[Special:Permalink/{rev}|revision {rev}]]"
                             for title, rev in sorted(revisions.items())))
    else:
        out.append("None.")
    return "\n".join(out) + "\n"
