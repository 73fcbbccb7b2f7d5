"""The label-wording vote end to end: many accounts vote on the local wiki; the results page
must match a hand count."""

from __future__ import annotations

import json

import pytest

from tests.integration.conftest import add_under, page_text, peerbot, put, rendered

PAGE = "Peer academy/Label vote"
REPORT = "Peer academy/Label vote/Results"
WORDS = ["Leaders", "Guides", "Mentors", "Liaisons", "Facilitators", "Builders", "Organizers"]

# (user, section, line) in the order they are saved; "~~~~" is expanded by MediaWiki.
VOTES = [
    ("Alice", "Leaders", "# {{support}} clear ~~~~"),
    ("Bob", "Leaders", "# {{oppose}} too corporate ~~~~"),
    ("Dave", "Leaders", "#: I disagree with Bob ~~~~"),                      # reply
    ("Carol", "Leaders", "# {{support}} ~~~~"),
    ("Alice", "Guides", "# {{support}} ~~~~"),
    ("Erin", "Guides", "# '''Support''' friendly word ~~~~"),
    ("Frank", "Guides", "# {{support}} ~~~~"),
    ("Frank", "Guides", "# {{support}} said it twice ~~~~"),                 # duplicate
    ("Grace", "Mentors", "# {{strong support}} ~~~~"),
    ("Heidi", "Mentors", "# {{support}} ~~~~"),
    ("Ivan", "Mentors", "# {{support}} ~~~~"),
    ("Judy", "Mentors", "# {{oppose}} mentoring is narrower ~~~~"),
    ("Mallory", "Mentors", "# <s>{{support}} ~~~~</s>"),                     # struck
    ("Niaj", "Liaisons", "# {{neutral}} ~~~~"),
    ("Olivia", "Liaisons", "# {{oppose}} ~~~~"),
    ("Peggy", "Facilitators", "# {{support}} forgot to sign"),               # unsigned
    ("Rupert", "Facilitators", "# {{support}} ~~~~"),
    ("Sybil", "Builders", "# {{oppose}} ~~~~"),
    ("Sybil", "Builders", "# {{support}} changed my mind ~~~~"),             # changed
    ("Trent", "Organizers", "# {{support}} ~~~~"),
    ("Victor", "Organizers", "# {{weak oppose}} ~~~~"),
    ("Walter", "Ranked ballots", "# {{Peer academy ranking|Mentors|Guides|Leaders}} ~~~~"),
    ("Xavier", "Ranked ballots", "# {{Peer academy ranking|Guides|Mentors|Leaders}} ~~~~"),
    ("Yolanda", "Ranked ballots", "# {{Peer academy ranking|Mentors|Leaders|Guides}} ~~~~"),
]
# Hand count: (support, oppose, neutral) per word.
EXPECTED = {"Leaders": (2, 1, 0), "Guides": (3, 0, 0), "Mentors": (3, 1, 0),
            "Liaisons": (0, 1, 1), "Facilitators": (1, 0, 0), "Builders": (1, 0, 0),
            "Organizers": (1, 1, 0)}
EXCLUDED = {("Dave", "reply"), ("Frank", "duplicate"), ("Mallory", "struck"),
            ("Sybil", "changed")}


@pytest.fixture(scope="module")
def vote_page(wiki):
    skeleton = "Which word should name our leaders? Vote under each word.\n\n" + "\n\n".join(
        f"== {word} ==" for word in WORDS + ["Ranked ballots"]) + "\n"
    put(wiki, "Zoe", PAGE, skeleton)
    for user, section, line in VOTES:
        add_under(wiki, user, PAGE, section, line)
    return wiki


def test_json_matches_hand_count(vote_page):
    run = peerbot(vote_page, "votes", PAGE, "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    counts = {s["subject"]: tuple(s["counts"][k] for k in ("support", "oppose", "neutral"))
              for s in data["subjects"]}
    assert counts == EXPECTED
    excluded = {(e["user"], e["reason"]) for e in data["excluded"]}
    assert EXCLUDED <= excluded
    assert any(e["reason"] == "unsigned" for e in data["excluded"])
    assert len(data["excluded"]) == len(EXCLUDED) + 1
    # Schulze: Mentors beats Guides 2:1 and Leaders 3:0; Guides beats Leaders 2:1.
    assert data["ranked"]["order"] == [["Mentors"], ["Guides"], ["Leaders"]]
    assert data["revision"] == page_text(vote_page, PAGE)[0]


def test_results_page_written_once_and_renders(vote_page):
    run = peerbot(vote_page, "votes", PAGE, "--report-page", REPORT)
    assert run.code == 0, run.stderr
    rev, text = page_text(vote_page, REPORT)
    assert f"Special:Permalink/{page_text(vote_page, PAGE)[0]}" in text
    again = peerbot(vote_page, "votes", PAGE, "--report-page", REPORT)
    assert again.code == 0 and "no change" in again.stderr
    assert page_text(vote_page, REPORT)[0] == rev
    parsed = rendered(vote_page, REPORT)
    assert parsed["categories"] == [] and parsed["templates"] == []
    results_table = parsed["text"].split("<table", 2)[1]
    assert results_table.count("<tr") == 1 + len(WORDS)
