"""Vote records: what parsing a vote page yields, and the codes that say why.

Pure data: a ``Vote`` (who, on what, which stance, when, on which line), a signed
ranked ``Ballot``, an ``Excluded`` record for anything vote-like that is not counted (with
its reason code), and the ``VotePage`` that holds them all with the page's layout. The
reason codes and layout names are shared by parsing, the integrity rules, the tally and
the report. A counted vote's notes are message keys with their parameters, shown in the
report's language (English in the JSON).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.i18n import msg, speaking

REPLY = "reply"
UNSIGNED = "unsigned"
STRUCK = "struck"
NO_STANCE = "no-stance"
INVALID = "invalid"
DUPLICATE = "duplicate"
CHANGED = "changed"
HIDDEN = "hidden"

OPTIONS = "options"
SUBJECTS = "subjects"


# a note on a counted vote: a message key (i18n/votes/) and its parameters
Note = tuple[str, tuple[str, ...]]


def note(key: str, *params: object) -> Note:
    """A message key and its parameters -> the Note."""
    return key, tuple(str(p) for p in params)


@dataclass(frozen=True)
class Vote:
    """One counted-looking vote as written: signer, subject, stance, time, 1-based line."""

    user: str
    subject: str
    stance: str
    timestamp: datetime | None
    line: int
    text: str
    revision: int | None = None
    editor: str | None = None
    # what the history says of it (unverifiable, removed, typed date ...): messages
    notes: tuple[Note, ...] = ()
    page: str = ""  # the page it is written on, when a part transcluded by the vote page

    @property
    def note(self) -> str:
        """-> the notes in English (the JSON's ``note``), "" for none."""
        with speaking("en"):
            return notes_text(self.notes)


def notes_text(notes: tuple[Note, ...]) -> str:
    """Notes -> their text in the report's language, one after the other (plain text: the
    audit escapes it)."""
    return msg("peerbot-semicolon").join(msg(key, *params) for key, params in notes)


@dataclass(frozen=True)
class Ballot:
    """One signed ranked ballot: the ranking, best first."""

    user: str
    ranking: tuple[str, ...]
    timestamp: datetime | None
    line: int
    text: str
    revision: int | None = None
    editor: str | None = None
    page: str = ""  # the page it is written on, when a part transcluded by the vote page


@dataclass(frozen=True)
class Excluded:
    """Something vote-like that is not counted, with the reason code and 1-based line."""

    user: str | None
    subject: str
    stance: str | None
    reason: str
    line: int
    text: str = ""
    timestamp: datetime | None = None
    revision: int | None = None
    editor: str | None = None
    page: str = ""  # the page it is written on, when a part transcluded by the vote page


@dataclass(frozen=True)
class VotePage:
    """A parsed vote page: layout, subjects in page order, votes, ballots and exclusions."""

    page: str
    layout: str
    subjects: tuple[str, ...]
    votes: tuple[Vote, ...]
    excluded: tuple[Excluded, ...]
    ballots: tuple[Ballot, ...] = ()
    ballot_excluded: tuple[Excluded, ...] = ()
    # the sections are the options Support / Oppose / Neutral of the page's one question
    stance_options: bool = False
