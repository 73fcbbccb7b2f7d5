"""Candidates + policy -> exact scores for every seat a candidate may take, and lottery numbers.

These are the two orders a selection uses (docs/selection.md, "How seats are chosen",
steps 1 and 3): a candidate's score is the sum of weight * value over the criteria of the policy, or of their
track when it has its own, computed with fractions so that equal scores are real ties; their
lottery number, ``sha256(seed + "\\n" + user)``, settles those ties, lower numbers first.
``format_score`` is how a score is shown in reasons and reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from fractions import Fraction

from bot.selection.policy import GENERAL_TRACK, Criteria, SelectionPolicy
from bot.selection.records import Candidate


def lottery_key(seed: str, user: str) -> str:
    """Seed and user name -> the user's lottery number (hex sha256; lower is drawn first)."""
    return hashlib.sha256(f"{seed}\n{user}".encode()).hexdigest()


def lottery_order(users: Sequence[str], seed: str) -> tuple[str, ...]:
    """User names and seed -> the names in lottery draw order."""
    return tuple(sorted(users, key=lambda user: (lottery_key(seed, user), user)))


def first_come_values(candidates: Sequence[Candidate]) -> dict[str, int]:
    """Candidates -> user: how many candidates were first nominated later than them, or never.

    Equal times get equal values; candidates without a nomination time get 0.
    """
    values: dict[str, int] = {}
    for candidate in candidates:
        when = candidate.first_nominated
        values[candidate.user] = 0 if when is None else sum(
            1 for other in candidates
            if other.first_nominated is None or other.first_nominated > when)
    return values


def criterion_values(candidate: Candidate, criteria: Criteria,
                     first_come: int) -> dict[str, Fraction]:
    """Candidate, criteria and first-come value -> criterion name: value (before weights)."""
    values: dict[str, Fraction] = {}
    if criteria.mentoring is not None:
        mentees = len(candidate.mentees)
        cap = criteria.mentoring.cap
        values["mentoring"] = Fraction(mentees if cap is None else min(mentees, cap))
    if criteria.goals is not None:
        rule = criteria.goals
        points = {"met": rule.met, "partial": rule.partial, "not met": rule.not_met}
        total = Fraction(0)
        for goal in candidate.goals:
            total += points[goal.status]
            if candidate.less_resourced and goal.status in ("met", "partial"):
                total += rule.less_resourced_bonus
        values["goals"] = total
    if criteria.first_come is not None:
        values["first_come"] = Fraction(first_come)
    if criteria.nominations is not None:
        rule_n = criteria.nominations
        value = len(candidate.nominators) + rule_n.recommendation_weight * len(
            candidate.recommenders)
        values["nominations"] = value if rule_n.cap is None else min(value, rule_n.cap)
    return values


def score_candidate(candidate: Candidate, criteria: Criteria, first_come: int) -> Fraction:
    """Candidate, criteria and first-come value -> exact score (sum of weight * value)."""
    values = criterion_values(candidate, criteria, first_come)
    weights = dict(criteria.weights())
    return sum((weights[name] * value for name, value in values.items()), Fraction(0))


def candidate_tracks(candidate: Candidate, policy: SelectionPolicy) -> tuple[str, ...]:
    """Candidate and policy -> the tracks whose seats the candidate may take, own track first."""
    tracks: list[str] = []
    if policy.tracks and policy.track(candidate.track) is not None:
        tracks.append(candidate.track)
    if _general_open(policy):
        tracks.append(GENERAL_TRACK)
    return tuple(tracks)


def score_options(candidates: Sequence[Candidate],
                  policy: SelectionPolicy) -> dict[tuple[str, str], Fraction]:
    """Candidates and policy -> (user, track): score, for every seat a candidate may take."""
    first_come = first_come_values(candidates)
    scores: dict[tuple[str, str], Fraction] = {}
    for candidate in candidates:
        for track_name in candidate_tracks(candidate, policy):
            scores[(candidate.user, track_name)] = score_candidate(
                candidate, track_criteria(policy, track_name), first_come[candidate.user])
    return scores


def track_criteria(policy: SelectionPolicy, track_name: str) -> Criteria:
    """Policy and a seat's track -> the criteria that score that seat (the track's own, else
    the policy's)."""
    track = policy.track(track_name)
    if track is not None and track.criteria is not None:
        return track.criteria
    return policy.criteria


def _general_open(policy: SelectionPolicy) -> bool:
    if not policy.tracks:
        return policy.seats > 0
    if policy.unused_track_seats == "general":
        return policy.seats > 0
    return policy.general_seats() > 0


def format_score(value: Fraction) -> str:
    """Exact score -> short decimal text: 12.5, 9.0, 3.33."""
    if value.denominator == 1:
        return f"{value.numerator}.0"
    rounded = round(value, 2)
    text = f"{float(rounded):.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text
