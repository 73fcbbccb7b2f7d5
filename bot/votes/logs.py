"""A vote page's event log -> what the line blame cannot see: hidden adding revisions,
removed votes, changes after the close, and the revision time of each vote; pure.

The log (``bot.integrity.events``) follows every line of the page through its history; the
rules (``bot.integrity.verdicts``) say what each line's events mean. Here a line of the log
is read back as a vote with the page's own rules: the line under the headings it sat under,
parsed as a page of its own with the page's layout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from bot.core.history import Origin
from bot.core.integrity import IntegrityConfig, UserFacts, Verdict, judge
from bot.core.model import SiteFacts
from bot.integrity import verdicts
from bot.integrity.events import EntryLog, Event, EventLog
from bot.integrity.verdicts import (
    added,
    frozen_at_close,
    hidden_adding,
    last_own,
    origin_of,
    own,
    removal,
)
from bot.votes.config import VoteConfig
from bot.votes.model import UNSIGNED, Excluded, Vote, VotePage, note
from bot.votes.parts import layout_of


def read_line(event: Event, page: VotePage, rules: VoteConfig,
              facts: SiteFacts) -> Vote | Excluded | None:
    """One version of a line -> the vote (or the excluded record) it was under the
    headings it sat under, or None when it was no vote."""
    from bot.votes.page import parse_votes

    text = "\n".join((*event.path, event.text))
    parsed = parse_votes(text, facts, layout_of(page, rules), page.page)
    found: list[Vote | Excluded] = [*parsed.votes, *parsed.excluded]
    return found[0] if found else None


def unsigned_adders(page: VotePage, events: EventLog) -> dict[int, Origin]:
    """{line: Origin} of each unsigned vote with a stance: the revision that added that
    very line (not the first line that read the same), and its editor."""
    out = {}
    for record in page.excluded:
        if record.reason != UNSIGNED or not record.stance:
            continue
        log = events.entry_at(record.line)
        if log is not None and (origin := origin_of(added(log))) is not None:
            out[record.line] = origin
    return out


def unverifiable(vote: Vote, events: EventLog | None, users: Mapping[str, UserFacts],
                 config: IntegrityConfig) -> Vote | Excluded | None:
    """A vote whose adding revision is hidden -> counted by its signature (``unverifiable``
    noted) or excluded (``count_unverifiable: false``, or the time and eligibility rules);
    None when the history can be read."""
    log = events.entry_at(vote.line) if events is not None else None
    if log is None or not hidden_adding(log):
        return None
    verdict = verdicts.unverifiable(vote.user, vote.timestamp, log, users, config)
    if verdict.reason:
        return Excluded(vote.user, vote.subject, vote.stance, verdict.reason, vote.line,
                        vote.text, vote.timestamp, verdict.revision, None)
    return replace(vote, revision=verdict.revision, editor=None,
                   notes=(note("peerbot-votes-note-unverifiable", verdict.revision),))


def removed_votes(page: VotePage, events: EventLog, rules: VoteConfig,
                  users: Mapping[str, UserFacts], config: IntegrityConfig,
                  facts: SiteFacts) -> tuple[list[Vote], list[Excluded]]:
    """Votes no longer on the page -> (those that still count, every one listed).

    Removed by its signer: ``withdrawn``; by a clerk: ``removed``; by anyone else:
    ``removed``, and counted as its signer last left it (when its signer added it). With
    ``close`` set, a vote removed after it counts as it stood at the close."""
    counted: list[Vote] = []
    listed: list[Excluded] = []
    for log in events.removed():
        if config.closes is not None and \
                (frozen := frozen_at_close(log, config.closes)) is not None:
            if frozen.counts is not None and isinstance(
                    read := read_line(frozen.counts, page, rules, facts), Vote):
                listed.append(Excluded(read.user, read.subject, read.stance,
                                       frozen.reason or "", 0, read.text, read.timestamp,
                                       frozen.revision, frozen.editor))
                stood = _as_left(log, frozen.counts, read.user, page, rules, users, config,
                                 facts)
                counted.extend([stood] if stood is not None else [])
            continue
        read = read_line(log.events[-1], page, rules, facts)
        if not isinstance(read, Vote):
            continue
        said = removal(log, read.user, config.clerks)
        if said is None:
            continue
        listed.append(Excluded(read.user, read.subject, read.stance, said.reason or "",
                               0, read.text, read.timestamp, said.revision, said.editor))
        vote = _as_left(log, said.counts, read.user, page, rules, users, config, facts)
        if vote is not None:
            counted.append(replace(vote, notes=(
                note("peerbot-votes-note-removed", said.editor, said.revision, read.user)
                if said.editor else
                note("peerbot-votes-note-removed-hidden", said.revision, read.user),)))
    return counted, listed


def _as_left(log: EntryLog, event: Event | None, signer: str, page: VotePage,
             rules: VoteConfig, users: Mapping[str, UserFacts], config: IntegrityConfig,
             facts: SiteFacts) -> Vote | None:
    """A version of an entry -> the vote it was, when its signer (or a clerk) added the
    entry and the rules let it count; else None."""
    if event is None:
        return None
    first = added(log)
    if not (hidden_adding(log) or own(first, signer, config.clerks)):
        return None  # someone else wrote it: it never was the signer's vote
    read = read_line(event, page, rules, facts)
    if not isinstance(read, Vote) or read.user != signer:
        return None
    origin = origin_of(first)
    if judge(signer, read.timestamp, origin and replace(origin, user=signer), None, users,
             config).reason:
        return None
    return replace(read, line=0, revision=event.revision, editor=event.user,
                   timestamp=event.time)


def closed(vote: Vote, events: EventLog | None, page: VotePage, rules: VoteConfig,
           users: Mapping[str, UserFacts], config: IntegrityConfig,
           facts: SiteFacts) -> tuple[Vote | None, Excluded] | None:
    """A vote whose line changed after the close -> (the vote as it stood at the close, or
    None when it did not count then; the record of the later change), or None (nothing
    changed, or the line was added after the close: the period rules call it late)."""
    if config.closes is None or events is None:
        return None
    log = events.entry_at(vote.line)
    said = frozen_at_close(log, config.closes) if log is not None else None
    if said is None or log is None or said.reason is None:
        return None
    if said.counts is None:
        return None  # not there at the close: the period rules call it late
    later = Excluded(vote.user, vote.subject, vote.stance, said.reason, vote.line, vote.text,
                     vote.timestamp, said.revision, said.editor)
    stood = _as_left(log, said.counts, vote.user, page, rules, users, config, facts)
    return (replace(stood, line=vote.line) if stood else None), later


def revision_time(vote: Vote, events: EventLog | None) -> Vote:
    """A counted vote -> the same vote timed by the revision that made its line say what
    it says now (never by the typed date), with a note when the typed date is more than a
    day from it or in the future."""
    log = events.entry_at(vote.line) if events is not None else None
    if log is None:
        return vote
    made = next((e for e in reversed(log.events) if e.kind != "moved"), log.events[-1])
    saved = made.time
    notes = vote.notes
    if vote.timestamp is not None and abs((vote.timestamp - saved).total_seconds()) > 86400:
        notes += (note("peerbot-votes-note-typed-date", vote.timestamp.strftime("%Y-%m-%d %H:%M"),
                       saved.strftime("%Y-%m-%d %H:%M"), made.revision),)
    return replace(vote, timestamp=saved, notes=notes)



def _meaning(read: Vote | Excluded | None) -> tuple[str, str | None, str | None] | None:
    """A version of a vote line as read -> what it decides: counted or why not (struck,
    unsigned ...), its stance and its subject."""
    if read is None:
        return None
    if isinstance(read, Vote):
        return "", read.stance, read.subject
    return read.reason, read.stance, read.subject


def logged_verdict(user: str, text: str, signed_at: Any, line: int, page: VotePage,
                   events: EventLog | None, users: Mapping[str, UserFacts],
                   config: IntegrityConfig, rules: VoteConfig, facts: SiteFacts
                   ) -> Verdict | None:
    """A vote (or a struck one) and its page's event log -> its Verdict from its line's
    events: ``forged`` when another account added it, ``tampered`` when another account
    made it say what it says now (its stance, its subject, its strike; a move to another
    section included). None when the log does not know the line (the caller asks the
    signature index) or the adding revision is hidden (``unverifiable``)."""
    from bot.core.history import unsigned_user

    if events is None or (log := events.entry_at(line)) is None:
        return None
    return verdicts.judged(user, signed_at, unsigned_user(text, facts), log,
                           lambda e: _meaning(read_line(e, page, rules, facts)),
                           events.anchor, users, config)


def left_before(vote: Vote, changed: int, events: EventLog | None, page: VotePage,
                rules: VoteConfig, users: Mapping[str, UserFacts], config: IntegrityConfig,
                facts: SiteFacts) -> list[Vote]:
    """A tampered vote and the revision that changed it -> [the vote as its signer (or a
    clerk) last left it before then], or [] (no such version, or it would not count)."""
    log = events.entry_at(vote.line) if events is not None else None
    if log is None:
        return []
    event = last_own(log, vote.user, config.clerks, before=changed)
    left = _as_left(log, event, vote.user, page, rules, users, config, facts)
    return [] if left is None else [replace(left, line=vote.line)]
