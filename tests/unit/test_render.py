"""Escaping and the bot's marked part of a page: pure, fuzzed with hypothesis."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.render import (
    begin_marker,
    bot_part,
    bots_allowed,
    end_marker,
    escape_text,
    noun,
    plural,
    splice_report,
    splice_reports,
    user_link,
    valid_username,
)

MARKUP = st.sampled_from(["[[", "]]", "{{", "}}", "|", "{|", "|}", "<ref>", "</nowiki>",
                          "~~~~", "__NOTOC__", "[[Category:X]]", "''", "\n*", "\n=", "&amp;",
                          "https://example.org", "<!--", "-->", "\u202e", "\u0301"])
TEXT = st.lists(st.one_of(MARKUP, st.text(max_size=8)), max_size=12).map("".join)


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_escaped_text_has_no_markup_characters(value):
    out = escape_text(value)
    assert not re.search(r"[\[\]{}|<>~'=\n:]", out)
    assert "__" not in out


@given(TEXT, TEXT, TEXT, TEXT)
@settings(max_examples=200, deadline=None)
def test_splice_keeps_human_text_byte_for_byte(before, after, first, second):
    # Human text that itself contains no marker for this report.
    before = before.replace("peerbot:", "")
    after = after.replace("peerbot:", "")
    created = splice_report(before, first, "job")
    assert created.text.startswith(before)
    page = created.text + after
    updated = splice_report(page, second, "job")
    assert not updated.error
    assert updated.text.startswith(before) and updated.text.endswith(after)
    assert bot_part(updated.text, "job") == second.strip()
    assert splice_report(updated.text, second, "job").changed is False


@given(TEXT, TEXT, TEXT, TEXT, TEXT)
@settings(max_examples=200, deadline=None)
def test_parts_in_one_splice_give_the_text_of_splices_in_turn(human, first, second, third,
                                                              fourth):
    human, first, second, third, fourth = (t.replace("peerbot:", "")
                                           for t in (human, first, second, third, fourth))
    for old in (human, splice_reports(human, [("a", first), ("b", second)]).text):
        in_turn = splice_report(splice_report(old, third, "a").text, fourth, "b").text
        together = splice_reports(old, [("a", third), ("b", fourth)])
        assert together.text == in_turn and not together.error
        assert together.changed == (in_turn != old)
    broken = f"{begin_marker('b')}\nx\n"
    stopped = splice_reports(broken, [("a", first), ("b", second)])
    assert stopped.error and stopped.text == broken and not stopped.changed


def test_broken_markers_are_refused_not_guessed():
    page = f"intro\n{begin_marker('job')}\nold\n"  # end marker deleted by someone
    result = splice_report(page, "new", "job")
    assert result.error and result.text == page and not result.changed
    twice = f"{begin_marker('job')}\na\n{end_marker('job')}\n{begin_marker('job')}\nb\n" \
            f"{end_marker('job')}"
    assert splice_report(twice, "c", "job").error


def test_other_reports_markers_are_left_alone():
    page = f"{begin_marker('votes')}\nvotes table\n{end_marker('votes')}\n"
    result = splice_report(page, "nominations table", "nominations")
    assert result.text.startswith(page)
    assert bot_part(result.text, "votes") == "votes table"


def test_user_links_only_for_valid_names():
    assert user_link("Alice") == "[[User:Alice|Alice]]"
    assert valid_username("Jürgen Ü")
    for bad in ("A|B", "X]]", "{{t}}", "a/b", "Ns:Name", "", " lead"):
        assert not valid_username(bad)
        assert "[[" not in user_link(bad)


@pytest.mark.parametrize(("text", "allowed"), [
    ("Plain human text.", True),
    ("{{nobots}}", False),
    ("{{Nobots|PeerBot}}", False),
    ("{{nobots|OtherBot}}", True),
    ("{{nobots|all}}", False),
    ("{{bots}}", True),
    ("{{bots|allow=PeerBot,OtherBot}}", True),
    ("{{bots|allow=OtherBot}}", False),
    ("{{bots|allow=none}}", False),
    ("{{bots|deny=all}}", False),
    ("{{bots|deny=PeerBot}}", False),
    ("{{bots|deny=OtherBot}}", True),
    ("{{bots|denyscript=peerbot}}", False),
    ("{{bots|allowscript=archivebot}}", False),
    ("{{bots|allow=}}", True),  # malformed: says nothing
    ("{{Template:Bots|deny=all}}", False),
    ("<!-- {{nobots}} -->", True),
    ("<nowiki>{{nobots}}</nowiki>", True),
    ("{{In use}}", False),  # a template the family marks as edit-restricted
])
def test_bots_allowed_follows_the_exclusion_templates(text, allowed):
    assert bots_allowed(text, "PeerBot", restricted=("In use",)) is allowed


@pytest.mark.parametrize(("count", "word", "expected"), [
    (0, "page", "0 pages"), (1, "page", "1 page"), (2, "page", "2 pages"),
    (1, "entry", "1 entry"), (3, "entry", "3 entries"), (2, "day", "2 days"),
    (2, "policy", "2 policies"), (2, "match", "2 matches"), (2, "box", "2 boxes"),
    (2, "changed or new page", "2 changed or new pages"), (-1, "page", "-1 pages"),
])
def test_plural_agrees_with_the_count(count, word, expected):
    assert plural(count, word) == expected


def test_plural_takes_an_irregular_form_and_a_bold_count():
    assert plural(1, "person", "people") == "1 person"
    assert plural(4, "person", "people") == "4 people"
    assert plural(1, "candidate", bold=True) == "'''1''' candidate"
    assert plural(0, "problem", bold=True) == "'''0''' problems"
    assert noun(1, "seat") == "seat" and noun(5, "seat") == "seats"


@given(TEXT, TEXT, TEXT)
@settings(max_examples=100, deadline=None)
def test_a_replace_only_part_replaces_an_earlier_part_and_is_never_added(human, old, note):
    human, old, note = (t.replace("peerbot:", "") for t in (human, old, note))
    # A page without the part: the note is not added, the other part is.
    fresh = splice_reports(human, [("main", "report"), ("extra", note)], replace_only={"extra"})
    assert bot_part(fresh.text, "main") == "report" and "peerbot:begin extra" not in fresh.text
    # A page with the part from an earlier run: it is replaced, human text kept.
    earlier = splice_reports(human, [("main", "report"), ("extra", old)]).text
    later = splice_reports(earlier, [("main", "report"), ("extra", note)], replace_only={"extra"})
    assert bot_part(later.text, "extra") == note.strip()
    assert later.text.startswith(human)
