"""Signature parsing: who signed, and when, with the wiki's names passed in as values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.model import SiteFacts
from bot.core.signatures import find_signature, user_from_link

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
