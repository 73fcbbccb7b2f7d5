"""Event logs from page histories, and the verdicts on them: one row per history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.integrity import IntegrityConfig
from bot.core.model import SiteFacts
from bot.integrity import anchor_for
from bot.integrity.events import EventLog, Rev, build
from bot.integrity.verdicts import (
    AFTER_CLOSE,
    REMOVED_ENTRY,
    WITHDRAWN,
    frozen_at_close,
    hidden_adding,
    last_own,
    removal,
)

FACTS = SiteFacts()
CLERKS = ("Trent",)


def sig(user: str, minute: int = 0) -> str:
    return f"[[User:{user}|{user}]] 10:{minute:02d}, 1 May 2026 (UTC)"


def line(user: str, stance: str = "support", minute: int = 0) -> str:
    return f"# {{{{{stance}}}}} {sig(user, minute)}"


HEAD = ["== Votes ==", "=== Support ==="]


def history(*steps: tuple[str | None, list[str] | None]) -> EventLog:
    """(editor, page lines or None for a hidden text) per revision -> the page's log."""
    revs = [Rev(n, user, f"2026-05-01T10:{n:02d}:00Z",
                None if lines is None else "\n".join(lines))
            for n, (user, lines) in enumerate(steps, start=1)]
    return build(revs, anchor_for(FACTS))


def kinds(log: EventLog, line_no: int) -> list[tuple[str, int, str | None]]:
    entry = log.entry_at(line_no)
    assert entry is not None
    return [(e.kind, e.revision, e.user) for e in entry.events]


def test_identical_lines_are_three_entries_each_added_by_its_editor() -> None:
    log = history(("Carol", [*HEAD, "# {{support}}"]),
                  ("Dave", [*HEAD, "# {{support}}", "# {{support}}"]),
                  ("Erin", [*HEAD, "# {{support}}", "# {{support}}", "# {{support}}"]))
    assert [kinds(log, n)[0][2] for n in (3, 4, 5)] == ["Carol", "Dave", "Erin"]


def test_a_line_removed_by_someone_else_is_removed_and_kept_as_left() -> None:
    carol = line("Carol")
    log = history(("Carol", [*HEAD, carol]), ("Bob", [*HEAD, carol, line("Bob")]),
                  ("Mallory", [*HEAD, line("Bob")]))
    [gone] = log.removed()
    assert [(e.kind, e.user) for e in gone.events] == [("added", "Carol"),
                                                       ("removed", "Mallory")]
    said = removal(gone, "Carol", CLERKS)
    assert said is not None and said.reason == REMOVED_ENTRY and said.editor == "Mallory"
    assert said.counts is not None and said.counts.text == carol


@pytest.mark.parametrize("remover, reason, counts", [
    ("Carol", WITHDRAWN, False), ("Trent", "removed", False), ("Mallory", "removed", True)])
def test_who_removed_it_decides(remover: str, reason: str, counts: bool) -> None:
    log = history(("Carol", [*HEAD, line("Carol")]), (remover, [*HEAD]))
    said = removal(log.removed()[0], "Carol", CLERKS)
    assert said is not None and (said.reason, said.counts is not None) == (reason, counts)


def test_a_changed_line_keeps_its_identity_and_names_who_changed_it() -> None:
    log = history(("Carol", [*HEAD, line("Carol"), line("Bob")]),
                  ("Mallory", [*HEAD, line("Carol", "oppose"), line("Bob")]))
    assert kinds(log, 3) == [("added", 1, "Carol"), ("changed", 2, "Mallory")]
    entry = log.entry_at(3)
    assert entry is not None
    left = last_own(entry, "Carol", CLERKS)
    assert left is not None and "{{support}}" in left.text


def test_a_line_moved_to_another_section_is_moved_not_new() -> None:
    heads = ["== Votes ==", "=== Support ===", line("Carol"), "=== Oppose ==="]
    log = history(("Carol", heads),
                  ("Mallory", ["== Votes ==", "=== Support ===", "=== Oppose ===",
                               line("Carol")]))
    assert kinds(log, 4) == [("added", 1, "Carol"), ("moved", 2, "Mallory")]
    assert log.removed() == []


def test_a_restored_line_is_the_same_entry() -> None:
    log = history(("Carol", [*HEAD, line("Carol")]), ("Mallory", [*HEAD]),
                  ("Carol", [*HEAD, line("Carol")]))
    assert [k for k, _r, _u in kinds(log, 3)] == ["added", "removed", "restored"]


def test_a_hidden_revision_makes_the_adding_unknown_never_the_next_editor() -> None:
    log = history(("Alice", [*HEAD, line("Alice")]),
                  ("Bob", None),  # Bob's revision, which added his vote, is hidden
                  ("Frank", [*HEAD, line("Alice"), line("Bob"), line("Frank")]))
    bob, frank, alice = log.entry_at(4), log.entry_at(5), log.entry_at(3)
    assert bob is not None and frank is not None and alice is not None
    assert hidden_adding(bob) and bob.events[0].user is None and bob.events[0].hidden == (2,)
    assert hidden_adding(frank)  # Frank's own line came across the hidden revision too
    assert not hidden_adding(alice)


def test_a_hidden_account_is_unknown() -> None:
    log = history(("Alice", [*HEAD]), (None, [*HEAD, line("Bob")]))
    entry = log.entry_at(3)
    assert entry is not None and hidden_adding(entry)


def test_the_close_freezes_an_entry_as_it_stood() -> None:
    log = history(("Carol", [*HEAD, line("Carol")]), ("Carol", [*HEAD, line("Carol", "oppose")]))
    entry = log.entry_at(3)
    assert entry is not None
    said = frozen_at_close(entry, datetime(2026, 5, 1, 10, 1, 30, tzinfo=UTC))
    assert said is not None and said.reason == AFTER_CLOSE and said.revision == 2
    assert said.counts is not None and "{{support}}" in said.counts.text
    assert frozen_at_close(entry, datetime(2026, 5, 1, 10, 5, tzinfo=UTC)) is None


def test_a_log_kept_as_json_goes_on_where_it_stopped() -> None:
    anchor = anchor_for(FACTS)
    steps = [Rev(1, "Carol", "2026-05-01T10:01:00Z", "\n".join([*HEAD, line("Carol")])),
             Rev(2, "Dave", "2026-05-01T10:02:00Z",
                 "\n".join([*HEAD, line("Carol"), line("Dave")])),
             Rev(3, "Mallory", "2026-05-01T10:03:00Z", "\n".join([*HEAD, line("Dave")]))]
    whole = build(steps, anchor)
    first = build(steps[:2], anchor)
    resumed = EventLog.from_json(first.to_json(), anchor)
    resumed.feed(steps[2])
    assert resumed.to_json() == whole.to_json()


@pytest.mark.parametrize("log, expected", [
    ([("Victor", "Victor Renamed")], {("Victor", "Victor Renamed")}),
    # a chain: both earlier names are the last one now
    ([("A", "B"), ("B", "C")], {("A", "C"), ("B", "C")}),
    # a name freed by a rename and taken again by a new rename is that account's own
    ([("A", "B"), ("C", "A")], {("C", "A")}),
    ([("A", "A"), ("", "B")], set()),
])
def test_current_names_follow_the_rename_log(log, expected) -> None:
    from bot.integrity.renames import current_names

    assert current_names(log) == frozenset(expected)


def test_a_signature_by_an_old_name_reads_as_the_current_name() -> None:
    from dataclasses import replace

    from bot.core.signatures import find_signature

    facts = replace(FACTS, renames=frozenset({("Victor", "Victor Renamed")}))
    found = find_signature(line("Victor"), facts)
    assert found is not None and found.user == "Victor Renamed"
    found = find_signature(line("Walter"), facts)
    assert found is not None and found.user == "Walter"


def test_a_signature_in_the_wikis_own_digits_is_one_dated_span() -> None:
    from dataclasses import replace

    from bot.core.history import signature_span

    digits = "٠١٢٣٤٥٦٧٨٩"
    facts = replace(FACTS, digits=digits)
    ascii_line = "# {{support}} [[User:Aso|Aso]] 12:56, 16 October 2014 (UTC) later words"
    native = ascii_line.translate(str.maketrans("0123456789", digits))
    span = signature_span(native, facts)
    assert span is not None and span.endswith("(UTC)")  # the time ends it, not the line


NOM = ["* {{Peer academy nomination", "|nominee=Bob", "|track=mentor", "}} " + sig("Alice")]


@pytest.mark.parametrize(("text", "expected"), [
    ("\n".join(["intro", *NOM, "after"]), ["intro", "\n".join(NOM), "after"]),
    ("a {{b}} c\nd", ["a {{b}} c", "d"]),  # closed on its own line
    # never closed: the lines stay lines (an unclosed template is a problem, not an entry)
    ("* {{Peer academy nomination|nominee=X\n" + sig("Alice") + "\nmore", 
     ["* {{Peer academy nomination|nominee=X", sig("Alice"), "more"]),
    # a heading before the close ends the attempt
    ("* {{x\n== Next ==\n}}", ["* {{x", "== Next ==", "}}"]),
    ("{{{{x}}\n}}", ["{{{{x}}\n}}"]),  # nested, closed two lines on
])
def test_a_template_over_several_lines_is_one_unit(text, expected):
    from bot.integrity.events import units

    assert units(text) == expected


def test_a_change_inside_a_template_over_several_lines_changes_its_entry():
    changed = [*NOM[:1], "|nominee=Mallory", *NOM[2:]]
    log = history(("Alice", HEAD + NOM + [line("Carol")]), ("Mallory", HEAD + changed + [line("Carol")]),
                  ("Dave", HEAD + changed))
    # the entry is found from any of its physical lines
    entry = log.entry_at(len(HEAD) + 2)
    assert entry is not None and entry is log.entry_at(len(HEAD) + 1)
    assert [(e.kind, e.user) for e in entry.events] == [("added", "Alice"), ("changed", "Mallory")]
    assert entry.text == "\n".join(changed)
    assert log.entry_at(len(HEAD) + len(NOM) + 1) is None  # Carol's line is gone
    gone = log.removed()
    assert [g.events[-1].text for g in gone] == [line("Carol")]


def test_a_template_over_several_lines_removed_is_removed_whole():
    log = history(("Alice", HEAD + NOM), ("Mallory", HEAD))
    (gone,) = log.removed()
    assert [(e.kind, e.user) for e in gone.events] == [("added", "Alice"), ("removed", "Mallory")]
    assert gone.events[-1].text == "\n".join(NOM)


def test_a_line_with_something_added_at_its_end_is_the_same_line() -> None:
    """A third person's {{unsigned}} note, a signature or a reply added to a short line
    keeps its identity, however long the addition (the line was not added again)."""
    bare = "# {{support}} forgot to sign"
    noted = bare + " {{unsigned|Erin|10:00, 1 May 2026 (UTC)}} :agreed, a long reply here"
    log = history(("Erin", [*HEAD, bare]), ("Frank", [*HEAD, noted]))
    assert kinds(log, 3) == [("added", 1, "Erin"), ("changed", 2, "Frank")]


def _stance(event) -> str:
    return "oppose" if "{{oppose}}" in event.text else "support"


@pytest.mark.parametrize(("steps", "verdict"), [
    # (editor, the vote line's stance, or None: the line removed) per revision -> verdict
    ([("Alice", "support")], (None, "Alice")),
    ([("Mallory", "support")], ("forged", "Mallory")),
    ([("Trent", "support")], (None, "Trent")),                        # a clerk moved it
    ([("Alice", "support"), ("Mallory", "oppose")], ("tampered", "Mallory")),
    ([("Alice", "support"), ("Trent", "oppose")], (None, "Alice")),   # a clerk's change
    ([("Alice", "support"), ("Alice", "oppose")], (None, "Alice")),   # her own change
    # changed back by its voter: the change that stands is hers
    ([("Alice", "support"), ("Mallory", "oppose"), ("Alice", "support")], (None, "Alice")),
    # removed by someone, restored as it was by someone else: nothing it says changed
    ([("Alice", "support"), ("Mallory", None), ("Bob", "support")], (None, "Alice")),
    # typed by Mallory unsigned, then signed by Alice herself: Alice's vote
    ([("Mallory", "unsigned"), ("Alice", "support")], (None, "Alice")),
])
def test_forged_and_tampered_are_functions_of_the_events(steps, verdict) -> None:
    from bot.integrity.verdicts import judged

    revs = []
    for n, (user, stance) in enumerate(steps, start=1):
        lines = list(HEAD)
        if stance == "unsigned":
            lines.append("# {{support}}")
        elif stance is not None:
            lines.append(line("Alice", stance))
        revs.append((user, lines))
    log = history(*revs).entry_at(len(HEAD) + 1)
    assert log is not None
    found = judged("Alice", None, None, log, _stance, anchor_for(FACTS), {},
                   IntegrityConfig(clerks=CLERKS))
    assert found is not None
    assert (found.reason, found.editor) == verdict
