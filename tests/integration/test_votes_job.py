"""The label-wording vote end to end: many accounts vote on the local wiki; the results page
must match a hand count."""

from __future__ import annotations

import json

from tests.integration.conftest import page_text, peerbot, rendered
from tests.integration.label_vote import EXCLUDED, EXPECTED, PAGE, REPORT, WORDS


def test_json_matches_hand_count(label_vote):
    run = peerbot(label_vote, "votes", PAGE, "--json")
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
    assert data["revision"] == page_text(label_vote, PAGE)[0]


def test_results_page_written_once_and_renders(label_vote):
    run = peerbot(label_vote, "votes", PAGE, "--report-page", REPORT)
    assert run.code == 0, run.stderr
    rev, text = page_text(label_vote, REPORT)
    assert f"Special:Permalink/{page_text(label_vote, PAGE)[0]}" in text
    again = peerbot(label_vote, "votes", PAGE, "--report-page", REPORT)
    assert again.code == 0 and "no change" in again.stderr
    assert page_text(label_vote, REPORT)[0] == rev
    parsed = rendered(label_vote, REPORT)
    assert parsed["categories"] == [] and parsed["templates"] == []
    results_table = parsed["text"].split("<table", 2)[1]
    assert results_table.count("<tr") == 1 + len(WORDS)
