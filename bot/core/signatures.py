"""Signed text -> Signature: the user of the last user link before the final timestamp.

Timestamps are read with pywikibot's ``textlib.TimeStripper`` fed with the wiki's month
names as a plain value (no network), wrapped for what it cannot do: the wiki's own digits
(``facts.digits``), genitive month names, and the zone at the signature's date with the
written abbreviation honoured (``bot.core.zones``). Names are MediaWiki's stored form
(``bot.core.names``). Only this module and ``bot/wiki/`` import pywikibot, and this one
only for its pure text helper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from pywikibot.textlib import TimeStripper

from bot.core import sitenames
from bot.core.model import Signature, SiteFacts
from bot.core.names import decode_title, normalize_title, normalize_user
from bot.core.zones import SignatureZone

_LINK = re.compile(r"\[\[\s*([^\[\]|{}<>\n]+?)\s*(?:\|[^\[\]]*)?\]\]")


@dataclass(frozen=True)
class _SiteValue:
    """The three attributes TimeStripper reads from a site, as a value."""

    lang: str
    months_names: tuple[tuple[str, str], ...]
    siteinfo: dict[str, Any]


class _ZonedTimeStripper(TimeStripper):
    """TimeStripper that also reads genitive month names ("29 września 2018") and gives
    each timestamp the zone written in its signature (``bot.core.zones.SignatureZone``:
    the wiki's zone at that date, the written abbreviation honoured) instead of one fixed
    offset for all. TimeStripper sets ``tzinfo`` right after matching a timestamp's parts;
    the zone text it matched last is that timestamp's."""

    def __init__(self, site: _SiteValue, facts: SiteFacts) -> None:
        self._facts = facts
        self._written = ""
        super().__init__(site)
        # zones without an abbreviation sign with their offset: "(+03)", "(-0330)"
        patterns: Any = self.patterns  # type: ignore[has-type]
        self.patterns = patterns._replace(tzinfo=re.compile(
            patterns.tzinfo.pattern.replace(r"+-]+)", r"+-]+|[+-]\d\d(?:\d\d)?)")))
        extra = [name for name in facts.months_genitive if name not in self.origNames2monthNum]
        if extra and not self.is_digit_month:
            for number, name in enumerate(facts.months_genitive, start=1):
                self.origNames2monthNum.setdefault(name, number)
            names = sorted(self.origNames2monthNum, reverse=True)
            self.patterns = self.patterns._replace(month=re.compile(  # type: ignore[has-type]
                "(?P<month>({}))".format("|".join(map(re.escape, names)))))

    def _last_match_and_replace(self, txt: str, pat: Any) -> tuple[str, Any]:
        txt, match = super()._last_match_and_replace(txt, pat)
        if pat is self.patterns.tzinfo:
            self._written = match["tzinfo"] if match else ""
        return txt, match

    @property  # type: ignore[override]
    def tzinfo(self) -> SignatureZone:
        facts = self._facts
        return SignatureZone(self._written, facts.timezone, facts.timeoffset, facts.zone_names)

    @tzinfo.setter
    def tzinfo(self, value: Any) -> None:
        """TimeStripper's own fixed offset: replaced by the zone read per signature."""


class _QuickTimeStripper(_ZonedTimeStripper):
    """TimeStripper that answers None at once for text without parentheses.

    A timestamp needs its "(zone)", so such text has none (unless an entity such as
    ``&#40;`` makes one); TimeStripper reads every link's target and label of a signature
    again on its own, which this makes free.
    """

    def timestripper(self, line: str) -> Any:
        if "&" not in line and ("(" not in line or ")" not in line):
            return None
        return super().timestripper(line)


@lru_cache(maxsize=16)
def _stripper(facts: SiteFacts) -> TimeStripper:
    return _QuickTimeStripper(_site_value(facts), facts)


def _site_value(facts: SiteFacts) -> _SiteValue:
    return _SiteValue(facts.lang, facts.months_names,
                      {"timeoffset": facts.timeoffset, "timezone": facts.timezone})


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
    language prefixes (``:de:``, ``w:de:``, ``wikt:fr:``, ``c:``), on another one in its
    language. A prefix must be one the wiki knows; anything else is an ordinary page.
    """
    parts = decode_title(target).split("#", 1)[0].strip().lstrip(":").split(":")
    names = _local_names(facts)
    prefixes = _prefix_languages(facts)
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
        lang = prefixes[word]
        names = sitenames.language_names(lang or "en")
    return None


def user_from_link(target: str, facts: SiteFacts) -> str | None:
    """Link target -> user name when it points at a user (see ``linked_user``).

    Subpages are cut: ``User:X/sandbox`` -> ``X``.
    """
    found = linked_user(target, facts)
    return found.name if found else None


@dataclass(frozen=True)
class UnsignedNote:
    """An {{unsigned}} note: where it stands, the user it names and where its date begins."""

    start: int
    end: int
    user: str
    date_at: int  # offset of the date parameter's text (end when the note has no date)


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
        params: dict[int, tuple[int, str]] = {}
        position, offset = 0, match.end()
        for piece in text[match.end():close].split("|")[1:]:
            offset += 1
            key, sep, value = piece.partition("=")
            if sep and key.strip().isdigit():
                params[int(key)] = (offset + len(key) + 1, value)
            elif not sep:
                position += 1
                params.setdefault(position, (offset, piece))
            offset += len(piece)
        user = normalize_user(params.get(user_at, (0, ""))[1])
        if not user or "[" in user or "{" in user:
            continue
        date = params.get(date_at)
        found.append(UnsignedNote(match.start(), close + 2, user,
                                  date[0] if date else close + 2))
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
# days to TimeStripper; they are blanked before it looks.
_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[0-9a-f]{0,4}(?:::?[0-9a-f]{0,4}){3,7}\b"
                 r"|\b[0-9a-f]{1,4}::[0-9a-f:]*", re.IGNORECASE)


# TimeStripper finds nothing without an "hh:mm" (two-digit hour; ':', '.' or 'h') and a
# "(zone)": text without both is skipped before its slower search.
_TIME_HINT = re.compile(r"\d\d[:.h][0-5]\d")


def find_timestamp(text: str, facts: SiteFacts) -> datetime | None:
    """Text -> the latest signature timestamp in it (UTC), or None."""
    if facts.digits:
        text = text.translate(_digit_table(facts.digits))
    if "(" not in text or not _TIME_HINT.search(text):
        return None
    tail = _time_tail(text, facts)
    if tail is not None and "(" in tail and _TIME_HINT.search(tail):
        stamp = _read_timestamp(tail, facts)
        if stamp is not None:
            return stamp
    return _read_timestamp(text, facts)


def _time_tail(text: str, facts: SiteFacts) -> str | None:
    """Text -> the part after the first ')' that follows its last link, when TimeStripper
    reads the same time in it as in the whole text whenever it reads one there; else None.

    A signature's line is read for its timestamp, and then again from its last user link on
    (``find_signature``): both reads come down to this tail, read once. It holds when
    TimeStripper's reading of the head cannot reach the tail, which is so without tags,
    comments and entities (``<``, ``&``), with no link or bracket crossing the cut (the tail
    has no ``]]``; no ``[`` between the last ``]]`` and the cut), no month name holding ')',
    and no link in the head whose target or label could itself hold a time (both
    parentheses). A tail holding all five parts of a timestamp then holds the whole text's
    last match of each, so both read the same time.
    """
    if "<" in text or "&" in text or _paren_months(facts):
        return None
    last_link = text.rfind("]]")
    start = last_link + 2 if last_link >= 0 else 0
    close = text.find(")", start)
    if close < 0 or "[" in text[start:close]:
        return None
    # TimeStripper's own link patterns: a pywikibot without them gets no shortcut
    hyperlinks = getattr(_stripper(facts), "_hyperlink_pat", None)
    wikilinks = getattr(_stripper(facts), "_wikilink_pat", None)
    if hyperlinks is None or wikilinks is None:
        return None
    head = hyperlinks.sub(lambda m: "_" * len(m[0]), text[:close + 1])
    for link in wikilinks.finditer(head):
        if "(" in link[0] and ")" in link[0]:
            return None
    return text[close + 1:]


@lru_cache(maxsize=16)
def _paren_months(facts: SiteFacts) -> bool:
    return any(")" in name for pair in facts.months_names for name in pair)


def _read_timestamp(text: str, facts: SiteFacts) -> datetime | None:
    if len(text) <= _REMEMBERED:
        return _read_remembered(text, facts)
    return _read_text(text, facts)


# An entry's signed line is read by the entry reader, the signature reader and the history
# index in turn; a short text is read once.
_REMEMBERED = 2000


@lru_cache(maxsize=512)
def _read_remembered(text: str, facts: SiteFacts) -> datetime | None:
    return _read_text(text, facts)


def ascii_digits(text: str, facts: SiteFacts) -> str:
    """Text in the wiki's own digits -> the same with ASCII digits (one for one)."""
    return text.translate(_digit_table(facts.digits)) if facts.digits else text


@lru_cache(maxsize=16)
def _digit_table(digits: str) -> dict[int, int]:
    return str.maketrans(digits, "0123456789")


def _read_text(text: str, facts: SiteFacts) -> datetime | None:
    if "." in text or "::" in text or text.count(":") > 2:
        text = _IP.sub(" ", text)
    stamp = _stripper(facts).timestripper(text)
    if stamp is None:
        return None
    return datetime(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute,
                     stamp.second, tzinfo=UTC) - (stamp.utcoffset() or _ZERO)


_ZERO = datetime(2000, 1, 1) - datetime(2000, 1, 1)


def signer_link(text: str, facts: SiteFacts) -> LinkedUser | None:
    """Signed text -> the link of its signature (the last user link with a timestamp after
    it), with the prefixes it went through: where the signer came from."""
    found = [(m.end(), linked_user(m.group(1), facts)) for m in _LINK.finditer(text)]
    users = [(end, link) for end, link in found if link is not None]
    for end, link in reversed(users):
        if find_timestamp(text[end:], facts) is not None:
            return link
    return users[-1][1] if users else None


def find_signature(text: str, facts: SiteFacts) -> Signature | None:
    """Signed text -> Signature of the last user link that has a timestamp after it.

    With no timestamp anywhere, the last user link is the signer and the time is None
    (callers decide whether such an item counts as signed). No user link -> None.
    """
    links = user_links(text, facts)
    if not links:
        return None
    if find_timestamp(text, facts) is None:
        return Signature(links[-1][2], None)
    for _start, end, user in reversed(links):
        stamp = find_timestamp(text[end:], facts)
        if stamp is not None:
            return Signature(user, stamp)
    return Signature(links[-1][2], None)
