"""Signed text -> Signature: the user of the last user link before the final timestamp.

Timestamps are read with pywikibot's ``textlib.TimeStripper`` fed with the wiki's month
names as a plain value (no network). Only this module and ``wiki.py`` import pywikibot, and
this one only for its pure text helper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from pywikibot.textlib import TimeStripper

from bot.core.model import Signature, SiteFacts

_LINK = re.compile(r"\[\[\s*([^\[\]|{}<>\n]+?)\s*(?:\|[^\[\]]*)?\]\]")


@dataclass(frozen=True)
class _SiteValue:
    """The three attributes TimeStripper reads from a site, as a value."""

    lang: str
    months_names: tuple[tuple[str, str], ...]
    siteinfo: dict[str, Any]


@lru_cache(maxsize=16)
def _stripper(facts: SiteFacts) -> TimeStripper:
    site = _SiteValue(facts.lang, facts.months_names,
                      {"timeoffset": facts.timeoffset, "timezone": facts.timezone})
    return TimeStripper(site)  # type: ignore[arg-type]


def normalize_title_part(name: str) -> str:
    """'  some_user ' -> 'Some user': underscores to spaces, spaces folded, first letter upper."""
    name = re.sub(r"[\s_]+", " ", name.replace("\u200e", "").replace("\u200f", "")).strip()
    return name[:1].upper() + name[1:]


def _fold(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name).strip().casefold()


@lru_cache(maxsize=16)
def _prefixes(facts: SiteFacts) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    users = frozenset(_fold(n) for n in facts.user_namespaces + facts.user_talk_namespaces)
    special = frozenset(_fold(n) for n in facts.special_namespaces)
    contribs = frozenset(_fold(n) for n in facts.contributions_aliases)
    return users, special, contribs


def user_from_link(target: str, facts: SiteFacts) -> str | None:
    """Link target -> user name when it points at User:, User talk: or Special:Contributions/.

    A leading colon and one interwiki prefix (``m:``, ``w:en:``) are allowed, as in
    cross-wiki signatures. Subpages are cut: ``User:X/sandbox`` -> ``X``.
    """
    users, special, contribs = _prefixes(facts)
    parts = [p for p in target.split("#", 1)[0].lstrip(":").split(":")]
    for i in range(len(parts) - 1):
        ns = _fold(parts[i])
        rest = ":".join(parts[i + 1:])
        if ns in users:
            name = normalize_title_part(rest.split("/", 1)[0])
            return name or None
        if ns in special:
            page, _, arg = rest.partition("/")
            if _fold(page) in contribs and arg.strip():
                return normalize_title_part(arg.split("/", 1)[0])
            return None
        if i >= 2:  # at most two interwiki/language prefixes before the namespace
            return None
    return None


def user_links(text: str, facts: SiteFacts) -> list[tuple[int, int, str]]:
    """Wikitext -> [(start, end, user)] for every link to a user page, talk or contributions."""
    found = []
    for match in _LINK.finditer(text):
        user = user_from_link(match.group(1), facts)
        if user:
            found.append((match.start(), match.end(), user))
    return found


def find_timestamp(text: str, facts: SiteFacts) -> datetime | None:
    """Text -> the latest signature timestamp in it (UTC), or None."""
    stamp = _stripper(facts).timestripper(text)
    if stamp is None:
        return None
    return datetime(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute,
                     stamp.second, tzinfo=UTC) - (stamp.utcoffset() or _ZERO)


_ZERO = datetime(2000, 1, 1) - datetime(2000, 1, 1)


def find_signature(text: str, facts: SiteFacts) -> Signature | None:
    """Signed text -> Signature of the last user link that has a timestamp after it.

    With no timestamp anywhere, the last user link is the signer and the time is None
    (callers decide whether such an item counts as signed). No user link -> None.
    """
    links = user_links(text, facts)
    if not links:
        return None
    stripper = _stripper(facts)
    if stripper.timestripper(text) is None:
        return Signature(links[-1][2], None)
    for _start, end, user in reversed(links):
        stamp = find_timestamp(text[end:], facts)
        if stamp is not None:
            return Signature(user, stamp)
    return Signature(links[-1][2], None)
