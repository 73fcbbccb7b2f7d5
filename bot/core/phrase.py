"""A sentence a report will say, kept as a message key and its parameters until it is
rendered in the report's language; pure.

A rule decides *what* to say (why a request waits, why a pair ended) long before a report
is written, and the same decision is shown on a wiki page (wikitext, in the report's
language), in JSON and in the log (plain English). So the rule returns a ``Phrase``: a
message key and parameters, each a user value (``str``, escaped when shown as wikitext), a
list of user values (``tuple``, joined by ``peerbot-comma``) or another ``Phrase``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.i18n import msg, plain, speaking
from bot.core.render import escape_text


@dataclass(frozen=True)
class Phrase:
    """A message key and its parameters (see the module doc)."""

    key: str
    params: tuple[str | int | tuple[str, ...] | Phrase, ...] = ()

    def wikitext(self) -> str:
        """-> the message in the current language, user values escaped."""
        return msg(self.key, *(_shown(p, True) for p in self.params))

    def text(self) -> str:
        """-> the message in the current language as plain text (an edit summary)."""
        return plain(self.key, *(_shown(p, False) for p in self.params))

    def english(self) -> str:
        """-> the message in English as plain text (for JSON and the log)."""
        with speaking("en"):
            return self.text()


def said(key: str, *params: str | int | tuple[str, ...] | Phrase) -> Phrase:
    """A message key and its parameters -> the Phrase."""
    return Phrase(key, tuple(params))


def _shown(param: str | int | tuple[str, ...] | Phrase, wikitext: bool) -> str:
    if isinstance(param, Phrase):
        return param.wikitext() if wikitext else param.text()
    if isinstance(param, tuple):
        comma = msg("peerbot-comma") if wikitext else plain("peerbot-comma")
        return comma.join(escape_text(p) if wikitext else p for p in param)
    if isinstance(param, int):
        return str(param)
    return escape_text(param) if wikitext else param
