"""Which pages a template job reads: the split by title prefix and the problem naming the
pages outside the prefixes (pure), and ``read_entries`` with a stand-in for the adapter (what
MediaWiki itself does is checked in tests/integration/test_nominations_job.py)."""

from __future__ import annotations

import logging

from bot.core.coverage import Coverage
from bot.core.entries import outside_prefixes_problem, split_by_prefix
from bot.core.integrity import IntegrityConfig
from bot.core.model import SiteFacts
from bot.wiki.pages import PageText
from bot.wiki.reading import read_entries

NOMINATION = ("{{Peer academy nomination|nominee=Bob|group=G|region=Europe|track=mentor}} "
              "[[User:Alice|Alice]] 10:00, 1 May 2026 (UTC)")


def test_titles_are_split_by_prefix_in_their_order() -> None:
    titles = ["Peer academy/2026/Nominations", "Peer academy/Nominations/A",
              "User:Alice/sandbox", "Peer academy/Nominations/B"]
    inside, outside = split_by_prefix(titles, ["Peer academy/Nominations"])
    assert inside == ["Peer academy/Nominations/A", "Peer academy/Nominations/B"]
    assert outside == ["Peer academy/2026/Nominations", "User:Alice/sandbox"]
    assert split_by_prefix(titles, []) == (titles, [])


def test_pages_outside_the_prefixes_are_one_problem_naming_the_first_few() -> None:
    outside = [f"Peer academy/2026/Nominations/{n}" for n in "ABCDE"]
    problem = outside_prefixes_problem(outside)
    assert problem is not None and problem.page == "" and problem.line is None
    assert problem.reason == (
        "5 pages using the job's templates lie outside page_prefixes and were not read: "
        "Peer academy/2026/Nominations/A, Peer academy/2026/Nominations/B, "
        "Peer academy/2026/Nominations/C and 2 more. To count them, add their prefix to "
        "page_prefixes in the job's config.")


def test_one_page_outside_is_named_in_the_singular() -> None:
    problem = outside_prefixes_problem(["Peer academy/2026/Nominations"])
    assert problem is not None
    assert problem.reason == (
        "1 page using the job's templates lies outside page_prefixes and was not read: "
        "Peer academy/2026/Nominations. To count it, add its prefix to page_prefixes in the "
        "job's config.")
    assert outside_prefixes_problem([]) is None


class Wiki:
    """The part of the adapter ``read_entries`` uses, over fixed pages; records what is read."""

    def __init__(self, pages: dict[str, str]) -> None:
        self.pages = pages
        self.read: list[str] = []
        self.coverage = Coverage()
        self.missing_titles: set[str] = set()

    def template_uses(self, names: list[str]) -> tuple[dict[str, tuple[str, ...]], list[str]]:
        return {n: (n,) for n in names}, sorted(self.pages)

    def read_pages(self, titles: list[str], redirects: bool = False) -> list[PageText]:
        assert redirects, "configured pages are read through redirects (moved pages)"
        self.read.extend(titles)
        return [PageText(t, number, self.pages[t], "", number)
                for number, t in enumerate(titles, start=1)]

    def facts(self) -> SiteFacts:
        return SiteFacts()

    def existing_users(self, names: set[str]) -> set[str]:
        return set(names)


def test_read_entries_reads_only_under_the_prefixes_and_names_the_others(caplog) -> None:
    wiki = Wiki({"Peer academy/Nominations/Round": NOMINATION,
                 "Peer academy/2026/Nominations": NOMINATION,
                 "Peer academy/Nominations/Summary": NOMINATION})
    caplog.set_level(logging.INFO, logger="peerbot")
    read = read_entries(wiki, {"nomination": "Peer academy nomination"},
                        ["Peer academy/Nominations"], exclude=["Peer academy/Nominations/Summary"],
                        integrity=IntegrityConfig(check_history=False))
    assert wiki.read == ["Peer academy/Nominations/Round"]
    assert wiki.coverage.listed == (("page_prefixes", 1),)  # what a save compares
    assert [e.page for e in read.entries] == ["Peer academy/Nominations/Round"]
    stray = outside_prefixes_problem(["Peer academy/2026/Nominations"])
    assert read.problems == [stray]
    # one log line for the pages read (singular for one page), one naming the others
    assert "read 1 page using Peer academy nomination" in caplog.messages
    assert stray is not None and stray.reason in caplog.messages
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [stray.reason]
