"""config/site.yaml -> how people on this wiki sign: its unsigned-note templates.

One file per wiki, shared by every job: which templates a third person adds under an
unsigned comment (``{{unsigned|USER|DATE}}``, ``{{unsigned2|DATE|USER}}`` ...) and in which
order they take the user and the date. ``wikis`` adds the notes of named Wikimedia wikis
(by database name, siteinfo's ``wikiid``: ``itwiki``, ``frwiki``), each with its source:
a run on that wiki, or offline parsing of its pages, reads them as well. The wiki's
namespace names, interwiki map and month names come from the wiki itself (or the bundled
table offline), not from here.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from bot import shipped
from bot.core.config import ConfigError, check_keys, load_yaml
from bot.core.model import SiteFacts

SITE_KEYS = {"unsigned_templates", "wikis"}
WIKI_KEYS = {"unsigned_templates", "source"}
DEFAULT_PATH = shipped("config") / "site.yaml"
# (user position, date position); ANY (-1, -1): the parameter holding a timestamp is the
# date, the user is the other one, or the rest of that parameter (a line copied from the
# page history: "08:33, 13 nov 2020‎ Name")
ANY = (-1, -1)
_ORDERS = {("user", "date"): (1, 2), ("date", "user"): (2, 1), ("user",): (1, 0),
           ("any",): ANY}


def _templates(templates: Any, where: str) -> list[tuple[str, int, int]]:
    if not isinstance(templates, dict) or not templates:
        raise ConfigError(f"{where}: a mapping of template name to its parameter order, "
                          "e.g. {Unsigned: [user, date]}")
    found = []
    for name, order in templates.items():
        key = tuple(order) if isinstance(order, list) else None
        if not isinstance(name, str) or not name.strip() or key not in _ORDERS:
            raise ConfigError(f"{where}.{name}: the order must be [user, date], "
                              "[date, user], [user] or [any]")
        user, date = _ORDERS[key]  # type: ignore[index]
        found.append((name.strip(), user, date))
    return found


def parse_site_config(data: dict, where: str, base: SiteFacts,
                      wiki: str | None = None) -> SiteFacts:
    """Site config mapping -> ``base`` with the wiki's unsigned templates, and those of
    ``wikis.<wiki>`` first when ``wiki`` (a database name) is listed; ConfigError (one line
    naming the key) when a value is wrong."""
    check_keys(data, SITE_KEYS, where)
    templates = data.get("unsigned_templates")
    found = list(base.unsigned_templates) if templates is None \
        else _templates(templates, f"{where}.unsigned_templates")
    wikis = data.get("wikis") or {}
    if not isinstance(wikis, dict):
        raise ConfigError(f"{where}.wikis: a mapping of database name (itwiki) to its notes")
    own: list[tuple[str, int, int]] = []
    for name, entry in wikis.items():
        at = f"{where}.wikis.{name}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{at}: a mapping with unsigned_templates and source")
        check_keys(entry, WIKI_KEYS, at)
        if not isinstance(entry.get("source"), str) or not entry["source"].strip():
            raise ConfigError(f"{at}.source: say where the templates and their order "
                              "were read (the template's page)")
        listed = _templates(entry.get("unsigned_templates"), f"{at}.unsigned_templates")
        if name == wiki:
            own = listed
    if templates is None and not own:
        return base
    names = {n for n, _u, _d in own}
    return replace(base, unsigned_templates=tuple(
        own + [t for t in found if t[0] not in names]))


def load_site_config(path: Path = DEFAULT_PATH, base: SiteFacts | None = None,
                     wiki: str | None = None) -> SiteFacts:
    """config/site.yaml (optional: a missing file changes nothing) -> SiteFacts, with the
    notes of ``wiki`` (a database name such as ``itwiki``) when the file lists it."""
    base = base or SiteFacts()
    if not path.exists():
        return base
    return parse_site_config(load_yaml(path), str(path), base, wiki)
