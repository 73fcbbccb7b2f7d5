"""Entries (nominations, recommendations, goals, mentoring feedback) -> selection Candidates and
Problems; pure.

The rules, in the words docs/selection.md uses:

- **Candidates** are the nominees: people named by at least one nomination (an application,
  signed by the nominee, counts). Someone who is only recommended is no candidate (a problem
  says so). With account data, a nominee without an account is no candidate either.
- ``group``, ``region`` and ``track`` are the most common value among the person's
  nominations (ties: the alphabetically first). Every other nomination parameter except the
  free-text ones (``evidence``, ``statement``) becomes an attribute the same way, so quotas can
  use e.g. ``languages`` or a ``newcomer=yes`` parameter. ``newcomer`` defaults to ``yes`` when
  the track is ``newcomer`` and to ``no`` otherwise.
- ``first_nominated`` is the earliest timestamp of a nomination of the person.
- ``nominators`` and ``recommenders`` are distinct signers, the candidate excluded (their own
  application is no nomination by a peer; a self-recommendation is a problem).
- ``mentees`` are the distinct signers of mentoring feedback that names the candidate as
  ``mentor``; feedback signed by the mentor themself is a problem and not counted.
- ``goals`` are the goal records whose ``user`` is the candidate, whoever signed them (the
  participant or a training organizer; the signer is shown in the report so readers can
  check). ``status`` must be ``met``, ``partial`` or ``not met`` (case and ``_``/``-`` do not
  matter); anything else, or a record without ``goal`` text, is a problem. When the same goal
  (same training and goal text) is recorded more than once, the latest record counts.
- ``less_resourced`` is true when the group or region is in the configured list (case does not
  matter) or a nomination says ``less_resourced=yes``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.core.config import fold_value
from bot.core.goals import goal_status, no_account_why, peer_signers, why_not_counted
from bot.core.integrity import AuditRow
from bot.core.model import Entry, Problem
from bot.core.notices import problem
from bot.selection.records import Candidate, GoalRecord

FREE_TEXT = ("evidence", "statement")
YES = ("yes", "y", "true", "1")


@dataclass(frozen=True)
class GoalEvidence:
    """A counted goal record with where it came from."""

    record: GoalRecord
    signer: str
    page: str
    line: int


@dataclass(frozen=True)
class Evidence:
    """One candidate with the entries behind each fact (for the report's evidence table)."""

    candidate: Candidate
    nominations: tuple[Entry, ...]
    recommendations: tuple[Entry, ...]
    feedback: tuple[Entry, ...]
    goals: tuple[GoalEvidence, ...]


@dataclass(frozen=True)
class EvidenceReport:
    """Candidates ready for selection, the evidence behind them, problems and pages read."""

    evidence: tuple[Evidence, ...]
    problems: tuple[Problem, ...]
    revisions: Mapping[str, int] = field(default_factory=dict)
    audit: tuple[AuditRow, ...] = ()
    note: str = ""

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """-> the Candidate records, sorted by user name."""
        return tuple(e.candidate for e in self.evidence)


def most_common(values: Iterable[str]) -> str:
    """Values -> the most frequent non-empty one ('' if none; ties: alphabetically first)."""
    counted = Counter(v for v in values if v)
    if not counted:
        return ""
    best = max(counted.values())
    return min(v for v, n in counted.items() if n == best)


def _distinct_signers(entries: Iterable[Entry], exclude: str) -> frozenset[str]:
    return frozenset(peer_signers(entries, exclude))


def _attributes(nominations: Sequence[Entry]) -> dict[str, str]:
    names = sorted({key for e in nominations for key, _ in e.params
                    if key not in FREE_TEXT and not key.isdigit()})
    values = {name: most_common(e.param(name) for e in nominations) for name in names}
    found = {name: value for name, value in values.items()
             if value and name not in ("group", "region", "track")}
    if "newcomer" not in found:
        found["newcomer"] = "yes" if fold_value(values.get("track", "")) == "newcomer" else "no"
    return found


def _goals(entries: Sequence[Entry]) -> tuple[GoalEvidence, ...]:
    """Goal entries of one person that count -> the records (latest per goal)."""
    latest: dict[tuple[str, str], tuple[datetime | None, GoalEvidence]] = {}
    for entry in entries:
        text = entry.param("goal")
        status = goal_status(entry.param("status"))
        if not text or status is None:  # not_counted() has said why
            continue
        training = entry.param("training")
        key = (training.casefold(), re.sub(r"\s+", " ", text).casefold())
        item = GoalEvidence(GoalRecord(training, text, status), entry.signer or "",
                            entry.page, entry.line)
        when = entry.timestamp
        previous = latest.get(key)
        if previous is None or (when is not None and (previous[0] is None
                                                      or when >= previous[0])):
            latest[key] = (when, item)
    return tuple(item for _, item in sorted(latest.values(), key=lambda p: (
        p[1].record.training, p[1].record.goal)))


def build_candidates(entries: Sequence[Entry], problems: Sequence[Problem],
                     less_resourced: Collection[str] = (),
                     existing_users: Collection[str] | None = None,
                     revisions: Mapping[str, int] | None = None) -> EvidenceReport:
    """Entries of the four kinds and parse problems -> EvidenceReport (candidates by user).

    ``less_resourced`` lists groups or regions (any case); ``existing_users`` is the set of
    names with accounts (None: not checked, as offline).
    """
    found = list(problems)
    by_kind: dict[str, dict[str, list[Entry]]] = {}
    for entry in entries:
        why = why_not_counted(entry)
        if why:
            found.append(problem(entry.page, why[0], *why[1], line=entry.line))
            continue
        by_kind.setdefault(entry.kind, {}).setdefault(entry.subject, []).append(entry)
    nominated = by_kind.get("nomination", {})
    for user, recs in sorted(by_kind.get("recommendation", {}).items()):
        if user not in nominated:
            found.append(problem(recs[0].page, "peerbot-selection-problem-no-nomination", user,
                                 line=recs[0].line))
    lowered = {name.casefold() for name in less_resourced}
    evidence: list[Evidence] = []
    for user in sorted(nominated):
        noms = nominated[user]
        if existing_users is not None and user not in existing_users:
            # every entry naming them, as the nominations summary lists them
            for e in sorted(noms + by_kind.get("recommendation", {}).get(user, []),
                            key=lambda e: (e.page, e.line)):
                key, params = no_account_why(e.kind, user)
                found.append(problem(e.page, key, *params, line=e.line))
            continue
        recs = by_kind.get("recommendation", {}).get(user, [])
        feedback = by_kind.get("mentoring feedback", {}).get(user, [])
        goals = _goals(by_kind.get("goal", {}).get(user, []))
        group = most_common(e.param("group") for e in noms)
        region = most_common(e.param("region") for e in noms)
        attributes = _attributes(noms)
        times = [e.timestamp for e in noms if e.timestamp is not None]
        # The flag is the one source of the less_resourced attribute (Candidate.attribute).
        flagged = attributes.pop("less_resourced", "").casefold() in YES
        candidate = Candidate(
            user=user, group=group, region=region,
            track=most_common(e.param("track") for e in noms),
            attributes=attributes,
            first_nominated=min(times) if times else None,
            nominators=_distinct_signers(noms, user),
            recommenders=_distinct_signers(recs, user),
            mentees=_distinct_signers(feedback, user),
            goals=tuple(g.record for g in goals),
            less_resourced=flagged or bool({group.casefold(), region.casefold()} & lowered))
        evidence.append(Evidence(candidate, tuple(noms), tuple(recs), tuple(feedback), goals))
    return EvidenceReport(tuple(evidence), tuple(found), dict(revisions or {}))


def _when(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def evidence_json(report: EvidenceReport, hide: Collection[str] = ()) -> list[dict[str, Any]]:
    """EvidenceReport and hidden fields -> the "candidates" list of the JSON output."""
    out = []
    for item in report.evidence:
        c = item.candidate
        row: dict[str, Any] = {"user": c.user}
        if "group" not in hide:
            row["group"] = c.group
        if "region" not in hide:
            row["region"] = c.region
        row["track"] = c.track
        row["attributes"] = {k: v for k, v in sorted(c.attributes.items()) if k not in hide}
        if "less_resourced" not in hide:
            row["less_resourced"] = c.less_resourced
        row.update({
            "first_nominated": _when(c.first_nominated),
            "nominators": sorted(c.nominators),
            "recommenders": sorted(c.recommenders),
            "mentees": sorted(c.mentees),
            "goals": [{"training": g.record.training, "goal": g.record.goal,
                       "status": g.record.status, "signer": g.signer, "page": g.page,
                       "line": g.line} for g in item.goals],
        })
        out.append(row)
    return out
