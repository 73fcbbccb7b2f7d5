"""Dates where people read them: in the wiki's own format (UTC), never split across lines."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from bot.core.render import nowrap, wiki_date
from bot.digest.render import render_digest
from bot.selection.render import render_evidence
from tests.unit.test_digest import CONFIG, FACTS, FIXTURE
from tests.unit.test_selection_breakdown import demo_report

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
NOWRAP = '<span style="white-space:nowrap">'


def test_wiki_date() -> None:
    assert wiki_date(date(2016, 9, 19)) == "19 September 2016"
    assert wiki_date(datetime(2016, 9, 20, 23, 30, tzinfo=UTC)) == "20 September 2016"
    assert wiki_date(None) == "" and nowrap("") == ""


def test_digest_days_are_the_wikis_and_do_not_wrap() -> None:
    from bot.digest.job import digest_from_pages

    digest = digest_from_pages([("Dialogue", FIXTURE.read_text(encoding="utf-8"))], CONFIG,
                               FACTS)
    text = render_digest(digest)
    assert not ISO_DAY.search(text.split("== Flagged")[0]), ISO_DAY.search(text)
    days = re.findall(NOWRAP + r"(?:\[\[Special:Diff/\d+\|)?(\d{1,2} [A-Z][a-z]+ \d{4})", text)
    assert days, "no day shown"
    # Every day the digest knows is shown as the wiki writes it; in the sections table the
    # day and month stay together and only the year may wrap below them (never inside a
    # number), so the table's two date columns fit the page's column.
    for section in digest.sections:
        if section.first is not None:
            day, year = wiki_date(section.first).rsplit(" ", 1)
            assert f"{NOWRAP}{day}</span> {year}" in text
    for week in digest.weeks:
        assert f"{NOWRAP}{wiki_date(week.start)}</span>" in text


def test_selection_evidence_times_are_the_wikis() -> None:
    report = demo_report()
    text = render_evidence(report, "seed")
    stamps = [c.first_nominated for c in report.candidates if c.first_nominated]
    assert stamps
    # The wiki writes the day in its own language ({{#dateformat:}}: "1 March 2026" on an
    # English wiki, tests/integration/test_selection_job.py); the cell sorts by the time;
    # free to wrap between its words, so the table fits the column.
    for stamp in stamps:
        assert (f'data-sort-value="{stamp:%Y-%m-%dT%H:%M}" | {stamp:%H:%M}, '
                f"{{{{#dateformat:{stamp:%Y-%m-%d}|dmy}}}}") in text
    assert "Lottery number" in text  # in a table of its own, in draw order
    assert not ISO_DAY.search(re.sub(r"data-sort-value=\"[^\"]*\"|\{\{#dateformat:[^}]*\}\}",
                                     "", text))
