"""Meta's conditions on the local wiki: people sign by hand from their home wikis, in their
languages, behind interwiki prefixes the wiki's own map defines."""

from __future__ import annotations

import json

import pytest

from tests.integration.conftest import add_under, append, page_text, peerbot, put

PAGE = "Peer academy/Cross-wiki vote"
NOMINATIONS = "Peer academy/Nominations/Cross-wiki"
STAMP = "10:00, 1 May 2026 (UTC)"
PREFIXES = {"de": "https://de.wikipedia.org/wiki/$1", "es": "https://es.wikipedia.org/wiki/$1",
            "ru": "https://ru.wikipedia.org/wiki/$1", "w": "https://en.wikipedia.org/wiki/$1",
            "c": "https://commons.wikimedia.org/wiki/$1"}

# (account that saves the line, line typed by hand: no ~~~~)
VOTES = [
    ("Alice", f"# {{{{support}}}} Ja. [[:de:Benutzerin:Alice|Alice]] {STAMP}"),
    ("Bob", (f"# {{{{support}}}} Sí. [[w:es:Usuario:Bob|Bob]] ([[w:es:Usuario discusión:Bob|"
            f"disc]]) {STAMP}")),
    ("Carol", f"# {{{{support}}}} Да. [[:ru:Участница:Carol|Carol]] {STAMP}"),
    ("Dave", f"# {{{{support}}}} Yes. [[Special:CentralAuth/Dave|Dave]] {STAMP}"),
    ("Erin", "# {{support}} forgot to sign"),
    ("Grace", f"# {{{{support}}}} [[:de:Benutzer:Heidi|Heidi]] {STAMP}"),          # forged
    ("Ivan", "# {{support}} see [[:de:Wikipedia:Mentorenprogramm]]"),               # unsigned
    ("Judy", f"# {{{{support}}}} [[c:User:Judy|Judy]] {STAMP}"),
    # 'fr' is a language code, but this wiki's interwiki map has no 'fr': an ordinary page.
    ("Olivia", f"# {{{{support}}}} [[:fr:Utilisatrice:Olivia|Olivia]] {STAMP}"),
]


@pytest.fixture(scope="module")
def crosswiki(wiki):
    wiki.add_interwiki(PREFIXES)
    put(wiki, "Zoe", PAGE, "Which word should name our leaders?\n\n== Leaders ==\n")
    for user, line in VOTES:
        add_under(wiki, user, PAGE, "Leaders", line)
    # Frank notes who wrote Erin's vote, as clerks do.
    text_line = "# {{support}} forgot to sign"
    _, text = page_text(wiki, PAGE)
    put(wiki, "Frank", PAGE, text.replace(text_line, text_line + f" {{{{unsigned|Erin|{STAMP}}}}}"))
    return wiki


def votes_json(wiki, config: str = "") -> dict:
    args = ["votes", PAGE, "--json"]
    if config:
        path = wiki.root / f"crosswiki-{abs(hash(config))}.yaml"
        path.write_text(config, encoding="utf-8")
        args += ["--config", str(path)]
    run = peerbot(wiki, *args)
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


def test_votes_signed_from_home_wikis_are_counted_once(crosswiki):
    data = votes_json(crosswiki)
    leaders = next(s for s in data["subjects"] if s["subject"] == "Leaders")
    voters = sorted(v["user"] for v in leaders["votes"])
    # Olivia's 'fr:' is no prefix here, but the link ends in her name, has a time after it
    # and she added the line herself: her signature.
    assert voters == ["Alice", "Bob", "Carol", "Dave", "Erin", "Judy", "Olivia"]
    assert leaders["counts"]["support"] == len(voters)
    excluded = sorted((e["user"] or "", e["reason"], e["editor"]) for e in data["excluded"])
    # Ivan's line has no signature: listed with the account that added it.
    assert excluded == [("", "unsigned", "Ivan"), ("Heidi", "forged", "Grace")]


def test_unsigned_vote_counted_for_who_added_it_when_configured(crosswiki):
    data = votes_json(crosswiki, "integrity:\n  count_unsigned_by_history: true\n")
    leaders = next(s for s in data["subjects"] if s["subject"] == "Leaders")
    ivan = [v for v in leaders["votes"] if v["user"] == "Ivan"]
    assert len(ivan) == 1 and ivan[0]["editor"] == "Ivan"
    assert [(e["user"], e["reason"]) for e in data["excluded"]] == [("Heidi", "forged")]


def test_nomination_signed_from_a_home_wiki(crosswiki):
    append(crosswiki, "Judy", NOMINATIONS,
           "* {{Peer academy nomination|nominee=Ivan|group=G|region=R|track=mentor}} "
           f"[[:es:Usuario:Judy|Judy]] {STAMP}")
    append(crosswiki, "Ivan", NOMINATIONS,
           "* {{Peer academy nomination|nominee=Walter|group=G|region=R|track=mentor}} "
           f"[[:de:Benutzer:Walter|Walter]] {STAMP}")                        # forged
    unsigned = append(crosswiki, "Peggy", NOMINATIONS,
                      "* {{Peer academy nomination|nominee=Xavier|group=G|region=R|"
                      "track=mentor}} forgot to sign")
    # only this test's page: other tests of the shared wiki nominate an Ivan too
    config = crosswiki.root / "crosswiki-nominations.yaml"
    config.write_text(f'page_prefixes: ["{NOMINATIONS}"]\n'
                      f'report_page: "{NOMINATIONS}/Summary"\n', encoding="utf-8")
    run = peerbot(crosswiki, "nominations", "--json", "--config", str(config))
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    ivan = next(c for c in data["candidates"] if c["user"] == "Ivan")
    assert ivan["nominator_names"] == ["Judy"]
    # The unsigned one names who added it, for a clerk to act.
    assert [p["reason"] for p in data["problems"] if p["page"] == NOMINATIONS] == [
        f"nomination of Xavier: unsigned; added by Peggy in revision {unsigned}"]
    excluded = [(e["user"], e["reason"], e["editor"]) for e in data["excluded"]
                if e["page"] == NOMINATIONS]
    assert excluded == [("Walter", "forged", "Ivan")]
