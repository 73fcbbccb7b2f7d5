"""Message keys and parameters -> the selection's sentences, English now, any language later; pure.

A reason such as "selected: 4th of 6 seats by score; score 12.5 against 9.0 for Ann, ..." is
made long before the report is written, and is also the English of ``--json`` and the log. So
the selection's wording is a ``Said``: a ``str`` holding the English text (what every caller
that treats it as text sees) that also remembers its message key and parameters, which may be
``Said`` themselves. ``wikitext`` writes it again in the report's language
(``bot.core.i18n.speaking``), user values escaped; ``plain_text`` does the same for text
MediaWiki does not parse (edit summaries). A ``Said`` made by ``joined`` is a list: its parts
with a separator message between them (``peerbot-comma``, ``peerbot-semicolon``).

Numbers stay parameters, so a sum such as a score's breakdown reads the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Self

from bot.core.i18n import msg, plain, speaking
from bot.core.render import escape_text

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")


class Said(str):
    """English text that knows its message: ``key`` and ``params`` (``joined``: a list, its
    parts ``params`` and its separator the message ``key``)."""

    key: str
    params: tuple[object, ...]
    joined: bool

    def __new__(cls, key: str, *params: object, joined: bool = False) -> Self:
        """Message key and parameters -> the Said (its text the English message)."""
        with speaking("en"):
            english = _render(key, params, joined, plain, str)
        self = super().__new__(cls, english)
        self.key, self.params, self.joined = key, params, joined
        return self

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the message
        return (_rebuild, (self.key, self.params, self.joined))


def _rebuild(key: str, params: tuple[object, ...], joined: bool) -> Said:
    return Said(key, *params, joined=joined)


def joined(parts: Iterable[object], separator: str = "peerbot-comma") -> Said:
    """Parts and a separator message -> the list as one Said ("A, B, C")."""
    return Said(separator, *parts, joined=True)


Say = Callable[..., str]  # msg or plain
Value = Callable[[str], str]  # how a user value is shown: escaped for wikitext, else as is


def _render(key: str, params: tuple[object, ...], joined_: bool, say: Say,
            value: Value) -> str:
    """The one renderer: ``say`` is msg or plain, ``value`` renders a user value."""
    if joined_:
        return str(say(key)).join(_part(p, say, value) for p in params)
    # User text goes in as a placeholder, so that a "{{PLURAL:" or "$1" in a name is never
    # read as the message's own.
    shown = [_part(p, say, value) for p in params]
    holders = [p if isinstance(p, int | Fraction) or _NUMBER.fullmatch(str(p))
               else f"\x7f{n}\x7f" for n, p in enumerate(params)]
    text = str(say(key, *holders))
    for n, part in enumerate(shown):
        text = text.replace(f"\x7f{n}\x7f", part)
    return text


def _part(param: object, say: Say, value: Value) -> str:
    if isinstance(param, Said):
        return _render(param.key, param.params, param.joined, say, value)
    if isinstance(param, int | Fraction) or _NUMBER.fullmatch(str(param)):
        return str(param)  # numbers hold no markup: "-0.25" stays as a reader redoes it
    return value(str(param))


def wikitext(text: object) -> str:
    """A Said (or any text) -> wikitext in the report's language, user values escaped."""
    if isinstance(text, Said):
        return _render(text.key, text.params, text.joined, msg, escape_text)
    return escape_text(str(text))


def plain_text(text: object) -> str:
    """A Said (or any text) -> plain text in the report's language (an edit summary)."""
    if isinstance(text, Said):
        return _render(text.key, text.params, text.joined, plain, str)
    return str(text)
