"""Mentoring pairs on the local wiki, with real separate accounts: offers and requests saved
by their authors, a forged offer excluded, a struck request withdrawn, pairs kept across runs
(even with the state folder lost), a second run without change makes no edit, a new request
fills free capacity only, and each new pair's two messages are posted once."""

from __future__ import annotations

import json

import pytest

from tests.integration.conftest import append, own_problems, page_text, peerbot, put, rendered

PAGE = "Peer academy/Mentoring/Test round"
REPORT = "Peer academy/Mentoring/Test pairs"
CONFIG = f"""
page_prefixes: ["Peer academy/Mentoring/Test round"]
report_page: "{REPORT}"
vocabulary:
  grants: [funding, grant writing]
  events: [organizing events]
  sources: [references]
notify: talk
"""


def offer(params: str) -> str:
    return f"* {{{{Peer academy mentor offer|{params}}}}} ~~~~"


def request(params: str) -> str:
    return f"* {{{{Peer academy mentee request|{params}}}}} ~~~~"


@pytest.fixture(scope="module")
def mentoring(wiki):
    config = wiki.root / "match-test.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    put(wiki, "Zoe", PAGE, "Mentoring round for the test.")
    append(wiki, "Alice", PAGE, offer("skills=grants, references|languages=es, en|capacity=2"))
    append(wiki, "Bob", PAGE, offer("skills=events|languages=fr"))
    # Mallory saves an offer with Carol's signature typed by hand: forged.
    append(wiki, "Mallory", PAGE, "* {{Peer academy mentor offer|skills=grants|languages=sw}} "
                                  "[[User:Carol|Carol]] 10:00, 1 December 2026 (UTC)")
    append(wiki, "Dave", PAGE, request("needs=grant writing|languages=es"))
    append(wiki, "Erin", PAGE, request("needs=organizing events|languages=fr, wo"))
    append(wiki, "Frank", PAGE, request("needs=funding|languages=sw"))
    append(wiki, "Grace", PAGE, request("needs=grants|languages=es"))
    _, text = page_text(wiki, PAGE)
    put(wiki, "Grace", PAGE, text.replace("* {{Peer academy mentee request|needs=grants",
                                          "* <s>{{Peer academy mentee request|needs=grants"
                                          ).rstrip() + "</s>")
    first = peerbot(wiki, "match", "--config", str(config))
    assert first.code == 0, first.stderr
    return wiki, config


def as_json(wiki, config, **kw) -> dict:
    run = peerbot(wiki, "match", "--config", str(config), "--json", **kw)
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


def test_pairs_forged_and_withdrawn(mentoring):
    wiki, config = mentoring
    data = as_json(wiki, config)
    assert {(p["mentor"], p["mentee"]) for p in data["pairs"]} == {("Alice", "Dave"),
                                                                  ("Bob", "Erin")}
    waiting = {w["mentee"]: w["reason"] for w in data["waiting"]}
    assert waiting == {"Frank": "no mentor speaks sw"}  # Carol's forged offer is not counted
    assert {"user": "Grace", "kind": "mentee request"} in data["withdrawn"]
    html = rendered(wiki, REPORT)["text"]
    assert "forged" in html and "no mentor speaks sw" in html
    assert html.count('class="peerbot-pair"') == 2
    assert data["recruit"][0] == {"language": "sw", "skill": "grants", "waiting": 1}


def test_messages_posted_once_and_no_change_no_edit(mentoring):
    wiki, config = mentoring
    talk = {u: page_text(wiki, f"User talk:{u}") for u in ("Alice", "Dave", "Bob", "Erin")}
    assert all("Peer academy mentoring" in text for _, text in talk.values())
    assert talk["Dave"][1].count("== Peer academy mentoring") == 1
    report_rev = page_text(wiki, REPORT)[0]
    again = peerbot(wiki, "match", "--config", str(config))
    assert again.code == 0, again.stderr
    assert page_text(wiki, REPORT)[0] == report_rev
    assert {u: page_text(wiki, f"User talk:{u}")[0] for u in talk} == \
        {u: rev for u, (rev, _) in talk.items()}


def test_new_request_fills_free_capacity_only(mentoring, tmp_path):
    wiki, config = mentoring
    before = {(p["mentor"], p["mentee"], p["since"]) for p in as_json(wiki, config)["pairs"]}
    dave_talk = page_text(wiki, "User talk:Dave")[0]
    append(wiki, "Heidi", PAGE, request("needs=grants|languages=es, en"))
    append(wiki, "Ivan", PAGE, request("needs=events|languages=fr"))
    run = peerbot(wiki, "match", "--config", str(config))
    assert run.code == 0, run.stderr
    # A lost state folder changes nothing: the pairs are read back from the report page.
    data = as_json(wiki, config, state_dir=tmp_path / "empty-state")
    pairs = {(p["mentor"], p["mentee"], p["since"]) for p in data["pairs"]}
    assert before < pairs
    assert {(m, e) for m, e, _ in pairs - before} == {("Alice", "Heidi")}  # Bob is full
    assert any(w["mentee"] == "Ivan" and "full" in w["reason"] for w in data["waiting"])
    assert page_text(wiki, "User talk:Dave")[0] == dave_talk
    _, heidi = page_text(wiki, "User talk:Heidi")
    _, alice = page_text(wiki, "User talk:Alice")
    assert heidi.count("== Peer academy mentoring") == 1
    assert alice.count("== Peer academy mentoring") == 2  # Dave, then Heidi


def test_simulate_saves_nothing_and_nobots_is_respected(mentoring):
    wiki, config = mentoring
    put(wiki, "Judy", "User talk:Judy", "{{nobots}} Please no bot messages.")
    append(wiki, "Judy", PAGE, request("needs=grants|languages=en"))
    append(wiki, "Peggy", PAGE, offer("skills=grants|languages=en"))
    report = page_text(wiki, REPORT)[0]
    simulated = peerbot(wiki, "match", "--config", str(config), "-simulate")
    assert simulated.code == 0, simulated.stderr
    assert page_text(wiki, REPORT)[0] == report
    assert "Peer academy mentoring" not in page_text(wiki, "User talk:Judy")[1]
    assert "Peer academy mentoring" not in page_text(wiki, "User talk:Peggy")[1]
    real = peerbot(wiki, "match", "--config", str(config))
    assert real.code == 0, real.stderr
    assert page_text(wiki, REPORT)[0] != report
    pairs = {(p["mentor"], p["mentee"]): p for p in as_json(wiki, config)["pairs"]}
    assert pairs[("Peggy", "Judy")]["notified"]  # told as far as Judy allows
    _, judy = page_text(wiki, "User talk:Judy")
    assert judy == "{{nobots}} Please no bot messages."
    assert page_text(wiki, "User talk:Peggy")[1].count("== Peer academy mentoring") == 1


def test_offer_struck_by_someone_else_is_tampered_not_withdrawn(mentoring):
    wiki, config = mentoring
    _, text = page_text(wiki, PAGE)
    line = next(ln for ln in text.split("\n") if "[[User:Bob|Bob]]" in ln)
    put(wiki, "Mallory", PAGE, text.replace(line, line.replace("* {{", "* <s>{{", 1) + "</s>"))
    data = as_json(wiki, config)
    assert ("Bob", "Erin") in {(p["mentor"], p["mentee"]) for p in data["pairs"]}
    assert not any(w["user"] == "Bob" for w in data["withdrawn"])
    run = peerbot(wiki, "match", "--config", str(config))
    assert run.code == 0, run.stderr
    html = rendered(wiki, REPORT)["text"]
    assert "tampered" in html and "Mallory" in html


def first_revision(wiki, title: str) -> dict:
    """Title -> its first revision (id, time, user), read with mwclient."""
    site = wiki.client("Alice")
    page = site.get("query", prop="revisions", titles=title, rvprop="ids|timestamp|user",
                    rvdir="newer", rvlimit=1, formatversion=2)["query"]["pages"][0]
    return page["revisions"][0]


def test_messages_are_signed_and_come_after_the_page_they_link(mentoring):
    wiki, _config = mentoring
    report = first_revision(wiki, REPORT)
    for user in ("Alice", "Dave", "Bob", "Erin"):
        _, text = page_text(wiki, f"User talk:{user}")
        # ~~~~ in the message: MediaWiki signed it for the bot when it was saved.
        assert "~~~~" not in text and "[[User:PeerBot|PeerBot]]" in text, text
        assert "(UTC)" in text
        told = first_revision(wiki, f"User talk:{user}")
        assert told["user"] == "PeerBot"
        # The pairs page the message links to existed when the message was saved.
        assert f"[[{REPORT}|" in text
        assert report["revid"] < told["revid"] and report["timestamp"] <= told["timestamp"]


def test_a_message_is_in_the_readers_language_when_a_translation_exists(mentoring, tmp_path):
    wiki, config = mentoring
    folder = tmp_path / "messages"  # message_dir: translations on top of the shipped ones
    folder.mkdir()
    # Test data, not a shipped translation: one key is left out, so English fills it in.
    (folder / "de.json").write_text(json.dumps({
        "peerbot-match-heading": "Mentoring der Peer-Akademie: $1",
        "peerbot-match-body": "Hallo! Du hast $1 als $2 (gemeinsam: $3); die Paare stehen "
                              "auf $4. ~~~~",
        "peerbot-match-role-mentor": "Mentorin oder Mentor"}), encoding="utf-8")
    translated = tmp_path / "match-de.yaml"
    translated.write_text(config.read_text(encoding="utf-8")
                          + f'message_dir: "{folder}"\n', encoding="utf-8")
    append(wiki, "Sybil", PAGE, offer("skills=grants|languages=de"))
    append(wiki, "Victor", PAGE, request("needs=grants|languages=pt-br, de"))
    run = peerbot(wiki, "match", "--config", str(translated))
    assert run.code == 0, run.stderr
    _, victor = page_text(wiki, "User talk:Victor")
    # Victor's first language has no file (pt-br, nor pt): her second one, German, is used.
    assert "== Mentoring der Peer-Akademie: Sybil ==" in victor
    assert "als Mentorin oder Mentor" in victor and "[[User:PeerBot|PeerBot]]" in victor
    _, sybil = page_text(wiki, "User talk:Sybil")
    # The German file lacks the mentee's role: that one word falls back to English.
    assert "== Mentoring der Peer-Akademie: Victor ==" in sybil and "als mentee" in sybil


def last_revision(wiki, title: str) -> dict:
    """Title -> its latest revision (id, user, edit summary), read with mwclient."""
    site = wiki.client("Alice")
    page = site.get("query", prop="revisions", titles=title, rvprop="ids|user|comment",
                    rvlimit=1, formatversion=2)["query"]["pages"][0]
    return page["revisions"][0]


def test_language_qqx_writes_the_message_keys_on_the_page_and_to_the_pair(wiki, tmp_path):
    """With ``language: qqx`` the pairs page, its edit summary, and the talk-page message
    and its summary show the messages' keys where their words would be."""
    from tests.unit.qqx import english_left
    from tests.unit.qqx_words import longest_first, visible, where, words_left

    page, report = "Peer academy/Mentoring/Qqx round", "Peer academy/Mentoring/Qqx pairs"
    config = tmp_path / "match-qqx.yaml"
    config.write_text(f'page_prefixes: ["{page}"]\nreport_page: "{report}"\nnotify: talk\n'
                      "vocabulary:\n  grants: [funding]\nlanguage: qqx\n", encoding="utf-8")
    put(wiki, "Zoe", page, "Mentoring round in qqx.")
    append(wiki, "Walter", page, offer("skills=grants|languages=it"))
    append(wiki, "Xavier", page, request("needs=funding|languages=it, de"))
    append(wiki, "Yolanda", page, request("needs=grnts|languages=xx-nowhere"))  # 2 problems
    run = peerbot(wiki, "match", "--config", str(config))
    assert run.code == 0, run.stderr
    _, text = page_text(wiki, report)
    for key in ("peerbot-match-intro", "peerbot-match-col-shared-languages",
                "peerbot-match-request-unknown-need-hint", "peerbot-match-request-bad-language",
                "peerbot-match-section-pages-read", "peerbot-audit-title"):
        assert f"({key}" in text, key
    problems = as_json(wiki, config)["problems"]
    # core's: the reader's problem naming other tests' pages outside page_prefixes
    shared = [p["reason"] for p in problems if p not in own_problems(problems)]
    # titles as the audit writes them too: free to break after each "/"
    allowed = longest_first((*shared, page, report, *page.split("/"), "Walter", "Xavier", "Yolanda", "Zoe", "grants",
                             "grnts", "funding", "xx-nowhere", "it", "de", "peerbot-match",
                             "PeerBot", "revision"))  # "revision": core's "Pages read" list
    assert english_left(visible(text), allowed) == []
    left = words_left(text, allowed)
    assert not left, where(text, left)
    summary = last_revision(wiki, report)["comment"]
    assert summary.startswith("(peerbot-match-report-summary: peerbot: mentoring pairs, ")
    _, told = page_text(wiki, "User talk:Walter")
    assert "== (peerbot-match-heading: Xavier) ==" in told
    assert "(peerbot-match-body: [[User:Xavier|Xavier]], (peerbot-match-role-mentee), it" in told
    # (the ~~~~ is the English message's own: a qqx message is not signed)
    assert last_revision(wiki, "User talk:Walter")["comment"].endswith(
        "peerbot: mentoring pairs: (peerbot-match-summary)")
