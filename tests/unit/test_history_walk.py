"""The batched backward history walk (attribution.index_history) against an in-memory
stand-in for the wiki adapter's two history reads: it must find the same origins as the
forward blame of each page's full history, spend one request per round while many pages are
open, and list the few deep histories instead of walking them one revision a request.

MediaWiki itself is exercised by tests/integration/test_request_budget.py; this checks only
the walk's own bookkeeping, with hypothesis-made histories. Requests are counted as the
adapter makes them: one per ``batch`` revision ids, one per ``batch`` revisions listed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.history import RevisionText, blame
from bot.core.model import SiteFacts
from bot.wiki.attribution import index_history, plan_walk
from bot.wiki.pages import Revision
from bot.wiki.state import HistoryStore

EN = SiteFacts()
START = datetime(2026, 5, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    title: str
    revision: int
    page_id: int
    text: str


class History:
    """Pages as chains of revisions, counting the adapter calls the walk makes."""

    def __init__(self, batch: int = 50) -> None:
        self.batch = batch
        self.revs: dict[int, Revision] = {}
        self.heads: dict[str, int] = {}
        self.ids: dict[str, int] = {}
        self.requests = 0
        self.listings = 0
        self.next_id = 1

    def edit(self, title: str, user: str, text: str) -> int:
        """Save a new revision of a page -> its id (ids grow over time, as on a wiki)."""
        page_id = self.ids.setdefault(title, len(self.ids) + 1)
        revid, self.next_id = self.next_id, self.next_id + 1
        stamp = (START + timedelta(minutes=revid)).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.revs[revid] = Revision(revid, self.heads.get(title, 0), page_id, user, stamp, text)
        self.heads[title] = revid
        return revid

    def pages(self) -> list[Page]:
        return [Page(t, head, self.ids[t], self.revs[head].text or "")
                for t, head in self.heads.items()]

    def chain(self, title: str) -> list[Revision]:
        """-> the page's revisions, oldest first."""
        out, rid = [], self.heads[title]
        while rid:
            out.append(self.revs[rid])
            rid = out[-1].parent
        return out[::-1]

    # the adapter's interface
    def revisions(self, revids: list[int]) -> dict[int, Revision]:
        self.requests += -(-len(revids) // self.batch)
        return {r: self.revs[r] for r in revids if r in self.revs}

    def history(self, title: str, start: int, after: int = 0) -> list[Revision]:
        self.listings += 1
        found = [r for r in self.chain(title)[::-1] if after < r.revid <= start]
        self.requests += max(1, -(-len(found) // self.batch))
        return found


def forward(wiki: History, title: str) -> dict[str, Any]:
    return blame([RevisionText(r.revid, r.user, datetime.fromisoformat(
        r.timestamp), r.text) for r in wiki.chain(title)], EN)


def sig(user: str, minute: int) -> str:
    return f"[[User:{user}|{user}]] 10:{minute:02d}, 1 May 2026 (UTC)"


histories = st.lists(  # per page: a list of (user index, keep previous lines?) edits
    st.lists(st.tuples(st.integers(0, 5), st.booleans()), min_size=1, max_size=12),
    min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(histories)
def test_walk_finds_the_same_origins_as_forward_blame(pages: list[list[tuple[int, bool]]]):
    wiki = History()
    for number, edits in enumerate(pages):
        lines: list[str] = []
        for step, (user, keep) in enumerate(edits):
            name = f"U{user}"
            lines = (lines if keep else lines[:1]) + [f"# entry {step} {sig(name, step)}"]
            wiki.edit(f"P{number}", name, "\n".join(lines))
    store = HistoryStore(":memory:", "test")
    done = index_history(wiki, wiki.pages(), store, EN)
    assert done == sum(len(e) for e in pages)
    for title in wiki.heads:
        expected = forward(wiki, title)
        assert store.origins(title, expected) == expected
    # a second run with nothing new costs nothing
    before = wiki.requests
    assert index_history(wiki, wiki.pages(), store, EN) == 0
    assert wiki.requests == before


def test_many_shallow_pages_cost_rounds_not_pages():
    wiki = History(batch=500)
    for number in range(400):
        for step in range(1 + number % 8):  # depths 1..8
            wiki.edit(f"P{number}", f"U{step}", f"# {sig(f'U{step}', step)}")
    index_history(wiki, wiki.pages(), HistoryStore(":memory:", "t"), EN)
    assert wiki.requests <= 8 and wiki.listings == 0


def test_a_deep_page_among_shallow_ones_is_listed_at_once():
    wiki = History(batch=500)
    for number in range(100):
        wiki.edit(f"P{number}", "U1", f"# {sig('U1', 1)}")
    lines: list[str] = []
    for step in range(300):
        lines.append(f"# {step} {sig(f'U{step % 7}', step % 60)}")
        wiki.edit("Deep", f"U{step % 7}", "\n".join(lines))
    store = HistoryStore(":memory:", "t")
    assert index_history(wiki, wiki.pages(), store, EN) == 400
    # its 300 signatures say Deep is deep: one round for the 100 others, one listing for it
    assert wiki.listings == 1 and wiki.requests == 2
    assert store.origins("Deep", forward(wiki, "Deep")) == forward(wiki, "Deep")


def test_a_deep_page_that_looks_shallow_is_listed_once_the_walk_overruns():
    wiki = History(batch=500)
    for number in range(100):
        wiki.edit(f"P{number}", "U1", f"# {sig('U1', 1)}")
    for step in range(300):  # each edit replaces the text: one signature on the page
        wiki.edit("Deep", f"U{step % 7}", f"# {sig(f'U{step % 7}', step % 60)}")
    store = HistoryStore(":memory:", "t")
    assert index_history(wiki, wiki.pages(), store, EN) == 400
    # planned 1 round; the second round overruns it with Deep alone open: listed
    assert wiki.listings == 1 and wiki.requests == 3
    assert store.origins("Deep", forward(wiki, "Deep")) == forward(wiki, "Deep")


def test_plan_walk_lists_few_deep_pages_and_walks_many_shallow_ones():
    assert plan_walk([], 500) == 0
    assert plan_walk([100] * 20, 500) == 0  # 20 listings beat 100 rounds
    assert plan_walk([3, 5, 8, 13] * 250, 500) == 13  # 13 rounds of <= 2 requests
    assert plan_walk([2] * 1000 + [400], 500) == 2  # walk the many, list the one
    assert plan_walk([1], 50) == 0  # a tie (one request either way) lists


def test_changed_pages_cost_one_round_per_new_revision():
    wiki = History()
    for number in range(60):
        for step in range(5):
            wiki.edit(f"P{number}", f"U{step}", f"# {sig(f'U{step}', step)}")
    store = HistoryStore(":memory:", "t")
    index_history(wiki, wiki.pages(), store, EN)
    before = wiki.requests
    for number in range(3):
        wiki.edit(f"P{number}", "Late", f"# {sig('U0', 0)}\n# {sig('Late', 59)}")
    assert index_history(wiki, wiki.pages(), store, EN) == 3
    assert wiki.requests - before == 1
    late = forward(wiki, "P0")
    assert store.origins("P0", late) == late


def test_a_revision_not_served_by_id_falls_back_to_listing():
    wiki = History()
    for step in range(4):
        wiki.edit("P", f"U{step}", f"# {sig(f'U{step}', step)}")
    wiki.edit("Q", "U9", f"# {sig('U9', 9)}")
    missing = wiki.revs[wiki.heads["P"]].parent  # e.g. moved here by a history merge
    by_id = wiki.revisions

    def revisions(revids: list[int]) -> dict[int, Revision]:
        found = by_id(revids)
        found.pop(missing, None)
        return found

    wiki.revisions = revisions  # type: ignore[method-assign]
    store = HistoryStore(":memory:", "t")
    assert index_history(wiki, wiki.pages(), store, EN) == 5
    assert wiki.listings == 1
    assert store.origins("P", forward(wiki, "P")) == forward(wiki, "P")


def test_the_index_log_line_agrees_with_its_counts(caplog):
    wiki = History()
    wiki.edit("P", "U1", f"# {sig('U1', 1)}")
    caplog.set_level(logging.INFO, logger="peerbot")
    assert index_history(wiki, wiki.pages(), HistoryStore(":memory:", "t"), EN) == 1
    line = "history: indexed 1 new revision of 1 page (0 rounds, 1 page listed)"
    assert caplog.messages == [line]
