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


def test_digest_days_are_the_wikis_to_write() -> None:
    """The digest writes each day as ``{{#dateformat:YYYY-MM-DD|dmy}}``: the wiki shows it in
    its language ("20 September 2016" on an English wiki, checked on the local MediaWiki
    1.39), never ISO to a reader without a date preference."""
    from bot.digest.job import digest_from_pages

    digest = digest_from_pages([("Dialogue", FIXTURE.read_text(encoding="utf-8"))], CONFIG,
                               FACTS)
    text = render_digest(digest)
    shown = re.sub(r"\{\{#dateformat:\d{4}-\d{2}-\d{2}\|dmy\}\}", "DAY", text)
    shown = re.sub(r'data-sort-value="[^"]*"', "", shown)
    assert not ISO_DAY.search(shown.split("== Flagged")[0]), ISO_DAY.search(shown)
    # In the sections table a day may wrap between its words (the table fits the page's
    # column); in the weekly table and a person's comments it stays on one line.
    for section in digest.sections:
        if section.first is not None:
            assert f"{{{{#dateformat:{section.first:%Y-%m-%d}|dmy}}}}" in text
    for week in digest.weeks:
        assert f"{NOWRAP}{{{{#dateformat:{week.start.isoformat()}|dmy}}}}</span>" in text


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
