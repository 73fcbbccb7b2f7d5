"""A real RfA page (tests/fixtures/rfa) rebuilt on the local wiki edit by edit, each line
saved by its own voter's account: the history attributes every vote to its voter (nothing
forged or tampered, the official tally), and every unsigned vote to the account that added
it, which counts it with `count_unsigned_by_history: true`.

The rebuild rule is general, not this page's: a signed line is saved by its signer; an
unsigned line by the signer of the next signed line (a voter who signed only the reply below
their vote, or a vote spread over lines); lines after the last signature by a clerk account.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bench.dump import Page, Revision, export_xml
from bot.core.model import SiteFacts
from bot.core.signatures import find_signature
from tests.integration.conftest import peerbot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rfa"
TITLES = {"rfa-dgg": "Peer academy/RfA rebuilt/DGG",
          # a holdout page: no official tally here, but a vote whose voter signed only the
          # reply below it
          "holdout-b": "Peer academy/RfA rebuilt/Holdout B"}
OFFICIAL = (111, 1, 1)
CLERK = "Rebuild Clerk"


def rebuild(text: str) -> tuple[list[Revision], dict[int, str]]:
    """A page's text -> its revisions, one per signed line with the unsigned lines before
    it, and {1-based line: the account that saved it}."""
    facts = SiteFacts()
    lines = text.split("\n")
    revisions: list[Revision] = []
    saved_by: dict[int, str] = {}
    pending: list[int] = []
    clock = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for number, line in enumerate(lines, start=1):
        pending.append(number)
        found = find_signature(line, facts)
        if found is None or found.timestamp is None:
            continue
        clock += timedelta(minutes=1)
        saved_by.update({n: found.user for n in pending})
        revisions.append(Revision(found.user, clock, "\n".join(lines[:number])))
        pending = []
    if pending:
        saved_by.update({n: CLERK for n in pending})
        revisions.append(Revision(CLERK, clock + timedelta(minutes=1), text))
    return revisions, saved_by


@pytest.fixture(scope="module")
def rebuilt(wiki):
    """-> the wiki with both pages imported, and {page: {line: the account that saved it}}."""
    saved: dict[str, dict[int, str]] = {}
    pages = []
    for name, title in TITLES.items():
        revisions, saved[name] = rebuild((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
        assert len(revisions) > 100  # edit by edit, not one import of the final text
        pages.append(Page(title, tuple(revisions)))
    accounts = sorted({r.user for p in pages for r in p.revisions} - set(wiki.passwords))
    wiki.create_users(accounts)
    dump = wiki.root / "rfa-rebuilt.xml"
    dump.write_text("".join(export_xml(pages)), encoding="utf-8")
    wiki.maintenance("importDump.php", "--quiet", "--no-updates", str(dump))
    return wiki, saved


def counted(wiki, title: str, config_text: str, state: Path) -> dict:
    config = state.with_suffix(".yaml")
    config.write_text(config_text, encoding="utf-8")
    run = peerbot(wiki, "votes", title, "--config", str(config), "--json", state_dir=state,
                  timeout=600)
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


def test_every_vote_is_its_voters_and_the_tally_is_official(rebuilt, tmp_path):
    wiki, _saved = rebuilt
    data = counted(wiki, TITLES["rfa-dgg"], "integrity: {}\n", tmp_path / "plain")
    (subject,) = data["subjects"]
    counts = subject["counts"]
    assert (counts["support"], counts["oppose"], counts["neutral"]) == OFFICIAL
    assert all(v["editor"] == v["user"] for v in subject["votes"]), [
        v for v in subject["votes"] if v["editor"] != v["user"]]
    assert not [e for e in data["excluded"] if e["reason"] in ("forged", "tampered")]


def test_every_unsigned_vote_names_the_account_that_added_it(rebuilt, tmp_path):
    wiki, saved = rebuilt
    saved_by = saved["holdout-b"]
    title = TITLES["holdout-b"]
    data = counted(wiki, title, "integrity: {}\n", tmp_path / "unsigned")
    assert not [e for e in data["excluded"] if e["reason"] in ("forged", "tampered")]
    unsigned = [e for e in data["excluded"] if e["reason"] == "unsigned" and e["stance"]]
    assert unsigned, "the page has unsigned votes: the test means something"
    for record in unsigned:
        assert record["editor"] == saved_by[record["line"]], record
    by_history = counted(wiki, title, "integrity:\n  count_unsigned_by_history: true\n",
                         tmp_path / "by-history")
    (subject,) = by_history["subjects"]
    voters = {v["user"] for v in subject["votes"]}
    others = {e["user"] for e in by_history["excluded"] if e["reason"] in ("duplicate",
                                                                          "changed")}
    for record in unsigned:
        adder = saved_by[record["line"]]
        assert adder in voters or adder in others, (record, adder)
    assert not [e for e in by_history["excluded"] if e["reason"] == "unsigned" and e["stance"]]
