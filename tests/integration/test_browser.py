"""The report pages as a reader sees them: headless Chromium on the local wiki."""

from __future__ import annotations

import json
import re
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
    # What a reader sees first: the outcome sentence, then the rows in rank order, each with
    # a reason in numbers (the JSON says what they must be).
    data = json.loads(peerbot(label_vote, "votes", PAGE, "--json").stdout)
    ranked = sorted(data["subjects"], key=lambda s: s["rank"])
    outcome = page.locator(".peerbot-outcome").first.inner_text()
    assert outcome.startswith(f"{ranked[0]['subject']} leads with ")
    assert page.locator(".peerbot-outcome").first.is_visible()
    cells = [rows.nth(i).locator("td").all_inner_texts() for i in range(rows.count())]
    assert [c[0] for c in cells] == [s["subject"] for s in ranked]
    need = data["thresholds"]["min_supporters"]
    for row, subject in zip(cells, ranked, strict=True):
        support = subject["counts"]["support"]
        if not subject["passed"] and support < need:
            assert f"{support} of {need} supporters needed" in row[-1]
    # The matrices are collapsed: hidden until their block is opened.
    assert not page.locator("caption:has-text('Strongest paths')").is_visible()
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


# --- every report page of the demo, at a desktop and a phone width ------------------------

# A desktop window in both Vector skins MediaWiki ships (Vector 2022, the default on
# Wikimedia wikis, has the narrower text column), and a phone in the skin Wikimedia's mobile
# site uses.
WINDOWS = {"vector-2022": 1280, "vector": 1280, "minerva": 400}
DESKTOP = 1000  # wider windows must show every table without sideways scrolling

# Per table: its width, the width it may take (its scroll box, else its parent), and whether
# a cell's content spills out of the cell (a squeezed column). Collapsed blocks are opened
# first, so hidden tables are measured too.
MEASURE = """() => {
  const doc = document.documentElement;
  const tables = [...document.querySelectorAll('#mw-content-text table')].map(t => {
    let box = t.parentElement;
    while (box && getComputedStyle(box).overflowX === 'visible'
           && box.id !== 'mw-content-text') box = box.parentElement;
    const cells = [...t.querySelectorAll('th, td')];
    const firsts = [...t.querySelectorAll('tr')].map(r => r.cells[0]).filter(c => c);
    const column = document.querySelector('#mw-content-text').getBoundingClientRect();
    return {
      width: t.getBoundingClientRect().width,
      room: box.getBoundingClientRect().width,
      column: column.width,
      overflow: box.scrollWidth - box.clientWidth,
      firstHidden: firsts.filter(c => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1
                               || r.width < 30);
      }).length,
      scrolls: getComputedStyle(box).overflowX !== 'visible',
      right: (getComputedStyle(box).overflowX !== 'visible' ? box : t)
               .getBoundingClientRect().right,
      spilled: cells.filter(c => c.scrollWidth > c.clientWidth + 1).length,
      caption: (t.caption ? t.caption.innerText : '').slice(0, 40)
               || (t.rows[0] ? t.rows[0].innerText.replace(/\\s+/g, ' ').slice(0, 40) : ''),
    };
  });
  const wide = [...document.querySelectorAll('body *')].filter(e =>
      e.getBoundingClientRect().right > window.innerWidth + 1
      && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 50));
  return {pageWidth: doc.scrollWidth, viewport: window.innerWidth, tables, wide};
}"""


# A collapsed block must keep the width of the text column, not shrink to its title.
COLLAPSED = """() => [...document.querySelectorAll('#mw-content-text .mw-collapsible')].map(e => ({
  width: e.getBoundingClientRect().width,
  room: e.parentElement.getBoundingClientRect().width,
  title: e.innerText.split('\\n')[0].slice(0, 40)}))"""


@pytest.fixture(scope="module")
def demo_wiki():
    from bot import demo
    from bot.wiki.localwiki import running_wiki

    with running_wiki(users=demo.DEMO_USERS) as started:
        assert demo.build(started) == 0
        yield started


@pytest.mark.parametrize("skin", WINDOWS)
def test_every_demo_report_fits_the_window(demo_wiki, browser, skin):
    from bot import demo

    OUT.mkdir(exist_ok=True)
    problems = []
    width = WINDOWS[skin]
    for title in demo.REPORT_PAGES:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(demo_wiki.page_url(title) + f"&useskin={skin}")
        page.wait_for_load_state("networkidle")
        for block in page.evaluate(COLLAPSED):
            if block["width"] < 0.9 * block["room"]:
                problems.append(f"{title}: collapsed {block['title']!r} is {block['width']:.0f}"
                                f" of {block['room']:.0f} px")
        for toggle in page.locator(".mw-collapsible-toggle").all():
            toggle.click()
        seen = page.evaluate(MEASURE)
        # Days as readers read them ("4 December 2026"), never ISO ("2026-12-04").
        iso = re.findall(r"\b\d{4}-\d{2}-\d{2}\b", page.locator("#mw-content-text").inner_text())
        if iso:
            problems.append(f"{title}: ISO dates shown: {sorted(set(iso))[:3]}")
        name = title.rsplit("/", 1)[-1].lower()
        page.screenshot(path=str(OUT / f"demo-{name}-{skin}-{width}.png"), full_page=True)
        page.close()
        assert seen["tables"], f"{title}: no table rendered"
        if seen["pageWidth"] > seen["viewport"]:
            problems.append(f"{title}: page is {seen['pageWidth']} px wide in {width} px; "
                            f"wider than the window: {seen['wide']}")
        for table in seen["tables"]:
            where = f"{title} table {table['caption']!r}"
            if table["right"] > seen["viewport"] + 1:
                problems.append(f"{where}: runs past the window ({table['right']:.0f} px)")
            if table["spilled"]:
                problems.append(f"{where}: {table['spilled']} cells squeezed")
            if not table["scrolls"] and table["width"] < 0.3 * min(table["room"], 600):
                problems.append(f"{where}: squeezed to {table['width']:.0f} px")
            if width >= DESKTOP and (table["width"] > table["column"] + 1
                                     or table["overflow"] > 1):
                problems.append(f"{where}: {table['width']:.0f} px wide in a "
                                f"{table['column']:.0f} px column (scrolls "
                                f"{table['overflow']:.0f} px sideways)")
            if table["firstHidden"]:  # a phone may scroll a table, but sees who each row is
                problems.append(f"{where}: the first column is cut off in "
                                f"{table['firstHidden']} rows")
    assert not problems, "\n".join(problems)


def test_mentoring_pairs_read_in_chromium(demo_wiki, browser):
    """The demo's pairs page as a reader sees it: one table row per pair the job reports,
    each waiting request with its reason, and the talk-page message of a new pair."""
    from bot import demo

    run = peerbot(demo_wiki, "match", "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["pairs"] and data["waiting"]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(demo_wiki.page_url(demo.PAIRS_PAGE))
    rows = page.locator("table.peerbot-pairs tr.peerbot-pair")
    rows.first.wait_for()
    shown = {(r.get_attribute("data-mentor"), r.get_attribute("data-mentee"))
             for r in rows.all()}
    assert shown == {(p["mentor"], p["mentee"]) for p in data["pairs"]}
    text = page.locator("#mw-content-text").inner_text()
    for waiting in data["waiting"]:
        assert waiting["reason"] in text
    mentee = data["pairs"][0]["mentee"]
    page.goto(demo_wiki.page_url(f"User talk:{mentee}"))
    assert "Peer academy mentoring" in page.locator("#mw-content-text").inner_text()
    page.close()


def test_consultation_digest_read_in_chromium(demo_wiki, browser):
    """The demo's digest of the real consultation as a reader sees it: one row per section
    the job reports, the weekly bars, and every participant in the collapsed list."""
    from bot import demo

    run = peerbot(demo_wiki, "digest", "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert len(data["participants"]) == 40 and not data["flagged"]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(demo_wiki.page_url(demo.DIGEST_PAGE))
    first = page.locator("table.wikitable").first
    first.wait_for()
    assert first.locator("tr").count() == len(data["sections"]) + 1
    text = page.locator("#mw-content-text").inner_text()
    assert "\u2588" in text and "Participation over time" in text
    page.locator(".mw-collapsible-toggle").first.click()
    shown = page.locator("#mw-content-text").inner_text()
    assert all(p["user"] in shown for p in data["participants"])
    page.close()


def test_participation_records_read_in_chromium(demo_wiki, browser):
    """The demo's records page and a full record as a reader sees them: one summary row per
    person the job lists, nobody who opted out, each item of a full record in its table."""
    from bot import demo

    run = peerbot(demo_wiki, "records", "--json")
    assert run.code == 0, run.stderr
    people = {p["user"]: p for p in json.loads(run.stdout)["people"]}
    assert "Olga Petrova" not in people and people["Amara Okafor"]["full"]
    page = browser.new_page(viewport={"width": 400, "height": 900})
    page.goto(demo_wiki.page_url(demo.RECORDS_PAGE))
    rows = page.locator("table.peerbot-records tr.peerbot-record")
    rows.first.wait_for()
    assert {r.get_attribute("data-user") for r in rows.all()} == set(people)
    page.goto(demo_wiki.page_url(f"{demo.RECORDS_PAGE}/Amara Okafor"))
    items = page.locator("table.peerbot-record-items tr.peerbot-record-item")
    items.first.wait_for()
    assert items.count() == len(people["Amara Okafor"]["items"])
    record = page.locator("#mw-content-text").inner_text()
    assert "Translated the training handbook" in record
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", record)  # days as readers read them
    page.screenshot(path=str(OUT / "demo-record-400.png"), full_page=True)
    page.close()
