"""Nominations changed by someone else, judged from page history (no network): restored as
their signer last left them (tests/fixtures/nominations/tampered.yaml)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from bot.core.entries import EntryTemplates, parse_entries
from bot.core.history import RevisionText, blame
from bot.core.integrity import IntegrityConfig, render_audit
from bot.core.model import SiteFacts
from bot.wiki.attribution import check_entries
from bot.wiki.state import HistoryStore

FACTS = SiteFacts()
TEMPLATES = EntryTemplates.of(nomination=("Peer academy nomination",),
                              recommendation=("Peer academy recommendation",))
CASES = yaml.safe_load((Path(__file__).resolve().parents[1] / "fixtures" / "nominations"
                        / "tampered.yaml").read_text(encoding="utf-8"))
START = datetime(2026, 5, 1, 9, tzinfo=UTC)
ALICE = "[[User:Alice|Alice]] ([[User talk:Alice|talk]]) 10:00, 1 May 2026 (UTC)"


def check(case):
    lines = [("Org", "")] + [("Alice", case["line"])] + [tuple(e) for e in case["edits"]]
    revisions = [RevisionText(n, user, START + timedelta(hours=n),
                              "Nominations.\n" + line.replace("{Alice}", ALICE))
                 for n, (user, line) in enumerate(lines, start=1)]
    store = HistoryStore(":memory:", "test")
    store.add("Noms", 1, len(revisions), blame(revisions, FACTS))
    entries, problems = parse_entries(revisions[-1].text or "", "Noms", FACTS, TEMPLATES)
    assert not problems and len(entries) == 1
    config = IntegrityConfig(clerks=tuple(case.get("clerks", ())))
    return check_entries(entries, store, {}, config, FACTS)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_tampered_nominations_are_restored(case):
    kept, dropped = check(case)
    counted = [[e.subject, e.param("track"), e.param("group")] for e in kept]
    assert counted == ([case["counted"]] if case["counted"] else [])
    assert [r.editor for r in dropped if r.reason == "tampered"] == \
        ([case["tampered"]] if case["tampered"] else [])
    if case["tampered"] and case["counted"]:
        (row,) = dropped
        (entry,) = kept
        nominee, track, _group = case["counted"]
        assert row.note.startswith(f"counted as Alice left it in revision {entry.revision} "
                                   f"(nominee {nominee}, track {track}")
        assert entry.signer == "Alice" and entry.editor in ("Alice", "Trent")
        assert "counted as Alice left it" in render_audit(dropped)
