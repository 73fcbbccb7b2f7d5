"""For tests of a report rendered with ``language: qqx``: what English is still in it.

``english_left`` finds the words of shipped messages (outside message keys, reason codes in
``<code>``, class names, data attributes, comments and the ``{{#time:}}`` calls the wiki
renders in the report's language); ``words_left`` (also named ``prose_left``) is stricter:
any word left outside keys, markup and the values the test put there, so English written
in code shows too. An empty list means every fixed string came from a message."""

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
            # words, not markup: link targets, tags and templates split a message too
            for piece in re.split(r"\$\d+|\{\{PLURAL:[^}]*\}\}|\[\[[^\[\]|]*\|?|\]\]"
                                  r"|</?[a-zA-Z][^<>]*>|\{\{[^{}]*\}\}|'{2,3}", text):
                piece = piece.strip(" .,;:()'%|")
                if len(piece) >= minimum and re.search(r"[^\W\d_]{2,}", piece):
                    out.add(piece)
    return frozenset(out)


def english_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Text rendered under qqx -> the message fragments found in it (``allowed``: values
    the test itself put there, such as user-provided names). Entities are read first, as a
    reader sees them; comments (the bot's markers) are not shown; "peerbot" is the bot's
    name."""
    words = re.sub(r"<!--.*?-->|<wbr>|peerbot-[a-z0-9-]+|<code>[^<]*</code>"
                   r"|(?:class|data-[a-z-]+)=\"[^\"]*\"|\{\{#time:[^{}]*\}\}",
                   "", html.unescape(text), flags=re.DOTALL)
    for value in sorted(allowed, key=len, reverse=True):
        words = words.replace(value, "")
    words = re.sub(r"\bpeerbot\b", "", words)
    return sorted(f for f in fragments() if f in words)


_MARKUP = [
    re.compile(r"<!--.*?-->", re.DOTALL),                 # comments (the bot's markers)
    re.compile(r"<code>.*?</code>", re.DOTALL),           # reason codes, copyable text
    re.compile(r"\[\[[^\[\]|]*\|"),                       # a link's target (its label stays)
    re.compile(r"\[\[[^\[\]|]*\]\]"),                     # a link with no label: a page name
    re.compile(r"\[https?://\S+"),                        # an external link's target
    _TAG := re.compile(r"</?[a-zA-Z][^<>]*>"),           # tags and their attributes
    re.compile(r"\b[\w-]+=\"[^\"]*\""),                    # attributes
    re.compile(r"\{\|[^\n]*"),                            # a table's opening line
    re.compile(r"\{\{#time:[^{}|]*\|[^{}|]*\|[a-z-]+\}\}"),   # a time the wiki shows
    re.compile(r"peerbot-[a-z0-9-]+"),                    # message keys
    re.compile(r"&#?[a-zA-Z0-9]+;"),                      # entities
    re.compile(r"~~~~"),                                  # a signature the wiki expands
]


def words_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Text rendered under qqx -> the words (two letters or more) left outside message keys,
    markup (tags, attributes, link targets, comments, ``<code>``) and ``allowed`` values
    (what the test itself put there: names, titles, vote text). Stricter than
    ``english_left``: it also finds words that never were in a message, written in code.
    Entities are read first, as a reader sees them (an escaped cell shows its key)."""
    # keys and comments first, so no value the test allows can cut into them
    text = re.sub(r"<!--.*?-->|peerbot-[a-z0-9-]+", " ",
                  html.unescape(text).replace("<wbr>", ""), flags=re.DOTALL)
    for value in sorted(allowed, key=len, reverse=True):
        # a short value ("G") only as a word of its own, not inside other words
        text = (text.replace(value, " ") if len(value) > 2 else
                re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text))
    for pattern in _MARKUP:
        text = pattern.sub("" if pattern is _TAG else " ", text)
    return sorted(set(re.findall(r"[^\W\d_]{2,}", text)))


prose_left = words_left
