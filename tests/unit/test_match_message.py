"""Talk-page messages of the match job: messages of i18n/match/, the reader's language and
the fallback to English, an operator's folder of translations, the bot's signature."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core import i18n
from bot.core.config import ConfigError
from bot.core.i18n import reading, speaking
from bot.match.message import KEYS, check_translations, message, reader_language
from bot.match.offers import OFFER, REQUEST, Side
from bot.match.pairing import Pair

ROOT = Path(__file__).resolve().parents[2]


def pair(mentor_languages: tuple[str, ...], mentee_languages: tuple[str, ...]) -> Pair:
    return Pair("Ann", "Bea", ("en",), ("grants",), "2026-12-01", True,
                mentor_side=Side(OFFER, "Ann", mentor_languages, ("grants",)),
                mentee_side=Side(REQUEST, "Bea", mentee_languages, ("grants",)))


def test_the_messages_live_in_i18n_and_the_old_folder_is_gone():
    english = json.loads((ROOT / "i18n" / "match" / "en.json").read_text(encoding="utf-8"))
    assert set(KEYS) <= set(english)
    # the bot signs outside the message, so no translation can leave the signature out
    assert "~~~~" not in english["peerbot-match-body"]
    assert not (ROOT / "bot" / "match" / "messages").exists()


def test_message_is_signed_and_links_the_pairs_page():
    text, summary, language = message(pair(("en",), ("en",)), "Bea", "Pairs page")
    assert language == "en" and summary == "you have a mentoring pair"
    assert text.startswith("== Peer academy mentoring: Ann ==\n")
    assert "[[User:Ann|Ann]] as your mentor" in text and "[[Pairs page|Pairs page]]" in text
    assert text.rstrip().endswith("~~~~")
    from bot.core.i18n import speaking

    with speaking("qqx"):  # signed in every language, qqx too
        assert message(pair(("en",), ("en",)), "Bea", "Pairs page")[0].endswith(") ~~~~")


def test_the_readers_first_language_with_a_translation_else_english(monkeypatch):
    shipped = i18n.catalogs()
    monkeypatch.setattr(i18n, "catalogs", lambda folder="": {
        **shipped, "pt": {"peerbot-match-heading": "pt $1"}})
    assert reader_language(["pt-br", "en"]) == "pt"   # pt-br falls back to pt
    assert reader_language(["xx", "yy"]) == "en"
    assert reader_language(["qqq"]) == "en"           # documentation, not a language
    text, _, language = message(pair(("en",), ("pt-br",)), "Bea", "P")
    assert language == "pt" and text.startswith("== pt Ann ==")
    assert "as your mentor" in text                   # the missing key, in English


def test_a_job_written_in_qqx_writes_the_keys_to_everyone():
    with speaking("qqx"):
        text, summary, language = message(pair(("en",), ("de",)), "Bea", "P")
    assert language == "qqx" and summary == "(peerbot-match-summary)"
    assert text.startswith("== (peerbot-match-heading: Ann) ==\n(peerbot-match-body: ")
    assert "(peerbot-match-role-mentor)" in text


def test_a_folder_of_translations_on_top_of_the_shipped_ones(tmp_path):
    (tmp_path / "de.json").write_text(json.dumps(
        {"peerbot-match-heading": "Mentoring der Peer-Akademie: $1"}), encoding="utf-8")
    check_translations(tmp_path)
    assert reader_language(["de"]) == "en"  # not shipped
    with reading(str(tmp_path)):
        text, summary, language = message(pair(("en",), ("de",)), "Bea", "P")
    assert language == "de" and text.startswith("== Mentoring der Peer-Akademie: Ann ==")
    assert summary == "you have a mentoring pair"  # the key the file lacks: English


@pytest.mark.parametrize(("content", "error"), [
    ("not json", "not a message file"),
    ('["a list"]', "JSON object of message keys"),
    ('{"peerbot-match-heading": 3}', "JSON object of message keys"),
])
def test_a_bad_translation_file_is_a_config_error(tmp_path, content, error):
    (tmp_path / "de.json").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=error):
        check_translations(tmp_path)


def test_a_missing_folder_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="is not a folder"):
        check_translations(tmp_path / "nowhere")
