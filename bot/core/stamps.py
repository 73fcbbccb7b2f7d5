"""Text -> the signature timestamps in it, as the wiki writes them; pure.

Timestamps are read with pywikibot's ``textlib.TimeStripper`` fed with the wiki's month
names as a plain value (no network), wrapped for what it cannot do: the wiki's own digits
(``facts.digits``), genitive month names, and the zone at the signature's date with the
written abbreviation honoured (``bot.core.zones``). ``timestamps`` also says where each
one ends, in text order, which TimeStripper (it answers the latest only) cannot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from pywikibot.textlib import TimeStripper

from bot.core.model import SiteFacts
from bot.core.zones import SignatureZone


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
    stamp = _read_timestamp(text, facts)
    if stamp is None and ")" in text:
        return _read_before_trailer(text, facts)
    return stamp


def _read_before_trailer(text: str, facts: SiteFacts) -> datetime | None:
    """TimeStripper takes the last day, year ... of the whole text, so text after a
    timestamp (``(UTC) {{phabricator|T297454}}``) can hide it: read the text up to its last
    ')' when what follows cannot close a link or a tag the timestamp stands in."""
    cut = text.rfind(")") + 1
    tail = text[cut:]
    if not tail.strip() or "]" in tail or "</" in tail or not _TIME_HINT.search(text[:cut]):
        return None
    return _read_timestamp(text[:cut], facts)


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


# A timestamp ends with its "(zone)": the places where one may end, in text order.
_ZONE_END = re.compile(r"\([^()\n]{1,40}\)")


def timestamps(text: str, facts: SiteFacts) -> list[tuple[int, datetime]]:
    """Text -> [(where it ends, UTC time)] for every signature timestamp in it, in order.

    Each one is the timestamp TimeStripper reads in the text from the previous one's end to
    a "(zone)": the first such piece that holds one, then the next.
    """
    if facts.digits:
        text = text.translate(_digit_table(facts.digits))
    found: list[tuple[int, datetime]] = []
    if "(" not in text or not _TIME_HINT.search(text):
        return found
    previous = 0
    for zone in _ZONE_END.finditer(text):
        piece = text[previous:zone.end()]
        if not _TIME_HINT.search(piece):
            continue
        stamp = _read_timestamp(piece, facts)
        if stamp is not None:
            found.append((zone.end(), stamp))
            previous = zone.end()
    return found


def first_timestamp(text: str, facts: SiteFacts) -> datetime | None:
    """Text -> its first signature timestamp (UTC), or None: a signature's own time, where
    a later one on the line is a correction's or a reply's."""
    if facts.digits:
        text = text.translate(_digit_table(facts.digits))
    hints = _TIME_HINT.findall(text)
    if len(hints) <= 1:
        return find_timestamp(text, facts)
    found = timestamps(text, facts)
    return found[0][1] if found else None
