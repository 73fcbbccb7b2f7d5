"""The records page and the full records in the report's language: with ``qqx`` every fixed
word is a message key (no English outside the people's own values); in English they read
as before; records written before seats kept policy and track apart read back the same."""

from __future__ import annotations

import html
from dataclasses import replace

from bot.core.i18n import speaking
from bot.core.integrity import AuditRow
from bot.records.items import Item
from bot.records.job import RecordsRun, records_from_pages
from bot.records.render import (
    edit_summary,
    previous_records,
    record_summary,
    render_closed,
    render_page,
    render_record,
)
from tests.unit.qqx import english_left
from tests.unit.qqx_words import longest_first, visible, words_left
from tests.unit.test_records import CONFIG, FACTS, FIXTURES

REVISIONS = {"program.wiki": 40}
# Left to the core conversion (another part of issue 24): "revision N" of the shared
# "Pages read" list (bot.core.render.pages_read), and the words of the evidence problems
# every report shares (bot.core.goals.not_counted).
CORE_LEFT = ("revision",)


def program() -> RecordsRun:
    """The fixture program, with an ended pair and a withdrawn recognition added."""
    run = records_from_pages([("program.wiki", (FIXTURES / "program.wiki").read_text(
        encoding="utf-8"))], CONFIG, FACTS)
    dave = [*run.records["Dave"],
            Item("Dave", "pair", "pair-0123456789", "mentee", "program.wiki", 38, "PeerBot",
                 "Carol", since="2026-01-05", until="2026-03-01", withdrawn=39, why="gone"),
            Item("Dave", "recognition", "recognition-0123456789", "Quiet help",
                 "program.wiki", 37, "Eve", "Eve", editor="Clerk", withdrawn=0,
                 why="unreadable")]
    return replace(run, records={**run.records, "Dave": dave})


def user_values(run: RecordsRun) -> tuple[str, ...]:
    items = [i for v in run.records.values() for i in v]
    values = [v for i in items for v in (i.person, i.text, i.page, i.by, i.other, i.status,
                                         i.editor, i.track)]
    values += [v for p in run.problems for v in (p.page, *p.params)]
    words = [p.reason for p in run.problems if not p.key]  # core's (see CORE_LEFT)
    every = (*values, *words, *REVISIONS, CONFIG.report_page, CONFIG.choice_template, "Tina",
             "Nobody", "(a note)", *CORE_LEFT)
    return longest_first(every)



def pages(run: RecordsRun) -> str:
    audit = [AuditRow("program.wiki", 5, "Carol", "Alice", "goal", "", 12, None),
             AuditRow("program.wiki", 6, "Bob", "Bob", "goal", "tampered", 13, "Tina",
                      "(a note)")]
    people = sorted(run.records)
    return "\n".join([render_page(run.records, people, CONFIG.report_page, run.problems,
                                  REVISIONS, audit, "", CONFIG.choice_template),
                      *(render_record(p, run.records[p]) for p in people),
                      render_record("Nobody", []), render_closed()])


def test_qqx_records_have_the_keys_and_no_english() -> None:
    run = program()
    assert run.problems  # the problems table has rows
    with speaking("qqx"):
        text = pages(run)
        summary = edit_summary(run.records, len(run.full), CONFIG.summary)
        subpage = record_summary(CONFIG.summary, "Dave")
    unescaped = html.unescape(text)  # the audit table escapes its Stance cells
    for key in ("peerbot-records-intro", "peerbot-records-col-goals", "peerbot-records-seat",
                "peerbot-records-seat-track", "peerbot-records-mentor-since",
                "peerbot-records-mentee-span", "peerbot-records-span-days",
                "peerbot-records-recommended-as", "peerbot-records-recognized",
                "peerbot-records-why-gone", "peerbot-records-why-unreadable",
                "peerbot-records-saved-by", "peerbot-records-entry-goal",
                "peerbot-records-no-items", "peerbot-records-closed"):
        assert f"({key}" in unescaped, key
    assert english_left(visible(text), user_values(run)) == []
    assert words_left(text, user_values(run)) == []
    assert summary.startswith(f"(peerbot-records-summary: {CONFIG.summary}, ")
    assert subpage == f"(peerbot-records-record-summary: {CONFIG.summary}, Dave)"


def test_english_records_read_as_before() -> None:
    run = program()
    with speaking("en"):
        text = pages(run)
        summary = edit_summary(run.records, len(run.full), "peerbot: participation records")
    people, items = len(run.records), sum(len(v) for v in run.records.values())
    assert text.startswith(f"'''{people}''' people with {items} items from the published ")
    assert "! User !! Seats !! Goals (met) !! Mentees confirmed !! Mentoring pairs" in text
    assert "selected under Mentoring first, track mentor" in text
    assert "| selected under Mentoring first |" in text  # the general track is not named
    assert "mentor of [[User:Dave|Dave]], since {{#dateformat:2026-04-01|dmy}}, ongoing" in text
    assert ("mentee of [[User:Carol|Carol]], {{#dateformat:2026-01-05|dmy}} to "
            "{{#dateformat:2026-03-01|dmy}} (55 days)") in text
    assert "recommended by [[User:Carol|Carol]] (co&#45;organizer)" in text
    assert "withdrawn (no longer on its page): [[Special:Diff/39|39]]" in text
    assert "withdrawn (its page could not be read): –" in text
    assert "[[User:Eve|Eve]] (saved by [[User:Clerk|Clerk]])" in text
    assert "([[Special:Diff/37|diff]])" in text
    withdrawn = sum(1 for v in run.records.values() for i in v if not i.active)
    assert summary == (f"peerbot: participation records: {people} people, {items} items "
                       f"({withdrawn} withdrawn), {len(run.full)} full records")


def test_records_written_before_seats_kept_policy_and_track_apart_read_back_the_same() -> None:
    """An earlier bot stored a seat's words ("selected under P, track T") and English reasons
    ("no longer on its page"); read back, they are the policy, the track and a code."""
    page = ('|- class="peerbot-record" data-user="Alice" data-full="yes" '
            'data-items="seat-0123456789 - Sel"')
    sub = ('|- class="peerbot-record-item" data-key="seat-0123456789" data-kind="seat" '
           'data-text="selected under Mentoring first, track mentor" data-page="Sel" '
           'data-why="no longer on its page" data-withdrawn="7"\n'
           '|- class="peerbot-record-item" data-key="seat-1123456789" data-kind="seat" '
           'data-text="selected under the policy" data-page="Sel"')
    (old, plain) = previous_records(page, {"Alice": sub})["Alice"].items
    assert (old.text, old.track, old.why) == ("Mentoring first", "mentor", "gone")
    assert (plain.text, plain.track) == ("", "")
    with speaking("en"):
        shown = render_record("Alice", [old, plain])
    assert "selected under Mentoring first, track mentor" in shown
    assert "selected under the policy" in shown
    assert "withdrawn (no longer on its page)" in shown
