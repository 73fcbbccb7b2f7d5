"""A new pair and one of its people -> the talk-page message for them, in their language when
a translation exists; pure (the message files are read once, given as a value).

Message files are banana JSON, one per language (``bot/match/messages/en.json``, documented
in ``qqq.json``), as Wikimedia tools keep them: ``{"key": "text with $1 $2"}``. The reader's
language is the first of the languages they listed in their own offer or request that has a
file (``pt-br`` falls back to ``pt``); English otherwise, and English for any key a
translation lacks. The body ends with ``~~~~``: MediaWiki signs it for the bot on save.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.core.config import ConfigError
from bot.core.render import escape_text, page_link, user_link
from bot.match.pairing import Pair

SHIPPED = Path(__file__).resolve().parent / "messages"
FALLBACK = "en"
KEYS = ("peerbot-match-heading", "peerbot-match-body", "peerbot-match-role-mentor",
        "peerbot-match-role-mentee", "peerbot-match-summary")


@dataclass(frozen=True)
class Messages:
    """{language code: {message key: text}}; English holds every key."""

    by_language: Mapping[str, Mapping[str, str]]

    def language_for(self, wanted: Sequence[str]) -> str:
        """Language codes a reader listed, in their order -> the first one with a file
        (``pt-br`` falls back to ``pt``), else English."""
        for code in wanted:
            for candidate in (code, code.split("-", 1)[0]):
                if candidate in self.by_language and candidate != "qqq":
                    return candidate
        return FALLBACK

    def text(self, language: str, key: str, *params: str) -> str:
        """Language, key and parameters -> the message with $1, $2... filled in (English
        when the language lacks the key)."""
        own = self.by_language.get(language, {})
        template = own.get(key) or self.by_language[FALLBACK][key]
        return re.sub(r"\$(\d+)", lambda m: params[int(m.group(1)) - 1]
                      if 0 < int(m.group(1)) <= len(params) else m.group(0), template)


def load_messages(folder: str | Path = "") -> Messages:
    """Folder of ``<code>.json`` files ("" for the shipped one) -> Messages; ConfigError
    when English is missing or lacks a key, or a file is no JSON object of strings."""
    where = Path(folder) if folder else SHIPPED
    found: dict[str, dict[str, str]] = {}
    for path in sorted(where.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ConfigError(f"{path}: not a message file ({err})") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: must be a JSON object of message keys to texts")
        found[path.stem] = {k: v for k, v in data.items()
                            if not k.startswith("@") and isinstance(v, str)}
    missing = [k for k in KEYS if k not in found.get(FALLBACK, {})]
    if missing:
        raise ConfigError(f"{where}: {FALLBACK}.json must hold {', '.join(missing)}")
    return Messages(found)


def message(pair: Pair, me: str, report_page: str, messages: Messages) -> tuple[str, str]:
    """A new pair, one of its two people, the pairs page and the messages -> (the wikitext of
    the talk-page section for them, its language)."""
    other = pair.mentee if me == pair.mentor else pair.mentor
    side = pair.mentor_side if me == pair.mentor else pair.mentee_side
    language = messages.language_for(side.languages if side else ())
    role = messages.text(language, "peerbot-match-role-mentee" if me == pair.mentor
                         else "peerbot-match-role-mentor")
    shared = ", ".join(escape_text(c) for c in pair.languages)
    heading = messages.text(language, "peerbot-match-heading", escape_text(other))
    body = messages.text(language, "peerbot-match-body", user_link(other), escape_text(role),
                         shared, page_link(report_page))
    return f"== {heading} ==\n{body}", language
