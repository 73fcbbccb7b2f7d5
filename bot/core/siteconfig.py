"""config/site.yaml -> how people on this wiki sign: its unsigned-note templates.

One file per wiki, shared by every job: which templates a third person adds under an
unsigned comment (``{{unsigned|USER|DATE}}``, ``{{unsigned2|DATE|USER}}`` ...) and in which
order they take the user and the date. The wiki's namespace names, interwiki map and month
names come from the wiki itself (or the bundled table offline), not from here.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot import shipped
from bot.core.config import ConfigError, check_keys, load_yaml
from bot.core.model import SiteFacts

SITE_KEYS = {"unsigned_templates"}
DEFAULT_PATH = shipped("config") / "site.yaml"
_ORDERS = {("user", "date"): (1, 2), ("date", "user"): (2, 1), ("user",): (1, 0)}


def parse_site_config(data: dict, where: str, base: SiteFacts) -> SiteFacts:
    """Site config mapping -> ``base`` with the wiki's unsigned templates; ConfigError (one
    line naming the key) when a value is wrong."""
    check_keys(data, SITE_KEYS, where)
    templates = data.get("unsigned_templates")
    if templates is None:
        return base
    if not isinstance(templates, dict) or not templates:
        raise ConfigError(f"{where}.unsigned_templates: a mapping of template name to its "
                          "parameter order, e.g. {Unsigned: [user, date]}")
    found = []
    for name, order in templates.items():
        key = tuple(order) if isinstance(order, list) else None
        if not isinstance(name, str) or not name.strip() or key not in _ORDERS:
            raise ConfigError(f"{where}.unsigned_templates.{name}: the order must be "
                              "[user, date], [date, user] or [user]")
        user, date = _ORDERS[key]  # type: ignore[index]
        found.append((name.strip(), user, date))
    return replace(base, unsigned_templates=tuple(found))


def load_site_config(path: Path = DEFAULT_PATH, base: SiteFacts | None = None) -> SiteFacts:
    """config/site.yaml (optional: a missing file changes nothing) -> SiteFacts."""
    base = base or SiteFacts()
    if not path.exists():
        return base
    return parse_site_config(load_yaml(path), str(path), base)
