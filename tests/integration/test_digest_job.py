"""The digest on the local wiki with real accounts: comments typed in home-wiki style are
attributed, a comment saved with someone else's signature is flagged and counted for nobody,
the report renders clean, and a second run with no change makes no edit."""

from __future__ import annotations

import json

import pytest

from tests.integration.conftest import append, page_text, peerbot, put, rendered
from tests.integration.test_crosswiki import PREFIXES

PAGE = "Peer academy/Digest test dialogue"
REPORT = "Peer academy/Digest test dialogue/Digest"
SIG = "12:00, 1 December 2026 (UTC)"


@pytest.fixture(scope="module")
def dialogue(wiki):
    wiki.add_interwiki(PREFIXES)  # Meta's language and project prefixes (es, de, w, ...)
    put(wiki, "Zoe", PAGE, "Share your ideas.\n\n== Idea one ==\nSelect by mentoring.")
    append(wiki, "Alice", PAGE, "* {{support}} Mentoring matters. ~~~~")
    # Bob types his home-wiki signature by hand, as people on Meta do.
    append(wiki, "Bob", PAGE, f"*: +1, and newcomers too. [[:es:Usuario:Bob|Bob]] {SIG}")
    append(wiki, "Carol", PAGE, f"* Agreed. [[w:de:Benutzerin:Carol|Carol]] {SIG}")
    # Mallory writes a comment and signs it as Dave.
    append(wiki, "Mallory", PAGE, f"* {{{{oppose}}}} Bad idea. [[User:Dave|Dave]] {SIG}")
    append(wiki, "Zoe", PAGE, "== Idea two ==\nFirst come, first served.")
    append(wiki, "Erin", PAGE, "* Not fair to small groups. ~~~~")
    run = peerbot(wiki, "digest", PAGE, "--report-page", REPORT)
    assert run.code == 0, run.stderr
    return wiki


def as_json(wiki) -> dict:
    run = peerbot(wiki, "digest", PAGE, "--json")
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


def test_comments_attributed_and_forged_flagged(dialogue):
    data = as_json(dialogue)
    sections = {s["section"]: s for s in data["sections"]}
    one = sections["Idea one"]
    assert (one["comments"], one["replies"], one["participants"]) == (2, 1, 3)
    assert one["markers"] == {"support": 1, "+1": 1}  # Mallory's oppose is not counted
    assert sections["Idea two"]["participants"] == 1
    assert [(f["user"], f["reason"], f["editor"]) for f in data["flagged"]] == \
        [("Dave", "forged", "Mallory")]
    assert data["homes"] == {"": 2, "es": 1, "de": 1}
    assert all(c["revision"] for p in data["participants"] for c in p["comments"])


def test_report_renders_and_no_change_no_edit(dialogue):
    parsed = rendered(dialogue, REPORT)
    assert parsed["categories"] == [] and "forged" in parsed["text"]
    assert "Idea one" in parsed["text"] and "\u2588" in parsed["text"]
    revision = page_text(dialogue, REPORT)[0]
    again = peerbot(dialogue, "digest", PAGE, "--report-page", REPORT)
    assert again.code == 0, again.stderr
    assert page_text(dialogue, REPORT)[0] == revision


def test_language_qqx_writes_the_message_keys_and_days_are_the_wikis(dialogue, tmp_path):
    """With ``language: qqx`` the digest and its edit summary show the messages' keys where
    their words would be; in English the wiki writes each day ({{#dateformat:}})."""
    from tests.unit.qqx import english_left
    from tests.unit.qqx_words import longest_first, visible, words_left

    config = tmp_path / "digest-qqx.yaml"
    config.write_text("language: qqx\n", encoding="utf-8")
    report = REPORT + " (qqx)"
    run = peerbot(dialogue, "digest", PAGE, "--report-page", report, "--config", str(config))
    assert run.code == 0, run.stderr
    _, text = page_text(dialogue, report)
    for key in ("peerbot-digest-intro", "peerbot-digest-col-first-last",
                "peerbot-digest-marker-support", "peerbot-digest-section-flagged",
                "peerbot-audit-title"):
        assert f"({key}" in text, key
    data = as_json(dialogue)
    allowed = longest_first((PAGE, "Idea one", "Idea two", "PeerBot", "Mallory", "Dave",
                             *(p["user"] for p in data["participants"]), *data["homes"],
                             *data["languages"], "revision"))  # core's "Pages read" list
    assert english_left(visible(text), allowed) == []
    assert words_left(text, allowed) == []
    site = dialogue.client("Alice")
    latest = site.get("query", prop="revisions", titles=report, rvprop="comment",
                      formatversion=2)["query"]["pages"][0]["revisions"][0]
    assert latest["comment"].startswith("(peerbot-digest-summary: peerbot: dialogue digest, ")
    html = rendered(dialogue, REPORT)["text"]  # the English report of the fixture
    assert "1 December 2026" in html and "{{#dateformat" not in html
