"""For tests of a report rendered with ``language: qqx``: which English words of the shipped
messages are still in it (outside message keys, reason codes in ``<code>`` and class names).
An empty list means every fixed string of the text came from a message."""

from __future__ import annotations

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
    words = re.sub(r"peerbot-[a-z0-9-]+|<code>[^<]*</code>|class=\"[^\"]*\"", "", text)
    for value in allowed:
        words = words.replace(value, "")
    return sorted(f for f in fragments() if f in words)
