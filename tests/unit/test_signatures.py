"""Signature parsing: who signed, and when, with the wiki's names passed in as values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.model import SiteFacts
from bot.core.signatures import find_signature, find_timestamp, user_from_link

EN = SiteFacts()
DE = SiteFacts(lang="de", months_names=(
    ("Januar", "Jan."), ("Februar", "Feb."), ("März", "Mär."), ("April", "Apr."),
    ("Mai", "Mai"), ("Juni", "Jun."), ("Juli", "Jul."), ("August", "Aug."),
    ("September", "Sep."), ("Oktober", "Okt."), ("November", "Nov."), ("Dezember", "Dez.")),
    timezone="CET", timeoffset=60, user_namespaces=("Benutzer", "Benutzerin", "User"),
    user_talk_namespaces=("Benutzer Diskussion", "User talk"),
    special_namespaces=("Spezial", "Special"), contributions_aliases=("Beiträge",
                                                                      "Contributions"))


@pytest.mark.parametrize("target, user", [
    ("User:Alice", "Alice"),
    ("user:alice_smith", "Alice smith"),
    ("User talk:Bob/Archive 1", "Bob"),
    (":User:Carol", "Carol"),
    ("m:User:Dave", "Dave"),
    ("Special:Contributions/192.0.2.7", "192.0.2.7"),
    ("Special:Contribs/Erin", "Erin"),
    ("Special:Log/Erin", None),
    ("Help:Contents", None),
])
def test_user_from_link(target, user):
    assert user_from_link(target, EN) == user


def test_last_user_link_before_the_final_timestamp():
    text = ("I agree with [[User:Alice|Alice]] here. [[User:Bob|Bob]] ([[User talk:Bob|talk]]) "
            "21:13, 20 September 2016 (UTC) and later [[User:Carol]]")
    sig = find_signature(text, EN)
    assert sig is not None and sig.user == "Bob"
    assert sig.timestamp == datetime(2016, 9, 20, 21, 13, tzinfo=UTC)


def test_localized_namespaces_and_months():
    text = "Pro. [[Benutzerin:Anna Beispiel|Anna]] ([[Benutzer Diskussion:Anna Beispiel|D]]) " \
           "14:05, 3. Mär. 2024 (CET)"
    sig = find_signature(text, DE)
    assert sig is not None and sig.user == "Anna Beispiel"
    assert sig.timestamp == datetime(2024, 3, 3, 13, 5, tzinfo=UTC)


def test_no_timestamp_and_no_link():
    assert find_signature("just text 10:00, 1 May 2020 (UTC)", EN) is None
    sig = find_signature("~~~ [[User:Zed]]", EN)
    assert sig is not None and sig.user == "Zed" and sig.timestamp is None


# find_timestamp reads a signature line's tail once and skips TimeStripper's re-reading of
# parenthesis-free link parts; both must give what TimeStripper itself reads in the text.
_PIECES = ["[[User:Ann|Ann]]", "[[User talk:Ann|talk]]", "[[User:Bo|Bo (x)]]", "[[", "]]",
           "(", ")", " ", "\n", ", ", "08:01", "23:59", "12.30", "2 March 2026", "31 May",
           "1 Mai 2025", "2026", "März", "(UTC)", "(CET)", "(talk)", "[http://x.org a]", "[",
           "|", "192.0.2.7", "::1", "&#40;", "&#41;", "<!-- 10:00, 1 May 2026 (UTC) -->",
           "<nowiki>", "</nowiki>", "<small>", "</small>", "x", "{{unsigned|Ann}}", "@"]


def _time_stripper_reads(text: str, facts: SiteFacts) -> datetime | None:
    """What the wrapped TimeStripper reads in the whole text, with none of the shortcuts."""
    from bot.core import stamps as signatures

    if "(" not in text or not signatures._TIME_HINT.search(text):
        return None
    if "." in text or "::" in text or text.count(":") > 2:
        text = signatures._IP.sub(" ", text)
    stripper = signatures._ZonedTimeStripper(signatures._site_value(facts), facts)
    stamp = stripper.timestripper(text)
    if stamp is None:
        return None
    return datetime(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute,
                    tzinfo=UTC) - stamp.utcoffset()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([EN, DE]))
def test_find_timestamp_reads_what_time_stripper_reads(pieces: list[str],
                                                       facts: SiteFacts) -> None:
    text = "".join(pieces)
    assert find_timestamp(text, facts) == _reads(text, facts)


def _reads(text: str, facts: SiteFacts) -> datetime | None:
    """TimeStripper's reading; where it finds none, its reading of the text up to the last
    ')' when what follows holds no ']' or closing tag (text after a signature)."""
    found = _time_stripper_reads(text, facts)
    cut = text.rfind(")") + 1
    tail = text[cut:]
    if found is None and cut and tail.strip() and "]" not in tail and "</" not in tail:
        return _time_stripper_reads(text[:cut], facts)
    return found


@pytest.mark.parametrize("text", [
    "[[User:Ann|Ann]] ([[User talk:Ann|talk]]) 08:01, 2 March 2026 (UTC)",
    "[[User:Ann|Ann]] 2 March 2026) 08:01 (UTC)",
    "[[User:Ann|Ann (08:01, 3 March 2026 (UTC))]] ([[User talk:Ann|talk]]) 08:01, 2 March 2026 (UTC)",
    "[[User:Ann|Ann]] [http://x.org (a) 1] 08:01, 2 March 2026 (UTC)",
    "[[User:Ann|Ann]] (<small>x</small>) 08:01, 2 March 2026 (UTC)",
    "[[User:Ann|Ann]] (talk) 08:01, 2 March 2026 &#40;UTC&#41;",
    "[[User:Ann|Ann]] [http://x.org (a) 08:01, 2 March 2026 (UTC)]",
    "[[User:Ann|Ann]] (<nowiki>x) 08:01, 2 March 2026 (UTC)</nowiki>",
    "[[User:Ann|08:01, 2 March 2026 &#40;UTC&#41;]] (x)",
])
def test_find_timestamp_on_signature_lines(text: str) -> None:
    assert find_timestamp(text, EN) == _reads(text, EN)
