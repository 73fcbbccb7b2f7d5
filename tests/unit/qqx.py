"""For tests of a report rendered with ``language: qqx``: which English words of the shipped
messages are still in it (outside message keys, reason codes in ``<code>`` and class names).
An empty list means every fixed string of the text came from a message."""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@cache
def fragments(minimum: int = 6) -> frozenset[str]:
    """The English words of every shipped message, as they would show outside its
    parameters (pieces of at least ``minimum`` characters)."""
    out = set()
    for path in (ROOT / "i18n").rglob("en.json"):
        for key, text in json.loads(path.read_text(encoding="utf-8")).items():
            if key.startswith("@"):
                continue
            for piece in re.split(r"\$\d+|\{\{PLURAL:[^}]*\}\}", text):
                piece = piece.strip(" .,;:()'%")
                if len(piece) >= minimum:
                    out.add(piece)
    return frozenset(out)


def english_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Text rendered under qqx -> the message fragments found in it (``allowed``: values
    the test itself put there, such as user-provided names)."""
    # a link's label is escaped (its key too); a comment (the bot's markers) is not shown;
    # "peerbot" is the bot's name
    words = re.sub(r"<!--.*?-->|<wbr>|peerbot-[a-z0-9-]+|<code>[^<]*</code>|class=\"[^\"]*\"",
                   "", html.unescape(text), flags=re.DOTALL)
    for value in sorted(allowed, key=len, reverse=True):
        words = words.replace(value, "")
    words = re.sub(r"\bpeerbot\b", "", words)
    return sorted(f for f in fragments() if f in words)


_MARKUP = (r"<code>[^<]*</code>", r"<[^>]+>",
           r"\b[\w-]+=\"[^\"]*\"", r"\[\[[^|\]]*\|", r"\[\[[^\]]*\]\]", r"\[https?://\S+",
           r"~~~~")


def prose_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Text rendered under qqx -> the words left once message keys, markup (tags, comments,
    attributes, link targets, entities, ``<code>``) and ``allowed`` values are taken out;
    stricter than ``english_left``: a word written in code, in no message, shows too."""
    text = re.sub(r"<!--.*?-->|<wbr>|peerbot-[a-z0-9-]+", "", html.unescape(text),
                  flags=re.DOTALL)
    for value in sorted(allowed, key=len, reverse=True):
        text = text.replace(value, " ")
    for pattern in _MARKUP:
        text = re.sub(pattern, " ", text, flags=re.DOTALL)
    return re.findall(r"[^\W\d_]{2,}", text)
