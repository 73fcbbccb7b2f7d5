"""How each language's wiki writes a signature's date: the table generated from MediaWiki.

``data/site_dates.json`` (written by ``tools/generate_site_names.py`` from MediaWiki's
``Messages*.php`` and ``i18n/*.json``, never by hand) holds, per language, the digits
(``$digitTransformTable``), the month names with short and genitive forms, and the local
spelling of zone abbreviations (``timezone-utc``). A language missing a part takes its
fallback's, then English's. Pure: the file is package data, read once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from bot.core.model import SiteFacts
from bot.core.sitenames import fallback_chain

DATA = Path(__file__).with_name("data") / "site_dates.json"


@dataclass(frozen=True)
class LanguageDates:
    """One language's date words: months as (long, short) pairs, their genitive forms,
    its ten digits ('' for ASCII) and {local spelling: zone abbreviation}."""

    months_names: tuple[tuple[str, str], ...]
    months_genitive: tuple[str, ...]
    digits: str
    zone_names: tuple[tuple[str, str], ...]


@cache
def table() -> dict[str, Any]:
    """-> the generated table (read once)."""
    return json.loads(DATA.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _chain(code: str) -> list[str]:
    """Language code -> it and its fallbacks, breadth first, English last."""
    order = fallback_chain(code, table()["languages"])
    return [*(c for c in order if c != "en"), "en"]


@cache
def language_dates(code: str) -> LanguageDates:
    """Language code -> its date words (an unknown code gets English's)."""
    languages = table()["languages"]

    def first(key: str) -> Any:
        for current in _chain(code):
            if key in languages.get(current, {}):
                return languages[current][key]
        return None

    months = first("months")
    short = first("short") or months
    genitive = first("genitive") or []
    zones = {}
    for current in reversed(_chain(code)):
        zones.update(languages.get(current, {}).get("zones", {}))
    return LanguageDates(tuple(zip(months, short, strict=True)), tuple(genitive),
                         first("digits") or "",
                         tuple(sorted((spelled, abbr) for abbr, spelled in zones.items())))


def with_language_dates(facts: SiteFacts, code: str | None = None) -> SiteFacts:
    """SiteFacts -> the same with the digits, genitive months and zone spellings of its
    language (or ``code``); months come from the table only when ``code`` is given (a live
    wiki's own month messages stay)."""
    dates = language_dates(code or facts.lang)
    facts = replace(facts, months_genitive=dates.months_genitive, digits=dates.digits,
                    zone_names=dates.zone_names)
    if code:
        facts = replace(facts, lang=code, months_names=dates.months_names)
    return facts
