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


def _cells(row_html: str) -> list[str]:
    """One rendered table row -> the text of its cells (tags removed, entities read)."""
    import html
    import re

    cells = re.findall(r"<td[^>]*>(.*?)</td>", row_html, re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells]


def test_results_page_says_the_outcome_in_rank_order_with_reasons(label_vote):
    """As MediaWiki renders the results page: the outcome sentence under the heading, the
    rows in rank order with numeric reasons that agree with the JSON, bars coloured by the
    verdict with the threshold line kept by MediaWiki's style sanitizer."""
    import re

    from bot.votes.render import BAR_COLOURS

    data = json.loads(peerbot(label_vote, "votes", PAGE, "--json").stdout)
    rules = data["thresholds"]
    assert peerbot(label_vote, "votes", PAGE, "--report-page", REPORT).code == 0
    html_text = rendered(label_vote, REPORT)["text"]
    outcome = re.search(r'<div class="peerbot-outcome">(.*?)</div>', html_text, re.DOTALL)
    assert outcome is not None
    first = min(data["subjects"], key=lambda s: s["rank"])
    assert outcome.group(1).startswith(f"{first['subject']} leads with ")
    if not any(s["passed"] for s in data["subjects"]):
        assert "but none passed" in outcome.group(1)
    assert f"at least {rules['min_supporters']} supporters" in outcome.group(1)
    results_table = html_text.split("<table", 2)[1]
    rows = [r for r in results_table.split("<tr")[1:] if "<td" in r]
    shown = [_cells(r) for r in rows]
    assert [c[0] for c in shown] == [s["subject"] for s in sorted(
        data["subjects"], key=lambda s: s["rank"])]  # sorted() is stable: page order on ties
    for cells, row in zip(shown, rows, strict=True):
        subject = next(s for s in data["subjects"] if s["subject"] == cells[0])
        assert int(cells[7]) == subject["rank"]
        support = subject["counts"]["support"]
        if subject["passed"]:
            assert cells[8].startswith("passed")
        elif support < rules["min_supporters"]:
            assert f"{support} of {rules['min_supporters']} supporters needed" in cells[8]
        colour = BAR_COLOURS["pass" if subject["passed"] else "fail"]
        assert f"background:{colour}" in row
        assert "position:absolute" in row and f"left:{rules['min_support_percent']:.2f}%" in row
    assert 'class="peerbot-ranked-outcome"' in html_text
    winner = data["ranked"]["winners"]
    assert f"{winner[0]} wins" in html_text


def last_summary(wiki, title: str) -> str:
    """-> the edit summary of the page's latest revision, from its history."""
    site = wiki.client("Alice")
    page = site.get("query", prop="revisions", titles=title, rvprop="comment",
                    formatversion=2)["query"]["pages"][0]
    return page["revisions"][0]["comment"]


def test_language_qqx_writes_the_message_keys(label_vote, tmp_path):
    """With ``language: qqx`` the results page shows each message's key where its words
    would be, as MediaWiki's uselang=qqx does: the results, the certification status, a
    refused and an accepted certification, and the edit summary; no word is left outside
    the keys, markup and the page's own values. With the default, the wiki's language
    (English here) reads as before."""
    import re

    from bot.core.render import bot_part
    from tests.integration.conftest import USERS, append
    from tests.unit.qqx import english_left, words_left

    config = tmp_path / "votes-qqx.yaml"
    config.write_text("language: qqx\nintegrity:\n  check_history: true\n  clerks: [Trent]\n",
                      encoding="utf-8")
    report = REPORT + " (qqx)"
    run = peerbot(label_vote, "votes", PAGE, "--report-page", report, "--config", str(config))
    assert run.code == 0, run.stderr
    _, text = page_text(label_vote, report)
    assert "(peerbot-votes-col-subject)" in text and "(peerbot-votes-leads: " in text
    assert "leads with" not in text and "Passing needs" not in text
    assert "(peerbot-certify-provisional: " in text
    html = rendered(label_vote, report)["text"]
    assert "(peerbot-votes-col-result)" in html  # MediaWiki shows the keys as text
    # the voters' times: MediaWiki writes them in qqx too, the month as its key
    assert re.search(r"\d\d:\d\d, \d{1,2} \([a-z]+\) \d{4}", html)
    summary = last_summary(label_vote, report)
    assert re.fullmatch(r"\(peerbot-votes-summary: \(peerbot-votes-summary-prefix\), 1, "
                        r"\d+, \d+\)", summary), summary

    # Mallory (no clerk) and Trent (a clerk) certify the counted revision
    counted, _ = page_text(label_vote, PAGE)
    line = f"{{{{Peer academy certify|page={PAGE}|revision={counted}}}}} ~~~~"
    append(label_vote, "Mallory", report, line)
    append(label_vote, "Trent", report, line)
    again = peerbot(label_vote, "votes", PAGE, "--report-page", report, "--config", str(config))
    assert again.code == 0, again.stderr
    _, text = page_text(label_vote, report)
    ours = bot_part(text, "votes")  # the clerks' signed lines outside it are theirs
    assert "(peerbot-certify-certified: [[User:Trent|Trent]], {{#time:" in ours
    assert "(peerbot-certify-not-clerk: Mallory)" in ours
    assert "(peerbot-certify-refusal: " in ours and "(peerbot-certify-provisional" not in ours
    assert "is not a clerk" not in ours and "Certified" not in ours
    values = (*USERS, *WORDS, PAGE, report, "Peer academy ranking")
    assert english_left(html_unescaped(ours), values) == []
    assert words_left(ours, values) == []
    assert re.fullmatch(r"\(peerbot-votes-summary: .*\)", last_summary(label_vote, report))

    english = peerbot(label_vote, "votes", PAGE, "--report-page", REPORT + " (en)")
    assert english.code == 0, english.stderr
    assert "leads with" in page_text(label_vote, REPORT + " (en)")[1]
    assert re.fullmatch(r"peerbot: vote results: 1 vote page, \d+ votes counted, \d+ not "
                        r"counted", last_summary(label_vote, REPORT + " (en)"))


def html_unescaped(text: str) -> str:
    import html

    return html.unescape(text)


def test_another_language_has_the_wiki_write_the_times(label_vote, tmp_path):
    """In a language the bot has no translation for, the words fall back to English, and
    each vote's time is the wiki's to write in that language: the rendered voter list shows
    the times as MediaWiki itself writes them in German."""
    config = tmp_path / "votes-de.yaml"
    config.write_text("language: de\n", encoding="utf-8")
    report = REPORT + " (de)"
    run = peerbot(label_vote, "votes", PAGE, "--report-page", report, "--config", str(config))
    assert run.code == 0, run.stderr
    _, text = page_text(label_vote, report)
    assert "leads with" in text and "|de}}" in text  # English words, German times
    data = json.loads(peerbot(label_vote, "votes", PAGE, "--json").stdout)
    stamp = data["subjects"][0]["votes"][0]["timestamp"]
    site = label_vote.client("Alice")
    german = site.get("parse", text=f"{{{{#time:H:i, j F Y|{stamp}|de}}}}",
                      contentmodel="wikitext", prop="text", formatversion=2)["parse"]["text"]
    import re

    shown = re.search(r"<p>(.*?)\n?</p>", german, re.DOTALL).group(1).strip()
    html = rendered(label_vote, report)["text"]
    assert shown in html and "{{#time" not in html and "#time" not in html
