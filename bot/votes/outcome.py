"""TallyResult -> the words a reader needs: the outcome sentence, each row's reason, the
ranked-ballot winner and how it relates to the table; pure.

Every number in these sentences is one the results table shows (support percent with two
decimals, counts, the thresholds as configured), so a reader can check each claim against
the row it names. Names that came from a page pass through ``escape_text``.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.render import escape_text, plural
from bot.votes.tally import (
    RankedTally,
    SubjectTally,
    TallyResult,
    meets_percent,
    meets_supporters,
)


def percent_text(percent: float | None) -> str:
    """Support percent -> '83.33%' (two decimals, as the table shows it), '–' for none."""
    return "–" if percent is None else f"{percent:.2f}%"


def in_rank_order(result: TallyResult) -> list[SubjectTally]:
    """TallyResult -> its subjects best first by the page's rank; equal ranks keep page order."""
    return sorted(result.subjects, key=lambda t: t.rank)


def join_names(names: Sequence[str]) -> str:
    """Already escaped names -> "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _name(subject: str) -> str:
    return escape_text(subject) if subject else "The vote"


def _has_rules(result: TallyResult) -> bool:
    return result.min_support_percent is not None or result.min_supporters is not None


def pass_rule(result: TallyResult) -> str:
    """TallyResult -> what passing needs: "at least 66.67% support and at least 10
    supporters"; "" when the vote has no thresholds."""
    parts = []
    if result.min_support_percent is not None:
        parts.append(f"at least {result.min_support_percent:g}% support")
    if result.min_supporters is not None:
        parts.append(f"at least {plural(result.min_supporters, 'supporter')}")
    return " and ".join(parts)


def shortfall(tally: SubjectTally, result: TallyResult) -> str:
    """A row that did not pass -> what it lacks, with numbers: "5 of 10 supporters needed",
    "60.00% support, 66.67% needed", or both joined by "; "."""
    if tally.support_percent is None and result.min_support_percent is not None:
        return "no support or oppose votes"
    missing = []
    if not meets_percent(tally.support_percent, result.min_support_percent):
        missing.append(f"{percent_text(tally.support_percent)} support, "
                       f"{result.min_support_percent:g}% needed")
    if not meets_supporters(tally.support, result.min_supporters):
        missing.append(f"{tally.support} of {plural(result.min_supporters or 0, 'supporter')}"
                       " needed")
    return "; ".join(missing)


def result_reason(tally: SubjectTally, result: TallyResult) -> str:
    """One row -> its Result cell: "'''passed''': ..." or "not passed: 5 of 10 supporters
    needed", with the numbers behind it; "" when the vote has no thresholds."""
    if tally.passed is None:
        return ""
    if not tally.passed:
        return "not passed: " + shortfall(tally, result)
    met = []
    if result.min_support_percent is not None:
        met.append(f"{percent_text(tally.support_percent)} support "
                   f"({result.min_support_percent:g}% needed)")
    if result.min_supporters is not None:
        met.append(f"{plural(tally.support, 'supporter')} ({result.min_supporters} needed)")
    return "'''passed''': " + ", ".join(met)


def _counts(tally: SubjectTally) -> str:
    return f"{tally.support} support, {tally.oppose} oppose"


def outcome_sentence(result: TallyResult) -> str:
    """TallyResult -> one sentence: who leads with which support, and what passed or why
    nothing did ("Organizers leads with 83.33% support (5 support, 1 oppose) but none
    passed: passing needs at least 66.67% support and at least 10 supporters.")."""
    ranked = [t for t in in_rank_order(result) if t.support_percent is not None]
    if not result.subjects:
        return ""
    if not ranked:
        return "No support or oppose votes were counted."
    leaders = [t for t in ranked if t.rank == ranked[0].rank]
    lead = leaders[0]
    figures = f"{percent_text(lead.support_percent)} support ({_counts(lead)}"
    if len(result.subjects) == 1:
        head = f"{_name(lead.subject)} has {figures})"
    elif len(leaders) == 1:
        head = f"{_name(lead.subject)} leads with {figures})"
    else:
        head = (f"{join_names([_name(t.subject) for t in leaders])} share first place with "
                f"{figures} each)")
    if not _has_rules(result):
        return head + "."
    passed = [t for t in in_rank_order(result) if t.passed]
    if len(result.subjects) == 1:
        return head + (" and passed." if passed else
                       f" and did not pass: {shortfall(lead, result)}.")
    if not passed:
        return f"{head} but none passed: passing needs {pass_rule(result)}."
    names = join_names([_name(t.subject) for t in passed])
    count = f"{len(passed)} of {len(result.subjects)} passed: {names}"
    if all(t.passed for t in leaders):
        return f"{head}; {count}."
    return f"{head} but did not pass ({shortfall(lead, result)}); {count}."


SCHULZE_EXPLAINED = (
    "The Schulze method compares every pair of candidates by how many ballots rank one above "
    "the other, then follows the strongest chain of such pairwise wins; the winner is the "
    "candidate no other beats along those chains.")


def ranked_sentence(ranked: RankedTally, result: TallyResult) -> str:
    """RankedTally and the vote's table -> one sentence naming the ranked-ballot winner and
    where that candidate stands in the table of support votes."""
    ballots = plural(len(ranked.ballots), "ranked ballot")
    if not ranked.order:
        return f"{ballots} counted; no candidate was ranked."
    first = ranked.order[0]
    shown = join_names([escape_text(c) for c in first])
    head = (f"By the {ballots} (Schulze method), {shown} "
            + ("wins" if len(first) == 1 else "tie for first"))
    rows = {t.subject: t for t in result.subjects}
    table_first = [t for t in in_rank_order(result)
                   if t.support_percent is not None and t.rank == 1]
    if not table_first or not any(c in rows for c in first):
        return head + "."
    if [t.subject for t in table_first] == list(first):
        return head + ", the same as first place in the support table above."
    ranks = [t.rank for t in result.subjects]
    where = "; ".join(
        f"{escape_text(c)} " + ("shares" if ranks.count(rows[c].rank) > 1 else "has")
        + f" rank {rows[c].rank} of {len(result.subjects)} in the support table above "
        f"({percent_text(rows[c].support_percent)} support)" for c in first if c in rows)
    leaders = join_names([escape_text(t.subject) for t in table_first])
    return (f"{head}; {where}, where {leaders} "
            + ("ranks" if len(table_first) == 1 else "rank") + " first: the ballots and the "
            "support votes are counted separately, so they can disagree.")
