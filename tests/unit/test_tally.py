"""bot/votes/tally.py: one person one vote, counts, ranks, pass/fail, Schulze, and the JSON shape.

Expected values are worked out by hand from the fixture pages and textbook examples.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.model import SiteFacts
from bot.votes.config import VoteConfig, default_vote_config, load_vote_config
from bot.votes.model import Vote, VotePage
from bot.votes.page import parse_votes
from bot.votes.tally import (
    RankedTally,
    TallyResult,
    iso_time,
    one_vote_each,
    schulze,
    support_percent,
    tally_votes,
    to_json,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "votes"
FACTS = SiteFacts()
CONFIG = default_vote_config()


def tally(name: str, config: VoteConfig = CONFIG, page: str = "P") -> TallyResult:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return tally_votes(parse_votes(text, FACTS, config, page), config)


def at(hour: int, minute: int = 0, day: int = 1) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=UTC)


def vote(user: str, stance: str, line: int, stamp: datetime | None,
         subject: str = "S") -> Vote:
    return Vote(user, subject, stance, stamp, line, "")


# --- JSON shape on the options fixture ---------------------------------------------------------

def test_options_fixture_json_exactly() -> None:
    result = tally("options_basic.wiki", page="Talk:Logo")
    assert to_json(result) == {
        "subjects": [{
            "subject": "Talk:Logo",
            "counts": {"support": 3, "oppose": 2, "neutral": 1},
            # Added keys (the shape only grows): what the results table shows of the row.
            "support_percent": 60.0, "net": 1, "rank": 1, "passed": None,
            "votes": [
                {"user": "Alice", "stance": "support", "timestamp": "2024-03-01T10:00:00Z", "revision": None, "editor": None},
                {"user": "Carol", "stance": "support", "timestamp": "2024-03-01T10:10:00Z", "revision": None, "editor": None},
                {"user": "Dave", "stance": "support", "timestamp": "2024-03-01T11:10:00Z", "revision": None, "editor": None},
                {"user": "Ivy", "stance": "oppose", "timestamp": "2024-03-02T12:00:00Z", "revision": None, "editor": None},
                {"user": "Judy", "stance": "oppose", "timestamp": "2024-03-02T12:10:00Z", "revision": None, "editor": None},
                {"user": "Ken", "stance": "neutral", "timestamp": "2024-03-02T13:00:00Z", "revision": None, "editor": None},
            ],
        }],
        "excluded": [
            {"user": "Bob", "subject": "Talk:Logo", "stance": "support", "reason": "reply",
             "line": 9, "revision": None, "editor": None},
            {"user": "Dave", "subject": "Talk:Logo", "stance": "support",
             "reason": "duplicate", "line": 12, "revision": None, "editor": None},
            {"user": None, "subject": "Talk:Logo", "stance": "support", "reason": "unsigned",
             "line": 13, "revision": None, "editor": None},
            {"user": "Erin", "subject": "Talk:Logo", "stance": "support", "reason": "struck",
             "line": 14, "revision": None, "editor": None},
            {"user": "Frank", "subject": "Talk:Logo", "stance": "support", "reason": "struck",
             "line": 15, "revision": None, "editor": None},
            {"user": "Ivy", "subject": "Talk:Logo", "stance": "support", "reason": "changed",
             "line": 20, "revision": None, "editor": None},
            {"user": "Bob", "subject": "Talk:Logo", "stance": "support", "reason": "reply",
             "line": 21, "revision": None, "editor": None},
            {"user": "Alice", "subject": "Talk:Logo", "stance": "oppose", "reason": "reply",
             "line": 25, "revision": None, "editor": None},
            {"user": "Carol", "subject": "Talk:Logo", "stance": "oppose", "reason": "reply",
             "line": 27, "revision": None, "editor": None},
        ],
    }


def test_pseudo_heading_fixture_counts() -> None:
    result = tally("options_pseudo.wiki")
    (subject,) = result.subjects
    assert (subject.support, subject.oppose, subject.neutral) == (3, 2, 0)
    assert to_json(result)["subjects"][0]["votes"][-1] == {
        "user": "Erin", "stance": "oppose", "timestamp": None, "revision": None, "editor": None}
    assert "ranked" not in to_json(result)


# --- subjects: counts, percent, net, rank, pass -------------------------------------------------

def test_seven_labels_tally() -> None:
    config = load_vote_config({"thresholds": {"min_support_percent": 60, "min_supporters": 3}})
    result = tally("subjects_labels.wiki", config)
    rows = [(t.subject, t.support, t.oppose, t.neutral, t.net, t.rank, t.passed)
            for t in result.subjects]
    assert rows == [
        ("Leaders", 2, 1, 0, 1, 3, False),       # 66.67% but only 2 supporters
        ("Guides", 3, 1, 0, 2, 2, True),         # 75%
        ("Mentors", 3, 0, 0, 3, 1, True),        # 100%, Alice counted once
        ("Liaisons", 0, 2, 1, -2, 7, False),     # 0%, net -2
        ("Facilitators", 1, 1, 0, 0, 5, False),  # 50%; Carol gave no stance
        ("Builders", 3, 2, 0, 1, 4, True),       # 60% exactly; Erin's later support counts
        ("Organizers", 0, 1, 0, -1, 6, False),   # 0%, net -1; Alice's vote struck
    ]
    percents = [t.support_percent for t in result.subjects]
    assert percents == pytest.approx([200 / 3, 75.0, 100.0, 0.0, 50.0, 60.0, 0.0])
    assert [(e.user, e.subject, e.reason, e.line) for e in result.excluded] == [
        ("Alice", "Mentors", "duplicate", 16),
        ("Carol", "Facilitators", "no-stance", 29),
        ("Erin", "Builders", "changed", 36),
        ("Alice", "Organizers", "struck", 40),
    ]
    assert [v.user for v in result.subjects[2].votes] == ["Bob", "Carol", "Alice"]


def test_no_thresholds_means_no_verdict() -> None:
    result = tally("subjects_labels.wiki")
    assert {t.passed for t in result.subjects} == {None}


def test_percent_threshold_compares_the_shown_two_decimals() -> None:
    config = load_vote_config({"thresholds": {"min_support_percent": 66.67}})
    page = VotePage("P", "subjects", ("S",), (
        vote("A", "support", 1, at(1)), vote("B", "support", 2, at(2)),
        vote("C", "oppose", 3, at(3))), ())
    assert tally_votes(page, config).subjects[0].passed is True   # 66.666..% shows 66.67%


def test_equal_subjects_share_a_rank() -> None:
    page = VotePage("P", "subjects", ("X", "Y", "Z", "W"), (
        vote("A", "support", 1, at(1), "X"),
        vote("A", "support", 2, at(1), "Y"),
        vote("A", "support", 3, at(1), "Z"), vote("B", "support", 4, at(1), "Z"),
    ), ())
    assert [(t.subject, t.rank) for t in tally_votes(page, CONFIG).subjects] == [
        ("X", 2), ("Y", 2), ("Z", 1), ("W", 4)]   # W has no votes: no percent, last


def test_support_percent() -> None:
    assert support_percent(0, 0) is None
    assert support_percent(3, 1) == 75.0
    assert support_percent(0, 4) == 0.0


# --- one person, one vote -----------------------------------------------------------------------

def test_later_timestamp_wins_over_page_order() -> None:
    # moved votes: the support sits higher on the page but was cast later
    votes = [vote("A", "support", 10, at(13)), vote("A", "oppose", 20, at(12))]
    counted, dropped = one_vote_each(votes, per_page=True)
    assert [(v.stance, v.line) for v in counted] == [("support", 10)]
    assert [(e.stance, e.reason, e.line) for e in dropped] == [("oppose", "changed", 20)]


def test_page_order_when_a_timestamp_is_missing() -> None:
    votes = [vote("A", "support", 10, at(13)), vote("A", "oppose", 20, None)]
    counted, dropped = one_vote_each(votes, per_page=True)
    assert [(v.stance, v.line) for v in counted] == [("oppose", 20)]
    assert [(e.reason, e.line) for e in dropped] == [("changed", 10)]


def test_scope_is_the_subject_on_subjects_pages() -> None:
    votes = [vote("A", "support", 1, at(1), "X"), vote("A", "oppose", 2, at(2), "Y"),
             vote("A", "support", 3, at(3), "X")]
    counted, dropped = one_vote_each(votes, per_page=False)
    assert [(v.subject, v.line) for v in counted] == [("Y", 2), ("X", 3)]
    assert [(e.reason, e.line) for e in dropped] == [("duplicate", 1)]
    counted, dropped = one_vote_each(votes, per_page=True)
    assert [(v.subject, v.line) for v in counted] == [("X", 3)]
    assert sorted((e.reason, e.line) for e in dropped) == [("changed", 2), ("duplicate", 1)]


# --- Schulze ------------------------------------------------------------------------------------

def test_ranked_fixture_with_a_tie() -> None:
    result = tally("ranked.wiki")
    ranked = result.ranked
    assert isinstance(ranked, RankedTally)
    # Ballots counted: Alice M>F>G, Bob G>M>F, Carol F>G>M, Dave (latest) G>F>M.
    assert ranked.candidates == ("Mentors", "Facilitators", "Guides")
    assert ranked.matrix == ((0, 2, 1),
                             (2, 0, 2),
                             (3, 2, 0))
    assert ranked.paths == ((0, 0, 0),
                            (0, 0, 0),
                            (3, 0, 0))
    assert ranked.order == (("Facilitators", "Guides"), ("Mentors",))
    data = to_json(result)["ranked"]
    assert data["order"] == [["Facilitators", "Guides"], ["Mentors"]]
    assert data["ballots"] == 4
    assert [(e["user"], e["reason"], e["line"]) for e in data["excluded"]] == [
        ("Dave", "changed", 6), ("Erin", "reply", 8), (None, "unsigned", 9),
        ("Frank", "struck", 10), ("Gina", "invalid", 11)]


def test_schulze_wikipedia_example() -> None:
    # The 45-voter example of the English Wikipedia article "Schulze method".
    groups = [(5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"), (7, "CAEBD"),
              (2, "CBADE"), (7, "DCEBA"), (8, "EBADC")]
    rankings = [list(order) for count, order in groups for _ in range(count)]
    matrix, paths, order = schulze(list("ABCDE"), rankings)
    assert matrix == ((0, 20, 26, 30, 22),
                      (25, 0, 16, 33, 18),
                      (19, 29, 0, 17, 24),
                      (15, 12, 28, 0, 14),
                      (23, 27, 21, 31, 0))
    assert paths == ((0, 28, 28, 30, 24),
                     (25, 0, 28, 33, 24),
                     (25, 29, 0, 29, 24),
                     (25, 28, 28, 0, 24),
                     (25, 28, 28, 31, 0))
    assert order == (("E",), ("A",), ("C",), ("B",), ("D",))


def test_schulze_unranked_candidates_tie_last() -> None:
    matrix, _paths, order = schulze(["X", "Y", "Z"], [["X"], ["X"], ["Y"]])
    assert matrix == ((0, 2, 2), (1, 0, 1), (0, 0, 0))
    assert order == (("X",), ("Y",), ("Z",))


def test_schulze_full_tie_and_empty() -> None:
    assert schulze(["X", "Y"], [["X", "Y"], ["Y", "X"]])[2] == (("X", "Y"),)
    assert schulze([], []) == ((), (), ())


def test_no_ballots_no_ranked_key() -> None:
    assert tally("subjects_labels.wiki").ranked is None
    assert "ranked" not in to_json(tally("subjects_labels.wiki"))


def test_iso_time() -> None:
    assert iso_time(None) is None
    assert iso_time(datetime(2007, 5, 2, 2, 0, tzinfo=UTC)) == "2007-05-02T02:00:00Z"
