"""A stricter check of a report rendered with ``language: qqx`` than ``qqx.english_left``:
every word left once message keys, markup and the values the test itself put there are
taken away. ``english_left`` finds pieces of the shipped English messages; this finds any
word, so English written in code (not in a message) shows too."""

from __future__ import annotations

import html
import re

_DROP = [
    r"<!--.*?-->",                       # the bot's markers
    r"\{\{#dateformat:[^|{}]*\|dmy\}\}",      # a day, the wiki writes it in its language
    r"\{\{#time:[^{}]*\}\}",                 # a time, the wiki writes it in its language
    r"\{\{[^{}|:]+\|[a-z-]+\}\}",             # a template given a code ({{X record|full}})
    r"<code>[^<]*</code>",               # codes (seeds, language codes)
    r"[a-z][a-z-]*=\"[^\"]*\"",          # attributes: class, style, data-*
    r"<[^>]+>",                          # tags
    r"\bpeerbot-[a-z0-9-]+",             # message keys (and row classes)
    r"\bwikitable\b|\bsortable\b",
]


def words_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Text rendered under qqx -> the words (two letters or more) in it that are neither
    markup nor a word of ``allowed`` (names, titles, tags the test put in)."""
    rest = html.unescape(text)
    rest = re.sub(r"\[\[[^\]|]*\|([^\]]*)\]\]", r" \1 ", rest)  # a link -> its label
    rest = re.sub(r"\[\[[^\]]*\]\]", " ", rest)
    for pattern in _DROP:
        rest = re.sub(pattern, " ", rest, flags=re.DOTALL)
    known = {w.casefold() for value in allowed for w in re.findall(r"[^\W\d_]{2,}",
                                                                   html.unescape(value))}
    return sorted({w for w in re.findall(r"[^\W\d_]{2,}", rest) if w.casefold() not in known})


def visible(text: str) -> str:
    """Wikitext -> the same without table rows' data attributes (what the bot reads back,
    not what people read: item kinds, withdrawal codes) and comments (the bot's markers),
    with entities read, for
    ``qqx.english_left``; the diff links the bot writes are markup, not words."""
    text = re.sub(r' data-[a-z-]+="[^"]*"|<!--.*?-->', "", text, flags=re.DOTALL)
    return html.unescape(text).replace("[[Special:Diff/", "[[")


def longest_first(values: tuple[str, ...]) -> tuple[str, ...]:
    """Allowed values -> longest first, so a name inside a longer value (a problem's words)
    does not break that value before it is taken out."""
    return tuple(sorted(values, key=len, reverse=True))


def where(text: str, words: list[str]) -> list[str]:
    """Words found left -> a snippet of the text around the first of each (for a failure)."""
    out = []
    for word in words:
        found = re.search(rf"\b{re.escape(word)}\b", text)
        if found:
            out.append(text[max(0, found.start() - 80):found.end() + 40])
    return out
