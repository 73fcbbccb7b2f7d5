"""The report pages as a reader sees them: headless Chromium on the local wiki."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.conftest import append, peerbot

OUT = Path(__file__).resolve().parents[2] / "test-output"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make deps`", pytrace=False)
    with sync_playwright() as play:
        started = play.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield started
        started.close()


def test_summary_table_has_one_row_per_candidate(wiki, browser):
    page_title = "Peer academy/Nominations/Browser round"
    for user, nominee in (("Walter", "Xavier"), ("Yolanda", "Xavier"), ("Zoe", "Walter")):
        append(wiki, user, page_title, f"{{{{Peer academy nomination|nominee={nominee}|"
                                       "group=G|region=R|track=mentor}} ~~~~")
    assert peerbot(wiki, "nominations").code == 0
    expected = len(json.loads(peerbot(wiki, "nominations", "--json").stdout)["candidates"])
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(wiki.page_url("Peer academy/Nominations/Summary"))
    table = page.locator("table.wikitable.sortable").first
    table.wait_for()
    names = table.locator("tbody tr td:first-child").all_inner_texts()
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "nominations-summary.png"), full_page=True)
    assert len(names) == expected
    assert "Xavier" in names and "Walter" in names
    # jquery.tablesorter made the table sortable: clicking a header adds a sort class.
    table.locator("th").first.click()
    assert "headerSort" in (table.locator("th").first.get_attribute("class") or "")
    page.close()


def test_vote_results_table_and_bars(label_vote, browser):
    from tests.integration.label_vote import PAGE, REPORT, WORDS

    assert peerbot(label_vote, "votes", PAGE, "--report-page", REPORT).code == 0
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(label_vote.page_url(REPORT))
    table = page.locator("table.wikitable.sortable").first
    table.wait_for()
    rows = table.locator("tbody tr:has(td)")
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "vote-results.png"), full_page=True)
    assert rows.count() == len(WORDS)
    text = table.inner_text()
    for word in WORDS:
        assert word in text
    # The bars are drawn: one filled div per row with a width from the support percentage.
    assert page.locator("table.wikitable div[style*='width:'] > div").count() >= len(WORDS)
    page.close()


def test_selection_report_lists_the_selected(wiki, browser):
    from tests.integration.test_selection_job import REPORT, ensure_seeded, write_files

    ensure_seeded(wiki)
    run = peerbot(wiki, "select", "--config", str(write_files(wiki)))
    assert run.code == 0, run.stderr
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(wiki.page_url(REPORT))
    table = page.locator("table.wikitable.sortable").first  # the selected people
    table.wait_for()
    names = table.locator("tbody tr td:nth-child(2)").all_inner_texts()
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "selection.png"), full_page=True)
    # First come, one per group (worked out by hand in test_selection_job.py).
    assert names == ["Alice", "Carol", "Dave"]
    assert page.locator("h2:has-text('Waitlist')").count() == 1
    assert "Lottery number" in page.locator("body").inner_text()
    page.close()
