"""VotePage -> the same page after the integrity rules: who really wrote each vote, when.

Forged, tampered, early, late and ineligible votes move to the excluded list with their reason; every
kept vote carries the revision and editor that added it (see ``bot.wiki.attribution``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from bot.core.integrity import AuditRow, IntegrityConfig, UserFacts
from bot.core.model import SiteFacts
from bot.votes.model import Excluded
from bot.wiki.attribution import origins_for, verdict_for
from bot.wiki.state import HistoryStore


def check_votes(page: Any, store: HistoryStore | None, users: Mapping[str, UserFacts],
                config: IntegrityConfig, facts: SiteFacts) -> Any:
    """VotePage -> the same page with forged/early/late/ineligible votes moved to excluded
    and every vote carrying the revision and editor that added it."""
    struck = [e for e in page.excluded if e.reason == "struck" and e.user]
    origins = origins_for(store, page.page, [v.text for v in page.votes]
                          + [b.text for b in page.ballots] + [e.text for e in struck], facts)
    votes, ballots, ballot_excluded = [], [], list(page.ballot_excluded)
    excluded = [_struck_by_whom(e, page.page, origins, users, config, facts)
                if e in struck else e for e in page.excluded]
    for vote in page.votes:
        verdict = verdict_for(vote.text, vote.user, vote.timestamp, page.page, origins, users,
                              config, facts)
        if verdict.reason:
            excluded.append(Excluded(verdict.user, vote.subject, vote.stance, verdict.reason,
                                     vote.line, vote.text, vote.timestamp, verdict.revision,
                                     verdict.editor))
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
    return replace(page, votes=tuple(votes), ballots=tuple(ballots),
                   excluded=tuple(sorted(excluded, key=lambda e: e.line)),
                   ballot_excluded=tuple(ballot_excluded))


def _struck_by_whom(record: Excluded, title: str, origins: Mapping[str, Any],
                    users: Mapping[str, UserFacts], config: IntegrityConfig,
                    facts: SiteFacts) -> Excluded:
    """A struck vote -> itself, or ``tampered`` when someone other than the voter or a clerk
    struck it (a clerk's strike stays a strike)."""
    verdict = verdict_for(record.text, record.user or "", record.timestamp, title, origins,
                          users, config, facts)
    if verdict.reason != "tampered":
        return record
    return replace(record, reason="tampered", revision=verdict.revision, editor=verdict.editor)


def vote_audit(result: Any) -> list[AuditRow]:
    """TallyResult -> audit rows of every vote and ballot, counted or not."""
    rows = [AuditRow(result.page, v.line, v.user, t.subject, v.stance, "", v.revision,
                     v.editor) for t in result.subjects for v in t.votes]
    rows += [AuditRow(result.page, e.line, e.user or "", e.subject, e.stance or "", e.reason,
                      e.revision, e.editor) for e in result.excluded]
    if result.ranked is not None:
        rows += [AuditRow(result.page, b.line, b.user, "ranking", " > ".join(b.ranking), "",
                          b.revision, b.editor) for b in result.ranked.ballots]
        rows += [AuditRow(result.page, e.line, e.user or "", "ranking", "", e.reason,
                          e.revision, e.editor) for e in result.ranked.excluded]
    return sorted(rows, key=lambda r: (r.line, r.user))
