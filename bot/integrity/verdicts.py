"""An entry's event log and the config -> what the log says of it; pure.

Every rule here is a function of one entry's events (``bot.integrity.events``) and the
clerks: no rule reads the wiki or the state folder. The verdicts:

| verdict | rule |
|---|---|
| `unverifiable` | the revision that added the entry cannot be read (its text or its account is hidden): it is never `forged`, and no neighbour is named as its editor |
| `removed` | the entry is gone; removed by a clerk (not counted), or by anyone else (counted as its signer last left it) |
| `withdrawn` | the entry is gone, removed by its signer (not counted) |
| `changed after the close` | the entry changed, moved or went after `close`: it counts as it stood at the close |
| `forged` | the adding event's account is neither the signer nor a clerk (``judge``, given ``added``) |
| `tampered` | the event that made the entry mean what it means now (``made_so``) was saved by someone else than the signer or a clerk |
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.core.history import Origin
from bot.core.integrity import IntegrityConfig, UserFacts, Verdict, judge
from bot.integrity.events import ADDED, REMOVED, Anchor, EntryLog, Event

UNVERIFIABLE = "unverifiable"
REMOVED_ENTRY = "removed"  # by a clerk (not counted) or anyone else (counted as left)
WITHDRAWN = "withdrawn"
AFTER_CLOSE = "changed after the close"


@dataclass(frozen=True)
class Said:
    """What the log says of an entry: a reason code (None: nothing to say), the revision
    and account it names, and the event whose line counts (None: none counts)."""

    reason: str | None
    revision: int | None
    editor: str | None
    counts: Event | None


def added(log: EntryLog) -> Event:
    """-> the event that added the entry (the first)."""
    return log.events[0]


def hidden_adding(log: EntryLog) -> bool:
    """-> True when the adding revision cannot be read: its account, or the text of a
    revision between it and the last readable one, is hidden."""
    first = added(log)
    return first.kind == ADDED and (first.user is None or bool(first.hidden))


def unverifiable(signer: str, signed_at: datetime | None, log: EntryLog,
                 users: Mapping[str, UserFacts], config: IntegrityConfig) -> Verdict:
    """An entry whose adding revision is hidden -> judged by its signature alone (its time
    and the signer's eligibility), never forged, naming the hidden revision and no editor;
    ``unverifiable`` when ``count_unverifiable`` is off."""
    first = added(log)
    revision = first.hidden[0] if first.hidden else first.revision
    verdict = judge(signer, signed_at, None, None, users, config)
    reason = verdict.reason or (None if config.count_unverifiable else UNVERIFIABLE)
    return Verdict(verdict.user, reason, revision, None, verdict.time)


def origin_of(event: Event) -> Origin | None:
    """An event with a known account -> the Origin the rules of ``judge`` take (None: the
    account is hidden)."""
    if event.user is None:
        return None
    return Origin(event.revision, event.user, event.time)


def own(event: Event, signer: str, clerks: Collection[str]) -> bool:
    """-> True when the signer or a clerk made the event."""
    return event.user is not None and (event.user == signer or event.user in clerks)


def last_own(log: EntryLog, signer: str, clerks: Collection[str],
             before: int | None = None) -> Event | None:
    """-> the last version of the entry its signer or a clerk saved (before revision
    ``before``), or None: the entry as its signer last left it. An entry whose adding
    revision is hidden is taken as added by its signer (it counts by its signature)."""
    found = log.events[0] if hidden_adding(log) else None
    for event in log.events:
        if before is not None and event.revision >= before:
            break
        if event.kind != REMOVED and own(event, signer, clerks):
            found = event
    return found


def removal(log: EntryLog, signer: str, clerks: Collection[str]) -> Said | None:
    """A log and the entry's signer -> what its removal means, or None while it is there.

    Removed by the signer: withdrawn. By a clerk: removed, not counted. By anyone else (or
    an account the wiki hides): removed, and counted as its signer last left it."""
    last = log.events[-1]
    if last.kind != REMOVED:
        return None
    if last.user is not None and last.user == signer:
        return Said(WITHDRAWN, last.revision, last.user, None)
    if last.user is not None and last.user in clerks:
        return Said(REMOVED_ENTRY, last.revision, last.user, None)
    return Said(REMOVED_ENTRY, last.revision, last.user,
                last_own(log, signer, clerks, before=last.revision))


def at_close(log: EntryLog, close: datetime) -> tuple[Event | None, Event | None]:
    """A log and the close -> (the entry's last event at or before the close, the first
    event after it), either None."""
    before = after = None
    for event in log.events:
        if event.time <= close:
            before = event
        elif after is None:
            after = event
    return before, after


def frozen_at_close(log: EntryLog, close: datetime) -> Said | None:
    """A log and the close -> None when nothing happened to the entry after the close;
    else ``changed after the close`` naming the first such event, with the version that
    stood at the close (None: the entry was not there then)."""
    before, after = at_close(log, close)
    if after is None:
        return None
    standing = before if before is not None and before.kind != REMOVED else None
    return Said(AFTER_CLOSE, after.revision, after.user, standing)



def made_so(log: EntryLog, meaning: Callable[[Event], object],
            since: Event | None = None) -> Event:
    """A log and what a version of its line means (for a vote: its stance and subject, as
    the line reads under its headings) -> the event that made the entry mean what it means
    now: the first of the unbroken run of versions, back from the last, that mean the same
    (a removal and restore of the same line, a reply or a typo fix in between break
    nothing; ``since``: no version before that event). Its account must be the signer's
    or a clerk's, or the entry was tampered with; the first event (the adding one) means
    nobody changed it."""
    events = log.events[log.events.index(since):] if since is not None else log.events
    seen = [e for e in events if e.kind != REMOVED]
    start = seen[-1]
    if len(seen) == 1:
        return start
    now = meaning(start)
    for event in reversed(seen[:-1]):
        if meaning(event) != now:
            break
        start = event
    return start


def signed(log: EntryLog, anchor: Anchor) -> Event:
    """A log and the page's anchor (a line's signature) -> the event that put the entry's
    signature as it stands now on its line: the adding one, unless the line was there
    before it was signed (someone typed it, then someone signed it)."""
    if len(log.events) == 1:
        return log.events[0]  # most entries: added once, never touched
    now = anchor(log.events[-1].text)
    for event in log.events:
        if event.kind != REMOVED and anchor(event.text) == now:
            return event
    return log.events[0]


def judged(signer: str, signed_at: datetime | None, unsigned_for: str | None, log: EntryLog,
           meaning: Callable[[Event], object], anchor: Anchor,
           users: Mapping[str, UserFacts], config: IntegrityConfig) -> Verdict | None:
    """An entry (its signer, typed time, and the user an {{unsigned}} note on it names) and
    its line's log -> its Verdict (``judge``): ``forged`` when another account signed it
    (``signed``), ``tampered`` when another account made it mean what it means now
    (``made_so`` with ``meaning``). None when the log cannot say: the adding revision is
    hidden (``unverifiable``), or a note names another account than the one that signed it
    (the signature index compares the line without its note)."""
    if added(log).kind != ADDED or hidden_adding(log):
        return None
    first = signed(log, anchor)
    if unsigned_for and first.user != unsigned_for:
        return None
    # a note added for the signer is no change of the entry
    change = None if unsigned_for else origin_of(made_so(log, meaning, since=first))
    return judge(signer, signed_at, origin_of(first), unsigned_for, users, config,
                 changed=change)
