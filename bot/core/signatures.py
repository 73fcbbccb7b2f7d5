"""Signed text -> Signature: who signed it (the user link before its timestamp) and when.

Timestamps are read by ``bot.core.stamps`` (the wiki's digits, months and zone by date);
names are MediaWiki's stored form (``bot.core.names``). A signature is a user link (or an
unsigned note) with a timestamp after it; with several timestamps after the link, its own
is the first (``(UTC) (Corrections: 23:46, 8 July 2019 (UTC))``). Where a comment ends
and which undated link is a signature: ``bot.core.comments``. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from bot.core import sitenames
from bot.core.model import Signature, SiteFacts
from bot.core.names import decode_title, normalize_title, normalize_user
from bot.core.stamps import (  # noqa: F401  (re-exported: one import place for readers)
    _TIME_HINT,
    _stripper,
    ascii_digits,
    find_timestamp,
    first_timestamp,
    timestamps,
)

_LINK = re.compile(r"\[\[\s*([^\[\]|{}<>\n]+?)\s*(?:\|[^\[\]]*)?\]\]")



@dataclass(frozen=True)
class LinkedUser:
    """Who a link points at, whether it points into their subpages, and the interwiki and
    language prefixes it went through (folded: ``("w", "de")``; empty on this wiki)."""

    name: str
    subpage: bool
    prefixes: tuple[str, ...] = ()


@lru_cache(maxsize=16)
def _local_names(facts: SiteFacts) -> sitenames.LinkNames:
    """The wiki's own names (from siteinfo) and the canonical ones: links with no prefix."""
    own = sitenames.LinkNames(
        frozenset(map(sitenames.fold, facts.user_namespaces + facts.user_talk_namespaces)),
        frozenset(map(sitenames.fold, facts.special_namespaces)),
        frozenset(map(sitenames.fold, facts.contributions_aliases)), frozenset())
    return own | sitenames.canonical()


@lru_cache(maxsize=16)
def _prefix_languages(facts: SiteFacts) -> dict[str, str]:
    """-> {folded interwiki prefix: its language code, or '' for a project link}."""
    pairs = facts.interwiki if facts.interwiki is not None else sitenames.bundled_prefixes()
    return {sitenames.fold(prefix): lang for prefix, lang in pairs}


_MAX_PREFIXES = 3  # 'w:de:' is two; 'm:w:de:' would be three


def linked_user(target: str, facts: SiteFacts) -> LinkedUser | None:
    """Link target -> the user it points at: User:, User talk: (any alias or gender form),
    Special:Contributions/ or Special:CentralAuth/, on this wiki or, behind interwiki and
    language prefixes (``:pl:``, ``w:cs:``, ``wikt:fr:``, ``c:``, ``m:``), on that other
    wiki, read with its names (its language's and its own from Wikimedia's settings:
    ``[[:pl:Wikipedysta:X]]``). A prefix must be one the wiki knows; anything else is an
    ordinary page.
    """
    parts = decode_title(target).split("#", 1)[0].strip().lstrip(":").split(":")
    names = _local_names(facts)
    prefixes = _prefix_languages(facts)
    family = "wikipedia"  # a bare language prefix leads to that language's Wikipedia
    for i in range(min(len(parts) - 1, _MAX_PREFIXES + 1)):
        word = sitenames.fold(parts[i])
        rest = ":".join(parts[i + 1:])
        went = tuple(sitenames.fold(p) for p in parts[:i])
        if word in names.user:
            page = rest.strip()
            name = normalize_user(page.split("/", 1)[0])
            return LinkedUser(name, "/" in page, went) if name else None
        if word in names.special:
            page, _, arg = rest.partition("/")
            page_word = sitenames.fold(page)
            if (page_word in names.contributions or page_word in names.centralauth) \
                    and arg.strip():
                return LinkedUser(normalize_user(arg.split("/", 1)[0]), False, went)
            return None
        if word not in prefixes:
            return None
        lang, leads_to = prefixes[word], sitenames.shortcut_target(word)
        if lang:
            names = sitenames.wiki_names(sitenames.wiki_of(family, lang))
        elif sitenames.is_family(leads_to):
            family = leads_to  # 'w:', 'wikt:': English unless a language prefix follows
            names = sitenames.wiki_names(sitenames.wiki_of(family, "en"))
        elif leads_to:
            names = sitenames.wiki_names(leads_to)  # 'c:', 'm:': one wiki
        else:
            names = sitenames.language_names("en")
    return None


def user_from_link(target: str, facts: SiteFacts) -> str | None:
    """Link target -> user name when it points at a user (see ``linked_user``).

    Subpages are cut: ``User:X/sandbox`` -> ``X``.
    """
    found = linked_user(target, facts)
    return found.name if found else None


@dataclass(frozen=True)
class UnsignedNote:
    """An {{unsigned}} note: where it stands, the user it names, where its date begins and
    the date read from that parameter alone (the wiki's local time when it names no zone:
    ``{{nf|12:28, 13 nov 2020|Name}}``), None without one."""

    start: int
    end: int
    user: str
    date_at: int  # offset of the date parameter's text (end when the note has no date)
    stamp: datetime | None = None


@lru_cache(maxsize=16)
def _unsigned_pattern(facts: SiteFacts) -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    capital = facts.capital_links
    order = {normalize_title(name, capital): (user, date)
             for name, user, date in facts.unsigned_templates}
    names = "|".join(sorted((_title_regex(n, capital) for n in order), key=len, reverse=True))
    spaces = "|".join(sorted((_title_regex(n, False) for n in facts.template_namespaces),
                             key=len, reverse=True))
    pattern = re.compile(r"\{\{\s*(?i:subst:\s*|safesubst:\s*)?"
                         rf"(?:(?i:{spaces})\s*:\s*)?({names})\s*(?=\||\}}\}})")
    return pattern, order


def _title_regex(title: str, capital: bool) -> str:
    """Normalized title -> a regex for the ways it can be typed: spaces or underscores, and
    either case of its first letter where the wiki capitalizes titles."""
    first, rest = title[:1], re.escape(title[1:]).replace(r"\ ", "[ _]+")
    if capital and first.lower() != first.upper():
        return f"[{re.escape(first.upper())}{re.escape(first.lower())}]{rest}"
    return re.escape(first) + rest


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _note_params(text: str, start: int, close: int) -> dict[int, tuple[int, str]]:
    """A note's parameter text -> {position: (offset of its value, value)}."""
    params: dict[int, tuple[int, str]] = {}
    position, offset = 0, start
    for piece in text[start:close].split("|")[1:]:
        offset += 1
        key, sep, value = piece.partition("=")
        if sep and key.strip().isdigit():
            params[int(key)] = (offset + len(key) + 1, value)
        elif not sep:
            position += 1
            params.setdefault(position, (offset, piece))
        offset += len(piece)
    return params


def _any_order(params: dict[int, tuple[int, str]],
               facts: SiteFacts) -> tuple[str, tuple[int, str] | None]:
    """Parameters of a note taking user and date in any order -> (user, date parameter):
    the first positional parameter holding a year is the date, the user is another one, or
    the rest of the date after its year (a pasted history line: "08:33, 13 nov 2020 Name")."""
    positional = [params[k] for k in sorted(params) if k > 0]
    date = next((p for p in positional if _YEAR.search(ascii_digits(p[1], facts))), None)
    others = [p[1] for p in positional if p is not date and p[1].strip()]
    if others:
        return others[0], date
    if date is None:
        return "", None
    year = _YEAR.search(ascii_digits(date[1], facts))
    assert year is not None
    return date[1][year.end():].strip(" ,;-\u200e\u200f"), (date[0], date[1][:year.end()])


def _note_stamp(date: str, facts: SiteFacts) -> datetime | None:
    """A note's date parameter -> its time; without a "(zone)" the wiki's local time."""
    stamp = find_timestamp(date, facts)
    if stamp is None and ")" not in date:
        stamp = find_timestamp(date.strip() + " (~)", facts)  # "~": no abbreviation: local
    return stamp


def unsigned_notes(text: str, facts: SiteFacts) -> list[UnsignedNote]:
    """Wikitext -> every unsigned note in it that names a user (``facts.unsigned_templates``
    says which templates and in which order their parameters come)."""
    pattern, order = _unsigned_pattern(facts)
    found = []
    for match in pattern.finditer(text):
        close = text.find("}}", match.end())
        if close < 0:
            continue
        user_at, date_at = order[normalize_title(match.group(1), facts.capital_links)]
        params = _note_params(text, match.end(), close)
        if user_at < 0:
            raw, date = _any_order(params, facts)
        else:
            raw, date = params.get(user_at, (0, ""))[1], params.get(date_at)
        user = normalize_user(raw)
        if not user or "[" in user or "{" in user:
            continue
        found.append(UnsignedNote(match.start(), close + 2, user,
                                  date[0] if date else close + 2,
                                  _note_stamp(date[1], facts) if date else None))
    return found


def signed_by_own_name(text: str, user: str, facts: SiteFacts) -> bool:
    """Text and the account that added it -> True when a link whose target ends in that
    account's name, followed by a timestamp, signs it (a home wiki's namespace name no table
    knows: ``[[:pl:Wikipedysta:X|X]] 10:00, ...`` saved by X)."""
    for match in _LINK.finditer(text):
        target = decode_title(match.group(1)).split("#", 1)[0].split(":")[-1].split("/", 1)[0]
        if normalize_user(target) == user \
                and find_timestamp(text[match.end():], facts) is not None:
            return True
    return False


def user_links(text: str, facts: SiteFacts) -> list[tuple[int, int, str]]:
    """Wikitext -> [(start, end, user)] for every link to a user page, talk or contributions
    and every unsigned note, in text order. For a note, ``end`` is where its date begins,
    so the timestamp that follows a signer's link is found in a note as well."""
    found = []
    for match in _LINK.finditer(text):
        user = user_from_link(match.group(1), facts)
        if user:
            found.append((match.start(), match.end(), user))
    if "{{" in text:
        found.extend((n.start, n.date_at, n.user) for n in unsigned_notes(text, facts))
        found.sort()
    if facts.renames:
        now = _renamed(facts.renames)
        found = [(start, end, now.get(user, user)) for start, end, user in found]
    return found


@lru_cache(maxsize=8)
def _renamed(renames: frozenset[tuple[str, str]]) -> dict[str, str]:
    """The site facts' renames -> {old name: name now}."""
    return dict(renames)


# IP addresses (an {{unsignedIP2|DATE|IP}} note puts one after the date) read as times and

def signer_link(text: str, facts: SiteFacts) -> LinkedUser | None:
    """Signed text -> the link of its signature (the last user link with a timestamp after
    it), with the prefixes it went through: where the signer came from."""
    found = [(m.end(), linked_user(m.group(1), facts)) for m in _LINK.finditer(text)]
    users = [(end, link) for end, link in found if link is not None]
    for end, link in reversed(users):
        if find_timestamp(text[end:], facts) is not None:
            return link
    return users[-1][1] if users else None


def _note_stamps(text: str, facts: SiteFacts) -> dict[int, datetime]:
    """Text -> {where a note starts: its own date} for its dated unsigned notes."""
    if "{{" not in text:
        return {}
    return {n.start: n.stamp for n in unsigned_notes(text, facts) if n.stamp is not None}


def find_signature(text: str, facts: SiteFacts) -> Signature | None:
    """Signed text -> Signature of the last user link that has a timestamp after it, at
    the first timestamp after that link (a later one is a correction's).

    With no timestamp anywhere, the last user link is the signer and the time is None
    (callers decide whether such an item counts as signed). No user link -> None.
    """
    links = user_links(text, facts)
    if not links:
        return None
    notes = _note_stamps(text, facts)
    if find_timestamp(text, facts) is None and not notes:
        return Signature(links[-1][2], None)
    for start, end, user in reversed(links):
        stamp = notes.get(start) or first_timestamp(text[end:], facts)
        if stamp is not None:
            return Signature(user, stamp)
    return Signature(links[-1][2], None)
