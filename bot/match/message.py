"""A new pair and one of its people -> the talk-page message for them, in their language when
a translation exists; pure once the message files are read.

The message's words are messages of ``i18n/match/`` (``bot.core.i18n``, the catalogue every
report uses; ``qqq.json`` documents each key). The reader's language is the first of the
languages they listed in their own offer or request that has a translation (``pt-br`` falls
back to ``pt``); English otherwise, and English for any key a translation lacks. A job
written in ``qqx`` writes the messages' keys to everyone, as it does on its report. The bot
signs the body (``~~~~`` after it, outside the message, so every translation and qqx are
signed): MediaWiki writes the signature on save. ``message_dir`` (config) names a
folder of more translations, read on top of the shipped ones (``bot.core.i18n.reading``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from bot.core.config import ConfigError
from bot.core.i18n import FALLBACK, QQX, language, msg, plain, speaking, translated
from bot.core.render import escape_text, page_link, user_link
from bot.match.pairing import Pair

KEYS = ("peerbot-match-heading", "peerbot-match-body", "peerbot-match-role-mentor",
        "peerbot-match-role-mentee", "peerbot-match-summary")


def check_translations(folder: str | Path) -> None:
    """A folder of ``<code>.json`` translation files ("" for none) -> None; ConfigError when
    it is no folder or a file is no JSON object of message keys to texts."""
    if not folder:
        return
    where = Path(folder)
    if not where.is_dir():
        raise ConfigError(f"match.message_dir: {where} is not a folder")
    for path in sorted(where.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ConfigError(f"{path}: not a message file ({err})") from None
        if not isinstance(data, dict) or not all(
                isinstance(v, str) for k, v in data.items() if not k.startswith("@")):
            raise ConfigError(f"{path}: must be a JSON object of message keys to texts")


def reader_language(wanted: Sequence[str]) -> str:
    """Language codes a reader listed, in their order -> the first one with a translation
    (``pt-br`` falls back to ``pt``), else English; ``qqx`` while the job writes in qqx."""
    if language() == QQX:
        return QQX
    for code in wanted:
        code = code.strip().lower()
        for candidate in (code, code.split("-", 1)[0]):
            if candidate and candidate != QQX and translated(candidate):
                return candidate
    return FALLBACK


def message(pair: Pair, me: str, report_page: str) -> tuple[str, str, str]:
    """A new pair, one of its two people and the pairs page -> (the wikitext of the
    talk-page section for them, its edit summary's words, its language)."""
    other = pair.mentee if me == pair.mentor else pair.mentor
    side = pair.mentor_side if me == pair.mentor else pair.mentee_side
    code = reader_language(side.languages if side else ())
    with speaking(code):
        role = msg("peerbot-match-role-mentee" if me == pair.mentor
                   else "peerbot-match-role-mentor")
        shared = msg("peerbot-comma").join(escape_text(c) for c in pair.languages)
        heading = plain("peerbot-match-heading", escape_text(other))
        body = msg("peerbot-match-body", user_link(other), role, shared,
                   page_link(report_page))
        summary = plain("peerbot-match-summary")
    return f"== {heading} ==\n{body} ~~~~", summary, code
