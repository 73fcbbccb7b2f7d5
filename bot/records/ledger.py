"""Previous records and what the wiki shows now -> each person's items; pure.

Records never shrink silently: an item the last records showed that is gone now stays,
marked withdrawn with the revision of its page that no longer holds it (its page's current
revision; 0 when the page cannot be read); a pair that ended gets its last day. Seats and
pairs keep the revision that first recorded them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from bot.records.items import KINDS, Item

KEEP_FIRST = ("seat", "pair")  # report rows: the first revision that showed them stays


@dataclass(frozen=True)
class Previous:
    """One person as the records page (and their subpage, if any) showed them."""

    person: str
    full: bool
    items: tuple[Item, ...]


@dataclass(frozen=True)
class PageSeen:
    """A source page as this run read it: its current revision (0: gone) and its date."""

    revision: int
    date: str = ""
    held: bool = False  # not read this time (not saved by the bot): its items stay as they were


def _gone(item: Item, pages: Mapping[str, PageSeen]) -> Item:
    seen = pages.get(item.page, PageSeen(0))
    why = "gone" if seen.revision else "unreadable"  # codes: the report words them
    until = (seen.date or item.until) if item.kind == "pair" else item.until
    return replace(item, withdrawn=seen.revision, why=why, until=until)


def _now(item: Item, before: Item | None) -> Item:
    if before is None or item.kind not in KEEP_FIRST or not before.revision:
        return item
    return replace(item, revision=before.revision, by=before.by or item.by)


def merge(current: Iterable[Item], previous: Mapping[str, Previous],
          pages: Mapping[str, PageSeen]) -> dict[str, list[Item]]:
    """Items found now, previous records, source pages read -> {person: items in order}."""
    out: dict[str, dict[str, Item]] = {}
    for item in current:
        before = _find(previous, item.person, item.key)
        out.setdefault(item.person, {})[item.key] = _now(item, before)
    for person, prev in previous.items():
        mine = out.setdefault(person, {})
        for item in prev.items:
            if item.key in mine:
                continue
            held = pages.get(item.page, PageSeen(0)).held
            mine[item.key] = item if not item.active or held else _gone(item, pages)
    return {person: sorted(items.values(), key=_order) for person, items in out.items()}


def _find(previous: Mapping[str, Previous], person: str, key: str) -> Item | None:
    prev = previous.get(person)
    if prev is None:
        return None
    return next((i for i in prev.items if i.key == key), None)


def _order(item: Item) -> tuple[int, bool, str, int, str]:
    kind = KINDS.index(item.kind) if item.kind in KINDS else len(KINDS)
    return (kind, not item.active, item.since, item.revision or 0, item.key)


def counts(items: Iterable[Item]) -> dict[str, int]:
    """A person's items -> active items per kind, goals met, and withdrawn items."""
    found = {kind: 0 for kind in KINDS}
    found["goals met"] = found["withdrawn"] = 0
    for item in items:
        if not item.active:
            found["withdrawn"] += 1
            continue
        found[item.kind] = found.get(item.kind, 0) + 1
        if item.kind == "goal" and item.status == "met":
            found["goals met"] += 1
    return found
