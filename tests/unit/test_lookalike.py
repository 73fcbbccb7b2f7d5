"""Names that look like another voter's (Unicode confusables) are one group, and the vote
report names both accounts and how they differ."""

from __future__ import annotations

import pytest

from bot.core.lookalike import differences, lookalike_groups, prototype, skeleton
from bot.core.model import SiteFacts
from bot.core.render import escape_text, user_link
from bot.votes.config import load_vote_config
from bot.votes.page import parse_votes
from bot.votes.render import render_lookalikes, render_tally
from bot.votes.tally import tally_votes

CYRILLIC_A = "\u0410"  # А, CYRILLIC CAPITAL LETTER A


@pytest.mark.parametrize(("first", "second"), [
    (f"{CYRILLIC_A}lice", "Alice"),   # a Cyrillic capital
    ("AIice", "Alice"),               # capital I for small l
    ("B\u043eb", "Bob"),              # Cyrillic small o
    ("O1ga", "Olga"),                 # digit one for l
    ("Mary\u00a0Ann", "Mary Ann"),    # no-break space: not told apart on a page
])
def test_look_alike_names_share_a_skeleton(first, second):
    assert first != second
    assert skeleton(first) == skeleton(second)
    assert lookalike_groups([first, second, "Carol"]) == [tuple(sorted([first, second]))]


@pytest.mark.parametrize(("first", "second"), [
    ("José", "Jose"), ("Alice", "Alicia"), ("Ivan", "Iwan"), ("Ana", "Anna")])
def test_names_that_only_resemble_each_other_are_not_grouped(first, second):
    assert skeleton(first) != skeleton(second)
    assert lookalike_groups([first, second]) == []


def test_the_prototype_is_one_per_class_whatever_the_direction():
    assert prototype(CYRILLIC_A) == prototype("A")
    assert prototype("l") == prototype("I") == prototype("1")
    assert prototype("x") == prototype("x")  # idempotent


def test_differences_name_both_characters():
    assert differences(f"{CYRILLIC_A}lice", "Alice") == [
        "'А' (CYRILLIC CAPITAL LETTER A) for 'A' (LATIN CAPITAL LETTER A)"]


def test_the_notice_links_both_accounts_and_says_how_they_differ():
    shown = render_lookalikes({f"{CYRILLIC_A}lice", "Alice", "Bob"})
    assert shown.startswith("'''Names that look alike''': 1 group")
    row = next(line for line in shown.split("\n") if "[[User:" in line)
    assert user_link("Alice") in row and user_link(f"{CYRILLIC_A}lice") in row
    assert escape_text("CYRILLIC CAPITAL LETTER A") in row and "Bob" not in row
    assert render_lookalikes({"Alice", "Bob"}) == ""


def test_the_vote_report_flags_two_alices():
    config = load_vote_config({})
    text = ("== Support ==\n"
            "# Yes. [[User:Alice|Alice]] 10:00, 1 April 2024 (UTC)\n"
            f"# Yes too. [[User:{CYRILLIC_A}lice|{CYRILLIC_A}lice]] 10:05, 1 April 2024 (UTC)\n"
            "== Oppose ==\n"
            "# No. [[User:Bob|Bob]] 10:10, 1 April 2024 (UTC)\n")
    result = tally_votes(parse_votes(text, SiteFacts(), config, "P"), config)
    assert sum(t.support for t in result.subjects) == 2  # both still count: two accounts
    report = render_tally(result)
    assert "Names that look alike" in report
    assert report.count("CYRILLIC CAPITAL LETTER A") == 1
