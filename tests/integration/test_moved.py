"""A vote moved to another section, with real separate accounts on the local wiki: moved
into Oppose by a non-clerk it is `tampered` (the report names the account and links the
diff) and counts as the support its signer gave; a clerk's move stands; a heading's typo
fix by another account makes nothing tampered."""

from __future__ import annotations

import json

import pytest

from tests.integration.conftest import add_under, page_text, peerbot, put

PAGE = "Peer academy/Move vote"
REPORT = "Peer academy/Move vote/Results"


def move(wiki, user: str, voter: str, heading: str) -> int:
    """Move ``voter``'s vote line to the end of section ``heading`` as ``user``."""
    _, text = page_text(wiki, PAGE)
    lines = text.split("\n")
    line = next(x for x in lines if f"[[User:{voter}|" in x)
    lines.remove(line)
    put(wiki, user, PAGE, "\n".join(lines))
    return add_under(wiki, user, PAGE, heading, line)


def fix(wiki, user: str, old: str, new: str) -> int:
    _, text = page_text(wiki, PAGE)
    assert old in text
    return put(wiki, user, PAGE, text.replace(old, new, 1))


@pytest.fixture(scope="module")
def moved(wiki):
    put(wiki, "Zoe", PAGE, "Should the label read ''peer''?\n\n== support ==\n\n== Oppose ==\n"
                           "\n== Discussion ==\n")
    fix(wiki, "Zoe", "== support ==\n", "== support ==\n# First. ~~~~\n")  # Zoe votes
    add_under(wiki, "Alice", PAGE, "support", "# Clear word. ~~~~")
    add_under(wiki, "Bob", PAGE, "support", "# Fine. ~~~~")
    add_under(wiki, "Carol", PAGE, "Oppose", "# Too vague. ~~~~")
    revs = {
        # Mallory, no clerk, moves Alice's support into Oppose (two edits: out, then in).
        "mallory": move(wiki, "Mallory", "Alice", "Oppose"),
        # Trent, a clerk, moves Bob's vote (say Bob asked on the talk page).
        "trent": move(wiki, "Trent", "Bob", "Oppose"),
        # Ivan fixes the heading's case: what the section means does not change.
        "ivan": fix(wiki, "Ivan", "== support ==", "== Support =="),
    }
    config = wiki.root / "moved.yaml"
    config.write_text("integrity:\n  clerks: [Trent]\n", encoding="utf-8")
    return wiki, revs, config


def test_a_moved_vote_is_tampered_and_counts_as_its_signer_left_it(moved):
    wiki, revs, config = moved
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    tampered = [(e["user"], e["stance"], e["editor"], e["revision"]) for e in data["excluded"]
                if e["reason"] == "tampered"]
    # Only Alice's vote: Trent is a clerk, and Ivan's fix moves no vote.
    assert tampered == [("Alice", "oppose", "Mallory", revs["mallory"])]
    (subject,) = data["subjects"]
    assert sorted((v["user"], v["stance"]) for v in subject["votes"]) == [
        ("Alice", "support"), ("Bob", "oppose"), ("Carol", "oppose"), ("Zoe", "support")]
    assert subject["counts"] == {"support": 2, "oppose": 2, "neutral": 0}


def test_the_report_names_who_moved_it(moved):
    wiki, revs, config = moved
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--report-page", REPORT)
    assert run.code == 0, run.stderr
    _, text = page_text(wiki, REPORT)
    assert "[[User:Mallory|Mallory]]" in text and f"Special:Diff/{revs['mallory']}" in text
    assert "<code>tampered</code>: counted as Alice left it in revision" in text


def test_without_the_clerk_both_moves_are_tampered(moved):
    wiki, revs, _config = moved
    (wiki.root / "no-clerks.yaml").write_text("integrity: {}\n", encoding="utf-8")
    run = peerbot(wiki, "votes", PAGE, "--config", str(wiki.root / "no-clerks.yaml"),
                  "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    tampered = sorted((e["user"], e["editor"], e["revision"]) for e in data["excluded"]
                      if e["reason"] == "tampered")
    assert tampered == [("Alice", "Mallory", revs["mallory"]), ("Bob", "Trent", revs["trent"])]
    (subject,) = data["subjects"]
    assert subject["counts"] == {"support": 3, "oppose": 1, "neutral": 0}


def test_sections_cost_no_request(moved):
    """The section check reads the local index only: a second run of the same page costs
    what a run of any unchanged vote page costs, however many votes it holds."""
    wiki, _revs, config = moved
    peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    before = wiki.count_requests()
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    spent = wiki.count_requests() - before
    print(f"warm votes run: {spent} requests")
    assert spent <= 5, run.stderr
