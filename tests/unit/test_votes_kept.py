"""Vote pages parsed once per revision and kept: what comes back equals a fresh parse."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.model import SiteFacts
from bot.votes.config import default_vote_config
from bot.votes.kept import parse_votes_kept
from bot.votes.page import parse_votes
from bot.wiki.state import HistoryStore

RFA = Path(__file__).parent.parent / "fixtures" / "rfa"
FACTS = SiteFacts()


@dataclass
class Page:
    title: str
    revision: int
    text: str


@pytest.mark.parametrize("name", ["rfa-dgg", "holdout-b"])
def test_a_kept_vote_page_equals_a_fresh_parse(name: str) -> None:
    store = HistoryStore(":memory:", "test")
    page = Page(name, 7, (RFA / f"{name}.txt").read_text(encoding="utf-8"))
    fresh = parse_votes(page.text, FACTS, default_vote_config(), name)
    assert fresh.votes and fresh.excluded  # the page has both: the check means something
    assert parse_votes_kept(store, [page], FACTS, default_vote_config()) == [fresh]
    assert store.parsed([(name, 7)], next(iter(  # kept now, and read back the same
        k for (k,) in store.db.execute("SELECT key FROM parsed"))))
    assert parse_votes_kept(store, [page], FACTS, default_vote_config()) == [fresh]
    changed = Page(name, 8, page.text + "\n# {{support}} [[User:Zed|Zed]] 10:00, 1 May 2026 (UTC)")
    again = parse_votes_kept(store, [changed], FACTS, default_vote_config())
    assert again == [parse_votes(changed.text, FACTS, default_vote_config(), name)]
