"""Signature times as the wiki writes them: its zone at that date, the written
abbreviation, its digits and month forms. One row per form.

Expected UTC times are worked out by hand from the zone rules (CEST = UTC+2 from the last
Sunday of March to the last Sunday of October, CET = UTC+1 otherwise; Tehran +03:30 in
2022, when Iran still had summer time, +04:30), not computed by the code under test.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core import sitedates
from bot.core.model import SiteFacts
from bot.core.signatures import find_signature, find_timestamp
from bot.core.sitedates import language_dates, with_language_dates
from bot.core.zones import zone_abbreviations

ROOT = Path(__file__).resolve().parents[2]


def _wiki(lang: str, zone: str, offset: int) -> SiteFacts:
    """A wiki's facts as the adapter gives them today (``offset`` is today's offset)."""
    return with_language_dates(SiteFacts(timezone=zone, timeoffset=offset), lang)


DE = _wiki("de", "Europe/Berlin", 60)
PL = _wiki("pl", "Europe/Warsaw", 60)
FR = _wiki("fr", "Europe/Paris", 60)
CKB = _wiki("ckb", "UTC", 0)
FA = _wiki("fa", "Asia/Tehran", 210)
AR = _wiki("ar", "UTC", 0)
BN = _wiki("bn", "Asia/Dhaka", 360)
EN = SiteFacts()
NOWHERE = SiteFacts(timezone="Nowhere/Atlantis", timeoffset=90)

ROWS = [
    # (wiki, signature time as written, UTC)
    (DE, "14:05, 3. Jul. 2024 (CEST)", datetime(2024, 7, 3, 12, 5)),
    (DE, "14:05, 3. Jan. 2024 (CET)", datetime(2024, 1, 3, 13, 5)),
    (DE, "14:05, 3. Juli 2024 (CEST)", datetime(2024, 7, 3, 12, 5)),
    (PL, "08:23, 29 wrz 2018 (CEST)", datetime(2018, 9, 29, 6, 23)),
    (PL, "08:23, 29 września 2018 (CEST)", datetime(2018, 9, 29, 6, 23)),  # genitive
    (PL, "08:23, 29 lis 2018 (CET)", datetime(2018, 11, 29, 7, 23)),
    (PL, "08:23, 29 listopada 2018 (CET)", datetime(2018, 11, 29, 7, 23)),
    (FR, "15 mai 2013 à 20:34 (CEST)", datetime(2013, 5, 15, 18, 34)),
    (FR, "15 janvier 2013 à 20:34 (CET)", datetime(2013, 1, 15, 19, 34)),
    (FR, "31 mars 2024 à 01:59 (CET)", datetime(2024, 3, 31, 0, 59)),   # before the change
    (FR, "31 mars 2024 à 03:00 (CEST)", datetime(2024, 3, 31, 1, 0)),   # after it
    # the hour that happens twice when clocks go back: the abbreviation tells which
    (PL, "02:30, 28 paź 2018 (CEST)", datetime(2018, 10, 28, 0, 30)),
    (PL, "02:30, 28 paź 2018 (CET)", datetime(2018, 10, 28, 1, 30)),
    # a written abbreviation wins over the wiki's zone
    (PL, "08:23, 29 wrz 2018 (UTC)", datetime(2018, 9, 29, 8, 23)),
    (DE, "14:05, 3. Jul. 2024 (CET)", datetime(2024, 7, 3, 13, 5)),
    # text signed on another wiki and copied to a UTC wiki (Meta): an abbreviation with one
    # meaning everywhere is read as that; IST (India, Ireland, Israel) is not
    (EN, "14:05, 3 July 2024 (CEST)", datetime(2024, 7, 3, 12, 5)),
    (EN, "14:05, 3 July 2024 (EDT)", datetime(2024, 7, 3, 18, 5)),
    (EN, "14:05, 3 July 2024 (IST)", datetime(2024, 7, 3, 14, 5)),
    # a zone text nobody maps: the wiki's zone at that date
    (PL, "08:23, 29 wrz 2018 (czas lokalny)", datetime(2018, 9, 29, 6, 23)),
    (EN, "21:13, 20 September 2016 (UTC)", datetime(2016, 9, 20, 21, 13)),
    # a zone the database does not know: today's offset, as before
    (NOWHERE, "21:13, 20 September 2016 (local)", datetime(2016, 9, 20, 19, 43)),
    # the wiki's own digits
    (CKB, "١٢:٥٦، ١٦ی تشرینی یەکەمی ٢٠١٤ (UTC)", datetime(2014, 10, 16, 12, 56)),
    (AR, "١٢:٥٦، ١٦ أكتوبر ٢٠١٤ (ت ع م)", datetime(2014, 10, 16, 12, 56)),
    (FA, "۱۲:۵۶، ۱۶ اکتبر ۲۰۱۴ (UTC)", datetime(2014, 10, 16, 12, 56)),
    (FA, "۱۲:۵۶، ۱۶ ژوئیهٔ ۲۰۲۲ (+0430)", datetime(2022, 7, 16, 8, 26)),
    (FA, "۱۲:۵۶، ۱۶ ژانویهٔ ۲۰۲۲ (+0330)", datetime(2022, 1, 16, 9, 26)),
    (BN, "১২:৫৬, ১৬ অক্টোবর ২০১৪ (+06)", datetime(2014, 10, 16, 6, 56)),
]


@pytest.mark.parametrize(("facts", "written", "utc"), ROWS)
def test_signature_time_in_utc(facts: SiteFacts, written: str, utc: datetime) -> None:
    assert find_timestamp(written, facts) == utc.replace(tzinfo=UTC)
    signed = find_signature(f"Pro. [[User:Kilo|Kilo]] ([[User talk:Kilo|d]]) {written}", facts)
    assert signed is not None and signed.user == "Kilo"
    assert signed.timestamp == utc.replace(tzinfo=UTC)


def test_the_latest_of_two_times_is_compared_in_utc() -> None:
    # TimeStripper keeps the latest of the times in a line's links and in the line: the
    # label's 00:40 CEST is 22:40 UTC, earlier than the line's 22:50 UTC (read with one
    # fixed +01:00 for both, the label's would be later)
    text = "[[User:Kilo|00:40, 1 lip 2018 (CEST)]] 22:50, 30 cze 2018 (UTC)"
    assert find_timestamp(text, PL) == datetime(2018, 6, 30, 22, 50, tzinfo=UTC)


@pytest.mark.parametrize(("code", "digits"), [
    ("ckb", "٠١٢٣٤٥٦٧٨٩"), ("ar", "٠١٢٣٤٥٦٧٨٩"), ("fa", "۰۱۲۳۴۵۶۷۸۹"),
    ("bn", "০১২৩৪৫৬৭৮৯"), ("mr", "०१२३४५६७८९"), ("de", ""), ("en", "")])
def test_digits_come_from_the_language_files(code: str, digits: str) -> None:
    assert language_dates(code).digits == digits


def test_month_forms_come_from_the_language_files() -> None:
    pl = language_dates("pl")
    assert pl.months_names[8] == ("wrzesień", "wrz")
    assert pl.months_genitive[8] == "września"
    assert language_dates("en").months_names[4] == ("May", "May")
    assert language_dates("de-formal").months_names[2] == ("März", "Mär.")  # its fallback's
    assert ("ت ع م", "UTC") in language_dates("ar").zone_names


def test_zone_abbreviations() -> None:
    assert {"CET", "CEST"} <= set(zone_abbreviations("Europe/Warsaw"))
    assert zone_abbreviations("Nowhere/Atlantis") == {}


def test_regenerating_the_dates_table_gives_the_committed_file() -> None:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "tools" /
                                                  "generate_site_names.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    # from the repository's own copy of MediaWiki's language data (tools/sources/)
    assert gen.SOURCES.is_relative_to(ROOT)
    assert gen.render(gen.build_dates(gen.SOURCES)) \
        == sitedates.DATA.read_text(encoding="utf-8")
