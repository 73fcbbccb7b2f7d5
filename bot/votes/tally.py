"""VotePage -> TallyResult: one person one vote, counts per subject, and Schulze ranking.

Pure: records in, records out.

Rules:

* **One person, one vote.** On an options page a person has one vote on the page (an
  option is a choice of the one question); on a subjects page one vote per subject. When a
  person has several, the latest counts: latest by signature timestamp, by page order
  when a timestamp is missing or equal. Each other one is excluded as ``duplicate`` when
  it says the same as the counted vote (same subject and stance), else as ``changed``.
* **Counts.** Per subject: support, oppose, neutral; support percent =
  support / (support + oppose) * 100 (None with no support and no oppose); net =
  support - oppose.
* **Rank.** Subjects are ranked by support percent, then net, then support (a subject
  with no percent comes last); equal keys share a rank (1, 2, 2, 4).
* **Pass.** With thresholds configured, a subject passes when its support percent, rounded
  to two decimals as shown, is at least ``min_support_percent`` and its support count at
  least ``min_supporters``. With no thresholds, ``passed`` is None.
* **Ranked ballots (Schulze).** One ballot per voter, the latest counts (earlier ones are
  ``duplicate``/``changed`` as above). A ballot prefers each ranked candidate to every one
  ranked lower and to every unranked candidate; unranked candidates tie. ``matrix[i][j]``
  counts the voters preferring candidate i to j; ``paths`` holds the strongest path
  strengths (winning votes); i is ahead of j when ``paths[i][j] > paths[j][i]``. The order
  lists groups best first: each group holds the candidates no remaining candidate is
  ahead of, so a group of several is a tie.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from bot.votes.config import STANCES, VoteConfig
from bot.votes.model import CHANGED, DUPLICATE, OPTIONS, Ballot, Excluded, Vote, VotePage


@dataclass(frozen=True)
class SubjectTally:
    """The counted votes on one subject (or on the one question of an options page)."""

    subject: str
    support: int
    oppose: int
    neutral: int
    support_percent: float | None
    net: int
    rank: int
    passed: bool | None
    votes: tuple[Vote, ...]


@dataclass(frozen=True)
class RankedTally:
    """Schulze result of the ranked ballots on a page."""

    candidates: tuple[str, ...]
    matrix: tuple[tuple[int, ...], ...]
    paths: tuple[tuple[int, ...], ...]
    order: tuple[tuple[str, ...], ...]
    ballots: tuple[Ballot, ...]
    excluded: tuple[Excluded, ...]


@dataclass(frozen=True)
class TallyResult:
    """Everything a report shows about one vote page."""

    page: str
    layout: str
    subjects: tuple[SubjectTally, ...]
    excluded: tuple[Excluded, ...]
    ranked: RankedTally | None = None
    min_support_percent: float | None = None
    min_supporters: int | None = None


_Record = TypeVar("_Record", Vote, Ballot)


def _later(a: Vote | Ballot, b: Vote | Ballot) -> bool:
    """Is a cast after b? By timestamp when both have distinct ones, else by page order."""
    if a.timestamp is not None and b.timestamp is not None and a.timestamp != b.timestamp:
        return a.timestamp > b.timestamp
    return a.line > b.line


def _latest(records: Sequence[_Record]) -> _Record:
    latest = records[0]
    for record in records[1:]:
        if _later(record, latest):
            latest = record
    return latest


def one_vote_each(votes: Sequence[Vote], per_page: bool
                  ) -> tuple[tuple[Vote, ...], tuple[Excluded, ...]]:
    """Votes, scope -> (counted votes in page order, the others as duplicate/changed).

    ``per_page`` True: one vote per person on the page (options); else one per subject.
    """
    groups: dict[tuple[str, ...], list[Vote]] = {}
    for vote in votes:
        key = (vote.user,) if per_page else (vote.subject, vote.user)
        groups.setdefault(key, []).append(vote)
    counted: list[Vote] = []
    excluded: list[Excluded] = []
    for group in groups.values():
        latest = _latest(group)
        counted.append(latest)
        for vote in group:
            if vote is latest:
                continue
            same = (vote.subject, vote.stance) == (latest.subject, latest.stance)
            excluded.append(Excluded(vote.user, vote.subject, vote.stance,
                                     DUPLICATE if same else CHANGED, vote.line, vote.text,
                                     vote.timestamp, vote.revision, vote.editor, vote.page))
    counted.sort(key=lambda v: v.line)
    return tuple(counted), tuple(excluded)


def one_ballot_each(ballots: Sequence[Ballot], subject: str
                    ) -> tuple[tuple[Ballot, ...], tuple[Excluded, ...]]:
    """Ballots -> (the latest ballot of each voter in page order, the others excluded)."""
    groups: dict[str, list[Ballot]] = {}
    for ballot in ballots:
        groups.setdefault(ballot.user, []).append(ballot)
    counted: list[Ballot] = []
    excluded: list[Excluded] = []
    for group in groups.values():
        latest = _latest(group)
        counted.append(latest)
        for ballot in group:
            if ballot is not latest:
                reason = DUPLICATE if ballot.ranking == latest.ranking else CHANGED
                excluded.append(Excluded(ballot.user, subject, None, reason, ballot.line,
                                         ballot.text, ballot.timestamp))
    counted.sort(key=lambda b: b.line)
    return tuple(counted), tuple(excluded)


def support_percent(support: int, oppose: int) -> float | None:
    """Support and oppose counts -> support / (support + oppose) * 100, None when both 0."""
    if support + oppose == 0:
        return None
    return 100.0 * support / (support + oppose)


def _passed(support: int, percent: float | None, config: VoteConfig) -> bool | None:
    if config.min_support_percent is None and config.min_supporters is None:
        return None
    if config.min_support_percent is not None and (
            percent is None or round(percent, 2) < config.min_support_percent):
        return False
    return config.min_supporters is None or support >= config.min_supporters


def _rank_key(tally: SubjectTally) -> tuple[float, int, int]:
    percent = tally.support_percent if tally.support_percent is not None else -1.0
    return (-percent, -tally.net, -tally.support)


def _ranked(tallies: list[SubjectTally]) -> list[SubjectTally]:
    """Tallies in subject order -> the same with competition ranks (1, 2, 2, 4)."""
    ordered = sorted(tallies, key=_rank_key)
    ranks: dict[str, int] = {}
    for position, tally in enumerate(ordered):
        if position and _rank_key(tally) == _rank_key(ordered[position - 1]):
            ranks[tally.subject] = ranks[ordered[position - 1].subject]
        else:
            ranks[tally.subject] = position + 1
    return [SubjectTally(t.subject, t.support, t.oppose, t.neutral, t.support_percent, t.net,
                         ranks[t.subject], t.passed, t.votes) for t in tallies]


def schulze(candidates: Sequence[str], rankings: Sequence[Sequence[str]]
            ) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...],
                       tuple[tuple[str, ...], ...]]:
    """Candidates, rankings (best first) -> (pairwise matrix, strongest paths, order).

    Candidates missing from a ranking tie below all it ranks; names not in ``candidates``
    are ignored. The order is a list of groups, best first; a group of several is a tie.
    """
    n = len(candidates)
    index = {name: i for i, name in enumerate(candidates)}
    d = [[0] * n for _ in range(n)]
    for ranking in rankings:
        position = [len(ranking)] * n
        for place, name in enumerate(ranking):
            if name in index:
                position[index[name]] = min(position[index[name]], place)
        for i in range(n):
            for j in range(n):
                if position[i] < position[j]:
                    d[i][j] += 1
    p = [[d[i][j] if i != j and d[i][j] > d[j][i] else 0 for j in range(n)] for i in range(n)]
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            for k in range(n):
                if k != i and k != j:
                    p[j][k] = max(p[j][k], min(p[j][i], p[i][k]))
    remaining = list(range(n))
    order: list[tuple[str, ...]] = []
    while remaining:
        top = [i for i in remaining if not any(p[j][i] > p[i][j] for j in remaining)]
        if not top:  # cannot happen: "ahead of" on strongest paths is transitive
            top = list(remaining)
        order.append(tuple(candidates[i] for i in top))
        remaining = [i for i in remaining if i not in top]
    return (tuple(tuple(row) for row in d), tuple(tuple(row) for row in p), tuple(order))


def tally_ballots(page: VotePage) -> RankedTally | None:
    """VotePage -> Schulze result of its ranked ballots; None when the page has none."""
    if not page.ballots and not page.ballot_excluded:
        return None
    subject = page.ballot_excluded[0].subject if page.ballot_excluded else ""
    counted, excluded = one_ballot_each(page.ballots, subject)
    candidates: list[str] = []
    for ballot in counted:
        for name in ballot.ranking:
            if name not in candidates:
                candidates.append(name)
    matrix, paths, order = schulze(candidates, [b.ranking for b in counted])
    every = sorted(page.ballot_excluded + excluded, key=lambda e: (e.line, e.reason))
    return RankedTally(tuple(candidates), matrix, paths, order, counted, tuple(every))


def tally_votes(page: VotePage, config: VoteConfig) -> TallyResult:
    """VotePage, config -> TallyResult (counted votes per subject, exclusions, ranking)."""
    counted, dropped = one_vote_each(page.votes, per_page=page.layout == OPTIONS)
    tallies = []
    for subject in page.subjects:
        votes = tuple(v for v in counted if v.subject == subject)
        counts = {stance: sum(1 for v in votes if v.stance == stance) for stance in STANCES}
        percent = support_percent(counts["support"], counts["oppose"])
        tallies.append(SubjectTally(subject, counts["support"], counts["oppose"],
                                    counts["neutral"], percent,
                                    counts["support"] - counts["oppose"], 0,
                                    _passed(counts["support"], percent, config), votes))
    excluded = sorted(page.excluded + dropped, key=lambda e: (e.line, e.reason))
    return TallyResult(page.page, page.layout, tuple(_ranked(tallies)), tuple(excluded),
                       tally_ballots(page), config.min_support_percent, config.min_supporters)


def iso_time(stamp: datetime | None) -> str | None:
    """Datetime -> '2007-05-02T02:00:00Z' (UTC), None -> None."""
    if stamp is None:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _excluded_json(record: Excluded) -> dict[str, Any]:
    return {"user": record.user, "subject": record.subject, "stance": record.stance,
            "reason": record.reason, "line": record.line, "revision": record.revision,
            "editor": record.editor}


def _vote_json(vote: Vote) -> dict[str, Any]:
    data = {"user": vote.user, "stance": vote.stance, "timestamp": iso_time(vote.timestamp),
            "revision": vote.revision, "editor": vote.editor}
    if vote.note:  # what the history says of it: unverifiable, removed, a typed date
        data["note"] = vote.note
    return data


def to_json(result: TallyResult) -> dict[str, Any]:
    """TallyResult -> plain dict for JSON output (the documented, stable shape)."""
    data: dict[str, Any] = {
        "subjects": [
            {"subject": t.subject,
             "counts": {"support": t.support, "oppose": t.oppose, "neutral": t.neutral},
             "votes": [_vote_json(v) for v in t.votes]}
            for t in result.subjects],
        "excluded": [_excluded_json(e) for e in result.excluded],
    }
    if result.ranked is not None and (result.ranked.ballots or result.ranked.excluded):
        ranked = result.ranked
        data["ranked"] = {
            "candidates": list(ranked.candidates),
            "matrix": [list(row) for row in ranked.matrix],
            "paths": [list(row) for row in ranked.paths],
            "order": [list(group) for group in ranked.order],
            "ballots": len(ranked.ballots),
            "excluded": [_excluded_json(e) for e in ranked.excluded],
        }
    return data
