"""One truth across pages: the demo's report pages, as MediaWiki renders them, give every entry
the same status and the same words, and every header count equals the sum of its table.

The demo (bot/demo.py) is built on a fresh local wiki: the consultation with its bad entries
(an application, a self-recommendation, a goal with an unknown status, a nominee without an
account, an unsigned recommendation), then every job. Nothing below names a person or a
number of the demo: each check compares one page with another, or a header with its table.
"""

from __future__ import annotations

import re

import pytest

from bot.demo_pages import DEMO_USERS, RECORDS_PAGE, SELECTION_PAGE, SUMMARY_PAGE
from tests.integration.report_tables import Table, read_page
from tests.integration.test_shipped_config import demo_wiki  # noqa: F401 (the fixture)

PAGES = (SUMMARY_PAGE, SELECTION_PAGE, RECORDS_PAGE)
AUDIT_HEADERS = ["User", "Subject", "Stance", "Outcome", "Reason", "Saved by", "Diff", "Line"]
PROBLEM_HEADERS = ["Page", "Line", "Problem"]


@pytest.fixture(scope="module")
def pages(demo_wiki):  # noqa: F811 (the fixture imported above)
    """-> {title: (tables, text)} of the three report pages that read the same entries."""
    site = demo_wiki.client(DEMO_USERS[0])
    return {title: read_page(site.get("parse", page=title, prop="text",
                                      formatversion=2)["parse"]["text"]) for title in PAGES}


def only(tables: list[Table], headers: list[str] | None = None, having: str = "") -> Table:
    """Tables of a page -> the one with these headers (or with a header ``having``)."""
    found = [t for t in tables if (headers is not None and t.headers == headers)
             or (having and having in t.headers)]
    assert len(found) == 1, [t.headers for t in tables]
    return found[0]


def number(pattern: str, text: str) -> tuple[int, ...]:
    """A regex with groups of digits and a page's text -> those numbers (the test fails
    when the header is not there)."""
    found = re.search(pattern, text)
    assert found is not None, f"{pattern!r} not on the page"
    return tuple(int(value) for value in found.groups())


def count(cell: str) -> int:
    """A cell ("2: Ann, Bea", "2 (1)", "0", "") -> the number it starts with (0: none)."""
    found = re.match(r"\s*(\d+)", cell)
    return int(found.group(1)) if found else 0


def by(cell: str) -> int:
    """A summary cell "3 by 2" -> 2, the number of different people."""
    found = re.fullmatch(r"\d+ by (\d+)", cell)
    assert found is not None, cell
    return int(found.group(1))


def test_every_audit_header_equals_its_table(pages):
    for title, (tables, _text) in pages.items():
        audit = only(tables, AUDIT_HEADERS)
        total, counted, excluded = number(r"Audit: (\d+) entr\w+, (\d+) counted, (\d+) excluded",
                                          audit.before)
        outcomes = audit.column("Outcome")
        assert set(outcomes) <= {"counted", "excluded"}, title
        assert (total, counted, excluded) == (
            len(outcomes), outcomes.count("counted"), outcomes.count("excluded")), title


def test_every_problem_at_an_entry_excludes_it_in_that_pages_audit(pages):
    for title, (tables, _text) in pages.items():
        audit = {row["Line"]: row for row in only(tables, AUDIT_HEADERS).records()}
        for problem in only(tables, PROBLEM_HEADERS).records():
            row = audit.get(f"{problem['Page']}:{problem['Line']}")
            if row is not None:
                assert row["Outcome"] == "excluded", (title, problem)
                if row["Reason"].startswith("problem"):
                    assert row["Reason"] == f"problem: {problem['Problem']}", title


def test_an_entry_has_the_same_status_and_words_on_every_page(pages):
    status: dict[str, dict[str, tuple[str, str]]] = {}
    words: dict[tuple[str, str], dict[str, str]] = {}
    for title, (tables, _text) in pages.items():
        for row in only(tables, AUDIT_HEADERS).records():
            status.setdefault(row["Line"], {})[title] = (row["Outcome"], row["Reason"])
        for problem in only(tables, PROBLEM_HEADERS).records():
            if problem["Line"]:  # a problem of an entry (not of a policy or a page list)
                words.setdefault((problem["Page"], problem["Line"]), {})[title] = \
                    problem["Problem"]
    shared = {line: seen for line, seen in status.items() if len(seen) > 1}
    assert len(shared) >= 10  # the pages do read the same entries
    assert any(outcome == "excluded" for seen in shared.values()
               for outcome, _ in seen.values())
    for line, seen in shared.items():
        assert len(set(seen.values())) == 1, (line, seen)
    shared_words = {key: seen for key, seen in words.items() if len(seen) > 1}
    assert shared_words
    for key, seen in shared_words.items():
        assert len(set(seen.values())) == 1, (key, seen)


def test_summary_header_equals_its_tables(pages):
    tables, text = pages[SUMMARY_PAGE]
    summary = only(tables, having="Candidate")
    people, nominations, recommendations, excluded, problems = number(
        r"(\d+) candidates?, (\d+) nominations?, (\d+) recommendations? counted; (\d+) entr\w+ "
        r"excluded \(see the audit\), (\d+) problems?", text)
    assert people == len(summary.rows)
    assert nominations == sum(count(c) for c in summary.column("Nominations"))
    assert recommendations == sum(count(c) for c in summary.column("Recommendations"))
    assert excluded == only(tables, AUDIT_HEADERS).column("Outcome").count("excluded")
    assert problems == len(only(tables, PROBLEM_HEADERS).rows)


def test_selection_header_equals_its_tables(pages):
    tables, text = pages[SELECTION_PAGE]
    people, problems = number(r"from (\d+) candidates? and (\d+) problems?", text)
    assert people == len(only(tables, having="Mentees").rows)
    assert problems == len(only(tables, PROBLEM_HEADERS).rows)
    filled, seats = number(r"(\d+) of (\d+) seats filled", text)
    assert filled == len(only(tables, having="Rank").rows) <= seats


def test_records_header_equals_its_table(pages):
    tables, text = pages[RECORDS_PAGE]
    people, items = number(r"(\d+) people with (\d+) items", text)
    table = only(tables, having="Seats")
    assert people == len(table.rows)
    columns = ["Seats", "Goals (met)", "Mentees confirmed", "Mentoring pairs",
               "Recommendations", "Recognitions", "Withdrawn"]
    assert items == sum(count(row[c]) for row in table.records() for c in columns)


def test_a_person_has_the_same_numbers_on_every_page(pages):
    summary = {row["Candidate"]: row for row in only(pages[SUMMARY_PAGE][0],
                                                     having="Candidate").records()}
    selection = {row["User"]: row for row in only(pages[SELECTION_PAGE][0],
                                                  having="Mentees").records()}
    records = {row["User"]: row for row in only(pages[RECORDS_PAGE][0],
                                                having="Seats").records()}
    # A nominee is a candidate on both pages or on neither.
    assert set(summary) == set(selection)
    applications = 0
    for user, row in summary.items():
        evidence = selection[user]
        # "3 by 2": three nominations by two nominators
        assert by(row["Nominations"]) == count(evidence["Nominators"]), user
        assert by(row["Recommendations"]) == count(evidence["Recommenders"]), user
        applications += "application" in row["Flags"]
    assert applications  # the demo has applications: they are the case that once differed
    for user in set(selection) & set(records):
        goals = selection[user]["Goals"]
        shown = len(re.findall(r" – (?:met|partial|not met) \(by ", goals))
        assert count(records[user]["Goals (met)"]) == shown, user
        assert int(records[user]["Mentees confirmed"]) == count(selection[user]["Mentees"]), user
        assert int(records[user]["Recommendations"]) == count(
            selection[user]["Recommenders"]), user
