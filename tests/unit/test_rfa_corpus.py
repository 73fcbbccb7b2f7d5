"""Real archived RfA pages (tests/fixtures/rfa): the official tallies, with general rules only.

The four labelled pages must give the closing bureaucrats' published counts; the two holdout
pages have no published answer here and must parse into plausible records. No rule in
bot/votes/ or bot/core/ names a page.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.core.model import SiteFacts
from bot.votes.config import default_vote_config
from bot.votes.model import OPTIONS
from bot.votes.page import parse_votes
from bot.votes.tally import TallyResult, tally_votes, to_json

RFA = Path(__file__).parent.parent / "fixtures" / "rfa"
FACTS = SiteFacts()
CONFIG = default_vote_config()
REASONS = {"reply", "unsigned", "struck", "no-stance", "duplicate", "changed"}

OFFICIAL = {
    "rfa-dgg": (111, 1, 1),
    "rfa-ealdgyth": (250, 0, 2),
    "rfa-cyberpower678-2": (181, 6, 3),
    "rfa-k6ka": (189, 50, 9),
}
HOLDOUTS = ("holdout-a", "holdout-b")


def read(name: str) -> str:
    return (RFA / f"{name}.txt").read_text(encoding="utf-8")


def result(name: str) -> TallyResult:
    return tally_votes(parse_votes(read(name), FACTS, CONFIG, name), CONFIG)


@pytest.mark.parametrize("name", sorted(OFFICIAL))
def test_official_tally(name: str) -> None:
    tally = result(name)
    assert tally.layout == OPTIONS
    (subject,) = tally.subjects
    assert (subject.support, subject.oppose, subject.neutral) == OFFICIAL[name]


@pytest.mark.parametrize("name", sorted(OFFICIAL) + list(HOLDOUTS))
def test_every_page_parses_sanely(name: str) -> None:
    tally = result(name)
    (subject,) = tally.subjects
    voters = [v.user for v in subject.votes]
    assert len(voters) == len(set(voters))          # one person, one vote
    assert all(v.user and v.stance in ("support", "oppose", "neutral") for v in subject.votes)
    assert {e.reason for e in tally.excluded} <= REASONS
    assert all(e.line > 0 for e in tally.excluded)
    data = to_json(tally)
    assert set(data) == {"subjects", "excluded"}
    assert all(v["timestamp"] is None or v["timestamp"].endswith("Z")
               for v in data["subjects"][0]["votes"])


@pytest.mark.parametrize("name", HOLDOUTS)
def test_holdout_counts_are_plausible(name: str) -> None:
    tally = result(name)
    (subject,) = tally.subjects
    total = subject.support + subject.oppose + subject.neutral
    # every numbered line under an option is a vote, an exclusion, or a reply
    numbered = sum(1 for line in read(name).splitlines() if line.startswith("#"))
    assert 100 <= total <= numbered
    assert subject.support > 0 and subject.oppose > 0 and subject.neutral > 0
    unsigned = [e for e in tally.excluded if e.reason == "unsigned"]
    assert len(unsigned) <= 3
    votes = sorted(v.line for v in subject.votes)
    assert votes == sorted(set(votes))


def test_rules_seen_on_real_pages() -> None:
    dgg = parse_votes(read("rfa-dgg"), FACTS, CONFIG)
    lines = {v.line: (v.user, v.stance) for v in dgg.votes}
    assert 197 not in lines                              # a paragraph, not a list item
    assert lines[203] == ("Vlad fedorov", "oppose")      # partly struck prose still counts
    k6ka = {v.line: (v.user, v.stance) for v in parse_votes(read("rfa-k6ka"), FACTS,
                                                             CONFIG).votes}
    assert k6ka[162] == ("The Voidwalker", "support")    # <s>'''Oppose'''</s> '''Support'''
    a = {v.line: v for v in parse_votes(read("holdout-a"), FACTS, CONFIG).votes}
    assert a[715].user == "Ouishoebean"                  # not the [[User:SpLoT/...]] joke link
    assert a[425].user == "U.S.A.U.S.A.U.S.A."           # [[User:{{{User|...}}}|...]]
    assert a[743].user == "Gwern" and a[743].timestamp is None   # date written as links
    assert a[567].user == "Prodego"                      # substituted {{unsigned}}
    assert a[726].stance == "oppose"                     # struck "Support" in Oppose
    b = parse_votes(read("holdout-b"), FACTS, CONFIG)
    assert [(e.user, e.reason) for e in b.excluded if e.line == 316] == [(None, "unsigned")]


def test_corpus_parses_fast() -> None:
    texts = [read(p.stem) for p in sorted(RFA.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for text in texts:
        parse_votes(text, FACTS, CONFIG)
    elapsed = time.perf_counter() - start
    assert size > 900_000
    assert elapsed < 6.0, f"{size / elapsed / 1e6:.2f} MB/s"
