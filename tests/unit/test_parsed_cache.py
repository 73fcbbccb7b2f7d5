"""Entries parsed once per revision and kept: what comes back equals a fresh parse."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.entries import EntryTemplates, parse_pages
from bot.core.model import SiteFacts
from bot.wiki.parsed import parse_kept
from bot.wiki.state import HistoryStore

FACTS = SiteFacts()
TEMPLATES = EntryTemplates((("nomination", ("Peer academy nomination",)),
                            ("recommendation", ("Peer academy recommendation",))))
TEXT = ("== Bob ==\n* {{Peer academy nomination|nominee=Bob|group=WM|region=Europe|"
        "track=mentor}} [[User:Alice|Alice]] 10:00, 1 May 2026 (UTC)\n"
        "* <s>{{Peer academy recommendation|candidate=Bob|text=kind}}</s> "
        "[[User:Carol|Carol]] 11:00, 2 May 2026 (UTC)\n"
        "* {{Peer academy recommendation|candidate=Bob|text=unsigned}}\n")


@dataclass
class Page:
    title: str
    revision: int
    text: str


class CountingStore(HistoryStore):
    def __init__(self) -> None:
        super().__init__(":memory:", "test")
        self.parsed_pages = 0

    def keep_parsed(self, pages, key):  # type: ignore[no-untyped-def]
        pages = list(pages)
        self.parsed_pages += len(pages)
        super().keep_parsed(pages, key)


def test_kept_entries_equal_a_fresh_parse_and_only_changed_pages_are_parsed() -> None:
    store = CountingStore()
    pages = [Page("A", 1, TEXT), Page("B", 2, TEXT.replace("Bob", "Dave"))]
    expected = parse_pages([(p.title, p.text) for p in pages], FACTS, TEMPLATES)
    assert expected[0] and expected[1]  # entries and a problem: the test means something
    assert parse_kept(store, pages, FACTS, TEMPLATES) == expected
    assert store.parsed_pages == 2
    assert parse_kept(store, pages, FACTS, TEMPLATES) == expected
    assert store.parsed_pages == 2  # nothing parsed again
    changed = [pages[0], Page("B", 3, TEXT.replace("Bob", "Erin"))]
    assert parse_kept(store, changed, FACTS, TEMPLATES) == parse_pages(
        [(p.title, p.text) for p in changed], FACTS, TEMPLATES)
    assert store.parsed_pages == 3  # only the changed page
