"""User names -> groups of names that look alike (Unicode confusables); pure.

Two accounts whose names differ only in letters that look the same (Cyrillic ``А`` in
``Аlice`` and Latin ``A`` in ``Alice``; capital ``I`` and small ``l``) show as two identical
voters on a report. Each name is reduced to a *skeleton* in the manner of Unicode's UTS #39
(NFD, then every character replaced by the prototype of its confusable class), and names
with the same skeleton are one group. The confusable classes are Unicode's confusables.txt
as the ``confusable_homoglyphs`` package ships it: a source character lists its prototype,
a prototype lists its sources.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

from confusable_homoglyphs import confusables

_DATA: dict[str, list[dict[str, str]]] = confusables.confusables_data
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def _glyph(entry: dict[str, str]) -> str:
    """A homoglyph entry -> its characters, without the bidi marks the data wraps RTL ones in."""
    return entry["c"].translate(_MARKS)


@cache
def prototype(char: str) -> str:
    """One character -> the prototype of its confusable class (itself when it has none)."""
    found = [_glyph(e) for e in _DATA.get(char, [])]
    if len(found) != 1:
        return char  # no class, or a prototype listing its many sources
    target = found[0]
    back = [_glyph(e) for e in _DATA.get(target, [])]
    if char not in back or len(back) > 1:
        return target  # char is one of target's sources
    return min(char, target)  # a class of two: either may be the prototype, pick one


def skeleton(name: str) -> str:
    """A name -> its skeleton: names that look alike have the same one."""
    text = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFD", "".join(prototype(c) for c in text))


def lookalike_groups(names: Iterable[str]) -> list[tuple[str, ...]]:
    """Distinct names -> each group of two or more that share a skeleton, sorted."""
    by_skeleton: dict[str, set[str]] = {}
    for name in names:
        by_skeleton.setdefault(skeleton(name), set()).add(name)
    return sorted(tuple(sorted(group)) for group in by_skeleton.values() if len(group) > 1)


def differences(first: str, second: str) -> list[str]:
    """Two look-alike names -> where they differ, e.g. ``'А' (CYRILLIC CAPITAL LETTER A) for
    'A' (LATIN CAPITAL LETTER A)``, in order (empty when they differ in length instead)."""
    a, b = unicodedata.normalize("NFD", first), unicodedata.normalize("NFD", second)
    if len(a) != len(b):
        return []
    return [f"{x!r} ({unicodedata.name(x, hex(ord(x)))}) for {y!r} "
            f"({unicodedata.name(y, hex(ord(y)))})" for x, y in zip(a, b, strict=True) if x != y]
