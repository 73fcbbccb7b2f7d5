"""Names as MediaWiki writes them, with real separate accounts on the local wiki: O'Brien
signs with plain ~~~~ (MediaWiki saves ``O&#39;Brien``), José and Mary Ann sign with forms
copied from the address bar or typed with entities, a clerk configured as ``trent_Clerk``
strikes a vote. Every vote counts for its own voter, the strike stands, nothing is forged.
"""

from __future__ import annotations

import json

import pytest

from tests.integration.conftest import page_text, peerbot, put

PAGE = "Peer academy/Names vote"
VOTERS = ["O'Brien", "José", "Mary Ann", "Trent Clerk"]


def add(wiki, user: str, line: str) -> int:
    _, text = page_text(wiki, PAGE)
    return put(wiki, user, PAGE, text + "\n" + line)


@pytest.fixture(scope="module")
def names_vote(wiki):
    for name in VOTERS:
        wiki.create_user(name)
    put(wiki, "Zoe", PAGE, "Vote on the word.\n\n== Mentors ==")
    add(wiki, "O'Brien", "# {{support}} Yes. ~~~~")
    add(wiki, "José", "# {{support}} Sí. [[User:Jos%C3%A9|José]] ~~~~~")
    add(wiki, "Mary Ann", "# {{oppose}} No. [[User:Mary&nbsp;Ann|Mary Ann]] ~~~~~")
    add(wiki, "Carol", "# {{support}} ~~~~")
    _, text = page_text(wiki, PAGE)
    put(wiki, "Trent Clerk", PAGE, text.replace("# {{support}} [[User:Carol",
                                                "# <s>{{support}} [[User:Carol", 1))
    config = wiki.root / "names.yaml"
    config.write_text("integrity:\n  clerks: [trent_Clerk]\n", encoding="utf-8")
    return wiki, config


def test_mediawiki_writes_the_forms_the_reader_must_decode(names_vote):
    wiki, _config = names_vote
    _, text = page_text(wiki, PAGE)
    assert "[[User:O&#39;Brien|O&#39;Brien]]" in text
    assert "[[User:Jos%C3%A9|José]]" in text and "[[User:Mary&nbsp;Ann|Mary Ann]]" in text
    assert "<s>{{support}} [[User:Carol" in text


def test_every_vote_counts_for_its_own_voter_and_the_clerks_strike_stands(names_vote):
    wiki, config = names_vote
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    mentors = next(s for s in data["subjects"] if s["subject"] == "Mentors")
    assert sorted((v["user"], v["stance"]) for v in mentors["votes"]) \
        == [("José", "support"), ("Mary Ann", "oppose"), ("O'Brien", "support")]
    assert [(e["user"], e["reason"]) for e in data["excluded"]] == [("Carol", "struck")]
    assert not [p for p in data.get("problems", []) if "unsigned" in p.get("reason", "")]


def test_without_the_clerk_the_strike_is_tampered(names_vote):
    """The same page with no clerk configured: Trent Clerk's strike is someone else's
    change (so the test above passes because the typed name matched, not by chance)."""
    wiki, _config = names_vote
    run = peerbot(wiki, "votes", PAGE, "--json")
    assert run.code == 0, run.stderr
    reasons = {e["user"]: (e["reason"], e["editor"]) for e in json.loads(run.stdout)["excluded"]}
    assert reasons == {"Carol": ("tampered", "Trent Clerk")}
