"""A vote changed by someone else, with real separate accounts on the local wiki: the stance
another account changed is `tampered`, named and linked on the rendered report; a clerk's
strike stays a strike; a bot's typo fix and the voter's own change are no tampering."""

from __future__ import annotations

import json

import pytest

from tests.integration.conftest import page_text, peerbot, put, rendered

PAGE = "Peer academy/Tamper vote"
REPORT = "Peer academy/Tamper vote/Results"
CONFIG = "integrity:\n  clerks: [Trent]\n"


def edit(wiki, user: str, old: str, new: str) -> int:
    _, text = page_text(wiki, PAGE)
    assert old in text
    return put(wiki, user, PAGE, text.replace(old, new, 1))


def add(wiki, user: str, line: str) -> int:
    _, text = page_text(wiki, PAGE)
    return put(wiki, user, PAGE, text + "\n" + line)


@pytest.fixture(scope="module")
def tampered(wiki):
    wiki.create_user("LintBot", bot=True)
    put(wiki, "Zoe", PAGE, "Vote on the word.\n\n== Mentors ==")
    add(wiki, "Alice", "# {{support}} Good word. ~~~~")
    add(wiki, "Bob", "# {{support}} Good wrod. ~~~~")
    add(wiki, "Carol", "# {{support}} ~~~~")
    add(wiki, "Erin", "# {{support}} ~~~~")
    add(wiki, "Grace", "# {{support}} ~~~~")
    add(wiki, "Judy", "# {{support}} ~~~~")
    revs = {
        # Mallory turns Alice's support into an oppose, keeping her signature.
        "mallory": edit(wiki, "Mallory", "# {{support}} Good word. [[User:Alice",
                        "# {{oppose}} Bad word. [[User:Alice"),
        # A bot fixes a typo: what Bob's vote says is unchanged.
        "lint": edit(wiki, "LintBot", "Good wrod.", "Good word."),
        # Trent, a clerk, strikes Carol's vote; Dave, no clerk, strikes Erin's.
        "clerk": edit(wiki, "Trent", "# {{support}} [[User:Carol", "# <s>{{support}} [[User:Carol"),
        "dave": edit(wiki, "Dave", "# {{support}} [[User:Erin", "# <s>{{support}} [[User:Erin"),
        # Admin, a sysop but no named clerk, strikes Judy's vote.
        "admin": edit(wiki, "Admin", "# {{support}} [[User:Judy", "# <s>{{support}} [[User:Judy"),
    }
    # Grace changes her own mind.
    edit(wiki, "Grace", "# {{support}} [[User:Grace", "# {{oppose}} [[User:Grace")
    config = wiki.root / "tamper.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    return wiki, revs, config


def test_changed_stance_is_tampered_and_named(tampered):
    wiki, revs, config = tampered
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    excluded = {(e["user"], e["reason"], e["editor"], e["revision"]) for e in data["excluded"]}
    assert ("Alice", "tampered", "Mallory", revs["mallory"]) in excluded
    assert ("Erin", "tampered", "Dave", revs["dave"]) in excluded
    assert ("Judy", "tampered", "Admin", revs["admin"]) in excluded
    assert any(e["user"] == "Carol" and e["reason"] == "struck" for e in data["excluded"])
    # Mallory's oppose and the strikes by Dave and Admin are not counted; each vote counts
    # as its signer last left it.
    assert {(e["user"], e["stance"]) for e in data["excluded"] if e["reason"] == "tampered"} \
        == {("Alice", "oppose"), ("Erin", "support"), ("Judy", "support")}
    mentors = next(s for s in data["subjects"] if s["subject"] == "Mentors")
    counted = sorted((v["user"], v["stance"]) for v in mentors["votes"])
    assert counted == [("Alice", "support"), ("Bob", "support"), ("Erin", "support"),
                       ("Grace", "oppose"), ("Judy", "support")]


def test_clerks_by_group(tampered):
    wiki, _revs, _config = tampered
    config = wiki.root / "tamper-groups.yaml"
    config.write_text("integrity:\n  clerks: [Trent]\n  clerk_groups: [sysop]\n",
                      encoding="utf-8")
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    reasons = {e["user"]: e["reason"] for e in data["excluded"]}
    # A sysop's strike stays a strike; Mallory and Dave are no sysops.
    assert reasons == {"Alice": "tampered", "Carol": "struck", "Erin": "tampered",
                       "Judy": "struck"}


def test_tampered_vote_shown_on_the_rendered_report(tampered):
    wiki, revs, config = tampered
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--report-page", REPORT)
    assert run.code == 0, run.stderr
    html = rendered(wiki, REPORT)["text"]
    assert "tampered" in html and "changed by another account" in html
    assert f"Special:Diff/{revs['mallory']}" in page_text(wiki, REPORT)[1]


def test_nominee_changed_by_someone_else_is_tampered_and_restored(wiki):
    title = "Peer academy/Tamper nominations/2026"
    put(wiki, "Zoe", title, "Nominations.")
    _, text = page_text(wiki, title)
    added = put(wiki, "Alice", title, text + "\n* {{Peer academy nomination|nominee=Bob|"
                                             "group=G|region=R|track=mentor|statement=Kind.}} ~~~~")
    _, text = page_text(wiki, title)
    put(wiki, "Heidi", title, text + "\n* {{Peer academy nomination|nominee=Carol|group=G|"
                                     "region=R|track=mentor|statement=Helpful.}} ~~~~")
    _, text = page_text(wiki, title)
    changed = put(wiki, "Mallory", title, text.replace("nominee=Bob", "nominee=Mallory"))
    _, text = page_text(wiki, title)
    put(wiki, "Ivan", title, text.replace("statement=Helpful.", "statement=Very helpful."))
    config = wiki.root / "tamper-nominations.yaml"
    config.write_text('page_prefixes: ["Peer academy/Tamper nominations/"]\n'
                      'report_page: "Peer academy/Tamper nominations/Summary"\n',
                      encoding="utf-8")
    run = peerbot(wiki, "nominations", "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    # Mallory made Alice's nomination name Mallory: tampered, and restored as Alice left
    # it (nominee Bob). Ivan's edit of Heidi's statement changes no nominee, track or
    # group: Carol's nomination stands.
    assert [c["user"] for c in data["candidates"]] == ["Bob", "Carol"]
    bob = data["candidates"][0]
    assert (bob["nominator_names"], bob["track"], bob["group"]) == (["Alice"], "mentor", "G")
    assert bob["entries"][0]["revision"] == added and bob["entries"][0]["editor"] == "Alice"
    assert [(e["user"], e["subject"], e["reason"], e["editor"], e["revision"])
            for e in data["excluded"]] == [("Alice", "Mallory", "tampered", "Mallory", changed)]
    assert data["excluded"][0]["note"] == (f"counted as Alice left it in revision {added} "
                                           "(nominee Bob, track mentor, group G)")
    report = "Peer academy/Tamper nominations/Summary"
    run = peerbot(wiki, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr
    assert "counted as Alice left it" in page_text(wiki, report)[1]
