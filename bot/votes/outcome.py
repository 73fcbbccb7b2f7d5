"""TallyResult -> the words a reader needs: the outcome sentence, each row's reason, the
ranked-ballot winner and how it relates to the table; pure.

Every number in these sentences is one the results table shows (support percent with two
decimals, counts, the thresholds as configured), so a reader can check each claim against
the row it names. Names that came from a page pass through ``escape_text``. The words are messages
(``bot.core.i18n``, ``i18n/en.json``): each report is written in its vote's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.i18n import msg
from bot.core.render import escape_text
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
    return msg("peerbot-and", msg("peerbot-comma").join(names[:-1]), names[-1])


def _name(subject: str) -> str:
    return escape_text(subject) if subject else msg("peerbot-votes-the-vote")


def _has_rules(result: TallyResult) -> bool:
    return result.min_support_percent is not None or result.min_supporters is not None


def pass_rule(result: TallyResult) -> str:
    """TallyResult -> what passing needs: "at least 66.67% support and at least 10
    supporters"; "" when the vote has no thresholds."""
    parts = []
    if result.min_support_percent is not None:
        parts.append(msg("peerbot-votes-rule-percent", f"{result.min_support_percent:g}"))
    if result.min_supporters is not None:
        parts.append(msg("peerbot-votes-rule-supporters", result.min_supporters))
    return msg("peerbot-and", *parts) if len(parts) == 2 else "".join(parts)


def shortfall(tally: SubjectTally, result: TallyResult) -> str:
    """A row that did not pass -> what it lacks, with numbers: "5 of 10 supporters needed",
    "60.00% support, 66.67% needed", or both joined by "; "."""
    if tally.support_percent is None and result.min_support_percent is not None:
        return msg("peerbot-votes-no-votes")
    missing = []
    if not meets_percent(tally.support_percent, result.min_support_percent):
        missing.append(msg("peerbot-votes-short-percent", percent_text(tally.support_percent),
                           f"{result.min_support_percent:g}"))
    if not meets_supporters(tally.support, result.min_supporters):
        missing.append(msg("peerbot-votes-short-supporters", tally.support,
                           result.min_supporters or 0))
    return msg("peerbot-semicolon").join(missing)


def result_reason(tally: SubjectTally, result: TallyResult) -> str:
    """One row -> its Result cell: "'''passed''': ..." or "not passed: 5 of 10 supporters
    needed", with the numbers behind it; "" when the vote has no thresholds."""
    if tally.passed is None:
        return ""
    if not tally.passed:
        return msg("peerbot-votes-not-passed", shortfall(tally, result))
    met = []
    if result.min_support_percent is not None:
        met.append(msg("peerbot-votes-met-percent", percent_text(tally.support_percent),
                       f"{result.min_support_percent:g}"))
    if result.min_supporters is not None:
        met.append(msg("peerbot-votes-met-supporters", tally.support, result.min_supporters))
    return msg("peerbot-votes-passed", msg("peerbot-comma").join(met))


def _counts(tally: SubjectTally) -> str:
    return msg("peerbot-votes-counts", tally.support, tally.oppose)


def outcome_sentence(result: TallyResult) -> str:
    """TallyResult -> one sentence: who leads with which support, and what passed or why
    nothing did ("Organizers leads with 83.33% support (5 support, 1 oppose) but none
    passed: passing needs at least 66.67% support and at least 10 supporters.")."""
    ranked = [t for t in in_rank_order(result) if t.support_percent is not None]
    if not result.subjects:
        return ""
    if not ranked:
        return msg("peerbot-votes-none-counted")
    leaders = [t for t in ranked if t.rank == ranked[0].rank]
    lead = leaders[0]
    figures = (percent_text(lead.support_percent), _counts(lead))
    if len(result.subjects) == 1:
        head = msg("peerbot-votes-has", _name(lead.subject), *figures)
    elif len(leaders) == 1:
        head = msg("peerbot-votes-leads", _name(lead.subject), *figures)
    else:
        head = msg("peerbot-votes-share", join_names([_name(t.subject) for t in leaders]),
                   *figures)
    if not _has_rules(result):
        return msg("peerbot-votes-plain", head)
    passed = [t for t in in_rank_order(result) if t.passed]
    if len(result.subjects) == 1:
        return (msg("peerbot-votes-single-passed", head) if passed else
                msg("peerbot-votes-single-failed", head, shortfall(lead, result)))
    if not passed:
        return msg("peerbot-votes-none-passed", head, pass_rule(result))
    names = join_names([_name(t.subject) for t in passed])
    count = msg("peerbot-votes-passed-count", len(passed), len(result.subjects), names)
    if all(t.passed for t in leaders):
        return msg("peerbot-votes-leaders-passed", head, count)
    return msg("peerbot-votes-leader-failed", head, shortfall(lead, result), count)


def schulze_explained() -> str:
    """-> the one-line explanation of the Schulze method shown above its matrices."""
    return msg("peerbot-votes-schulze")


def ranked_sentence(ranked: RankedTally, result: TallyResult) -> str:
    """RankedTally and the vote's table -> one sentence naming the ranked-ballot winner and
    where that candidate stands in the table of support votes."""
    ballots = msg("peerbot-votes-ballots", len(ranked.ballots))
    if not ranked.order:
        return msg("peerbot-votes-ranked-none", ballots)
    first = ranked.order[0]
    shown = join_names([escape_text(c) for c in first])
    head = msg("peerbot-votes-ranked-wins" if len(first) == 1 else "peerbot-votes-ranked-tie",
               ballots, shown)
    rows = {t.subject: t for t in result.subjects}
    table_first = [t for t in in_rank_order(result)
                   if t.support_percent is not None and t.rank == 1]
    if not table_first or not any(c in rows for c in first):
        return msg("peerbot-votes-plain", head)
    if [t.subject for t in table_first] == list(first):
        return msg("peerbot-votes-ranked-same", head)
    ranks = [t.rank for t in result.subjects]
    where = msg("peerbot-semicolon").join(
        msg("peerbot-votes-ranked-shares" if ranks.count(rows[c].rank) > 1
            else "peerbot-votes-ranked-has", escape_text(c), rows[c].rank,
            len(result.subjects), percent_text(rows[c].support_percent))
        for c in first if c in rows)
    leaders = join_names([escape_text(t.subject) for t in table_first])
    return msg("peerbot-votes-ranked-differs", head, where, leaders, len(table_first))
