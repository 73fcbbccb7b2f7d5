"""peerbot records on constructed pages, judged from page history (no network):
tests/fixtures/records/cases.yaml, and the records read back from what they render."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from bot.core.entries import EntryTemplates, parse_pages
from bot.core.history import RevisionText, blame
from bot.core.integrity import IntegrityConfig
from bot.core.model import SiteFacts
from bot.core.render import data_row, data_rows
from bot.records.config import RecordsConfig
from bot.records.job import (
    RecordsRun,
    Sources,
    compile_records,
    records_from_pages,
    struck_revisions,
)
from bot.records.ledger import PageSeen, counts
from bot.records.render import previous_records, render_page, render_record
from bot.wiki.attribution import check_entries
from bot.wiki.state import HistoryStore

FACTS = SiteFacts()
CONFIG = RecordsConfig()
TEMPLATES = EntryTemplates(tuple((k, (n,)) for k, n in CONFIG.templates().items()))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "records"
CASES = yaml.safe_load((FIXTURES / "cases.yaml").read_text(encoding="utf-8"))
START = datetime(2026, 5, 1, 9, tzinfo=UTC)


def _signed(text: str) -> str:
    return re.sub(r"\{(\w+)@(\d\d)\}", r"[[User:\1|\1]] 10:\2, 1 May 2026 (UTC)", text)


def run_case(case: dict, config: RecordsConfig = CONFIG) -> RecordsRun:
    store = HistoryStore(":memory:", "test")
    texts, seen, number = [], {}, 0
    for page_id, (title, edits) in enumerate(case["pages"].items(), start=1):
        revisions = []
        for user, text in edits:
            number += 1
            revisions.append(RevisionText(number, user, START + timedelta(hours=number),
                                          _signed(text)))
        store.add(title, page_id, number, blame(revisions, FACTS))
        texts.append((title, revisions[-1].text or ""))
        seen[title] = PageSeen(number)
    entries, problems = parse_pages(texts, FACTS, TEMPLATES)
    kept, dropped = check_entries(entries, store, {}, IntegrityConfig(), FACTS)
    src = Sources(kept, problems, previous=previous_records(case.get("previous", ""), {}),
                  pages=seen, struck=struck_revisions(store, FACTS, kept), audit=dropped)
    return compile_records(src, config)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_records_of_constructed_pages(case: dict) -> None:
    run = run_case(case, RecordsConfig(opt_out=tuple(case.get("opt_out", ()))))
    assert set(run.records) == set(case["people"])
    for person, want in case["people"].items():
        items = run.records[person]
        assert sorted(i.kind for i in items if i.active) == sorted(want["active"])
        gone = [[i.kind, i.withdrawn, i.why] for i in items if not i.active]
        assert gone == want.get("withdrawn", [])
        if "by" in want:
            assert [i.by for i in items if i.active] == want["by"]
        if "status" in want:
            assert [i.status for i in items if i.kind == "goal"] == want["status"]
    assert [p.reason for p in run.problems] == case.get("problems", [])
    assert [r.reason for r in run.audit if r.reason] == case.get("excluded", [])
    assert list(run.full) == case.get("full", [])


def test_opted_out_names_appear_nowhere_on_the_pages() -> None:
    case = next(c for c in CASES if c["name"].startswith("opt_out in the config"))
    run = run_case(case, RecordsConfig(opt_out=("Carol",)))
    text = render_page(run.records, ["Dave"], CONFIG.report_page, run.problems,
                       run.revisions, run.audit, run.note)
    text += render_record("Dave", run.records["Dave"])
    assert "Carol" not in text
    assert "someone who asked to be left out" in text


def test_records_read_back_from_their_pages_give_the_same_pages() -> None:
    """The page is the record: rendering, reading back and compiling again changes nothing
    (so a lost state folder loses nothing), and a later removal keeps the item."""
    case = CASES[0]
    first = run_case(case)
    page = render_page(first.records, ["Carol"], CONFIG.report_page, (), {})
    sub = render_record("Carol", first.records["Carol"])
    previous = previous_records(page, {"Carol": sub})
    assert previous["Carol"].full and previous["Carol"].items == tuple(first.records["Carol"])
    again = compile_records(Sources(previous=previous, pages={"Peer academy/Recognition":
                                                              PageSeen(9)}), CONFIG)
    (item,) = again.records["Carol"]
    assert (item.withdrawn, item.why, item.by, item.text) == (
        9, "gone", "Alice", "Translated the handbook")  # a code: the report words it
    assert again.closed == ("Carol",)  # nobody asks for it any more: the subpage is emptied
    assert render_record("Carol", again.records["Carol"]).count("withdrawn (") == 1


def test_offline_fixture_counts() -> None:
    text = (FIXTURES / "program.wiki").read_text(encoding="utf-8")
    run = records_from_pages([("program.wiki", text)], CONFIG, FACTS)
    got = {p: {k: v for k, v in counts(items).items() if v} for p, items in run.records.items()}
    assert got == {
        "Alice": {"seat": 1, "goal": 1, "goals met": 1, "mentee": 1, "pair": 1,
                  "recommendation": 2},
        "Bob": {"withdrawn": 1},
        "Carol": {"seat": 1, "recognition": 1},
        "Dave": {"pair": 1},
        "Eve": {"recognition": 1},
    }


@pytest.mark.parametrize("value", ["plain", 'a "quote" |x}} {{t}} [[l]] <b>', "~~~~ & &amp;"])
def test_data_rows_read_back_any_value(value: str) -> None:
    row = data_row("peerbot-x", [("user", value), ("n", "1")])
    assert "{{" not in row and "[[" not in row and "~~~" not in row
    assert data_rows(row + "\n| cell", "peerbot-x") == [{"user": " ".join(value.split()),
                                                        "n": "1"}]
