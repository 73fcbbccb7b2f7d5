"""Template entries gone from their pages -> what each removal means; pure.

An entry (nomination, recommendation, offer, request, recognition) is a template on a line
of a page; its line's event log (``bot.integrity.events``) says who removed it. Removed by
its signer: withdrawn. By a clerk: removed. By anyone else: removed, and counted as its
signer last left it, as a tampered entry is. Each is an audit row naming who and the
revision. A template spread over several lines is followed by the line it starts on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from bot.core.history import Origin
from bot.core.integrity import AuditRow, IntegrityConfig, UserFacts, judge
from bot.core.model import Entry
from bot.integrity.events import EntryLog, Event, EventLog
from bot.integrity.verdicts import added, hidden_adding, own, removal

# (page title, wikitext) -> the entries in it
Parse = Callable[[str, str], list[Entry]]


def _utc(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(UTC)


def _read(title: str, event: Event, parse: Parse) -> Entry | None:
    """One version of a line -> the signed entry it was (under the headings above it)."""
    found = [e for e in parse(title, "\n".join((*event.path, event.text))) if e.signer]
    return found[0] if found else None


def removed_entries(logs: Mapping[str, EventLog], parse: Parse,
                    users: Mapping[str, UserFacts],
                    config: IntegrityConfig) -> tuple[list[Entry], list[AuditRow]]:
    """{page: its event log} -> (entries that still count though gone from their page,
    an audit row for every entry gone)."""
    kept: list[Entry] = []
    rows: list[AuditRow] = []
    for title, log in logs.items():
        for entry_log in log.removed():
            gone = _read(title, entry_log.events[-1], parse)
            if gone is None or gone.signer is None:
                continue
            said = removal(entry_log, gone.signer, config.clerks)
            if said is None or said.reason is None:
                continue
            left = _as_left(title, entry_log, said.counts, gone.signer, parse, users, config)
            note = (f"removed by {said.editor or '(hidden)'}; counted as {gone.signer} left "
                    f"it in revision {left.revision}" if left is not None else "")
            rows.append(AuditRow(title, 0, gone.signer, gone.subject, gone.kind, said.reason,
                                 said.revision, said.editor, note))
            if left is not None:
                kept.append(left)
    return kept, rows


def _as_left(title: str, log: EntryLog, event: Event | None, signer: str, parse: Parse,
             users: Mapping[str, UserFacts], config: IntegrityConfig) -> Entry | None:
    """A removed entry's last own version -> the entry it was, when its signer (or a
    clerk) added it and the period and eligibility rules let it count; else None."""
    first = added(log)
    if event is None or not (hidden_adding(log) or own(first, signer, config.clerks)):
        return None
    entry = _read(title, event, parse)
    if entry is None or entry.signer != signer:
        return None
    origin = None if first.user is None else Origin(first.revision, signer,
                                                    _utc(first.timestamp))
    if judge(signer, entry.signed_at, origin, None, users, config).reason:
        return None
    return replace(entry, line=0, revision=event.revision, editor=event.user,
                   timestamp=_utc(first.timestamp))
