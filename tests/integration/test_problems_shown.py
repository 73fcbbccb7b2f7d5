"""Problems where the organizer looks, on the real local wiki: an entry template never
closed, a typo on an on-wiki config page, a config page that is missing, and pages the
config names that were moved or are missing are rows on the saved report page (not only
log lines); a track typed as `Newcomer` is the known `newcomer`."""

from __future__ import annotations

import html

import pytest
import yaml

from bot.core.notices import heading
from bot.core.render import bot_part, escape_text
from tests.integration.conftest import append, page_text, peerbot, put
from tests.integration.jobsfile import ensure_run_word, jobs_file, nominations_config

BASE = "Peer academy/Shown"
NOMS = f"{BASE}/Nominations"


def move(wiki, old: str, new: str) -> None:
    """Move a page as Admin, leaving a redirect at the old title."""
    site = wiki.client("Admin")
    site.post("move", **{"from": old}, to=new, reason="test", token=site.get_token("csrf"))


def part(wiki, title: str, marker: str) -> str:
    return bot_part(page_text(wiki, title)[1], marker)


@pytest.fixture(scope="module")
def nominations(wiki):
    put(wiki, "Zoe", NOMS, "Nominations of the problems test.")
    append(wiki, "Carol", NOMS, "== Alice ==\n{{Peer academy nomination|nominee=Alice|group=G|"
                                "region=Europe|track=Newcomer}} ~~~~")
    # No closing braces: MediaWiki shows it as text, and no entry is read from it.
    append(wiki, "Dave", NOMS, "== Bob ==\n{{Peer academy nomination|nominee=Bob|group=G|"
                               "region=Europe|track=mentor|statement=Helps everyone ~~~~")
    return wiki


def test_an_unclosed_template_is_a_problem_row_and_newcomer_is_known(nominations, tmp_path):
    report = f"{BASE}/Summary"
    config = nominations_config(tmp_path, "shown", [NOMS], report)
    done = peerbot(nominations, "nominations", "--config", str(config))
    assert done.code == 0, done.stderr
    shown = part(nominations, report, "nominations")
    _, text = page_text(nominations, NOMS)
    line = text.split("\n").index(next(x for x in text.split("\n") if "nominee=Bob" in x)) + 1
    row = next(x for x in shown.split("\n") if escape_text("not closed") in x)
    # the message's own words are wikitext, its parameters escaped: compare as shown
    assert f"|| {line} ||" in row and "nomination: the template" in html.unescape(row)
    assert "[[User:Bob|" not in shown  # Bob is no candidate
    alice = next(x for x in shown.split("\n") if x.startswith("| [[User:Alice|"))
    assert "|| newcomer ||" in alice and "unknown track" not in shown


def test_a_typo_on_the_config_page_is_a_row_on_the_report_until_fixed(nominations, tmp_path):
    ensure_run_word(nominations)
    report, config_page = f"{BASE}/Summary by run", f"{BASE}/Bot config"
    put(nominations, "Peggy", report, "Organizers' intro.\n")
    put(nominations, "Olivia", config_page, "required_feilds: [group]\n")
    config = nominations_config(tmp_path, "shown", [NOMS], report)
    jobs = jobs_file(tmp_path, [{"name": "nominations", "job": "nominations",
                                 "config": str(config), "config_page": config_page}])
    bad = peerbot(nominations, "run", "--config", str(jobs))
    assert bad.code == 0, bad.stderr
    shown = part(nominations, report, "nominations")
    assert shown.startswith(heading())
    row = next(x for x in shown.split("\n") if escape_text("required_feilds") in x)
    assert escape_text("did you mean required_fields?") in row
    assert f"[[{config_page}|" in row  # the row links the page to fix
    assert page_text(nominations, report)[1].startswith("Organizers' intro.")

    put(nominations, "Olivia", config_page, "required_fields: [group]\n")
    fixed = peerbot(nominations, "run", "--config", str(jobs))
    assert fixed.code == 0, fixed.stderr
    assert heading() not in part(nominations, report, "nominations")

    missing = f"{BASE}/No such config"
    jobs = jobs_file(tmp_path, [{"name": "nominations", "job": "nominations",
                                 "config": str(config), "config_page": missing}])
    gone = peerbot(nominations, "run", "--config", str(jobs))
    assert gone.code == 0, gone.stderr
    shown = part(nominations, report, "nominations")
    row = next(x for x in shown.split("\n") if escape_text("does not exist") in x)
    assert f"[[{missing}|" in row and "config_page" in html.unescape(row)


def test_a_moved_vote_page_is_a_row_on_the_results(wiki):
    old, new, report = f"{BASE}/Vote", f"{BASE}/Vote (moved)", f"{BASE}/Vote results"
    put(wiki, "Zoe", old, "Should we?\n\n== Support ==\n\n== Oppose ==\n")
    append(wiki, "Alice", old, "# Yes. ~~~~")
    move(wiki, old, new)
    done = peerbot(wiki, "votes", old, "--report-page", report)
    assert done.code == 0, done.stderr
    shown = part(wiki, report, "votes")
    assert shown.startswith(heading())
    row = next(x for x in shown.split("\n") if escape_text(f"{old} was moved to {new}") in x)
    assert escape_text("the bot read") in row


def test_a_moved_or_missing_page_the_records_config_names_is_a_row(wiki, tmp_path):
    pairs, moved, selection = f"{BASE}/Pairs", f"{BASE}/Pairs (2026)", f"{BASE}/No selection"
    report = f"{BASE}/Records"
    put(wiki, "Zoe", pairs, "Mentoring pairs of an earlier round.")
    move(wiki, pairs, moved)
    config = tmp_path / "records.yaml"
    config.write_text(yaml.safe_dump({"page_prefixes": [f"{BASE}/Evidence"],
                                      "selection_pages": [selection], "pairs_pages": [pairs],
                                      "report_page": report}), encoding="utf-8")
    done = peerbot(wiki, "records", "--config", str(config))
    assert done.code == 0, done.stderr
    shown = part(wiki, report, "records")
    assert shown.startswith(heading())
    assert escape_text(f"{pairs} was moved to {moved}") in shown
    assert escape_text("`pairs_pages`") in shown
    row = next(x for x in shown.split("\n")
               if escape_text("selection_pages names this page, which does not exist") in x)
    assert f"[[{selection}|" in row
