"""Nomination parsing and the per-candidate summary, on fixture pages (no network)."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import mwparserfromhell
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.model import SiteFacts
from bot.nominations.config import NominationsConfig
from bot.nominations.job import nominations_from_pages
from bot.nominations.summary import render, to_json

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nominations"
ROOT = Path(__file__).resolve().parents[2]
MESSY = (FIXTURES / "messy.wiki").read_text(encoding="utf-8")


def summary(text: str, page: str = "P") -> dict:
    return to_json(nominations_from_pages([(page, text)], NominationsConfig(), SiteFacts()))


def test_messy_page_counted_by_hand():
    data = summary(MESSY)
    people = {c["user"]: c for c in data["candidates"]}
    # Comment, nowiki and the unsigned intro example are not entries; Anna's nomination is
    # signed by Ben on the next line (the reply below it is not her nominator). As in
    # MediaWiki, "nominee=A|B]]" is nominee "A" plus a stray positional parameter.
    assert set(people) == {"Anna K", "Ben", "A"}
    anna = people["Anna K"]
    assert (anna["nominations"], anna["nominator_names"]) == (1, ["Ben"])
    assert (anna["recommendations"], anna["recommender_names"]) == (1, ["Dora"])
    assert anna["group"] == "Wikimedia Polska" and anna["flags"] == []
    ben = people["Ben"]
    # Ben's own application counts as a nomination, not as a nominator (as the selection
    # counts nominators).
    assert ben["nominations"] == 2
    assert ben["nominator_names"] == ["Eve"] and ben["flags"] == ["application"]
    reasons = sorted(p["reason"] for p in data["problems"])
    # "[[User:Gus]] (date forgotten)" is a lone mention, no signature (bot.core.comments)
    assert reasons == [
        "nomination of Example: unsigned",
        "recommendation of Ben: unsigned",
        "recommendation without candidate",
    ]


@pytest.mark.parametrize(("signed", "reason"), [
    # the user's link with their talk link, no date: a signature without its date
    ("[[User:Gus|Gus]] ([[User talk:Gus|talk]])", "recommendation of Ben: signature has no date"),
    ("[[User:Gus|Gus]] 06:45 8 April 2026", "recommendation of Ben: signature has no date"),
    # a lone mention signs nothing, as in the votes and the digest
    ("thanks to [[User:Gus|Gus]].", "recommendation of Ben: unsigned"),
])
def test_undated_signatures_follow_the_comment_rules(signed: str, reason: str) -> None:
    text = f"{{{{Peer academy recommendation|candidate=Ben}}}} {signed}"
    assert [p["reason"] for p in summary(text)["problems"]] == [reason]


def test_render_escapes_and_lists_problems():
    report = nominations_from_pages([("P", MESSY)], NominationsConfig(), SiteFacts())
    text = render(report)
    summary_table = text.split("=== Problems ===")[0]
    assert summary_table.count("\n|-\n") == len(report.candidates)
    assert "=== Problems ===" in text and "unsigned" in text


def test_shorter_renderings_for_the_page_size_limit_keep_the_summary():
    report = nominations_from_pages([("P", MESSY), ("Q", MESSY)], NominationsConfig(),
                                    SiteFacts())
    report = dataclasses.replace(report, revisions={"P": 11, "Q": 12})
    full = render(report)
    short = render(report, audit_counted=False, pages_listed=False)
    assert "[[Special:Permalink/12|revision 12]]" in full
    assert "Permalink/12|revision" not in short and "2 pages, each at the revision" in short
    assert len(short) < len(full)
    # the candidates' table is the same in every rendering
    assert short.split("=== Problems ===")[0] == full.split("=== Problems ===")[0]
    # one link per page section, labelled with the signers
    assert "N&#58; Ben \u2014 R&#58; Dora" in full


@given(st.lists(st.sampled_from([
    "{{Peer academy nomination|nominee=X", "}}", "|", "{{", "[[", "]]", "[[Category:Bad]]",
    "__NOTOC__", "<ref>", "</ref>", "\n", "nominee=", "[[User:Q]] 10:00, 1 May 2026 (UTC)",
    "\u05d0\u05d1", "e\u0301", "<div>", "{{!}}", "=="]), max_size=40).map("".join))
@settings(max_examples=150, deadline=None)
def test_any_wikitext_gives_a_report_not_a_crash(text):
    report = nominations_from_pages([("P", text)], NominationsConfig(), SiteFacts())
    rendered = render(report)
    assert rendered.count("\n|-\n") >= len(report.candidates)
    assert "[[Category:" not in rendered


def test_cli_from_file_json_needs_no_wiki(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PYWIKIBOT_DIR": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "nominations", "--from-file",
                           str(FIXTURES / "messy.wiki"), "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert {c["user"] for c in json.loads(done.stdout)["candidates"]} == {"Anna K", "Ben", "A"}


def test_cli_without_user_config_is_one_line_and_exit_2(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PYWIKIBOT_DIR": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "nominations"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr.strip().startswith("peerbot: config error: no user-config.py")
    assert len(done.stderr.strip().splitlines()) == 1


def _entry(kind: str, subject: str, signer: str, minute: int) -> "Entry":  # noqa: F821, UP037
    from datetime import datetime

    from bot.core.model import Entry

    return Entry(kind, "P", minute, subject, signer,
                 datetime(2026, 5, 1, 10, minute, tzinfo=UTC))


def test_nomination_rules_self_cap_and_duplicate_recommendations():
    from bot.core.integrity import NominationRules
    from bot.nominations.summary import apply_nomination_rules

    entries = [
        _entry("nomination", "Ann", "Ann", 1),            # application
        _entry("nomination", "Bea", "Nina", 2),
        _entry("nomination", "Cid", "Nina", 3),
        _entry("nomination", "Dot", "Nina", 4),           # Nina's third: over the cap of 2
        _entry("recommendation", "Bea", "Rex", 5),
        _entry("recommendation", "Bea", "Rex", 6),        # same recommender, same candidate
        _entry("recommendation", "Bea", "Bea", 7),        # own recommendation
    ]
    rules = NominationRules(self_nomination=False, max_per_nominator=2,
                            one_recommendation_per_candidate=True)
    kept, dropped = apply_nomination_rules(list(reversed(entries)), rules)
    assert [(e.subject, e.signer, e.line) for e in kept] == [
        ("Bea", "Nina", 2), ("Cid", "Nina", 3), ("Bea", "Rex", 5)]
    assert sorted((r.line, r.reason) for r in dropped) == [
        (1, "self"), (4, "cap"), (6, "duplicate"), (7, "problem")]
    lenient, none_dropped = apply_nomination_rules(entries[:4], NominationRules())
    assert len(lenient) == 4 and none_dropped == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Zé1. ,?()@%$\n\t\u00a0_~`+^-:'[]=*#<>&;/!")),
               max_size=40))
def test_plain_text_is_what_the_parser_strips(value: str) -> None:
    from bot.core.entries import _plain

    stripped = mwparserfromhell.parse(value).strip_code(normalize=True, collapse=True)
    assert _plain(value) == re.sub(r"\s+", " ", stripped).strip()
