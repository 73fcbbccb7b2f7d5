"""bot/votes/outcome.py: the outcome sentence, each row's reason and the ranked-ballot winner,
on votes written as wikitext and counted by the real parser and tally."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from itertools import count
from typing import Any

import pytest

from bot.core.model import SiteFacts
from bot.core.render import wiki_time
from bot.votes.config import load_vote_config
from bot.votes.outcome import (
    outcome_sentence,
    ranked_sentence,
    result_reason,
    schulze_explained,
)
from bot.votes.page import parse_votes
from bot.votes.render import render_ranked, render_tally
from bot.votes.tally import TallyResult, tally_votes

ISSUE_RULES = {"min_support_percent": 66.67, "min_supporters": 10}


def counted(subjects: dict[str, tuple[int, int]], thresholds: dict[str, Any] | None = None,
            ballots: tuple[str, ...] = ()) -> TallyResult:
    """{subject: (support, oppose)} and ranked ballots ("A|B|C") -> the tally of a subjects
    page holding those votes, each by its own signed account."""
    voter = count(1)

    def line(opening: str) -> str:
        n = next(voter)
        return f"# {opening} [[User:V{n}|V{n}]] 10:{n % 60:02d}, 1 April 2024 (UTC)"

    sections = []
    for subject, (support, oppose) in subjects.items():
        votes = [line("{{support}}") for _ in range(support)]
        votes += [line("{{oppose}}") for _ in range(oppose)]
        sections.append(f"== {subject} ==\n" + "\n".join(votes))
    if ballots:
        sections.append("== Ranked ballots ==\n" + "\n".join(
            line(f"{{{{Peer academy ranking|{b}}}}}") for b in ballots))
    config = load_vote_config({"thresholds": thresholds} if thresholds else {})
    return tally_votes(parse_votes("\n\n".join(sections), SiteFacts(), config, "P"), config)


def test_the_issue_example_none_passed() -> None:
    result = counted({"Leaders": (3, 2), "Guides": (4, 1), "Organizers": (5, 1)}, ISSUE_RULES)
    assert outcome_sentence(result) == (
        "Organizers leads with 83.33% support (5 support, 1 oppose) but none passed: "
        "passing needs at least 66.67% support and at least 10 supporters.")


def test_some_passed_and_the_leader_among_them() -> None:
    result = counted({"A": (12, 1), "B": (10, 2), "C": (3, 3)}, ISSUE_RULES)
    assert outcome_sentence(result) == (
        "A leads with 92.31% support (12 support, 1 oppose); 2 of 3 passed: A and B.")


def test_the_leader_fails_on_supporters_while_another_passes() -> None:
    result = counted({"Few": (2, 0), "Many": (11, 2)}, ISSUE_RULES)
    assert outcome_sentence(result) == (
        "Few leads with 100.00% support (2 support, 0 oppose) but did not pass "
        "(2 of 10 supporters needed); 1 of 2 passed: Many.")


def test_a_tie_for_first_names_both() -> None:
    result = counted({"Guides": (4, 1), "Facilitators": (4, 1), "Leaders": (1, 1)},
                     ISSUE_RULES)
    assert outcome_sentence(result).startswith(
        "Guides and Facilitators share first place with 80.00% support "
        "(4 support, 1 oppose each) but none passed")


def test_no_thresholds_no_verdict() -> None:
    result = counted({"A": (1, 1), "B": (2, 1)})
    assert outcome_sentence(result) == "B leads with 66.67% support (2 support, 1 oppose)."
    assert all(result_reason(t, result) == "" for t in result.subjects)


def test_nothing_counted() -> None:
    config = load_vote_config({"thresholds": ISSUE_RULES})
    page = parse_votes("== A ==\n# {{neutral}} [[User:N|N]] 10:00, 1 April 2024 (UTC)",
                       SiteFacts(), config, "P")
    result = tally_votes(page, config)
    assert [t.neutral for t in result.subjects] == [1]
    assert outcome_sentence(result) == "No support or oppose votes were counted."
    assert result_reason(result.subjects[0], result) == \
        "not passed: no support or oppose votes"


@pytest.mark.parametrize("support, oppose, expected", [
    (10, 5, None),   # 66.666..% shows as 66.67%: passes
    (9, 5, "not passed: 64.29% support, 66.67% needed; 9 of 10 supporters needed"),
    (5, 1, "not passed: 5 of 10 supporters needed"),
    (20, 11, "not passed: 64.52% support, 66.67% needed"),
])
def test_each_reason_names_what_is_missing(support: int, oppose: int,
                                           expected: str | None) -> None:
    result = counted({"S": (support, oppose), "Other": (0, 1)}, ISSUE_RULES)
    (row,) = [t for t in result.subjects if t.subject == "S"]
    reason = result_reason(row, result)
    if expected is None:  # passes as the table shows it: 66.67% is at least 66.67%
        assert row.passed and reason == (
            "'''passed''': 66.67% support (66.67% needed), 10 supporters (10 needed)")
    else:
        assert not row.passed and reason == expected


def test_reasons_agree_with_the_verdict_for_every_count() -> None:
    """Every (support, oppose) up to 14 each: a reason says "passed" exactly when the row
    passed, and each number it names is one the row has."""
    for support in range(15):
        for oppose in range(0 if support else 1, 15):
            result = counted({"S": (support, oppose)}, {"min_support_percent": 60,
                                                        "min_supporters": 7})
            (row,) = result.subjects
            reason = result_reason(row, result)
            assert reason.startswith("'''passed'''") == bool(row.passed)
            if not row.passed and support < 7:
                assert f"{support} of 7 supporters needed" in reason
            assert outcome_sentence(result).endswith(" and passed.") == bool(row.passed)


def test_one_subject_says_passed_or_why_not() -> None:
    assert outcome_sentence(counted({"Logo": (12, 2)}, ISSUE_RULES)) == \
        "Logo has 85.71% support (12 support, 2 oppose) and passed."
    assert outcome_sentence(counted({"Logo": (3, 2)}, ISSUE_RULES)) == (
        "Logo has 60.00% support (3 support, 2 oppose) and did not pass: 60.00% support, "
        "66.67% needed; 3 of 10 supporters needed.")


def test_ranked_winner_related_to_the_table() -> None:
    ballots = ("Mentors|Guides|Leaders", "Mentors|Leaders|Guides", "Guides|Mentors|Leaders")
    differs = counted({"Leaders": (3, 0), "Guides": (2, 1), "Mentors": (1, 2)}, ISSUE_RULES,
                      ballots)
    assert differs.ranked is not None
    assert ranked_sentence(differs.ranked, differs) == (
        "By the 3 ranked ballots (Schulze method), Mentors wins; Mentors has rank 3 of 3 in "
        "the support table above (33.33% support), where Leaders ranks first: the ballots and "
        "the support votes are counted separately, so they can disagree.")
    same = counted({"Leaders": (1, 2), "Guides": (2, 1), "Mentors": (3, 0)}, ISSUE_RULES,
                   ballots)
    assert same.ranked is not None
    assert ranked_sentence(same.ranked, same) == (
        "By the 3 ranked ballots (Schulze method), Mentors wins, the same as first place in "
        "the support table above.")
    alone = counted({"Other": (1, 0)}, None, ballots)
    assert alone.ranked is not None
    assert ranked_sentence(alone.ranked, alone) == \
        "By the 3 ranked ballots (Schulze method), Mentors wins."


def test_ranked_tie_is_a_tie() -> None:
    result = counted({}, None, ("A|B", "B|A"))
    assert result.ranked is not None
    assert ranked_sentence(result.ranked, result).startswith(
        "By the 2 ranked ballots (Schulze method), A and B tie for first")


def test_matrices_are_collapsed_under_the_explanation() -> None:
    result = counted({"A": (1, 0)}, None, ("A|B|C", "B|C|A", "C|A|B", "A|C|B"))
    assert result.ranked is not None
    out = render_ranked(result.ranked, result)
    explained = out.index(schulze_explained())
    block = out.index('<div class="mw-collapsible mw-collapsed"', explained)
    assert explained < block < out.index("|+ Pairwise preferences") < out.index(
        "|+ Strongest paths")
    assert out.index('class="peerbot-ranked-outcome"') < explained


def test_outcome_comes_first_and_rows_follow_in_rank_order() -> None:
    result = counted({"Low": (1, 3), "High": (4, 0), "Mid": (2, 2)}, ISSUE_RULES)
    out = render_tally(result)
    assert out.startswith('<div class="peerbot-outcome">High leads')
    rows = re.findall(r"^\| (\w+) \|\| ", out, re.MULTILINE)
    assert rows == sorted(rows, key=lambda name: -next(
        t.support_percent or 0 for t in result.subjects if t.subject == name))
    voters = re.findall(r"'''Voters: (\w+) ", out)
    assert voters == rows


def test_wiki_time_is_utc_in_the_wiki_format() -> None:
    assert wiki_time(datetime(2016, 10, 10, 14, 29, tzinfo=UTC)) == "14:29, 10 October 2016"
    plus_two = timezone(timedelta(hours=2))
    assert wiki_time(datetime(2016, 9, 21, 1, 5, tzinfo=plus_two)) == \
        "23:05, 20 September 2016"
    assert wiki_time(None) == ""
