"""Problems where the organizer looks: an entry template never closed is a problem row, a
config typo suggests the key meant, config problems render as rows on top of the report,
and values typed in another case match the known value."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.config import ConfigError, check_keys, fold_value, known_spelling
from bot.core.entries import EntryTemplates, parse_entries
from bot.core.model import Problem, SiteFacts
from bot.core.notices import (
    decode_problems,
    encode_problems,
    heading,
    moved_problem,
    with_notices,
)
from bot.core.render import escape_text
from bot.nominations import summary
from bot.nominations.config import NominationsConfig
from bot.nominations.job import nominations_from_pages
from bot.selection.policy_parse import parse_policy
from bot.selection.records import Candidate
from bot.selection.select import select

TEMPLATES = EntryTemplates.of(nomination=("Peer academy nomination",),
                              recommendation=("Peer academy recommendation",))
SIG = "[[User:Bob|Bob]] 10:00, 1 May 2026 (UTC)"


def test_an_unclosed_entry_template_is_a_problem_on_its_line():
    text = ("== Alice ==\n"
            f"{{{{Peer academy nomination|nominee=Alice|track=mentor|statement=Great {SIG}\n"
            "\n"
            f"{{{{Peer academy nomination|nominee=Carol|track=mentor}}}} {SIG}\n"
            f"* <s>{{{{peer academy recommendation|candidate=Dan|text=Fine</s> {SIG}\n"
            "<nowiki>{{Peer academy nomination|</nowiki> <!-- {{Peer academy nomination| -->\n"
            f"{{{{Other template|x=1 {SIG}\n")
    entries, problems = parse_entries(text, "P", SiteFacts(), TEMPLATES)
    assert [e.subject for e in entries] == ["Carol"]
    assert [(p.line, p.reason.split(":")[0]) for p in problems] == [
        (2, "nomination"), (5, "recommendation")]
    assert all("not closed" in p.reason for p in problems)
    assert problems[0].text.startswith("{{Peer academy nomination|nominee=Alice")


def test_braces_before_and_comments_never_closed_are_read_as_mediawiki_shows_them():
    def unclosed(text: str) -> int:
        return len(parse_entries(text, "P", SiteFacts(), TEMPLATES)[1])

    assert unclosed(f"{{{{{{{{Peer academy nomination|nominee=Alice {SIG}\n") == 1
    assert unclosed(f"{{{{Peer academy nomination<nowiki>x</nowiki> {SIG}\n") == 1
    assert unclosed(f"<!-- note -->{{{{Peer academy nomination|nominee=A {SIG}\n") == 1
    # a comment never closed hides the rest of the page, so nothing there is an entry
    assert unclosed(f"<!-- note {{{{Peer academy nomination|nominee=A {SIG}\n") == 0
    assert unclosed(f"{{{{Peer academy nominations|nominee=A {SIG}\n") == 0  # other template


def test_the_unclosed_template_reaches_the_nominations_summary():
    text = f"{{{{Peer academy nomination|nominee=Alice|group=G|region=R|track=mentor {SIG}\n"
    report = nominations_from_pages([("Peer academy/Nominations/X", text)],
                                    NominationsConfig(), SiteFacts())
    assert report.candidates == ()
    wikitext = summary.render(report)
    assert "not closed" in wikitext and "Peer academy&#47;Nominations&#47;X" in wikitext


@pytest.mark.parametrize(("typed", "expected"), [
    ("Newcomer", "newcomer"), (" NEWCOMER ", "newcomer"), ("group_nominee", "group-nominee"),
    ("Group-Nominee", "group-nominee"), ("newcomers", "newcomers")])
def test_values_typed_in_another_case_take_the_known_spelling(typed, expected):
    known = ("mentor", "newcomer", "group-nominee")
    if expected == "group-nominee" and "_" in typed:
        # an underscore is a space, not a hyphen: no match, the value stays as typed
        expected = typed
    assert known_spelling(typed, known) == expected
    assert fold_value("Mary_Ann  Lee") == fold_value("mary ann lee")


def test_a_track_typed_in_another_case_is_no_unknown_track():
    text = (f"{{{{Peer academy nomination|nominee=Alice|group=G|region=R|track=Newcomer}}}}"
            f" {SIG}\n{{{{Peer academy nomination|nominee=Erin|group=G|region=R|"
            f"track=Newbie}}}} {SIG}\n")
    pages = [("P", text)]
    report = nominations_from_pages(pages, NominationsConfig(), SiteFacts())
    rows = {c.user: c for c in report.candidates}
    assert rows["Alice"].track == "newcomer" and rows["Alice"].flags == ()
    assert rows["Erin"].flags == ("unknown track Newbie",)


def test_a_track_typed_in_another_case_takes_its_track_seat():
    policy = parse_policy({"name": "t", "seats": 1, "seed": "s",
                           "tracks": {"newcomer": {"seats": 1}},
                           "unused_track_seats": "empty",
                           "criteria": {"nominations": {"weight": 1.0}}})
    result = select([Candidate(user="Alice", track="Newcomer")], policy)
    assert [(p.user, p.track) for p in result.selected] == [("Alice", "newcomer")]


def test_an_unknown_key_names_the_key_it_resembles():
    with pytest.raises(ConfigError) as err:
        check_keys({"required_feilds": []}, {"required_fields", "tracks"}, "[[Cfg]]")
    assert "required_feilds (did you mean required_fields?)" in str(err.value)
    with pytest.raises(ConfigError) as other:
        check_keys({"colour": 1}, {"required_fields", "tracks"}, "[[Cfg]]")
    assert "did you mean" not in str(other.value)


def test_config_problems_are_rows_on_top_of_the_report():
    problems = [Problem("Peer academy/Config", "unknown key(s) required_feilds; <b>|}}"),
                moved_problem("Old vote", "New vote", "pages")]
    content = "Report body\n"
    shown = with_notices(content, [*problems, problems[0]])
    assert shown.startswith(heading()) and shown.endswith(content)
    assert shown.count(escape_text("required_feilds")) == 1  # the same problem once
    assert "<b>" not in shown and "|}}" not in shown  # escaped, cannot break the table
    assert escape_text("Old vote was moved to New vote") in shown
    assert escape_text("`pages`") in shown
    assert with_notices(content, []) == content
    assert decode_problems(encode_problems(problems)) == problems
    assert decode_problems(None) == []


def test_every_config_problem_is_documented():
    docs = "\n".join(p.read_text(encoding="utf-8")
                     for p in (Path(__file__).parents[2] / "docs").glob("*.md"))
    assert "Problems with the configuration" in docs
