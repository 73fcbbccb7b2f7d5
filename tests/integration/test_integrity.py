"""Integrity from page history, with real separate accounts on the local wiki: forged,
late, clerk-moved, ineligible votes, the audit's diff links, and a warm run's requests."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from tests.integration.conftest import page_text, peerbot, put

PAGE = "Peer academy/Integrity vote"
TALK = "Talk:Peer academy/Integrity vote"
PAGE2 = "Peer academy/Eligibility vote"
REPORT = "Peer academy/Integrity vote/Results"


def server_time(wiki, revision: int) -> datetime:
    site = wiki.client("Alice")
    data = site.get("query", prop="revisions", revids=revision, rvprop="timestamp",
                    formatversion=2)
    stamp = data["query"]["pages"][0]["revisions"][0]["timestamp"]
    return datetime.fromisoformat(stamp)


def append_line(wiki, user: str, title: str, line: str) -> int:
    _, text = page_text(wiki, title)
    return put(wiki, user, title, text + "\n" + line)


def run_json(wiki, config_text: str, page: str, *extra: str) -> dict:
    config = wiki.root / f"integrity-{abs(hash(config_text))}.yaml"
    config.write_text(config_text, encoding="utf-8")
    run = peerbot(wiki, "votes", page, "--config", str(config), "--json", *extra)
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


@pytest.fixture(scope="module")
def timeline(wiki):
    """Page 1: honest, forged, clerk-moved and late votes around a close time."""
    revs = {}
    put(wiki, "Zoe", PAGE, "Vote on the word.\n\n== Mentors ==")
    revs["alice"] = append_line(wiki, "Alice", PAGE, "# {{support}} ~~~~")
    revs["forged"] = append_line(
        wiki, "Mallory", PAGE, "# {{support}} [[User:Bob|Bob]] ([[User talk:Bob|talk]]) "
                               "10:00, 1 May 2026 (UTC)")
    revs["carol"] = put(wiki, "Carol", TALK, "# {{support}} voting here by mistake ~~~~")
    _, talk = page_text(wiki, TALK)
    revs["moved"] = append_line(wiki, "Trent", PAGE, talk.strip())
    put(wiki, "Trent", TALK, "Moved Carol's vote to the vote page.")
    close = server_time(wiki, revs["moved"]) + timedelta(seconds=1)
    time.sleep(2.2)
    revs["late"] = append_line(
        wiki, "Dave", PAGE, "# {{support}} [[User:Dave|Dave]] ([[User talk:Dave|talk]]) "
                            "09:00, 1 January 2026 (UTC)")
    return wiki, revs, close


def test_forged_late_and_clerk_moved(timeline):
    wiki, revs, close = timeline
    config = (f"integrity:\n  clerks: [Trent]\n  close: {close.isoformat()}\n")
    data = run_json(wiki, config, PAGE)
    (subject,) = data["subjects"]
    counted = {v["user"]: (v["revision"], v["editor"]) for v in subject["votes"]}
    assert counted == {"Alice": (revs["alice"], "Alice"), "Carol": (revs["moved"], "Trent")}
    excluded = {(e["user"], e["reason"]): (e["revision"], e["editor"])
                for e in data["excluded"]}
    assert excluded[("Bob", "forged")] == (revs["forged"], "Mallory")
    assert excluded[("Dave", "late")] == (revs["late"], "Dave")
    assert len(data["excluded"]) == 2


def test_audit_links_each_entry_to_its_diff_and_warm_run_reads_no_history(timeline):
    wiki, revs, close = timeline
    config = wiki.root / "integrity-report.yaml"
    config.write_text(f'report_page: "{REPORT}"\nintegrity:\n  clerks: [Trent]\n'
                      f"  close: {close.isoformat()}\n", encoding="utf-8")
    assert peerbot(wiki, "votes", PAGE, "--config", str(config)).code == 0
    _, text = page_text(wiki, REPORT)
    for key in ("alice", "forged", "moved", "late"):
        assert f"[[Special:Diff/{revs[key]}|{revs[key]}]]" in text
    assert "<code>forged</code>" in text and "<code>late</code>" in text
    # Warm run with no wiki change: exactly the requests of a run that never reads history.
    before = wiki.count_requests()
    warm = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    warm_requests = wiki.count_requests() - before
    assert warm.code == 0
    no_history = wiki.root / "integrity-nohistory.yaml"
    no_history.write_text(f'report_page: "{REPORT}"\nintegrity:\n  check_history: false\n',
                          encoding="utf-8")
    before = wiki.count_requests()
    assert peerbot(wiki, "votes", PAGE, "--config", str(no_history), "--json").code == 0
    assert warm_requests == wiki.count_requests() - before
    again = peerbot(wiki, "votes", PAGE, "--config", str(config))
    assert again.code == 0 and "no change" in again.stderr


def test_eligibility_rules_with_real_accounts(wiki):
    # Blockee is blocked: an account of its own, so no later test meets a blocked user
    wiki.create_users(["Quiet", "Newbie", "Blockee"])
    wiki.create_user("HelperBot", bot=True)
    for user in ("Erin", "Blockee", "HelperBot"):
        for n in range(2):
            put(wiki, user, f"User:{user}/sandbox", f"warm-up edit {n}")
    put(wiki, "Zoe", PAGE2, "Second vote.\n\n== Guides ==")
    cutoff = datetime.now(UTC) + timedelta(seconds=1)
    time.sleep(2.2)
    wiki.create_users(["Newbie2"])
    for user in ("Erin", "Blockee", "HelperBot", "Quiet", "Newbie2"):
        append_line(wiki, user, PAGE2, "# {{support}} ~~~~")
    admin = wiki.client("Admin")
    admin.post("block", user="Blockee", expiry="infinite", reason="test",
               token=admin.get_token("csrf"))
    config = ("integrity:\n  eligibility:\n"
              f"    registered_before: {cutoff.isoformat()}\n"
              "    min_edits: 2\n    not_blocked: true\n    not_bot: true\n")
    data = run_json(wiki, config, PAGE2)
    assert [v["user"] for v in data["subjects"][0]["votes"]] == ["Erin"]
    reasons = {e["user"]: e["reason"] for e in data["excluded"]}
    assert reasons == {"Blockee": "ineligible:blocked", "HelperBot": "ineligible:bot",
                       "Quiet": "ineligible:min_edits",
                       "Newbie2": "ineligible:registered_before"}


def test_votes_added_after_the_index_are_read_from_the_rest_of_the_history(wiki):
    page = "Peer academy/Integrity listing vote"
    put(wiki, "Zoe", page, "Vote on the word.\n\n== Guides ==")
    revs = {user: append_line(wiki, user, page, "# {{support}} ~~~~") for user in ("Alice", "Bob")}
    first = peerbot(wiki, "votes", page, "--json")
    assert first.code == 0, first.stderr
    assert "indexed 3 new revisions of 1 page " in first.stderr
    revs |= {user: append_line(wiki, user, page, "# {{support}} ~~~~") for user in ("Carol",
                                                                                  "Dave")}
    revs["Erin"] = append_line(wiki, "Mallory", page, "# {{support}} [[User:Erin|Erin]] "
                                                      "([[User talk:Erin|talk]]) 10:00, 1 May "
                                                      "2026 (UTC)")
    # Three new signatures on one page: listing the rest of its history (from the revision
    # indexed last) is cheaper than three rounds of the walk.
    run = peerbot(wiki, "votes", page, "--json")
    assert run.code == 0, run.stderr
    assert "indexed 3 new revisions of 1 page (0 rounds, 1 page listed)" in run.stderr
    data = json.loads(run.stdout)
    counted = {v["user"]: (v["revision"], v["editor"]) for v in data["subjects"][0]["votes"]}
    assert counted == {u: (revs[u], u) for u in ("Alice", "Bob", "Carol", "Dave")}
    assert [(e["user"], e["reason"], e["revision"], e["editor"]) for e in data["excluded"]] == [
        ("Erin", "forged", revs["Erin"], "Mallory")]
