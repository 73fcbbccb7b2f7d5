"""Signatures from any wiki, in any language: the generated table and the link rules.

Rows are written by hand from the languages' own spelling (not read back from the table),
one row per form, so a table that lost a language or a gender form fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import sitedates, sitenames
from bot.core.config import ConfigError
from bot.core.model import SiteFacts
from bot.core.signatures import find_signature, user_from_link
from bot.core.siteconfig import load_site_config
from bot.nominations.config import NominationsConfig
from bot.nominations.job import nominations_from_pages
from bot.nominations.summary import to_json
from bot.votes.config import default_vote_config
from bot.votes.page import parse_votes

ROOT = Path(__file__).resolve().parents[2]
FACTS = SiteFacts()  # Meta-like: English, the bundled interwiki table
STAMP = "12:34, 1 May 2026 (UTC)"

# (link target, the user it names): 24 languages, gender forms, aliases, talk pages,
# prefixes as Meta users type them, Contributions and CentralAuth.
SIGNED = [
    (":de:Benutzer:Kilo", "Kilo"),
    ("w:de:Benutzerin:Kilo", "Kilo"),
    (":de:Benutzerin Diskussion:Kilo", "Kilo"),
    (":de:Spezial:Beiträge/Kilo", "Kilo"),
    (":es:Usuario:Lima", "Lima"),
    (":es:Usuaria:Lima", "Lima"),
    ("w:es:Usuario discusión:Lima", "Lima"),
    ("wikt:fr:Utilisateur:Mike", "Mike"),
    (":fr:Utilisatrice:Mike", "Mike"),
    (":fr:Discussion utilisatrice:Mike", "Mike"),
    (":ru:Участник:Ника", "Ника"),
    (":ru:Участница:Ника", "Ника"),
    (":ru:Служебная:Вклад/Ника", "Ника"),
    (":ar:مستخدم:نور", "نور"),
    (":ar:مستخدمة:نور", "نور"),
    (":pt:Usuário:Oscar", "Oscar"),
    (":pt-br:Usuária:Oscar", "Oscar"),
    (":it:Utente:Papa", "Papa"),
    (":pl:Użytkownik:Quebec", "Quebec"),
    (":pl:Użytkowniczka:Quebec", "Quebec"),
    (":pl:Specjalna:Wkład/Quebec", "Quebec"),
    (":nl:Gebruiker:Romeo", "Romeo"),
    (":sv:Användare:Sierra", "Sierra"),
    (":uk:Користувач:Тарас", "Тарас"),
    (":uk:Користувачка:Тарас", "Тарас"),
    (":ja:利用者:Tango", "Tango"),
    (":zh:User:Uniform", "Uniform"),
    (":ko:사용자:Victor", "Victor"),
    (":he:משתמש:Whiskey", "Whiskey"),
    (":he:משתמשת:Whiskey", "Whiskey"),
    (":fa:کاربر:Xray", "Xray"),
    (":hi:सदस्य:Yankee", "Yankee"),
    (":id:Pengguna:Zulu", "Zulu"),
    (":tr:Kullanıcı:Alfa", "Alfa"),
    (":cs:Uživatel:Bravo", "Bravo"),
    (":cs:Uživatelka diskuse:Bravo", "Bravo"),
    (":ca:Usuari:Charlie", "Charlie"),
    (":ca:Usuària:Charlie", "Charlie"),
    (":sw:Mtumiaji:Delta", "Delta"),
    (":bn:ব্যবহারকারী:Echo", "Echo"),
    (":vi:Thành viên:Foxtrot", "Foxtrot"),
    ("c:User:Golf", "Golf"),
    ("m:User talk:Golf", "Golf"),
    ("d:User:Golf", "Golf"),
    ("voy:de:Benutzer:Hotel", "Hotel"),
    ("s:User:India", "India"),
    ("q:en:User:India", "India"),
    ("Special:CentralAuth/Juliett", "Juliett"),
    (":de:Spezial:CentralAuth/Juliett", "Juliett"),
    ("m:Special:CentralAuth/Juliett", "Juliett"),
    ("User:Kilo/sandbox", "Kilo"),
    (":de:benutzer:kilo", "Kilo"),
]

# Links that name no user: other pages behind the same prefixes, a namespace of another
# language without a prefix (on Meta "Benutzer:X" is an ordinary page), unknown prefixes,
# a language's name used with the wrong language.
UNSIGNED = [
    ":de:Wikipedia:Mentorenprogramm",
    "w:de:Hauptseite",
    ":es:Wikipedia:Café",
    "Benutzer:Kilo",
    "Usuario:Lima",
    "notaprefix:User:Kilo",
    ":de:Spezial:Letzte Änderungen",
    ":de:Spezial:Beiträge/",
    ":en:Benutzer:Kilo",
    ":de:",
    "Special:CentralAuth",
    # A wiki's own name is read with that wiki's names only: plwiki's on cswiki is nothing.
    ":cs:Wikipedysta:Quebec",
    "Wikipedysta:Quebec",  # not a name of this (English) wiki
]


@pytest.mark.parametrize(("target", "user"), SIGNED)
def test_user_links_from_any_wiki(target, user):
    assert user_from_link(target, FACTS) == user


@pytest.mark.parametrize("target", UNSIGNED)
def test_other_links_name_nobody(target):
    assert user_from_link(target, FACTS) is None


def test_the_wikis_own_interwiki_map_decides_the_prefixes():
    # A wiki whose map knows only 'de' (a language link): 'w:' and 'c:' are ordinary pages.
    facts = SiteFacts(interwiki=frozenset({("de", "de")}))
    assert user_from_link(":de:Benutzerin:Kilo", facts) == "Kilo"
    assert user_from_link("w:de:Benutzer:Kilo", facts) is None
    assert user_from_link("c:User:Kilo", facts) is None


def test_the_table_covers_every_language_mediawiki_ships():
    languages = sitenames.table()["languages"]
    assert len(languages) >= 400
    spoken = {code for code, entry in languages.items() if "user" in entry}
    assert {"de", "es", "fr", "ru", "ar", "pt", "ja", "zh", "hi", "sw"} <= spoken
    # A language without names of its own (de-formal) falls back to its parent's.
    assert "benutzerin" in sitenames.language_names("de-formal").user
    assert "user" in sitenames.language_names("xx-unknown").user


def test_regenerating_the_table_gives_the_committed_file():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen", ROOT / "tools" /
                                                  "generate_site_names.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    # from the repository's own copy of the sources (tools/sources/), nothing outside it
    assert gen.SOURCES.is_relative_to(ROOT)
    assert gen.render(gen.build(gen.SOURCES)) == sitenames.DATA.read_text(encoding="utf-8")
    assert gen.render(gen.build_dates(gen.SOURCES)) == sitedates.DATA.read_text(encoding="utf-8")


# Wikimedia wikis' own user namespaces, through every kind of prefix (from
# tools/sources/wikimedia/: wgExtraNamespaces, wgNamespaceAliases, wgExtraGenderNamespaces)
HOME_WIKI_LINKS = [
    (":pl:Wikipedysta:Polimerek", "Polimerek"),
    ("pl:Wikipedystka:Ola", "Ola"),
    ("w:pl:Dyskusja wikipedystki:Ola", "Ola"),
    ("w:cs:Wikipedista:Jan", "Jan"),
    (":cs:Wikipedistka:Jana", "Jana"),
    ("wikt:fr:Utilisateur:Zoé", "Zoé"),
    ("c:User:Quinn", "Quinn"),
    ("m:User:Mia", "Mia"),
    ("m:w:cs:Wikipedista:Jan", "Jan"),
]


@pytest.mark.parametrize(("target", "user"), HOME_WIKI_LINKS)
def test_home_wiki_namespaces_through_prefixes(target, user):
    assert user_from_link(target, FACTS) == user


def test_the_wikis_table_is_resolved_as_wikimedia_does():
    wikis = sitenames.table()["wikis"]
    assert {"wikipedysta", "wikipedystka"} <= sitenames.wiki_names("plwiki").user
    assert wikis["plwiki"]["timezone"] == "Europe/Warsaw"
    assert wikis["frwiktionary"]["capital_links"] is False  # the family's value
    assert wikis["nowiki"]["lang"] == "nb"  # the wiki's own value
    assert wikis["metawiki"]["lang"] == "en"  # a special wiki
    # Every wiki of all.dblist is known by its name, even with nothing of its own.
    assert sitenames.wiki_of("wiktionary", "fr") == "frwiktionary"


def _signature(target: str, user: str) -> str:
    return f"[[{target}|{user}]] {STAMP}"


def test_a_vote_signed_from_every_form_counts_each_signer_once():
    lines = ["== Leaders =="]
    lines += [f"# {{{{support}}}} Agreed. {_signature(t, u)}" for t, u in SIGNED]
    lines += [f"# {{{{support}}}} Per [[{t}]], agreed. no signature" for t in UNSIGNED]
    page = parse_votes("\n".join(lines), FACTS, default_vote_config(), "Vote")
    counted = [v.user for v in page.votes]
    # One vote per line; the vote tally later keeps one per person.
    assert counted == [u for _t, u in SIGNED]
    assert len(page.excluded) == len(UNSIGNED)
    assert {e.reason for e in page.excluded} == {"unsigned"}


def test_nominations_signed_from_home_wikis():
    rows = [(t, u) for t, u in SIGNED if not t.startswith("User:")]
    text = "\n".join(f"* {{{{Peer academy nomination|nominee=Nominee {i}|track=mentor}}}} "
                     f"{_signature(t, u)}" for i, (t, u) in enumerate(rows))
    data = to_json(nominations_from_pages([("P", text)], NominationsConfig(), FACTS))
    by_nominee = {c["user"]: c["nominator_names"] for c in data["candidates"]}
    assert by_nominee == {f"Nominee {i}": [u] for i, (_t, u) in enumerate(rows)}
    assert data["problems"] == []


# --- unsigned notes ----------------------------------------------------------------------

NOTES = [
    ("{{unsigned|Kilo|12:34, 1 May 2026 (UTC)}}", "Kilo", True),
    ("{{Unsigned2|12:34, 1 May 2026 (UTC)|Kilo}}", "Kilo", True),
    ("{{subst:unsigned|1=Kilo|2=12:34, 1 May 2026 (UTC)}}", "Kilo", True),
    ("{{unsignedIP|192.0.2.7|12:34, 1 May 2026 (UTC)}}", "192.0.2.7", True),
    ("{{Unsigned IP2|12:34, 1 May 2026 (UTC)|2001:db8::7}}", "2001:db8::7", True),
    ("{{unsigned|Kilo}}", "Kilo", False),
    (("<!-- Template:Unsigned --> [[User:Kilo|Kilo]] ([[User talk:Kilo|talk]]) "
      "12:34, 1 May 2026 (UTC)"), "Kilo", True),
]


@pytest.mark.parametrize(("note", "user", "dated"), NOTES)
def test_unsigned_notes_sign_for_the_user_they_name(note, user, dated):
    sig = find_signature(f"# {{{{support}}}} Agreed. {note}", FACTS)
    assert sig is not None and sig.user == user
    assert (sig.timestamp is not None) == dated


def test_unsigned_notes_count_in_votes():
    text = "== Leaders ==\n" + "\n".join(f"# {{{{support}}}} Agreed. {n}"
                                         for n, _u, dated in NOTES if dated)
    page = parse_votes(text, FACTS, default_vote_config(), "Vote")
    assert [v.user for v in page.votes] == [u for _n, u, dated in NOTES if dated]
    assert not page.excluded


def test_a_wikis_own_note_template_from_site_config(tmp_path):
    (tmp_path / "site.yaml").write_text("unsigned_templates:\n  Nicht signiert: [user, date]\n"
                                        "  Unsigniert: [date, user]\n", encoding="utf-8")
    facts = load_site_config(tmp_path / "site.yaml")
    sig = find_signature("ok {{Nicht signiert|Kilo|12:34, 1 May 2026 (UTC)}}", facts)
    assert sig == find_signature("ok {{Unsigniert|12:34, 1 May 2026 (UTC)|Kilo}}", facts)
    assert sig is not None and sig.user == "Kilo"
    # Only the templates listed count on that wiki.
    assert find_signature("ok {{unsigned|Kilo|12:34, 1 May 2026 (UTC)}}", facts) is None


@pytest.mark.parametrize(("text", "message"), [
    ("unsigned_templates: [Unsigned]\n", "a mapping of template name"),
    ("unsigned_templates:\n  Unsigned: [date]\n", "Unsigned: the order must be"),
    ("unsignd_templates: {}\n", "unknown key"),
])
def test_site_config_errors_are_one_line(tmp_path, text, message):
    (tmp_path / "site.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_site_config(tmp_path / "site.yaml")


def test_shipped_site_config_is_the_default():
    assert load_site_config() == SiteFacts()


def test_one_person_signing_from_two_wikis_is_one_voter():
    from bot.votes.tally import tally_votes

    text = ("== Leaders ==\n"
            f"# {{{{support}}}} Ja. {_signature(':de:Benutzer:Kilo', 'Kilo')}\n"
            f"# {{{{support}}}} Again. {_signature('User:Kilo', 'Kilo')}\n"
            f"# {{{{oppose}}}} {_signature('m:User:Lima', 'Lima')}\n")
    config = default_vote_config()
    result = tally_votes(parse_votes(text, FACTS, config, "Vote"), config)
    (leaders,) = result.subjects
    assert (leaders.support, leaders.oppose) == (1, 1)
    assert [(e.user, e.reason) for e in result.excluded] == [("Kilo", "duplicate")]
