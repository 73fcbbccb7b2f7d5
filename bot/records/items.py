"""What the wiki shows a person did -> Items, one per seat, goal, confirmed mentee, pair,
recommendation or recognition; pure.

Template entries come checked from the shared reader (forged and tampered ones are already
set aside); seats and pairs come from the rows the selection and match jobs publish. Each
item has a stable key, so a later run knows it again, and names the revision that recorded
it and who confirmed it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from bot.core.goals import goal_status, why_not_counted
from bot.core.model import Entry, Problem
from bot.core.notices import problem

KINDS = ("seat", "goal", "mentee", "pair", "recommendation", "recognition")
FULL, OPT_OUT = "full", "opt-out"
CHOICES = {"full": FULL, "full record": FULL, "opt-out": OPT_OUT, "optout": OPT_OUT,
           "opt out": OPT_OUT, "out": OPT_OUT, "none": OPT_OUT}


@dataclass(frozen=True)
class Item:
    """One thing a person's record lists.

    ``revision`` recorded it on ``page``; ``by`` confirmed it (the signer, or the account
    that published a report); ``editor`` saved it when that is someone else (a clerk).
    ``withdrawn`` is the revision that withdrew it (0: its page could not be read), set only
    on withdrawn items, with ``why``.
    """

    person: str
    kind: str
    key: str
    text: str = ""
    page: str = ""
    revision: int | None = None
    by: str = ""
    other: str = ""  # the other person named (a mentee, a mentor, a recommender ...)
    status: str = ""  # a goal's status
    since: str = ""  # a pair's first day
    until: str = ""  # a pair's last day, once it ended
    editor: str = ""
    withdrawn: int | None = None
    why: str = ""  # struck, gone (no longer on its page), unreadable (its page), withdrawn
    track: str = ""  # a seat's track

    @property
    def active(self) -> bool:
        """-> True unless withdrawn."""
        return self.withdrawn is None


@dataclass(frozen=True)
class Published:
    """A row another job published: a seat (user, track, policy) or a pair (mentor, mentee,
    since), with the page and revision it was read from and who saved that revision."""

    page: str
    revision: int
    saved_by: str
    date: str
    attrs: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str:
        """Attribute name -> its value ('' when absent)."""
        return dict(self.attrs).get(name, "")


def item_key(kind: str, *parts: str) -> str:
    """Kind and what identifies the item -> a short stable key (``goal-1a2b3c4d5e``)."""
    folded = "\n".join(re.sub(r"\s+", " ", p).strip().casefold() for p in parts)
    return f"{kind}-{hashlib.sha1(folded.encode('utf-8')).hexdigest()[:10]}"


def _entry_item(entry: Entry, kind: str, person: str, other: str, text: str, key: str,
                struck: Mapping[tuple[str, int], int]) -> Item:
    signer = entry.signer or ""
    withdrawn = struck.get((entry.page, entry.line), 0) if entry.struck else None
    return Item(person, kind, key, text, entry.page, entry.revision, signer, other,
                editor=entry.editor if entry.editor and entry.editor != signer else "",
                withdrawn=withdrawn, why="struck" if entry.struck else "")


def goal_items(entries: Iterable[Entry], struck: Mapping[tuple[str, int], int]
               ) -> tuple[list[Item], list[Problem]]:
    """Goal entries -> one item per goal (the latest record counts), and problems."""
    latest: dict[str, tuple[Entry, str]] = {}
    problems: list[Problem] = []
    for entry in sorted(entries, key=_time_order):
        goal, training = entry.param("goal"), entry.param("training")
        status = goal_status(entry.param("status")) or ""
        why = why_not_counted(entry)  # as on the selection page: the same status and words
        if why:
            problems.append(problem(entry.page, why[0], *why[1], line=entry.line))
            continue
        key = item_key("goal", entry.subject, training, goal)
        if entry.struck and key in latest and not latest[key][0].struck:
            continue  # a struck old record does not undo a standing later one
        latest[key] = (entry, status)
    items = []
    for key, (entry, status) in latest.items():
        goal, training = entry.param("goal"), entry.param("training")
        text = f"{goal} ({training})" if training else goal
        item = _entry_item(entry, "goal", entry.subject, "", text, key, struck)
        items.append(replace(item, status=status))
    return items, problems


def _time_order(entry: Entry) -> tuple[bool, str, str, int]:
    stamp = entry.timestamp.isoformat() if entry.timestamp else ""
    return (entry.timestamp is None, stamp, entry.page, entry.line)


def signed_items(entries: Iterable[Entry], struck: Mapping[tuple[str, int], int]
                 ) -> tuple[list[Item], list[Problem]]:
    """Recommendation, mentoring feedback and recognition entries -> items (one per pair of
    people and page; nobody confirms, recommends or recognizes themself), and problems."""
    items: dict[tuple[str, str], Item] = {}
    problems: list[Problem] = []
    for entry in sorted(entries, key=_time_order):
        signer = entry.signer or ""
        why = why_not_counted(entry)
        if why:
            problems.append(problem(entry.page, why[0], *why[1], line=entry.line))
            continue
        if entry.kind == "recommendation":
            kind, text = "recommendation", entry.param("relationship")
            key = item_key(kind, entry.subject, signer, entry.page)
        elif entry.kind == "mentoring feedback":
            kind, text = "mentee", entry.param("outcome") or entry.param("what")
            key = item_key(kind, entry.subject, signer)
        elif entry.kind == "recognition":
            kind, text = "recognition", entry.param("for")
            key = item_key(kind, entry.subject, signer, text)
        else:
            continue
        item = _entry_item(entry, kind, entry.subject, signer, text, key, struck)
        earlier = items.get((entry.subject, key))
        if earlier is None or item.active or not earlier.active:
            items[(entry.subject, key)] = item
    return list(items.values()), problems


def choices(entries: Iterable[Entry], records_page: str) -> tuple[dict[str, str], list[Problem]]:
    """Record choice entries -> {signer: their latest choice (full or opt-out)}, and problems
    (a choice elsewhere than on the records page, or one that says neither)."""
    out: dict[str, str] = {}
    problems: list[Problem] = []
    for entry in sorted(entries, key=_time_order):
        raw = (entry.param("1") or entry.param("want")).strip().casefold()
        choice = CHOICES.get(raw)
        if entry.page != records_page:
            problems.append(problem(entry.page, "peerbot-records-choice-elsewhere", entry.subject,
                                    line=entry.line))
        elif choice is None:
            problems.append(problem(entry.page, "peerbot-records-choice-unclear", entry.subject,
                                    line=entry.line))
        elif not entry.struck:
            out[entry.subject] = choice
        elif out.get(entry.subject) == choice:
            del out[entry.subject]  # a struck choice takes back the same earlier one
    return out, problems


def seat_items(rows: Sequence[Published]) -> list[Item]:
    """Selected rows of selection reports -> one seat item per person and page."""
    items = []
    for row in rows:
        user = row.get("user")
        if not user:
            continue
        items.append(Item(user, "seat", item_key("seat", row.page, user), row.get("policy"),
                          row.page, row.revision, row.saved_by, track=row.get("track")))
    return items


def pair_items(rows: Sequence[Published]) -> list[Item]:
    """Pairs rows of pairs pages -> two items per pair, the mentor's and the mentee's."""
    items = []
    for row in rows:
        mentor, mentee, since = row.get("mentor"), row.get("mentee"), row.get("since")
        if not mentor or not mentee:
            continue
        key = item_key("pair", row.page, mentor, mentee, since)
        items.append(Item(mentor, "pair", key, "mentor", row.page, row.revision, row.saved_by,
                          mentee, since=since))
        items.append(Item(mentee, "pair", key, "mentee", row.page, row.revision, row.saved_by,
                          mentor, since=since))
    return items
