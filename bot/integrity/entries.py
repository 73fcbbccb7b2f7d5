"""Template entries gone from their pages -> what each removal means; pure.

An entry (nomination, recommendation, offer, request, recognition) is a template on a line
of a page; its line's event log (``bot.integrity.events``) says who removed it. Removed by
its signer: withdrawn. By a clerk: removed. By anyone else: removed, and counted as its
signer last left it, as a tampered entry is. Each is an audit row naming who and the
revision. With ``close`` set, an entry counts as it stood at the close, and what changed
after it is listed. A template spread over several lines is one entry of the log, whichever
of its lines changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from bot.core.audit_words import audit_note
from bot.core.history import Origin, entry_meaning, unsigned_user
from bot.core.i18n import term
from bot.core.integrity import AuditRow, IntegrityConfig, UserFacts, Verdict, judge
from bot.core.model import Entry, SiteFacts
from bot.integrity.events import Anchor, EntryLog, Event, EventLog
from bot.integrity.verdicts import (
    added,
    frozen_at_close,
    hidden_adding,
    judged,
    last_own,
    own,
    removal,
)

# (page title, wikitext) -> the entries in it
Parse = Callable[[str, str], list[Entry]]


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
            if config.closes is not None:  # gone after the close: it counts as it stood
                said = frozen_at_close(entry_log, config.closes) or said
            if said is None or said.reason is None:
                continue
            left = _as_left(title, entry_log, said.counts, gone.signer, parse, users, config)
            note = audit_note("peerbot-audit-note-removed",
                              said.editor or term("peerbot-certify-hidden"), gone.signer,
                              left.revision) if left is not None else {}
            rows.append(AuditRow(title, 0, gone.signer, gone.subject, gone.kind, said.reason,
                                 said.revision, said.editor, **note))
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
                                                    first.time)
    if judge(signer, entry.signed_at, origin, None, users, config).reason:
        return None
    return replace(entry, line=0, revision=event.revision, editor=event.user,
                   timestamp=first.time)


def frozen_entries(kept: list[Entry], logs: Mapping[str, EventLog], parse: Parse,
                   config: IntegrityConfig) -> tuple[list[Entry], list[AuditRow]]:
    """With ``close`` set: counted entries whose line changed after it -> each as it stood
    at the close (left out when it was not there then), with an audit row naming the first
    later change."""
    if config.closes is None:
        return kept, []
    out: list[Entry] = []
    rows: list[AuditRow] = []
    for entry in kept:
        log = logs[entry.page].entry_at(entry.line) if entry.page in logs and entry.line \
            else None
        said = frozen_at_close(log, config.closes) if log is not None else None
        if said is None or said.counts is None:
            out.append(entry)  # unchanged since, or added after the close (late)
            continue
        stood = _read(entry.page, said.counts, parse)
        note: dict[str, Any] = {}
        if stood is not None and stood.signer == entry.signer:
            out.append(replace(stood, line=entry.line, revision=entry.revision,
                               editor=entry.editor, timestamp=entry.timestamp))
            note = audit_note("peerbot-audit-note-frozen", said.counts.revision)
        rows.append(AuditRow(entry.page, entry.line, entry.signer or "", entry.subject,
                             entry.kind, said.reason or "", said.revision, said.editor, **note))
    return out, rows


def logged_verdict(entry: Entry, log: EntryLog, anchor: Anchor,
                   users: Mapping[str, UserFacts], config: IntegrityConfig,
                   facts: SiteFacts) -> Verdict | None:
    """A template entry and its line's log -> its Verdict: ``forged`` when another account
    added it, ``tampered`` when another account made it say what it says now (its
    nominee, track, group, strike ...: ``bot.core.history.entry_meaning``); None when the
    adding revision is hidden (``unverifiable``)."""
    return judged(entry.signer or "", entry.signed_at, unsigned_user(entry.text, facts), log,
                  lambda e: entry_meaning(e.text, facts), anchor, users, config)


def left_before(entry: Entry, log: EntryLog, changed: int, parse: Parse,
                users: Mapping[str, UserFacts], config: IntegrityConfig) -> Entry | None:
    """A tampered entry and the revision that changed it -> the entry as its signer (or a
    clerk) last left it before then, or None (no such version, or it would not count)."""
    if entry.signer is None:
        return None
    event = last_own(log, entry.signer, config.clerks, before=changed)
    left = _as_left(entry.page, log, event, entry.signer, parse, users, config)
    return None if left is None else replace(left, line=entry.line)
