"""Which words name a user page on any wiki: the table generated from MediaWiki core.

People on Meta sign with links to their home wiki, in its language:
``[[:de:Benutzerin:X|X]]``, ``[[w:es:Usuario:X]]``, ``[[wikt:fr:Utilisateur:X]]``,
``[[:ru:Служебная:Вклад/X]]``. ``data/site_names.json`` (written by
``tools/generate_site_names.py`` from MediaWiki's ``Messages*.php``, never by hand) holds,
for every language MediaWiki ships, the User and User talk namespace names with aliases
and gender forms, the Special namespace and Special:Contributions' aliases, plus the
language codes and the interwiki prefixes a wiki knows when it cannot be asked. Pure:
the file is package data, read once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data") / "site_names.json"


def fold(name: str) -> str:
    """'Benutzerin_Diskussion ' -> 'benutzerin diskussion': how names are compared."""
    return re.sub(r"[\s_]+", " ", name).strip().casefold()


@dataclass(frozen=True)
class LinkNames:
    """The folded words that make a link point at a user, on one wiki."""

    user: frozenset[str]        # User and User talk, aliases and gender forms
    special: frozenset[str]     # the Special namespace
    contributions: frozenset[str]  # Special:Contributions and its aliases
    centralauth: frozenset[str]  # Special:CentralAuth (global account page)

    def __or__(self, other: LinkNames) -> LinkNames:
        return LinkNames(self.user | other.user, self.special | other.special,
                         self.contributions | other.contributions,
                         self.centralauth | other.centralauth)


@cache
def table() -> dict[str, Any]:
    """-> the generated table (read once)."""
    return json.loads(DATA.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def language_codes() -> frozenset[str]:
    """-> every language code MediaWiki ships (``es``, ``pt-br``)."""
    return frozenset(table()["language_codes"])


def _names(entry: dict[str, list[str]]) -> LinkNames:
    return LinkNames(frozenset(map(fold, entry.get("user", []) + entry.get("user_talk", []))),
                     frozenset(map(fold, entry.get("special", []))),
                     frozenset(map(fold, entry.get("contributions", []))),
                     frozenset(map(fold, entry.get("centralauth", []))))


@cache
def canonical() -> LinkNames:
    """-> the English canonical names, valid on every wiki whatever its language."""
    return _names(table()["canonical"])


@cache
def language_names(code: str) -> LinkNames:
    """Language code -> its names, its fallback languages' names and the canonical ones.

    An unknown code gets the canonical names only.
    """
    languages = table()["languages"]
    found = canonical()
    for current in fallback_chain(code, languages):
        found = found | _names(languages[current])
    return found | _names(languages.get("en", {}))


def fallback_chain(code: str, languages: dict[str, Any]) -> list[str]:
    """A language code and a generated table's languages -> the code and its fallback
    languages that the table holds, breadth first (MediaWiki's order)."""
    order: list[str] = []
    queue = [code.casefold()]
    while queue:
        current = queue.pop(0)
        if current in order or current not in languages:
            continue
        order.append(current)
        queue.extend(languages[current].get("fallback", []))
    return order


@cache
def bundled_prefixes() -> frozenset[tuple[str, str]]:
    """-> (prefix, language code or '') for every interwiki prefix known without asking a
    wiki: MediaWiki's language codes, a fresh install's interwiki map and Wikimedia's
    sister-project shortcuts."""
    data = table()
    found = {(code, code) for code in data["language_codes"]}
    found |= {(prefix, "") for prefix in data["interwiki"] + data["wikimedia_shortcuts"]}
    return frozenset(found)


def _language_part(db: str) -> str:
    """Database name -> the language its name holds ('be_x_oldwiki' -> 'be-x-old')."""
    for suffix in sorted(table()["families"].values(), key=len, reverse=True):
        if db.endswith(suffix) and len(db) > len(suffix):
            return db[:-len(suffix)].replace("_", "-")
    return "en"


def wiki_of(family: str, lang: str) -> str:
    """A project family and a language code -> that wiki's database name
    (``("wiktionary", "fr")`` -> ``frwiktionary``)."""
    return lang.casefold().replace("-", "_") + table()["families"].get(family, "wiki")


def shortcut_target(prefix: str) -> str:
    """A Wikimedia shortcut ('wikt', 'c') -> the family ('wiktionary') or the one wiki
    ('commonswiki') it leads to; '' for any other prefix."""
    return str(table().get("shortcut_targets", {}).get(fold(prefix), ""))


def is_family(name: str) -> bool:
    """'wiktionary' -> True: a project family, whose wikis a language prefix names."""
    return name in table()["families"]


@cache
def wiki_names(db: str) -> LinkNames:
    """Database name ('plwiki') -> the names a user link takes there: its language's
    (``language_names``) and the wiki's own from Wikimedia's settings (plwiki's
    ``Wikipedysta``/``Wikipedystka``, cswiki's ``Wikipedista``)."""
    entry = table().get("wikis", {}).get(db, {})
    return language_names(entry.get("lang") or _language_part(db)) | _names(entry)
