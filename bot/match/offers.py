"""Entries of the two mentoring templates -> Offers and Requests, with problems; pure.

An offer or a request is its signer's. Skills and needs are tags of the config's vocabulary
(aliases, case and spacing ignored); an unknown tag is a problem naming the closest known tag.
Languages are the language codes MediaWiki ships. A struck offer or request is withdrawn. A
person's later offer (or request) replaces their earlier one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.model import Entry, Problem
from bot.core.notices import problem
from bot.core.sitenames import language_codes
from bot.match.config import MatchConfig, tag_key

OFFER = "mentor offer"
REQUEST = "mentee request"


@dataclass(frozen=True)
class Side:
    """One signed offer (a mentor) or request (a mentee), as the matching sees it."""

    kind: str  # OFFER or REQUEST
    user: str
    languages: tuple[str, ...]
    tags: tuple[str, ...]  # skills of an offer, needs of a request
    region: str = ""
    format: str = ""
    group: str = ""
    capacity: int = 1
    page: str = ""
    line: int = 0
    revision: int | None = None
    timestamp: datetime | None = None
    withdrawn: bool = False


@dataclass(frozen=True)
class Sides:
    """Every offer and request read, and what could not be used."""

    offers: tuple[Side, ...]
    requests: tuple[Side, ...]
    problems: tuple[Problem, ...]

    def active_offers(self) -> tuple[Side, ...]:
        """-> the offers not withdrawn."""
        return tuple(o for o in self.offers if not o.withdrawn)

    def active_requests(self) -> tuple[Side, ...]:
        """-> the requests not withdrawn."""
        return tuple(r for r in self.requests if not r.withdrawn)


def split_list(value: str) -> list[str]:
    """"a, b; c" -> ["a", "b", "c"] (commas, semicolons and slashes separate)."""
    return [part.strip() for part in re.split(r"[,;/]", value) if part.strip()]


# Problems, by side: (unknown tag, with a hint), (unknown language, with a hint), no
# language, replaced by a later one of the same person.
PROBLEMS = {
    OFFER: ("peerbot-match-offer-unknown-skill", "peerbot-match-offer-unknown-skill-hint",
            "peerbot-match-offer-bad-language", "peerbot-match-offer-bad-language-hint",
            "peerbot-match-offer-no-language", "peerbot-match-offer-replaced"),
    REQUEST: ("peerbot-match-request-unknown-need", "peerbot-match-request-unknown-need-hint",
              "peerbot-match-request-bad-language", "peerbot-match-request-bad-language-hint",
              "peerbot-match-request-no-language", "peerbot-match-request-replaced"),
}
Found = tuple[str, tuple[str, ...]]  # a problem's message key and parameters


def _tags(entry: Entry, field: str, config: MatchConfig) -> tuple[tuple[str, ...], list[Found]]:
    """Entry and parameter -> (known tags in order, problems for unknown ones)."""
    plain_key, hint_key = PROBLEMS[entry.kind][:2]
    known = {tag_key(name): tag for tag, aliases in config.vocabulary
             for name in (tag, *aliases)}
    found: list[str] = []
    bad: list[Found] = []
    for typed in split_list(entry.param(field)):
        tag = known.get(tag_key(typed)) if config.vocabulary else typed.casefold()
        if tag is None:
            close = difflib.get_close_matches(tag_key(typed), list(known), n=1, cutoff=0.5)
            bad.append((hint_key, (typed, known[close[0]])) if close else (plain_key, (typed,)))
        elif tag not in found:
            found.append(tag)
    return tuple(found), bad


def _languages(entry: Entry) -> tuple[tuple[str, ...], list[Found]]:
    plain_key, hint_key = PROBLEMS[entry.kind][2:4]
    codes = language_codes()
    found: list[str] = []
    bad: list[Found] = []
    for typed in split_list(entry.param("languages")):
        code = typed.strip().casefold().replace("_", "-")
        if code not in codes:
            close = difflib.get_close_matches(code, sorted(codes), n=1, cutoff=0.75)
            bad.append((hint_key, (typed, close[0])) if close else (plain_key, (typed,)))
        elif code not in found:
            found.append(code)
    return tuple(found), bad


def _capacity(entry: Entry) -> tuple[int, list[Found]]:
    raw = entry.param("capacity")
    if not raw:
        return 1, []
    if not raw.isdigit() or not 1 <= int(raw) <= 50:
        return 1, [("peerbot-match-offer-bad-capacity", (raw,))]
    return int(raw), []


def side_of(entry: Entry, config: MatchConfig) -> tuple[Side | None, list[Problem]]:
    """One entry -> its Side (None when it cannot be used) and the problems found."""
    kind = entry.kind
    field = "skills" if kind == OFFER else "needs"
    tags, bad_tags = _tags(entry, field, config)
    languages, bad_languages = _languages(entry)
    capacity, bad_capacity = _capacity(entry) if kind == OFFER else (1, [])
    problems = [problem(entry.page, key, entry.subject, *params, line=entry.line,
                        text=entry.text[:200])
                for key, params in [*bad_tags, *bad_languages, *bad_capacity]]
    if not languages:
        problems.append(problem(entry.page, PROBLEMS[kind][4], entry.subject, line=entry.line,
                                text=entry.text[:200]))
        return None, problems
    return Side(kind, entry.subject, languages, tags, entry.param("region").strip(),
                entry.param("format").strip().casefold(), entry.param("group").strip(),
                capacity, entry.page, entry.line, entry.revision, entry.timestamp,
                entry.struck), problems


def read_sides(entries: Iterable[Entry], problems: Sequence[Problem],
               config: MatchConfig) -> Sides:
    """Checked entries and the reader's problems -> Sides: one offer and one request per
    person at most (the latest by time; the earlier ones are named as replaced)."""
    out: list[Problem] = list(problems)
    latest: dict[tuple[str, str], Side] = {}
    ordered = sorted(entries, key=lambda e: (e.timestamp is None, e.timestamp or datetime.min,
                                             e.page, e.line))
    for entry in ordered:
        if entry.kind not in (OFFER, REQUEST):
            continue
        side, found = side_of(entry, config)
        out.extend(found)
        if side is None:
            continue
        key = (side.kind, side.user)
        earlier = latest.get(key)
        if earlier is not None and not side.withdrawn and not earlier.withdrawn:
            out.append(problem(earlier.page, PROBLEMS[side.kind][5], earlier.user, side.page,
                               side.line, line=earlier.line))
        if earlier is None or not side.withdrawn or earlier.withdrawn:
            latest[key] = side
    sides = sorted(latest.values(), key=lambda s: s.user)
    return Sides(tuple(s for s in sides if s.kind == OFFER),
                 tuple(s for s in sides if s.kind == REQUEST), tuple(out))
