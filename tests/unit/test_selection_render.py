"""Selection report wikitext: sections, sortable tables, escaping, hidden fields, comparison."""

from __future__ import annotations

import re

import mwparserfromhell
import pytest

from bot.selection.compare import compare
from bot.selection.policy_parse import parse_policy
from bot.selection.records import Candidate
from bot.selection.render import render_comparison, render_policy, render_selection
from bot.selection.select import select

EVIL = "[[Evil]]{{Delete}}<b>x</b>|~~~~ ''y'' =z= &amp; * # : ;\nnext line</nowiki>"


def policy(**extra: object) -> object:
    data: dict[str, object] = {
        "name": "Test policy", "seats": 2, "seed": "seed-42", "max_per_group": 1,
        "criteria": {"nominations": {"weight": 1.0, "recommendation_weight": 0.5}},
        "quotas": [{"attribute": "region", "value": "Africa", "min": 1}]}
    data.update(extra)
    return parse_policy(data)


def pool() -> list[Candidate]:
    return [
        Candidate("Alice", group="WM X", region="Europe", nominators=frozenset("abc")),
        Candidate("Bob", group="WM X", region="Europe", nominators=frozenset("ab")),
        Candidate("Chinwe", group=EVIL, region="Africa", nominators=frozenset("a"),
                  attributes={"note": EVIL}),
        Candidate("Ebo", group=EVIL, region="Africa"),
        Candidate("Dora", group="WM D", region="Asia"),
    ]


def test_sections_and_sortable_tables() -> None:
    result = select(pool(), policy())  # type: ignore[arg-type]
    text = render_selection(result, "Special:Permalink/12345")
    for heading in ("== Selected ==", "== Waitlist ==", "== Not selected ==", "== Quotas ==",
                    "== Policy =="):
        assert heading in text
    assert text.count('{| class="wikitable sortable"') >= 3
    assert "[[User:Alice|Alice]]" in text
    assert "seed&#45;42" in text or "seed-42" in text
    assert "[[Special:Permalink/12345|Test policy]]" in text
    assert "** nominations: weight 1.0; a distinct nominator counts 1, a distinct recommender " \
           "0.5" in text
    # the selected table has the columns in the documented order
    header = next(line for line in text.splitlines() if line.startswith("! Rank"))
    assert header == "! Rank !! User !! Group !! Region !! Track !! Score !! Reason"


def test_user_values_are_escaped() -> None:
    result = select(pool(), policy())  # type: ignore[arg-type]
    text = render_selection(result)
    assert "[[Evil]]" not in text
    assert "{{Delete}}" not in text
    assert "~~~~" not in text
    assert "<b>" not in text
    assert "''y''" not in text
    assert "next line" in text and "\nnext line" not in text
    code = mwparserfromhell.parse(text)
    assert not code.filter_templates()
    links = [str(link.title) for link in code.filter_wikilinks()]
    assert all(re.fullmatch(r"User:\w+", title) for title in links), links


def test_hidden_fields_are_left_out() -> None:
    hidden = policy(hide=["score", "group"])
    result = select(pool(), hidden)  # type: ignore[arg-type]
    text = render_selection(result)
    header = next(line for line in text.splitlines() if line.startswith("! Rank"))
    assert "Score" not in header and "Group" not in header and "Region" in header
    assert "WM X" not in text
    assert "3.0" not in text


def test_waitlist_is_in_order_and_quota_table_shows_target_and_fill() -> None:
    result = select(pool(), policy(waitlist_size=2))  # type: ignore[arg-type]
    text = render_selection(result)
    waitlist = text.split("== Waitlist ==")[1].split("== Not selected ==")[0]
    names = re.findall(r"\[\[User:(\w+)\|", waitlist)
    assert names == [p.user for p in result.waitlist]
    quotas = text.split("== Quotas ==")[1].split("== Policy ==")[0]
    assert "| region || Africa || at least 1 || 1" in quotas


def test_infeasible_result_is_marked() -> None:
    clash = policy(quotas=[{"attribute": "region", "value": "Africa", "min": 2}])
    result = select(pool(), clash)  # type: ignore[arg-type]
    text = render_selection(result)
    assert text.startswith("{|")
    assert "relaxed policy" in text
    assert "relaxed from at least 2" in text


def test_tracks_get_their_own_tables() -> None:
    tracked = parse_policy({"name": "T", "seats": 3, "seed": "s",
                            "tracks": {"mentor": {"seats": 1}, "nominee": {"seats": 1}}})
    people = [Candidate("A", track="mentor"), Candidate("B", track="nominee"),
              Candidate("C", track="mentor")]
    text = render_selection(select(people, tracked))
    assert "=== Track: mentor ===" in text and "=== Track: nominee ===" in text
    assert "=== Track: open seats ===" in text


def test_policy_section_for_a_seed_revision() -> None:
    by_revision = parse_policy({"name": "R", "seats": 1, "seed_revision": 777})
    text = render_policy(by_revision, "abc")
    assert "SHA-1 of revision 777" in text and "<code>abc</code>" in text
    assert "the lottery decides" in text


@pytest.mark.parametrize("level", [2, 3])
def test_comparison_table(level: int) -> None:
    first = policy(name="First")
    second = policy(name="Second", max_per_group=None, quotas=[])
    comparison = compare(pool(), [first, second], "seed-42")  # type: ignore[list-item]
    text = render_comparison(comparison, level)
    marks = "=" * level
    assert f"{marks} Policy comparison {marks}" in text
    assert "! User !! First !! Second" in text
    assert "! Policy A !! Policy B !! Selected in A, not B !! Selected in B, not A" in text
    assert "[[User:Bob|Bob]]" in text  # Bob changes: blocked by the group limit in First only
    assert text.count('class="wikitable sortable"') == 3
