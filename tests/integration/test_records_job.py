"""Participation records on the local wiki, with real separate accounts: a seat from the
bot's selection report, a pair from its pairs page, a recognition, a goal and mentoring
feedback saved by their authors; a forged recognition excluded; an opt-out honoured; a full
record on a subpage; a second run with no change makes no edit; a struck recognition stays
listed as withdrawn; a lost state folder loses nothing."""

from __future__ import annotations

import json

import pytest

from bot.core.render import bot_part
from tests.integration.conftest import (
    append,
    own_problems,
    page_text,
    peerbot,
    put,
    rendered,
)

BASE = "Peer academy/Records test"
EVIDENCE, NOMS, ROUND = f"{BASE}/Evidence", f"{BASE}/Nominations", f"{BASE}/Mentoring"
SELECTION, PAIRS, RECORDS = f"{BASE}/Selection", f"{BASE}/Pairs", f"{BASE}/Records"
CONFIGS = {
    "select": f'page_prefixes: ["{NOMS}"]\nreport_page: "{SELECTION}"\n',
    "match": f'page_prefixes: ["{ROUND}"]\nreport_page: "{PAIRS}"\n',
    "records": f'page_prefixes: ["{EVIDENCE}", "{NOMS}"]\nselection_pages: ["{SELECTION}"]\n'
               f'pairs_pages: ["{PAIRS}"]\nreport_page: "{RECORDS}"\n',
}
FORGED = ("* {{Peer academy recognition|user=Mallory|for=Everything}} "
          "[[User:Dave|Dave]] 10:00, 1 December 2026 (UTC)")


def records(wiki, *args, **kw):
    done = peerbot(wiki, "records", "--config", str(wiki.root / "records-test.yaml"), *args,
                   **kw)
    assert done.code == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def program(wiki):
    for job, text in CONFIGS.items():
        (wiki.root / f"{job}-records-test.yaml").write_text(text, encoding="utf-8")
    (wiki.root / "records-test.yaml").write_text(CONFIGS["records"], encoding="utf-8")
    put(wiki, "Zoe", NOMS, "Nominations for the records test.")
    append(wiki, "Carol", NOMS, "* {{Peer academy nomination|nominee=Alice|group=WM X|"
                                "region=Europe|track=mentor}} ~~~~")
    put(wiki, "Zoe", ROUND, "Mentoring round for the records test.")
    append(wiki, "Alice", ROUND, "* {{Peer academy mentor offer|skills=grants|languages=es}} ~~~~")
    append(wiki, "Dave", ROUND, "* {{Peer academy mentee request|needs=grants|languages=es}} ~~~~")
    put(wiki, "Zoe", EVIDENCE, "Evidence for the records test.")
    append(wiki, "Alice", EVIDENCE, "* {{Peer academy recognition|user=Carol|for=Translated "
                                    "the handbook}} ~~~~")
    append(wiki, "Alice", EVIDENCE, "* {{Peer academy recognition|user=Erin|for=Help}} ~~~~")
    append(wiki, "Mallory", EVIDENCE, FORGED)
    append(wiki, "Carol", EVIDENCE, "* {{Peer academy goal|user=Alice|goal=Run a workshop|"
                                    "status=met}} ~~~~")
    append(wiki, "Dave", EVIDENCE, "* {{Peer academy mentoring feedback|mentor=Alice|"
                                   "outcome=first article}} ~~~~")
    put(wiki, "Zoe", RECORDS, "Participation records of the test.")
    append(wiki, "Carol", RECORDS, "* {{Peer academy record|full}} ~~~~")
    append(wiki, "Erin", RECORDS, "* {{Peer academy record|opt-out}} ~~~~")
    for job, extra in (("select", ["--policy", "config/selection-fcfs.yaml"]), ("match", [])):
        done = peerbot(wiki, job, "--config", str(wiki.root / f"{job}-records-test.yaml"),
                       *extra)
        assert done.code == 0, done.stderr
    records(wiki)
    return wiki


def counts(wiki) -> dict:
    data = json.loads(records(wiki, "--json").stdout)
    return {p["user"]: {k: v for k, v in p["counts"].items() if v} for p in data["people"]}


def test_records_written_forged_excluded_opt_out_honoured(program):
    wiki = program
    assert counts(wiki) == {
        "Alice": {"seat": 1, "goal": 1, "goals met": 1, "mentee": 1, "pair": 1},
        "Carol": {"recognition": 1},
        "Dave": {"pair": 1},
    }
    page = rendered(wiki, RECORDS)
    assert "forged" in page["text"]
    assert "Erin" not in bot_part(page_text(wiki, RECORDS)[1], "records")  # her own opt-out only
    assert not page["categories"] and page["text"].count('class="peerbot-record"') == 3
    sub = rendered(wiki, f"{RECORDS}/Carol")["text"]
    assert "Translated the handbook" in sub and "Alice" in sub
    _, seat_page = page_text(wiki, SELECTION)
    assert 'class="peerbot-seat" data-user="Alice"' in seat_page
    assert page_text(wiki, f"{RECORDS}/Erin") == (0, "")


def test_no_change_no_edit_then_a_strike_is_kept_as_withdrawn(program, tmp_path):
    wiki = program
    before = page_text(wiki, RECORDS)[0], page_text(wiki, f"{RECORDS}/Carol")[0]
    again = records(wiki)
    assert "no change" in again.stderr
    assert (page_text(wiki, RECORDS)[0], page_text(wiki, f"{RECORDS}/Carol")[0]) == before
    _, text = page_text(wiki, EVIDENCE)
    line = next(n for n in text.split("\n") if "user=Carol" in n)
    struck = put(wiki, "Alice", EVIDENCE, text.replace(line, "* <s>" + line[2:] + "</s>"))
    records(wiki)
    assert counts(wiki)["Carol"] == {"withdrawn": 1}
    sub = page_text(wiki, f"{RECORDS}/Carol")[1]
    assert "Translated the handbook" in sub and "withdrawn (struck)" in sub
    assert f"Special:Diff/{struck}|{struck}" in sub
    # A lost state folder loses nothing: the records are read back from the pages.
    revision = page_text(wiki, RECORDS)[0]
    records(wiki, state_dir=tmp_path / "fresh-state")
    assert page_text(wiki, RECORDS)[0] == revision


def test_language_qqx_writes_the_message_keys(program, tmp_path):
    """With ``language: qqx`` the records page and its edit summary show the messages' keys
    where their words would be (a page of its own: no record choices, no subpages)."""
    from tests.unit.qqx import english_left
    from tests.unit.qqx_words import longest_first, visible, where, words_left

    wiki = program
    report = f"{BASE}/Records qqx"
    config = tmp_path / "records-qqx.yaml"
    config.write_text(CONFIGS["records"].replace(f'"{RECORDS}"', f'"{report}"')
                      + "language: qqx\n", encoding="utf-8")
    done = peerbot(wiki, "records", "--config", str(config))
    assert done.code == 0, done.stderr
    _, text = page_text(wiki, report)
    for key in ("peerbot-records-intro", "peerbot-records-col-goals",
                "peerbot-records-section-participation", "peerbot-audit-title"):
        assert f"({key}" in text, key
    data = json.loads(peerbot(wiki, "records", "--config", str(config), "--json").stdout)
    items = [i for p in data["people"] for i in p["items"]]
    allowed = longest_first((BASE, "Peer academy record", "PeerBot", "Mallory", "Zoe",
                             *(p["user"] for p in data["people"]),
                             *(v for i in items for v in (i["text"], i["page"], i["by"],
                                                          i["other"], i["status"])),
                             *data["revisions"], *(r["user"] for r in data["excluded"]),
                             # core's: "revision N" of "Pages read", and the reader's
                             # problem naming pages outside page_prefixes (other tests')
                             "revision", *(p["reason"] for p in data["problems"]
                                           if p not in own_problems(data["problems"])),
                             # the titles a problem names (other tests' pages among them)
                             *(page.name for page in wiki.client("Zoe").allpages())))
    left = english_left(visible(text), allowed)
    assert not left, where(text, left)
    left = words_left(text, allowed)
    assert not left, where(text, left)
    site = wiki.client("Alice")
    latest = site.get("query", prop="revisions", titles=report, rvprop="comment",
                      formatversion=2)["query"]["pages"][0]["revisions"][0]
    assert latest["comment"].startswith("(peerbot-records-summary: peerbot: participation ")
