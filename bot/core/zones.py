"""A signature's local time and the zone written after it -> its offset from UTC; pure.

MediaWiki signs with the wiki's local time (``$wgLocaltimezone``) and that zone's
abbreviation *at that moment* (``08:23, 29 wrz 2018 (CEST)``), or its local spelling
(``timezone-cest``). So the offset is the zone's offset at that date, daylight saving
included, not today's; where the written abbreviation tells (CET or CEST in the ambiguous
hour when clocks go back, UTC in text copied from another wiki) it decides. Zone rules come
from the IANA database (``zoneinfo``), the same one PHP uses.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_UTC_NAMES = frozenset({"UTC", "GMT", "UT", "Z"})
_ZERO = timedelta(0)


@cache
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@cache
def zone_abbreviations(name: str) -> dict[str, timedelta]:
    """IANA zone name -> {abbreviation: its offset} for the abbreviations the zone has used
    since 1970 (the latest offset where one changed): ``{"CET": 1 h, "CEST": 2 h}``."""
    zone = _zone(name)
    found: dict[str, timedelta] = {}
    if zone is None:
        return found
    for year in range(1970, 2041):
        for month in range(1, 13):
            moment = datetime(year, month, 15, 12, tzinfo=zone)
            abbr, offset = moment.tzname(), moment.utcoffset()
            if abbr and offset is not None and abbr[:1] not in "+-":
                found[abbr] = offset
    return found


@cache
def unambiguous_abbreviations() -> dict[str, timedelta]:
    """-> {abbreviation: offset} for the abbreviations that mean one offset in every zone
    of the IANA database since 2000 (CEST, CET, EDT, JST; not IST, which is India's,
    Ireland's and Israel's): how text signed on another wiki and copied here is read.
    Worked out once, when a signature names a zone the wiki's own does not have."""
    from zoneinfo import available_timezones

    seen: dict[str, set[timedelta]] = {}
    for name in sorted(available_timezones()):
        zone = _zone(name)
        if zone is None:
            continue
        for year in range(2000, 2041, 4):
            for month in (1, 7):
                moment = datetime(year, month, 15, 12, tzinfo=zone)
                abbr, offset = moment.tzname(), moment.utcoffset()
                if abbr and offset is not None and abbr[:1] not in "+-":
                    seen.setdefault(abbr.upper(), set()).add(offset)
    return {abbr: next(iter(offsets)) for abbr, offsets in seen.items() if len(offsets) == 1}


@lru_cache(maxsize=4096)
def signature_offset(local: datetime, written: str, zone: str, fixed_minutes: int,
                     spellings: tuple[tuple[str, str], ...] = ()) -> timedelta:
    """Naive local time, the zone text written after it, the wiki's zone name, today's
    offset and {local spelling: abbreviation} -> that signature's offset from UTC.

    The abbreviation the zone had at that time (either side of a clock change) wins; then
    UTC/GMT; then another abbreviation of the wiki's zone (CET written in summer); then an
    abbreviation with one meaning everywhere (CEST in text copied to a UTC wiki); else (a
    zone text nobody maps) the zone's offset at that date; with no known zone, today's.
    """
    text = written.strip()
    abbr = dict(spellings).get(text, text).upper()
    found = _zone(zone)
    if found is not None:
        for fold in (0, 1):
            moment = local.replace(tzinfo=found, fold=fold)
            if (moment.tzname() or "").upper() == abbr:
                return moment.utcoffset() or _ZERO
    if abbr in _UTC_NAMES:
        return _ZERO
    if found is not None:
        known = {name.upper(): offset for name, offset in zone_abbreviations(zone).items()}
        if abbr in known:
            return known[abbr]
    if abbr.isalpha() and abbr in unambiguous_abbreviations():
        return unambiguous_abbreviations()[abbr]
    if found is not None:
        return local.replace(tzinfo=found).utcoffset() or _ZERO
    return timedelta(minutes=fixed_minutes)


class SignatureZone(tzinfo):
    """The zone of one signature: its offset follows ``signature_offset`` for the date it
    is asked about (a tzinfo, so TimeStripper's own comparisons are right too)."""

    def __init__(self, written: str, zone: str, fixed_minutes: int,
                 spellings: tuple[tuple[str, str], ...] = ()) -> None:
        self.written, self.zone, self.fixed = written, zone, fixed_minutes
        self.spellings = spellings

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(minutes=self.fixed)
        return signature_offset(dt.replace(tzinfo=None, fold=0), self.written, self.zone,
                                self.fixed, self.spellings)

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        return self.written

    def __repr__(self) -> str:
        return f"SignatureZone({self.written!r}, {self.zone!r})"
