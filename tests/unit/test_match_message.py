"""Talk-page messages of the match job: the shipped message files, the reader's language and
the fallback to English, the bot's signature."""

from __future__ import annotations

import json

import pytest

from bot.core.config import ConfigError
from bot.match.message import KEYS, SHIPPED, Messages, load_messages, message
from bot.match.offers import OFFER, REQUEST, Side
from bot.match.pairing import Pair


def pair(mentor_languages: tuple[str, ...], mentee_languages: tuple[str, ...]) -> Pair:
    return Pair("Ann", "Bea", ("en",), ("grants",), "2026-12-01", True,
                mentor_side=Side(OFFER, "Ann", mentor_languages, ("grants",)),
                mentee_side=Side(REQUEST, "Bea", mentee_languages, ("grants",)))


def test_every_shipped_key_is_in_english_and_documented_for_translators():
    english = json.loads((SHIPPED / "en.json").read_text(encoding="utf-8"))
    documented = json.loads((SHIPPED / "qqq.json").read_text(encoding="utf-8"))
    keys = {k for k in english if not k.startswith("@")}
    assert keys == set(KEYS)
    assert keys == {k for k in documented if not k.startswith("@")}
    assert all(documented[k].strip() for k in keys)
    assert english["peerbot-match-body"].rstrip().endswith("~~~~")  # signed by the bot


def test_message_is_signed_and_links_the_pairs_page():
    text, language = message(pair(("en",), ("en",)), "Bea", "Pairs page", load_messages())
    assert language == "en"
    assert text.startswith("== Peer academy mentoring: Ann ==\n")
    assert "[[User:Ann|Ann]] as your mentor" in text and "[[Pairs page|Pairs page]]" in text
    assert text.rstrip().endswith("~~~~")


def test_the_readers_first_language_with_a_file_else_english():
    messages = Messages({"en": {k: f"en {k} $1" for k in KEYS},
                         "pt": {"peerbot-match-heading": "pt $1"},
                         "qqq": {k: "doc" for k in KEYS}})
    assert messages.language_for(["pt-br", "en"]) == "pt"   # pt-br falls back to pt
    assert messages.language_for(["xx", "yy"]) == "en"
    assert messages.language_for(["qqq"]) == "en"           # documentation, not a language
    text, language = message(pair(("en",), ("pt-br",)), "Bea", "P", messages)
    assert language == "pt" and text.startswith("== pt Ann ==")
    assert "en peerbot-match-body" in text                   # the missing key, in English


def test_a_message_folder_without_english_is_a_config_error(tmp_path):
    (tmp_path / "de.json").write_text(json.dumps({"peerbot-match-heading": "x"}),
                                      encoding="utf-8")
    with pytest.raises(ConfigError, match="en.json must hold"):
        load_messages(tmp_path)
    (tmp_path / "en.json").write_text("not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a message file"):
        load_messages(tmp_path)
