"""Votes moved between sections, judged from page history (no network): one shared section
rule, sections compared by what they mean under the page's rules (tests/fixtures/moves)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.history import RevisionText, blame, section_key, signature_span
from bot.core.integrity import IntegrityConfig
from bot.core.model import SiteFacts
from bot.core.sections import heading_title
from bot.votes.clean import clean_page
from bot.votes.config import default_vote_config
from bot.votes.page import parse_votes
from bot.votes.sections import split_sections
from bot.votes.verify import check_votes
from bot.wiki.state import HistoryStore

FACTS = SiteFacts()
RULES = default_vote_config()
CASES = yaml.safe_load((Path(__file__).resolve().parents[1] / "fixtures" / "moves"
                        / "cases.yaml").read_text(encoding="utf-8"))
START = datetime(2026, 5, 1, 9, tzinfo=UTC)


def signature(user: str) -> str:
    return f"[[User:{user}|{user}]] ([[User talk:{user}|talk]]) 10:00, 1 May 2026 (UTC)"


def history(case: dict[str, Any]) -> list[RevisionText]:
    return [RevisionText(number, user, START + timedelta(hours=number),
                         text.replace("{Alice}", signature("Alice"))
                         .replace("{Bob}", signature("Bob")))
            for number, (user, text) in enumerate(case["revisions"], start=1)]


def outcome(case: dict[str, Any]) -> dict[str, Any]:
    revisions = history(case)
    store = HistoryStore(":memory:", "test")
    store.add("Vote", 1, revisions[-1].revision, blame(revisions, FACTS))
    page = parse_votes(revisions[-1].text or "", FACTS, RULES, "Vote")
    config = IntegrityConfig(clerks=tuple(case.get("clerks", ())))
    checked = check_votes(page, store, {}, config, FACTS, RULES)

    def named(subject: str, stance: str) -> str:
        return ("" if subject == "Vote" else subject) + "/" + stance

    counted = {v.user: named(v.subject, v.stance) for v in checked.votes}
    found: dict[str, Any] = {}
    for record in checked.excluded:
        if record.reason == "tampered":
            found[record.user or ""] = {
                "outcome": f"tampered by {record.editor} in {record.revision}",
                "counted": counted.pop(record.user or "", None)}
    found.update(counted)
    return found


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_moves(case):
    assert outcome(case) == case["expect"]


@pytest.mark.parametrize(("line", "title"), [
    ("== Support ==", " Support "),
    ("===Oppose===  ", "Oppose"),
    ("== Support == <!-- keep -->", " Support "),
    ("'''Support'''", "Support"),
    ("'''Support''':", "Support"),
    (";General comments", "General comments"),
    ("# {{support}} '''Strong''' yes", None),
    ("'''Support''' because", None),
    ("Plain text", None),
    ("== Unbalanced =", "= Unbalanced "),  # as MediaWiki reads it: a level-1 heading
])
def test_one_section_rule(line, title):
    assert heading_title(line) == title


def test_the_parser_and_the_history_see_the_same_sections():
    text = ("Intro\n'''Support'''\n# Yes. " + signature("Alice") + "\n;Comments\n"
            "* Hm. " + signature("Bob") + "\n== Oppose <!-- x --> ==\n# No. "
            + signature("Carol") + "\n")
    parsed = {s.title: [b.text for b in s.blocks]
              for s in split_sections(clean_page(text, FACTS, RULES), FACTS)}
    found = blame([RevisionText(1, "Org", START, text)], FACTS)
    for title, blocks in parsed.items():
        for block in blocks:
            span = signature_span(block, FACTS)
            if span is not None:
                assert section_key(span, title or "") in found
