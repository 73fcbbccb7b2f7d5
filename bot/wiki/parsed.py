"""Pages' entries parsed once per revision: kept in the state folder, so a run after k
changed pages parses only those k (the rest come back from SQLite as they were parsed,
with the history keys of each entry, which take longer to work out than the parse)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from bot.core.entries import EntryTemplates, parse_pages
from bot.core.history import entry_keys, known_entry_keys
from bot.core.model import Entry, Problem, SiteFacts

_TIMES = ("timestamp", "signed_at")


def _entry_json(entry: Entry) -> dict[str, Any]:
    data = asdict(entry)
    for key in _TIMES:
        data[key] = data[key].isoformat() if data[key] is not None else None
    data["params"] = [list(p) for p in entry.params]
    return data


_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def _entry(data: dict[str, Any]) -> Entry:
    values = {name: data[name] for name in _ENTRY_FIELDS if name in data}
    for key in _TIMES:
        if values.get(key) is not None:
            values[key] = datetime.fromisoformat(values[key])
    values["params"] = tuple(tuple(p) for p in values.get("params", ()))
    return Entry(**values)


# Bumped when parse_pages finds something new in the same text (2: unclosed entry templates
# are problems), so pages parsed by an older peerbot are parsed again.
PARSE_RULES = 2


def parse_key(facts: SiteFacts, templates: EntryTemplates) -> str:
    """What parsing depends on besides the text -> a short key (a change re-parses all)."""
    values = [(f.name, sorted(v) if isinstance(v := getattr(facts, f.name), frozenset) else v)
              for f in fields(facts)]  # sets sorted: their order changes between processes
    return hashlib.sha1(repr((PARSE_RULES, values, templates)).encode()).hexdigest()[:16]


def parse_kept(store: Any, pages: Sequence[Any], facts: SiteFacts,
               templates: EntryTemplates) -> tuple[list[Entry], list[Problem]]:
    """Pages read (title, revision, text) -> their entries and problems, in page order, as
    ``parse_pages`` finds them; pages parsed before at the same revision come from the
    store (``store`` None: everything is parsed)."""
    key = parse_key(facts, templates)
    kept = store.parsed([(p.title, p.revision) for p in pages], key) if store else {}
    entries: list[Entry] = []
    problems: list[Problem] = []
    fresh = []
    for page in pages:
        found = kept.get(page.title)
        if found is None:
            new, bad = parse_pages([(page.title, page.text)], facts, templates)
            fresh.append((page.title, page.revision,
                          json.dumps([[_entry_json(e) for e in new],
                                      [asdict(p) for p in bad],
                                      [list(entry_keys(e.text, facts)) for e in new]])))
        else:
            data = json.loads(found)
            new = [_entry(e) for e in data[0]]
            bad = [Problem(**{**p, "params": tuple(p.get("params", ()))}) for p in data[1]]
            for entry, keys in zip(new, data[2] if len(data) > 2 else [], strict=False):
                known_entry_keys(entry.text, facts, (keys[0], keys[1]))
        entries.extend(new)
        problems.extend(bad)
    if store is not None and fresh:
        store.keep_parsed(fresh, key)
    return entries, problems


def canonical(value: Any) -> Any:
    """A config or facts value -> the same with sets sorted, so its repr is the same in
    every process (a set's order changes between them)."""
    if isinstance(value, (set, frozenset)):
        return sorted(repr(canonical(v)) for v in value)
    if isinstance(value, dict):
        return sorted((repr(k), canonical(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return [(f.name, canonical(getattr(value, f.name))) for f in fields(value)]
    return value

