"""The naive baseline: what a bot does that reads one thing per request.

For the same pages the jobs read, it fetches each page's text, each page's history listing,
each revision's text and each user's account data in a request of its own (as vote bots that
loop over pages with ``page.get()`` do). Threads only shorten the wall time; the request count
is the same in any order. Requests are counted by the caller at the HTTP layer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import requests

from bot.wiki.localwiki import LocalWiki


@dataclass(frozen=True)
class NaiveRun:
    """What the baseline read: pages, revisions, users, and its wall time."""

    pages: int
    revisions: int
    users: int
    seconds: float


class NaiveReader:
    """One anonymous HTTP session per thread against the local wiki's api.php."""

    def __init__(self, wiki: LocalWiki) -> None:
        self.url = wiki.api_url
        self.local = threading.local()

    def get(self, **params: Any) -> dict[str, Any]:
        """API parameters -> the JSON answer of one GET request."""
        session = getattr(self.local, "session", None)
        if session is None:
            session = self.local.session = requests.Session()
            session.headers["User-Agent"] = "peerbot-bench-naive/1.0 (local benchmark)"
        reply = session.get(self.url, params={**params, "format": "json",
                                              "formatversion": "2"}, timeout=60)
        reply.raise_for_status()
        return reply.json()

    def transcluding(self, template: str, prefix: str) -> list[str]:
        """Template and title prefix -> pages that transclude it (listing, 500 a request)."""
        params: dict[str, Any] = {"action": "query", "list": "embeddedin",
                                  "eititle": f"Template:{template}", "eilimit": 500}
        titles: list[str] = []
        while True:
            data = self.get(**params)
            titles += [p["title"] for p in data["query"]["embeddedin"]
                       if p["title"].startswith(prefix)]
            if "continue" not in data:
                return titles
            params.update(data["continue"])

    def page_text(self, title: str) -> str:
        """One page -> its current text (one request)."""
        data = self.get(action="query", prop="revisions", titles=title, rvprop="content",
                        rvslots="main")
        page = data["query"]["pages"][0]
        return page["revisions"][0]["slots"]["main"]["content"] if "revisions" in page else ""

    def history(self, title: str) -> list[tuple[int, str]]:
        """One page -> [(revid, user)] of its history (one request per 500 revisions)."""
        params: dict[str, Any] = {"action": "query", "prop": "revisions", "titles": title,
                                  "rvprop": "ids|user", "rvlimit": 500}
        found: list[tuple[int, str]] = []
        while True:
            data = self.get(**params)
            found += [(r["revid"], r.get("user", ""))
                      for r in data["query"]["pages"][0].get("revisions", [])]
            if "continue" not in data:
                return found
            params.update(data["continue"])

    def revision_text(self, revid: int) -> str:
        """One revision id -> its text (one request)."""
        data = self.get(action="query", prop="revisions", revids=revid, rvprop="content",
                        rvslots="main")
        return data["query"]["pages"][0]["revisions"][0]["slots"]["main"]["content"]

    def user(self, name: str) -> dict[str, Any]:
        """One user name -> its account data (one request)."""
        data = self.get(action="query", list="users", ususers=name,
                        usprop="editcount|registration|groups|blockinfo")
        return data["query"]["users"][0]


def _each(threads: int, func: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(func, items))


def naive_read(wiki: LocalWiki, titles: Sequence[str], users: Iterable[str],
               threads: int = 4, listing: tuple[str, str] | None = None) -> NaiveRun:
    """Pages and user names -> NaiveRun, after reading everything one item a request:
    the pages' listing (if ``listing`` = (template, prefix)), each page's text and history,
    each revision's text and each user."""
    reader = NaiveReader(wiki)
    started = time.monotonic()
    if listing is not None:
        titles = reader.transcluding(*listing)
    _each(threads, reader.page_text, titles)
    histories = _each(threads, reader.history, titles)
    revids = [revid for history in histories for revid, _user in history]
    _each(threads, reader.revision_text, revids)
    names = set(users) | {user for history in histories for _revid, user in history}
    _each(threads, reader.user, sorted(names))
    return NaiveRun(len(titles), len(revids), len(names), time.monotonic() - started)
