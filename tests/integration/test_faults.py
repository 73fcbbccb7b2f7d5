"""Faults on the real local wiki, through a fault-injecting proxy: the bot retries, finishes or
stops cleanly, never edits twice, and human text outside its markers survives every time."""

from __future__ import annotations

import itertools
import sqlite3
import time
from pathlib import Path

import pytest

from bot.core.render import bot_part, splice_report
from tests.integration.conftest import USERS, append, page_text, peerbot, put
from tests.integration.faultproxy import FaultProxy
from tests.integration.jobsfile import (
    ensure_run_word,
    jobs_file,
    nominations_config,
    revision_count,
)

SOURCE = "Peer academy/Faults/Nominations"
INTRO = "Intro by a human: please comment below the table.\n"
NOTE = "\nA note added under the report by a human."
_nominees = itertools.cycle(USERS[::-1])


def nom(nominee: str) -> str:
    return (f"{{{{Peer academy nomination|nominee={nominee}|group=G|region=Europe"
            f"|track=mentor}}}} ~~~~")


@pytest.fixture(scope="module")
def faults_wiki(wiki):
    ensure_run_word(wiki)
    append(wiki, "Alice", SOURCE, "== Round ==\n" + nom("Bob"))
    return wiki


@pytest.fixture
def proxy(faults_wiki, tmp_path):
    with FaultProxy(faults_wiki.port) as started:
        started.dir = started.pywikibot_dir(faults_wiki.pywikibot_dir, tmp_path / "pwb")
        yield started


def report_with_human_text(wiki, title: str) -> str:
    """A report page with human text before and after an old bot block -> its text."""
    old = splice_report(INTRO, "An old count, to be replaced.", "nominations").text
    put(wiki, "Peggy", title, old + NOTE)
    return page_text(wiki, title)[1]


def assert_human_text_kept(wiki, title: str) -> str:
    _, text = page_text(wiki, title)
    assert text.startswith(INTRO), text[:200]
    assert text.endswith(NOTE.strip()), text[-200:]
    return text


def new_nominee(wiki) -> str:
    """Append a nomination of the next user, so the report must change -> the nominee."""
    nominee = next(_nominees)
    append(wiki, "Carol", SOURCE, nom(nominee))
    return nominee


def run_via(proxy, wiki, tmp_path, jobs: list[dict]):
    return peerbot(wiki, "run", "--config", str(jobs_file(tmp_path, jobs)),
                   pywikibot_dir=proxy.dir)


def one_job(tmp_path, title: str, name: str = "nominations") -> dict:
    config = nominations_config(tmp_path, name, [SOURCE], title)
    return {"name": name, "job": "nominations", "config": str(config)}


@pytest.mark.parametrize("fault", ["500", "503", "maxlag"])
def test_error_answers_then_success_write_the_report_once(faults_wiki, proxy, tmp_path, fault):
    title = f"Peer academy/Faults/Report {fault}"
    report_with_human_text(faults_wiki, title)
    before = revision_count(faults_wiki, title)
    nominee = new_nominee(faults_wiki)
    match = f"titles={SOURCE}"  # the read of the nomination page
    injected = proxy.maxlag(2, match=match) if fault == "maxlag" else \
        proxy.fail(int(fault), 2, match=match)
    started = time.monotonic()
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, title)])
    assert run.code == 0, run.stderr
    assert injected.hits == 2
    assert len(proxy.edits()) == 1 and revision_count(faults_wiki, title) == before + 1
    text = assert_human_text_kept(faults_wiki, title)
    assert nominee in bot_part(text, "nominations")
    assert "Traceback" not in run.stderr
    assert time.monotonic() - started < 60


def test_server_dies_and_comes_back(faults_wiki, proxy, tmp_path):
    title = "Peer academy/Faults/Report comes back"
    report_with_human_text(faults_wiki, title)
    before = revision_count(faults_wiki, title)
    nominee = new_nominee(faults_wiki)
    outage = proxy.drop(2.5, match=f"titles={SOURCE}")
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, title)])
    assert run.code == 0, run.stderr
    assert outage.hits >= 2 and "Waiting" in run.stderr  # retried with backoff
    assert len(proxy.edits()) == 1 and revision_count(faults_wiki, title) == before + 1
    assert nominee in bot_part(assert_human_text_kept(faults_wiki, title), "nominations")


def test_server_stays_down_during_the_read_stops_cleanly(faults_wiki, proxy, tmp_path):
    title = "Peer academy/Faults/Report stays down"
    text = report_with_human_text(faults_wiki, title)
    new_nominee(faults_wiki)
    outage = proxy.drop(120, match=f"titles={SOURCE}")
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, title)])
    assert run.code == 3, run.stderr
    assert outage.hits == 4  # the first try and three retries
    assert "wiki error" in run.stderr and "Traceback" not in run.stderr
    assert proxy.edits() == [] and page_text(faults_wiki, title)[1] == text


def test_server_dies_at_the_save_leaves_the_page_as_it_was(faults_wiki, proxy, tmp_path):
    title = "Peer academy/Faults/Report dies at save"
    text = report_with_human_text(faults_wiki, title)
    new_nominee(faults_wiki)
    proxy.drop(120, match="action=edit")
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, title)])
    assert run.code == 1, run.stderr
    assert f"{title}: refused: save failed" in run.stderr
    assert page_text(faults_wiki, title)[1] == text  # nothing half-written


def test_edit_conflict_keeps_the_persons_text_and_updates_the_bots_part(faults_wiki, proxy,
                                                                       tmp_path):
    title = "Peer academy/Faults/Report conflict"
    report_with_human_text(faults_wiki, title)
    nominee = new_nominee(faults_wiki)
    comment = "\nPeggy's reply, saved while the bot was working."

    def person_edits() -> None:
        # Straight to the wiki, not through the proxy: she also "fixes" the bot's table, so
        # MediaWiki cannot merge the two edits and answers the bot with an edit conflict.
        _, now = page_text(faults_wiki, title)
        put(faults_wiki, "Peggy", title,
            now.replace(bot_part(now, "nominations"), "Peggy blanked the table") + comment)

    proxy.before_edit(person_edits)
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, title)])
    assert run.code == 0, run.stderr
    assert "edit conflict" in run.stderr and len(proxy.edits()) == 2
    _, text = page_text(faults_wiki, title)
    assert text.startswith(INTRO) and text.endswith(comment.strip())
    assert NOTE.strip() in text
    part = bot_part(text, "nominations")
    assert nominee in part and "Peggy blanked" not in part


def test_page_created_meanwhile_is_not_overwritten(faults_wiki, proxy, tmp_path):
    title = "Peer academy/Faults/Report created meanwhile"
    first = "Peggy created this page while the bot was counting.\n"
    proxy.before_edit(lambda: put(faults_wiki, "Peggy", title, first))
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, title)])
    assert run.code == 0, run.stderr
    assert "edit conflict" in run.stderr
    _, text = page_text(faults_wiki, title)
    assert text.startswith(first) and "Bob" in bot_part(text, "nominations")


def test_protected_report_is_named_and_the_other_reports_are_written(faults_wiki, proxy,
                                                                     tmp_path):
    locked, other = "Peer academy/Faults/Report protected", "Peer academy/Faults/Report next"
    text = report_with_human_text(faults_wiki, locked)
    report_with_human_text(faults_wiki, other)
    nominee = new_nominee(faults_wiki)
    admin = faults_wiki.client("Admin")
    admin.post("protect", title=locked, protections="edit=sysop", expiry="infinite",
               reason="test", token=admin.get_token("csrf"))
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, locked, "locked"),
                                                 one_job(tmp_path, other, "other")])
    assert run.code == 1, run.stderr
    assert f"{locked}: refused: the page is protected" in run.stderr
    assert page_text(faults_wiki, locked)[1] == text
    assert nominee in bot_part(assert_human_text_kept(faults_wiki, other), "nominations")
    assert "locked: report refused" in run.stderr and "other: done" in run.stderr


def add_abuse_filter(wiki, title: str) -> None:
    """A filter that disallows every edit of ``title`` (rows in the wiki's SQLite DB)."""
    data = Path(wiki.root) / "data"
    with sqlite3.connect(data / "wiki.sqlite") as db:
        row = db.execute(
            "INSERT INTO abuse_filter (af_pattern, af_user, af_user_text, af_timestamp, "
            "af_enabled, af_comments, af_public_comments, af_actions, af_group) "
            "VALUES (?, 1, 'Admin', ?, 1, '', ?, 'disallow', 'default')",
            (f'page_prefixedtitle == "{title}"', time.strftime("%Y%m%d%H%M%S"),
             "peerbot test: no edits to this report"))
        db.execute("INSERT INTO abuse_filter_action VALUES (?, 'disallow', '')",
                   (row.lastrowid,))
    for path in data.glob("*.sqlite"):  # drop AbuseFilter's cached (empty) filter list
        with sqlite3.connect(path) as db:
            if db.execute("SELECT 1 FROM sqlite_master WHERE name='objectcache'").fetchone():
                db.execute("DELETE FROM objectcache WHERE keyname LIKE '%abusefilter%'")


def test_abusefilter_rejection_is_named_and_the_other_reports_are_written(faults_wiki, proxy,
                                                                          tmp_path):
    blocked, other = "Peer academy/Faults/Report filtered", "Peer academy/Faults/Report next 2"
    text = report_with_human_text(faults_wiki, blocked)
    report_with_human_text(faults_wiki, other)
    nominee = new_nominee(faults_wiki)
    faults_wiki.enable_abusefilter()
    add_abuse_filter(faults_wiki, blocked)
    run = run_via(proxy, faults_wiki, tmp_path, [one_job(tmp_path, blocked, "blocked"),
                                                 one_job(tmp_path, other, "other")])
    assert run.code == 1, run.stderr
    assert f"{blocked}: refused: AbuseFilter rejected the edit" in run.stderr
    assert "no edits to this report" in run.stderr
    assert page_text(faults_wiki, blocked)[1] == text
    assert nominee in bot_part(assert_human_text_kept(faults_wiki, other), "nominations")


@pytest.mark.parametrize("broken", ["job config", "jobs file"])
def test_config_error_stops_the_run_before_any_request(faults_wiki, proxy, tmp_path, broken):
    title = "Peer academy/Faults/Report config"
    text = report_with_human_text(faults_wiki, title)
    new_nominee(faults_wiki)
    bad = tmp_path / "bad.yaml"
    bad.write_text("report_pgae: Somewhere\n", encoding="utf-8")
    jobs = [one_job(tmp_path, title), {"name": "second", "job": "nominations",
                                       "config": str(bad)}]
    if broken == "jobs file":
        jobs = [{**one_job(tmp_path, title), "shedule": "hourly"}]
    run = run_via(proxy, faults_wiki, tmp_path, jobs)
    assert run.code == 2, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "config error" in lines[0]
    assert ("report_pgae" if broken == "job config" else "shedule") in lines[0]
    # Only pywikibot's own start-up (who am I) reached the wiki: nothing read, nothing written.
    assert all(s.action == "query" and "meta=userinfo" in s.params and "titles=" not in s.params
               and "list=" not in s.params for s in proxy.seen), [s.params for s in proxy.seen]
    assert page_text(faults_wiki, title)[1] == text
