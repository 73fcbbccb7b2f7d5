"""One truth across pages: an entry a report's rules do not count is excluded in its audit
with the problem's own words, and every audit header equals the sum of its table."""

from __future__ import annotations

import re

import pytest

from bot.core.integrity import (
    PROBLEM,
    AuditRow,
    audit_counts,
    entry_status,
    render_audit,
    with_problems,
)
from bot.core.model import Problem


def row(page: str, line: int, reason: str = "") -> AuditRow:
    return AuditRow(page, line, f"U{line}", "Subject", "nomination", reason, line * 10, None)


ROWS = (row("P", 1), row("P", 2), row("P", 3, "forged"), row("Q", 2), row("Q", 5))


def test_a_problem_at_an_entry_excludes_it_with_the_problems_words() -> None:
    problems = [Problem("P", "recommendation of X: self-recommendation, not counted", 2),
                Problem("P", "again at the forged line", 3),     # already excluded: kept
                Problem("Q", "a problem of no entry", 9),       # no entry there
                Problem("", "pages outside the prefixes")]      # no line
    marked = with_problems(ROWS, problems)
    assert [(r.page, r.line, r.reason, r.note) for r in marked] == [
        ("P", 1, "", ""),
        ("P", 2, PROBLEM, "recommendation of X: self-recommendation, not counted"),
        ("P", 3, "forged", ""),
        ("Q", 2, "", ""),
        ("Q", 5, "", "")]
    assert [entry_status(r) for r in marked] == [
        "counted", "excluded", "excluded", "counted", "counted"]


@pytest.mark.parametrize("problems", [
    [], [Problem("P", "x", 1)], [Problem("P", "x", 1), Problem("Q", "y", 2), Problem("Q", "z", 5)]])
def test_the_audit_header_equals_the_sum_of_its_table(problems: list[Problem]) -> None:
    rows = list(with_problems(ROWS, problems))
    text = render_audit(rows)
    numbers = re.search(r"Audit: (\d+) entries, (\d+) counted, (\d+) excluded", text)
    assert numbers is not None
    total, counted, excluded = map(int, numbers.groups())
    outcomes = re.findall(r"^\|.*? \|\| (counted|excluded) \|\| ", text, re.MULTILINE)
    assert total == len(outcomes) == counted + excluded
    assert counted == outcomes.count("counted") and excluded == outcomes.count("excluded")
    assert excluded == 1 + len(problems)
    assert audit_counts(rows) in text
