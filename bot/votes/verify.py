"""VotePage -> the same page after the integrity rules: who really wrote each vote, when.

Forged, tampered, early, late and ineligible votes move to the excluded list with their
reason; every kept vote carries the revision and editor that added it (see
``bot.wiki.attribution``). An unsigned vote is listed with the account that added it, and
counted for that account when a link to its own name signs it or the config says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from bot.core.history import Origin, line_key, meaning_prefix, signature_span
from bot.core.i18n import msg
from bot.core.integrity import AuditRow, IntegrityConfig, UserFacts, judge
from bot.core.model import SiteFacts
from bot.core.signatures import signed_by_own_name
from bot.integrity.events import EventLog
from bot.votes import logs
from bot.votes.config import VoteConfig
from bot.votes.model import HIDDEN, UNSIGNED, Excluded, Vote, notes_text
from bot.votes.moves import (
    Sections,
    as_the_signer_left_it,
    moved_by,
    section_history,
    versions_of,
)
from bot.wiki.attribution import origins_for, verdict_for
from bot.wiki.state import HistoryStore


def check_votes(page: Any, store: HistoryStore | None, users: Mapping[str, UserFacts],
                config: IntegrityConfig, facts: SiteFacts, rules: VoteConfig | None = None,
                adders: Mapping[int, Origin] | None = None,
                events: EventLog | None = None) -> Any:
    """VotePage -> the same page with forged/early/late/ineligible votes moved to excluded
    and every vote carrying the revision and editor that added it. A tampered vote is
    excluded as the other account left it and, with the page's vote ``rules``, counted as
    its signer last left it when the history shows that version. A vote moved into a
    section that means another stance or subject (``bot.votes.moves``) is tampered too,
    unless its signer or a clerk moved it.

    With the page's event log (``bot.votes.logs``): a vote whose adding revision is hidden
    is ``unverifiable``, never forged; votes removed from the page are listed (and counted
    as their signer left them when someone else removed them); with ``close`` set, what
    changed after it is listed and the vote counts as it stood then; every counted vote is
    timed by its revision."""
    struck = [e for e in page.excluded if e.reason == "struck" and e.user]
    # the signature index answers for ballots, and for votes when no event log is kept
    by_index = events is None or rules is None
    origins = origins_for(store, page.page, [b.text for b in page.ballots] + (
        [v.text for v in page.votes] + [e.text for e in struck] if by_index else []), facts)
    # where every signature's line sat, read once for the page (the local index, no request)
    sections = section_history(store.with_prefix(page.page, "x")) \
        if store is not None and by_index else {}
    votes, ballots, ballot_excluded = [], [], list(page.ballot_excluded)
    excluded = [_struck_by_whom(e, page, store, origins, users, config, facts, rules, events)
                if e in struck else e for e in page.excluded]
    if rules is not None and store is not None:
        for record in excluded:
            if record in struck or record.reason != "tampered" or not record.user:
                continue
            struck_vote = Vote(record.user, record.subject, record.stance or "",
                               record.timestamp, record.line, record.text)
            votes.extend(_left(struck_vote, record.revision or 0, page, store, sections,
                               rules, users, config, facts, events))
    if adders is None:  # the caller may have looked them up already (unsigned_origins)
        adders = unsigned_origins(page, store, events)
    listed = []
    for record in excluded:
        if record.reason == UNSIGNED and record.line in adders:
            found = _unsigned_by_history(record, adders[record.line], users, config, facts)
            if isinstance(found, Vote):
                votes.append(found)
                continue
            record = found
        listed.append(record)
    excluded = listed
    for vote in page.votes:
        if rules is not None:
            frozen = logs.closed(vote, events, page, rules, users, config, facts)
            if frozen is not None:
                excluded.append(frozen[1])
                votes.extend(v for v in frozen[:1] if v is not None)
                continue
        hidden = logs.unverifiable(vote, events, users, config)
        if isinstance(hidden, Excluded):
            excluded.append(hidden)
            continue
        if hidden is not None:
            votes.append(hidden)
            continue
        verdict = _verdict(vote.user, vote.text, vote.timestamp, vote.line, page, store,
                           origins, sections, users, config, facts, rules, events, vote)
        if verdict.reason:
            excluded.append(Excluded(verdict.user, vote.subject, vote.stance, verdict.reason,
                                     vote.line, vote.text, vote.timestamp, verdict.revision,
                                     verdict.editor))
            if verdict.reason == "tampered" and rules is not None and store is not None:
                votes.extend(_left(vote, verdict.revision or 0, page, store, sections, rules,
                                   users, config, facts, events))
        else:
            votes.append(replace(vote, user=verdict.user, revision=verdict.revision,
                                 editor=verdict.editor))
    for ballot in page.ballots:
        verdict = verdict_for(ballot.text, ballot.user, ballot.timestamp, page.page, origins,
                              users, config, facts)
        if verdict.reason:
            ballot_excluded.append(Excluded(verdict.user, "ranking", None, verdict.reason,
                                            ballot.line, ballot.text, ballot.timestamp,
                                            verdict.revision, verdict.editor))
        else:
            ballots.append(replace(ballot, user=verdict.user, revision=verdict.revision,
                                   editor=verdict.editor))
    if events is not None and rules is not None:
        still, removed = logs.removed_votes(page, events, rules, users, config, facts)
        votes.extend(still)
        excluded.extend(removed)
        votes = [logs.revision_time(v, events) if v.line else v for v in votes]
    # a vote counted as its signer left it may be for a subject no vote is for now
    subjects = tuple(dict.fromkeys((*page.subjects, *(v.subject for v in votes))))
    return replace(page, subjects=subjects, votes=tuple(sorted(votes, key=lambda v: v.line)),
                   ballots=tuple(ballots),
                   excluded=tuple(sorted(excluded, key=lambda e: e.line)),
                   ballot_excluded=tuple(ballot_excluded))


def unsigned_origins(page: Any, store: HistoryStore | None,
                     events: EventLog | None = None) -> dict[int, Origin]:
    """VotePage -> {line: Origin} of each unsigned vote with a stance whose line the history
    knows: the revision that added that line, and its editor."""
    if events is not None:
        return logs.unsigned_adders(page, events)
    if store is None:
        return {}
    keys = {e.line: line_key(e.text) for e in page.excluded if e.reason == UNSIGNED and e.stance}
    found = store.origins(page.page, [k for k in keys.values() if k])
    return {line: found[key] for line, key in keys.items() if key in found}


def _unsigned_by_history(record: Excluded, origin: Origin, users: Mapping[str, UserFacts],
                         config: IntegrityConfig, facts: SiteFacts) -> Vote | Excluded:
    """An unsigned vote and the revision that added it -> a Vote for that revision's editor
    (when a link to their own name signs it, or ``count_unsigned_by_history`` is on, and
    the rules let them vote), else the record naming who added it."""
    if not (config.count_unsigned_by_history or signed_by_own_name(record.text, origin.user, facts)):
        return replace(record, revision=origin.revision, editor=origin.user)
    verdict = judge(origin.user, origin.timestamp, origin, None, users, config)
    if verdict.reason:
        return replace(record, user=origin.user, reason=verdict.reason,
                       revision=origin.revision, editor=origin.user)
    return Vote(origin.user, record.subject, record.stance or "", origin.timestamp,
                record.line, record.text, origin.revision, origin.user)


def _as_the_signer_left_it(vote: Vote, changed: int, page: Any, store: HistoryStore,
                           sections: Sections, rules: VoteConfig,
                           users: Mapping[str, UserFacts], config: IntegrityConfig,
                           facts: SiteFacts) -> list[Vote]:
    """A tampered vote and the revision that changed it -> [the vote with the section and
    stance its signer (or a clerk) last gave it before that revision], or [] when the
    history has no such version, in it the vote was struck or had no stance, or the signer
    may not vote (the period and eligibility rules, judged at that version)."""
    span = signature_span(vote.text, facts)
    if span is None:
        return []
    prefix = meaning_prefix(span)
    meanings = {key[len(prefix):]: origin
                for key, origin in store.with_prefix(page.page, prefix).items()}
    found = as_the_signer_left_it(vote, changed, meanings, versions_of(vote, sections, facts),
                                  page, rules, config)
    if found is None:
        return []
    left, origin = found
    if judge(vote.user, vote.timestamp, replace(origin, user=vote.user), None, users,
             config).reason:
        return []
    return [left]


def _verdict(user: str, text: str, signed_at: Any, line: int, page: Any,
             store: HistoryStore | None, origins: Mapping[str, Any], sections: Sections,
             users: Mapping[str, UserFacts],
             config: IntegrityConfig, facts: SiteFacts, rules: VoteConfig | None,
             events: EventLog | None, vote: Vote | None = None) -> Any:
    """A vote (or a struck one) -> its Verdict: from its line's event log
    (``logs.logged_verdict``), or from the signature index when the log does not know the
    line (no log kept, or no vote rules to read its versions with)."""
    if rules is not None and events is not None:
        found = logs.logged_verdict(user, text, signed_at, line, page, events, users, config,
                                    rules, facts)
        if found is not None:
            return found
        origins = origins_for(store, page.page, [text], facts)  # not looked up before
        sections = section_history(store.with_prefix(page.page, "x")) if store else {}
    moved = moved_by(vote, sections, page, rules, facts) if rules and vote else None
    return verdict_for(text, user, signed_at, page.page, origins, users, config, facts, moved)


def _left(vote: Vote, changed: int, page: Any, store: HistoryStore, sections: Sections,
          rules: VoteConfig, users: Mapping[str, UserFacts], config: IntegrityConfig,
          facts: SiteFacts, events: EventLog | None) -> list[Vote]:
    """A tampered vote -> [it as its signer last left it], from its line's event log when
    the log knows the line, else from the signature index."""
    if events is not None and events.entry_at(vote.line) is not None:
        return logs.left_before(vote, changed, events, page, rules, users, config, facts)
    return _as_the_signer_left_it(vote, changed, page, store, sections, rules, users, config,
                                  facts)


def _struck_by_whom(record: Excluded, page: Any, store: HistoryStore | None,
                    origins: Mapping[str, Any],
                    users: Mapping[str, UserFacts], config: IntegrityConfig,
                    facts: SiteFacts, rules: VoteConfig | None,
                    events: EventLog | None) -> Excluded:
    """A struck vote -> itself, or ``tampered`` when someone other than the voter or a clerk
    struck it (a clerk's strike stays a strike)."""
    verdict = _verdict(record.user or "", record.text, record.timestamp, record.line, page,
                       store, origins, {}, users, config, facts, rules, events)
    if verdict.reason != "tampered":
        return record
    return replace(record, reason="tampered", revision=verdict.revision, editor=verdict.editor)


def vote_audit(result: Any) -> list[AuditRow]:
    """TallyResult -> audit rows of every vote and ballot, counted or not, their fixed words
    (stances, notes, the ballots' subject) in the report's language."""
    from bot.votes.render import hidden_why, stance_name

    ranking = msg("peerbot-votes-subject-ranking")
    rows = [AuditRow(v.page or result.page, v.line, v.user, t.subject, stance_name(v.stance),
                     "", v.revision, v.editor, notes_text(v.notes))
            for t in result.subjects for v in t.votes]
    counted = {(v.line, v.user): (t.subject, v) for t in result.subjects for v in t.votes}
    for e in result.excluded:
        why = hidden_why(e.reason)
        rows.append(AuditRow(e.page or result.page, e.line, e.user or "", e.subject,
                             stance_name(e.stance or ""), HIDDEN if why else e.reason,
                             e.revision, e.editor, why or _left_note(e, counted)))
    if result.ranked is not None:
        rows += [AuditRow(b.page or result.page, b.line, b.user, ranking,
                          " > ".join(b.ranking), "", b.revision, b.editor)
                 for b in result.ranked.ballots]
        rows += [AuditRow(e.page or result.page, e.line, e.user or "", ranking, "",
                          HIDDEN if hidden_why(e.reason) else e.reason, e.revision, e.editor,
                          hidden_why(e.reason)) for e in result.ranked.excluded]
    return sorted(rows, key=lambda r: (r.line, r.user))


def _left_note(record: Excluded, counted: Mapping[tuple[int, str | None], Any]) -> str:
    """A tampered vote and the counted votes by (line, user) -> the audit's note naming
    what counts instead: the vote as its signer left it ("" for none), in the report's
    language (plain text: the audit escapes it)."""
    from bot.votes.render import stance_name

    if record.reason != "tampered" or (record.line, record.user) not in counted:
        return ""
    subject, vote = counted[(record.line, record.user)]
    if subject != record.subject:
        return msg("peerbot-votes-note-left-subject", vote.user, vote.revision, subject,
                   stance_name(vote.stance))
    return msg("peerbot-votes-note-left", vote.user, vote.revision, stance_name(vote.stance))
