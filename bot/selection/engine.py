"""Candidates + selection policy + seed -> who gets a training seat, and why; pure.

README section (the lead copies this into README.md)
----------------------------------------------------

Selection
~~~~~~~~~

``select(candidates, policy, seed)`` chooses who gets the peer-academy training seats. The
policy is a YAML file (``config/selection.yaml`` documents every key; ``config/selection-*.yaml``
has one example per idea from the community consultation). The rule, in order:

1. **Score.** Each candidate gets ``score = sum(weight * value)`` over the policy's criteria:
   ``mentoring`` (distinct mentees who confirmed mentoring), ``goals`` (points per goal met or
   partly met at earlier trainings, with a bonus per goal for less-resourced communities),
   ``first_come`` (how many candidates were first nominated later than this one) and
   ``nominations`` (distinct nominators plus a weight times distinct recommenders). Arithmetic
   is exact (fractions), so equal scores are real ties. A track may have its own criteria.
2. **Seats.** The bot solves an exact integer program: it fills as many seats as the rules
   allow, and among those choices takes the highest total score. The rules: total seats, seats
   per track (a candidate sits in their own track or in the seats open to every track),
   quotas (at least / at most so many selected people with an attribute value, such as region
   Africa or newcomer yes), and at most ``max_per_group`` people per group (people without a
   group are not limited).
3. **Ties.** When several choices are equally good, a lottery decides. Each candidate's lottery
   number is ``sha256(seed + "\\n" + user)``; lower numbers are drawn first. Among the best
   choices the bot keeps the first-drawn candidate if it can, then the second, and so on. The
   seed is published in advance (or is the SHA-1 of a revision named in advance), so anyone can
   re-check a draw: ``printf '%s\\n%s' "$SEED" "$USER" | sha256sum``. The same input and seed
   always give the same result, whatever the order of the input.
4. **Waitlist.** The candidates not selected who could take the seat of at least one selected
   person without breaking any rule, ordered by score and then by lottery, up to
   ``waitlist_size`` (default: as many as there are seats). Each entry says whose seats it can
   take. When someone withdraws, their seat goes to the first person on the waitlist who can
   take that seat; the draw is not re-run.
5. **Reasons.** Every candidate gets one plain sentence naming the rule and the margin, e.g.
   "selected: track mentor, score 12.5 (4th of 6 seats)" or "not selected: at most 1 per group;
   WM X's seat went to Y, score 12.5 against 9.0".
6. **Infeasible policies.** When the quota minima cannot all hold (a minimum larger than the
   seats or than the matching candidates, minima adding up to more than the seats, or clashing
   with the group limit or track sizes), the report says which rules clash and the smallest
   change that works: the bot lowers quota minima by the fewest seats in total (keeping the
   quotas listed first whole when it can), selects under that relaxed policy, and marks the
   report clearly. It also names other ways out, such as raising ``max_per_group`` or seats.

``compare(candidates, policies, seed)`` runs several policies on the same candidates and seed
and lists who is selected under one and not another. ``bot.selection_render`` turns results into
report wikitext; ``to_json`` gives the same facts as JSON. Fields listed in the policy's
``hide`` (score, group, region or a quota attribute) are left out of both.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from fractions import Fraction
from typing import Any

import highspy
import numpy as np

from bot.core.render import noun, plural
from bot.selection.policy import GENERAL_TRACK, GOAL_STATUSES, Criteria, Quota, SelectionPolicy

SELECTED = "selected"
WAITLIST = "waitlist"
NOT_SELECTED = "not selected"


# ---------------------------------------------------------------------------------------------
# Input records


@dataclass(frozen=True)
class GoalRecord:
    """One goal a candidate set at an earlier training and how far they got."""

    training: str
    goal: str
    status: str  # 'met' | 'partial' | 'not met'

    def __post_init__(self) -> None:
        if self.status not in GOAL_STATUSES:
            raise ValueError(f"GoalRecord.status must be one of {GOAL_STATUSES}, "
                             f"got {self.status!r}")


@dataclass(frozen=True)
class Candidate:
    """A nominee with the facts the selection criteria use; built by the parsing layer."""

    user: str
    group: str = ""
    region: str = ""
    track: str = ""
    attributes: Mapping[str, str] = field(default_factory=dict)
    first_nominated: datetime | None = None
    nominators: frozenset[str] = frozenset()
    recommenders: frozenset[str] = frozenset()
    mentees: frozenset[str] = frozenset()
    goals: tuple[GoalRecord, ...] = ()
    less_resourced: bool = False

    def attribute(self, name: str) -> str:
        """Attribute name -> value; group, region and track come from the fields first."""
        if name in ("group", "region", "track"):
            own = str(getattr(self, name))
            if own:
                return own
        if name == "less_resourced" and name not in self.attributes:
            return "yes" if self.less_resourced else "no"
        return str(self.attributes.get(name, ""))


# ---------------------------------------------------------------------------------------------
# Output records


@dataclass(frozen=True)
class Placement:
    """One candidate's outcome: status, track, score, position and the one-sentence reason.

    ``rank`` is the position among the selected of the same track, or on the waitlist; 0 for
    others. ``replaces`` lists whose seats a waitlisted person can take.
    """

    user: str
    group: str
    region: str
    track: str
    score: Fraction
    status: str
    rank: int
    reason: str
    replaces: tuple[str, ...] = ()
    by_quota: bool = False


@dataclass(frozen=True)
class QuotaFill:
    """A quota as applied (``min`` may be relaxed from ``required_min``) and how many it got."""

    attribute: str
    value: str
    min: int
    max: int | None
    filled: int
    required_min: int

    def label(self) -> str:
        """QuotaFill -> "attribute value"."""
        return f"{self.attribute} {self.value}"


@dataclass(frozen=True)
class Relaxation:
    """One quota minimum lowered to make the policy feasible."""

    attribute: str
    value: str
    old_min: int
    new_min: int

    def describe(self) -> str:
        """Relaxation -> "lower quota region Africa min from 3 to 1"."""
        return (f"lower quota {self.attribute} {self.value} min from {self.old_min} "
                f"to {self.new_min}")


@dataclass(frozen=True)
class Infeasibility:
    """Why a policy cannot hold, the relaxation applied, and other ways out."""

    clashes: tuple[str, ...]
    relaxations: tuple[Relaxation, ...]
    alternatives: tuple[str, ...]

    def summary(self) -> str:
        """Infeasibility -> one paragraph for the report."""
        fix = "; ".join(r.describe() for r in self.relaxations)
        text = (f"The policy cannot be met: {'; '.join(self.clashes)}. Smallest relaxation "
                f"applied: {fix}.")
        if self.alternatives:
            text += f" Other ways out: {'; '.join(self.alternatives)}."
        return text


@dataclass(frozen=True)
class SelectionResult:
    """Everything a report needs about one selection run."""

    policy: SelectionPolicy
    applied_policy: SelectionPolicy
    seed: str
    selected: tuple[Placement, ...]
    waitlist: tuple[Placement, ...]
    not_selected: tuple[Placement, ...]
    quotas: tuple[QuotaFill, ...]
    empty_seats: int
    total_score: Fraction
    infeasible: Infeasibility | None = None

    @property
    def seats(self) -> int:
        """Result -> the number of seats in the policy."""
        return self.policy.seats

    def placement(self, user: str) -> Placement | None:
        """User -> their placement, or None if they were no candidate."""
        for item in self.selected + self.waitlist + self.not_selected:
            if item.user == user:
                return item
        return None


@dataclass(frozen=True)
class PolicyDifference:
    """Who is selected under policy ``first`` but not ``second``, and the other way round."""

    first: str
    second: str
    only_first: tuple[str, ...]
    only_second: tuple[str, ...]


@dataclass(frozen=True)
class ComparisonRow:
    """One candidate's outcome under each compared policy, in policy order."""

    user: str
    outcomes: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    """Several policies run on the same candidates and seed."""

    seed: str
    policies: tuple[str, ...]
    results: tuple[SelectionResult, ...]
    rows: tuple[ComparisonRow, ...]
    differences: tuple[PolicyDifference, ...]


# ---------------------------------------------------------------------------------------------
# Scoring and lottery


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
                candidate, _track_criteria(policy, track_name), first_come[candidate.user])
    return scores


def _track_criteria(policy: SelectionPolicy, track_name: str) -> Criteria:
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


# ---------------------------------------------------------------------------------------------
# The integer program


@dataclass(frozen=True)
class _Row:
    """A linear rule lo <= (number of chosen options in ``options``) <= hi."""

    kind: str  # once | seats | track | general | group | quota
    key: str
    options: frozenset[int]
    lo: int
    hi: int | None


@dataclass(frozen=True)
class _Problem:
    """Candidates (sorted by user), their seat options with exact scores, and the rules."""

    candidates: tuple[Candidate, ...]
    option_candidate: tuple[int, ...]
    option_track: tuple[str, ...]
    option_score: tuple[Fraction, ...]
    rows: tuple[_Row, ...]
    candidate_options: tuple[tuple[int, ...], ...]

    def options_of(self, index: int) -> tuple[int, ...]:
        return self.candidate_options[index]


def _build(candidates: tuple[Candidate, ...], policy: SelectionPolicy) -> _Problem:
    scores = score_options(candidates, policy)
    option_candidate: list[int] = []
    option_track: list[str] = []
    option_score: list[Fraction] = []
    for index, candidate in enumerate(candidates):
        for track_name in candidate_tracks(candidate, policy):
            option_candidate.append(index)
            option_track.append(track_name)
            option_score.append(scores[(candidate.user, track_name)])
    everything = frozenset(range(len(option_candidate)))
    rows: list[_Row] = [_Row("seats", "", everything, 0, policy.seats)]
    for index, candidate in enumerate(candidates):
        mine = frozenset(o for o in everything if option_candidate[o] == index)
        if len(mine) > 1:
            rows.append(_Row("once", candidate.user, mine, 0, 1))
    for track in policy.tracks:
        rows.append(_Row("track", track.name,
                         frozenset(o for o in everything if option_track[o] == track.name),
                         0, track.seats))
    if policy.tracks and policy.unused_track_seats == "empty":
        rows.append(_Row("general", GENERAL_TRACK,
                         frozenset(o for o in everything if option_track[o] == GENERAL_TRACK),
                         0, policy.general_seats()))
    if policy.max_per_group is not None:
        for group in sorted({c.group for c in candidates if c.group}):
            members = frozenset(o for o in everything
                                if candidates[option_candidate[o]].group == group)
            rows.append(_Row("group", group, members, 0, policy.max_per_group))
    for number, quota in enumerate(policy.quotas):
        matching = frozenset(o for o in everything
                             if candidates[option_candidate[o]].attribute(quota.attribute)
                             == quota.value)
        rows.append(_Row("quota", str(number), matching, quota.min, quota.max))
    per_candidate = tuple(tuple(o for o in range(len(option_candidate))
                                if option_candidate[o] == index)
                          for index in range(len(candidates)))
    return _Problem(candidates, tuple(option_candidate), tuple(option_track),
                    tuple(option_score), tuple(rows), per_candidate)


_LinearRow = tuple[Sequence[int], Sequence[float], float, float]


def _new_highs() -> Any:
    """-> a HiGHS solver that prints nothing (reports may be written to stdout)."""
    # highspy.Highs() prints a banner on stdout before any option can be set; the core class
    # underneath it has the same methods and stays quiet.
    core = getattr(getattr(highspy, "_core", None), "_Highs", None)
    return core() if core is not None else highspy.Highs()  # type: ignore[no-untyped-call]


def _milp(costs: Sequence[float], rows: Sequence[_LinearRow], lower: Sequence[float],
          upper: Sequence[float]) -> tuple[float, tuple[int, ...]] | None:
    """Integer program (maximize costs . x) -> (objective, integer solution), or None."""
    count = len(costs)
    if count == 0:
        feasible = all(lo <= 0 <= hi for _, _, lo, hi in rows)
        return (0.0, ()) if feasible else None
    highs = _new_highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.setOptionValue("mip_abs_gap", 1e-7)
    highs.setOptionValue("random_seed", 0)
    highs.addVars(count, np.array(lower, dtype=np.float64), np.array(upper, dtype=np.float64))
    columns = np.arange(count, dtype=np.int32)
    highs.changeColsIntegrality(count, columns,
                                np.array([highspy.HighsVarType.kInteger] * count))
    highs.changeColsCost(count, columns, np.array(costs, dtype=np.float64))
    for indices, values, lo, hi in rows:
        if not indices:
            if not lo <= 0 <= hi:
                return None
            continue
        highs.addRow(lo, hi, len(indices), np.array(indices, dtype=np.int32),
                     np.array(values, dtype=np.float64))
    highs.changeObjectiveSense(highspy.ObjSense.kMaximize)
    highs.run()
    status = highs.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return None
    if status != highspy.HighsModelStatus.kOptimal:
        raise RuntimeError(f"selection solver stopped with {highs.modelStatusToString(status)}")
    values_out = tuple(round(v) for v in highs.getSolution().col_value)
    return highs.getInfo().objective_function_value, values_out


def _linear(rows: Sequence[_Row]) -> list[_LinearRow]:
    result: list[_LinearRow] = []
    for row in rows:
        indices = sorted(row.options)
        result.append((indices, [1.0] * len(indices), float(row.lo),
                       highspy.kHighsInf if row.hi is None else float(row.hi)))
    return result


def _optimize(problem: _Problem, seed: str) -> tuple[int, ...] | None:
    """Problem and seed -> chosen option indices (best count, best score, lottery), or None."""
    count = len(problem.option_candidate)
    rows = _linear(problem.rows)
    lower = [0.0] * count
    upper = [1.0] * count
    found = _milp([1.0] * count, rows, lower, upper)
    if found is None:
        return None
    most = round(found[0])
    everything = list(range(count))
    rows.append((everything, [1.0] * count, float(most), float(most)))
    scale = math.lcm(*(s.denominator for s in problem.option_score)) if count else 1
    integer_scores = [int(s * scale) for s in problem.option_score]
    if sum(abs(s) for s in integer_scores) >= 2**50:
        raise ValueError("scores are too finely grained to compare exactly; use weights with "
                         "at most three decimals")
    best = _milp([float(s) for s in integer_scores], rows, lower, upper)
    assert best is not None
    best_total = sum(integer_scores[o] for o in everything if best[1][o])
    rows.append((everything, [float(s) for s in integer_scores], best_total - 0.5,
                 highspy.kHighsInf))
    incumbent = best[1]
    zero = [0.0] * count
    order = lottery_order([c.user for c in problem.candidates], seed)
    index_of = {c.user: i for i, c in enumerate(problem.candidates)}
    # Keep the first-drawn candidate if some best choice has them, then the next, and so on.
    for user in order:
        mine = problem.options_of(index_of[user])
        if not mine:
            continue
        pin = (list(mine), [1.0] * len(mine), 1.0, highspy.kHighsInf)
        if not any(incumbent[o] for o in mine):
            trial = _milp(zero, rows + [pin], lower, upper)
            if trial is None:
                for o in mine:
                    upper[o] = 0.0
                continue
            incumbent = trial[1]
        rows.append(pin)
    # Then seat each selected candidate in their own track rather than the open seats if a
    # best choice allows it, again in lottery order.
    for user in order:
        mine = problem.options_of(index_of[user])
        if len(mine) < 2 or not any(incumbent[o] for o in mine):
            continue
        own = mine[0]
        if not incumbent[own]:
            lower[own] = 1.0
            trial = _milp(zero, rows, lower, upper)
            if trial is None:
                lower[own] = 0.0
                upper[own] = 0.0
                continue
            incumbent = trial[1]
        lower[own] = 1.0
    chosen = tuple(o for o in everything if incumbent[o])
    assert len(chosen) == most
    assert sum(integer_scores[o] for o in chosen) == best_total
    return chosen


def _feasible(candidates: tuple[Candidate, ...], policy: SelectionPolicy) -> bool:
    problem = _build(candidates, policy)
    count = len(problem.option_candidate)
    return _milp([0.0] * count, _linear(problem.rows), [0.0] * count, [1.0] * count) is not None


# ---------------------------------------------------------------------------------------------
# Infeasibility


def _diagnose(candidates: tuple[Candidate, ...], policy: SelectionPolicy,
              problem: _Problem) -> tuple[Infeasibility, SelectionPolicy]:
    """Infeasible policy -> (what clashes, smallest relaxation, alternatives), relaxed policy."""
    quota_rows = [(int(row.key), row) for row in problem.rows
                  if row.kind == "quota" and row.lo > 0]
    other_rows = [row for row in problem.rows if not (row.kind == "quota" and row.lo > 0)]
    count = len(problem.option_candidate)
    linear = _linear(other_rows)
    total_min = sum(row.lo for _, row in quota_rows)
    weight = total_min * len(quota_rows) + 1
    costs = [0.0] * count
    lower = [0.0] * count
    upper = [1.0] * count
    for position, (number, row) in enumerate(quota_rows):
        slack = count + position
        indices = sorted(row.options)
        hi = highspy.kHighsInf if row.hi is None else float(row.hi)
        linear.append((indices, [1.0] * len(indices), 0.0, hi))
        linear.append((indices + [slack], [1.0] * (len(indices) + 1), float(row.lo),
                       highspy.kHighsInf))
        # Fewest lowered seats first; among equals, lower the quotas listed last.
        costs.append(-float(weight + len(quota_rows) - 1 - position))
        lower.append(0.0)
        upper.append(float(row.lo))
    found = _milp(costs, linear, lower, upper)
    assert found is not None, "lowering every quota minimum to 0 is always feasible"
    relaxations: list[Relaxation] = []
    quotas = list(policy.quotas)
    for position, (number, row) in enumerate(quota_rows):
        slack = found[1][count + position]
        if slack:
            quota = policy.quotas[number]
            relaxations.append(Relaxation(quota.attribute, quota.value, quota.min,
                                          quota.min - slack))
            quotas[number] = replace(quota, min=quota.min - slack)
    relaxed = replace(policy, quotas=tuple(quotas))
    clashes = _clashes(candidates, policy, relaxations)
    return (Infeasibility(tuple(clashes), tuple(relaxations),
                          tuple(_alternatives(candidates, policy))), relaxed)


def _clashes(candidates: tuple[Candidate, ...], policy: SelectionPolicy,
             relaxations: Sequence[Relaxation]) -> list[str]:
    clashes: list[str] = []
    minima: Counter[str] = Counter()
    for quota in policy.quotas:
        minima[quota.attribute] += quota.min
    for attribute, total in sorted(minima.items()):
        values = sum(1 for q in policy.quotas if q.attribute == attribute and q.min)
        if total > policy.seats and values > 1:
            clashes.append(f"quota minima for {attribute} add up to {total} but there "
                           f"{'is' if policy.seats == 1 else 'are'} only "
                           f"{plural(policy.seats, 'seat')}")
    only_minimum = replace(policy, quotas=tuple(replace(q, min=0) for q in policy.quotas))
    for relaxation in relaxations:
        quota = next(q for q in policy.quotas
                     if (q.attribute, q.value) == (relaxation.attribute, relaxation.value))
        label = f"quota {quota.label()} needs at least {quota.min}"
        matching = [c for c in candidates if c.attribute(quota.attribute) == quota.value
                    and candidate_tracks(c, policy)]
        groups = {c.group or f"\0{c.user}" for c in matching}
        if quota.min > policy.seats:
            clashes.append(f"{label} but there {'is' if policy.seats == 1 else 'are'} only "
                           f"{plural(policy.seats, 'seat')}")
            continue
        if len(matching) < quota.min:
            clashes.append(f"{label} but only {plural(len(matching), 'eligible candidate')} "
                           f"{'matches' if len(matching) == 1 else 'match'}")
            continue
        if (policy.max_per_group is not None
                and len(groups) * policy.max_per_group < quota.min):
            clashes.append(f"{label} but the {plural(len(matching), 'matching candidate')} "
                           f"{'comes' if len(matching) == 1 else 'come'} from "
                           f"{plural(len(groups), 'group')} and "
                           f"max_per_group is {policy.max_per_group}")
            continue
        alone = replace(only_minimum, quotas=tuple(
            q if q == quota else replace(q, min=0) for q in policy.quotas))
        if not _feasible(candidates, alone):
            culprits = []
            if policy.max_per_group is not None and _feasible(
                    candidates, replace(alone, max_per_group=None)):
                culprits.append(f"max_per_group {policy.max_per_group}")
            if policy.tracks and _feasible(candidates, replace(alone, tracks=())):
                culprits.append("the track sizes")
            if any(q.max is not None for q in policy.quotas) and _feasible(
                    candidates, replace(alone, quotas=(quota,))):
                culprits.append("the quota maxima")
            rules = " and ".join(culprits) or "the seats, tracks and group limit"
            clashes.append(f"{label}, which cannot hold together with {rules}")
            continue
        partners = [other for other in policy.quotas if other != quota and other.min > 0
                    and not _feasible(candidates, replace(alone, quotas=tuple(
                        q if q in (quota, other) else replace(q, min=0)
                        for q in policy.quotas)))]
        if partners:
            names = ", ".join(f"quota {o.label()} (at least {o.min})" for o in partners)
            clashes.append(f"{label}, which cannot hold together with {names}")
        else:
            clashes.append(f"{label}, which cannot hold together with the other quota minima")
    return list(dict.fromkeys(clashes))


def _alternatives(candidates: tuple[Candidate, ...], policy: SelectionPolicy) -> list[str]:
    found: list[str] = []
    if policy.max_per_group is not None:
        for limit in range(policy.max_per_group + 1, policy.seats + 1):
            if _feasible(candidates, replace(policy, max_per_group=limit)):
                found.append(f"raise max_per_group from {policy.max_per_group} to {limit}")
                break
    extra_limit = sum(q.min for q in policy.quotas)
    for extra in range(1, extra_limit + 1):
        if _feasible(candidates, replace(policy, seats=policy.seats + extra)):
            found.append(f"raise seats from {policy.seats} to {policy.seats + extra}")
            break
    return found


# ---------------------------------------------------------------------------------------------
# Selection


def select(candidates: Sequence[Candidate], policy: SelectionPolicy,
           seed: str | None = None) -> SelectionResult:
    """Candidates, policy and lottery seed -> SelectionResult (never raises for bad constraints).

    ``seed`` defaults to the policy's ``seed``; a policy with ``seed_revision`` needs the
    caller to pass the resolved revision text. Duplicate user names are a caller bug.
    """
    if seed is None:
        if policy.seed is None:
            raise ValueError(f"policy {policy.name!r} names seed_revision "
                             f"{policy.seed_revision}; pass that revision's SHA-1 as seed")
        seed = policy.seed
    pool = tuple(sorted(candidates, key=lambda c: c.user))
    repeated = [user for user, n in Counter(c.user for c in pool).items() if n > 1]
    if repeated:
        raise ValueError(f"candidates listed more than once: {', '.join(sorted(repeated))}")
    problem = _build(pool, policy)
    chosen = _optimize(problem, seed)
    applied = policy
    infeasible: Infeasibility | None = None
    if chosen is None:
        infeasible, applied = _diagnose(pool, policy, problem)
        problem = _build(pool, applied)
        chosen = _optimize(problem, seed)
        assert chosen is not None
    return _assemble(problem, policy, applied, chosen, seed, infeasible)


@dataclass(frozen=True)
class _Words:
    """Phrasing helpers that leave out hidden fields."""

    hide: frozenset[str]

    def score(self, value: Fraction) -> str:
        return "" if "score" in self.hide else format_score(value)

    def group(self, name: str) -> str:
        return "their group" if "group" in self.hide else name

    def quota(self, quota: Quota) -> str:
        if quota.attribute in self.hide:
            return "a quota on a private attribute"
        return f"quota {quota.label()}"

    def quota_need(self, quota: Quota) -> str:
        if quota.attribute in self.hide:
            return "on a private attribute"
        return f"{quota.label()} needs at least {quota.min}"


def _assemble(problem: _Problem, policy: SelectionPolicy, applied: SelectionPolicy,
              chosen: tuple[int, ...], seed: str,
              infeasible: Infeasibility | None) -> SelectionResult:
    words = _Words(policy.hide)
    pool = problem.candidates
    keys = {c.user: lottery_key(seed, c.user) for c in pool}
    chosen_set = set(chosen)
    seat_of = {problem.option_candidate[o]: o for o in chosen}
    row_count = [len(row.options & chosen_set) for row in problem.rows]
    rows_of: dict[int, list[int]] = {o: [] for o in range(len(problem.option_candidate))}
    for r, row in enumerate(problem.rows):
        for o in row.options:
            rows_of[o].append(r)

    def broken(remove: int | None, add: int) -> list[int]:
        delta: Counter[int] = Counter()
        if remove is not None:
            for r in rows_of[remove]:
                delta[r] -= 1
        for r in rows_of[add]:
            delta[r] += 1
        result = []
        for r, change in delta.items():
            row, value = problem.rows[r], row_count[r] + change
            if change and (value < row.lo or (row.hi is not None and value > row.hi)):
                result.append(r)
        return result

    def user_of(option: int) -> str:
        return pool[problem.option_candidate[option]].user

    track_order = [t.name for t in applied.tracks] + [GENERAL_TRACK]
    by_track: dict[str, list[int]] = {}
    for o in chosen:
        by_track.setdefault(problem.option_track[o], []).append(o)
    for options in by_track.values():
        options.sort(key=lambda o: (-problem.option_score[o], keys[user_of(o)]))
    named_filled = sum(len(v) for k, v in by_track.items() if k != GENERAL_TRACK)

    def capacity(track_name: str) -> int:
        track = applied.track(track_name)
        if track is not None:
            return track.seats
        if applied.tracks and applied.unused_track_seats == "empty":
            return applied.general_seats()
        return applied.seats - named_filled

    def lowest_in(track_name: str) -> int:
        return by_track[track_name][-1]

    unselected = _unselected(problem, seat_of)
    selected: list[Placement] = []
    for track_name in track_order:
        for rank, o in enumerate(by_track.get(track_name, []), start=1):
            candidate = pool[problem.option_candidate[o]]
            score = problem.option_score[o]
            where = "open seats" if track_name == GENERAL_TRACK and applied.tracks else (
                f"track {track_name}" if applied.tracks else "")
            base = ", ".join(part for part in (where, words.score(score) and
                                               f"score {words.score(score)}") if part)
            position = f"{_ordinal(rank)} of {plural(capacity(track_name), 'seat')}"
            reason = f"selected: {base} ({position})" if base else f"selected ({position})"
            by_quota = False
            rivals = [(d, alt) for d, d_options in unselected for alt in d_options]
            ties = [pool[d].user for d, alt in rivals
                    if problem.option_score[alt] == score and not broken(o, alt)]
            for d, alt in sorted(rivals, key=lambda da: (-problem.option_score[da[1]],
                                                         keys[pool[da[0]].user])):
                if problem.option_score[alt] <= score:
                    break
                rules = [problem.rows[r] for r in broken(o, alt)]
                if rules and all(row.kind == "quota" and row.lo > 0 and o in row.options
                                 for row in rules):
                    quota = applied.quotas[int(rules[0].key)]
                    rival = pool[d].user
                    margin = (f" (score {words.score(score)} against {rival}'s "
                              f"{words.score(problem.option_score[alt])})"
                              if words.score(score) else f" (ahead of {rival})")
                    reason = f"selected by quota: {words.quota_need(quota)}{margin}"
                    by_quota = True
                    break
            if not by_quota and ties:
                reason += (f"; tied with {', '.join(sorted(set(ties), key=lambda u: keys[u]))}"
                           f", drawn ahead by the lottery")
            selected.append(Placement(candidate.user, candidate.group, candidate.region,
                                      track_name, score, SELECTED, rank, reason,
                                      by_quota=by_quota))

    others: list[tuple[Fraction, str, Placement, bool]] = []
    for d, d_options in unselected:
        candidate = pool[d]
        score = problem.option_score[d_options[0]] if d_options else Fraction(0)
        track_name = problem.option_track[d_options[0]] if d_options else (
            candidate.track or GENERAL_TRACK)
        if not d_options:
            reason = ("not selected: this policy has no seats" if not applied.seats else
                      f"not selected: track {candidate.track or '(none)'} has no seats in "
                      f"this policy and no seats are open to every track")
            placement = Placement(candidate.user, candidate.group, candidate.region,
                                  track_name, score, NOT_SELECTED, 0, reason)
            others.append((score, keys[candidate.user], placement, False))
            continue
        swaps = [(o, alt) for alt in d_options for o in chosen]
        moves: list[tuple[int | None, int]] = [(None, alt) for alt in d_options] + list(swaps)
        fine = [(o, alt) for o, alt in swaps if not broken(o, alt)]
        replaces = tuple(sorted({user_of(o) for o, _ in fine}, key=lambda u: keys[u]))
        group_full = applied.max_per_group is not None and candidate.group and sum(
            1 for i in seat_of if pool[i].group == candidate.group) >= applied.max_per_group
        if group_full:
            reason = _group_reason(problem, applied, words, d, seat_of)
        elif fine:
            o, alt = min(fine, key=lambda m: (problem.option_score[m[0]]
                                              - problem.option_score[m[1]], keys[user_of(m[0])]))
            theirs, mine = problem.option_score[o], problem.option_score[alt]
            rival, rival_track = user_of(o), problem.option_track[o]
            place = (f" in track {rival_track}" if applied.tracks
                     and rival_track != GENERAL_TRACK
                     else " in the open seats" if applied.tracks else "")
            if mine == theirs:
                shown = words.score(mine)
                reason = (f"not selected: tied with {rival}"
                          f"{' at score ' + shown if shown else ''}{place}; the lottery "
                          f"drew {rival} first")
            elif problem.option_score[lowest_in(rival_track)] == theirs:
                rival = user_of(lowest_in(rival_track))
                reason = (f"not selected: {_scored(words, mine)}below the last selected"
                          f"{place} ({rival}{_paren_score(words, theirs)})")
            else:
                shown = words.score(theirs)
                reason = (f"not selected: {_scored(words, mine)}below {rival}"
                          f"{' (' + shown + ')' if shown else ''}, the lowest-scored selected person "
                          f"whose seat they could take{place}; lower-scored seats are held "
                          f"by quota or group rules")
        else:
            reason = _blocked_reason(problem, applied, words, d, moves, broken, chosen,
                                     seat_of)
        placement = Placement(candidate.user, candidate.group, candidate.region, track_name,
                              score, NOT_SELECTED, 0, reason, replaces=replaces)
        others.append((score, keys[candidate.user], placement, bool(fine)))

    others.sort(key=lambda item: (-item[0], item[1]))
    size = applied.seats if applied.waitlist_size is None else applied.waitlist_size
    waitlist: list[Placement] = []
    not_selected: list[Placement] = []
    everyone = len(chosen)
    for _, _, placement, can_replace in others:
        if can_replace and len(waitlist) < size:
            who = ("any selected person" if len(placement.replaces) == everyone
                   else ", ".join(placement.replaces))
            text = placement.reason.replace("not selected: ", "", 1)
            waitlist.append(replace(placement, status=WAITLIST, rank=len(waitlist) + 1,
                                    reason=f"waitlist {len(waitlist) + 1}: {text}; can take "
                                           f"the seat of {who}"))
        else:
            if can_replace:
                placement = replace(placement, reason=placement.reason
                                    + f"; beyond the waitlist of {size}")
            not_selected.append(placement)

    fills = []
    for number, quota in enumerate(applied.quotas):
        row = next(r for r in problem.rows if r.kind == "quota" and r.key == str(number))
        fills.append(QuotaFill(quota.attribute, quota.value, quota.min, quota.max,
                               len(row.options & chosen_set), policy.quotas[number].min))
    return SelectionResult(
        policy=policy, applied_policy=applied, seed=seed, selected=tuple(selected),
        waitlist=tuple(waitlist), not_selected=tuple(not_selected), quotas=tuple(fills),
        empty_seats=applied.seats - len(chosen),
        total_score=sum((problem.option_score[o] for o in chosen), Fraction(0)),
        infeasible=infeasible)


def _unselected(problem: _Problem, seat_of: Mapping[int, int]
                ) -> list[tuple[int, tuple[int, ...]]]:
    return [(d, problem.options_of(d)) for d in range(len(problem.candidates))
            if d not in seat_of]


def _scored(words: _Words, value: Fraction) -> str:
    shown = words.score(value)
    return f"score {shown}, " if shown else ""


def _paren_score(words: _Words, value: Fraction) -> str:
    shown = words.score(value)
    return f", {shown}" if shown else ""


def _blocked_reason(problem: _Problem, policy: SelectionPolicy, words: _Words, d: int,
                    moves: Sequence[tuple[int | None, int]], broken: Any,
                    chosen: tuple[int, ...], seat_of: Mapping[int, int]) -> str:
    """A candidate no single swap can seat -> the rule that blocks every way in."""
    blocking = [{problem.rows[r] for r in broken(o, alt)} for o, alt in moves]
    common = set.intersection(*blocking) if blocking else set()
    mine = problem.option_score[problem.options_of(d)[0]]
    if any(row.kind == "group" for row in common):
        return _group_reason(problem, policy, words, d, seat_of)
    max_rows = [row for row in common if row.kind == "quota" and row.hi is not None
                and row.options & set(problem.options_of(d))
                and row.hi <= len(row.options & set(chosen))]
    if max_rows:
        quota = policy.quotas[int(max_rows[0].key)]
        return (f"not selected: {words.quota(quota)} allows at most {quota.max}, "
                f"all filled")
    min_rows = [row for row in common if row.kind == "quota" and row.lo > 0]
    if min_rows:
        labels = ", ".join(f"{words.quota(policy.quotas[int(r.key)])} needs at least "
                           f"{r.lo}" for r in min_rows)
        return f"not selected: every seat they could take is held by a quota ({labels})"
    if common:
        names = sorted({_rule_name(row, policy, words) for row in common})
        return f"not selected: no seat is free under {', '.join(names)}"
    names = sorted({_rule_name(row, policy, words) for rows in blocking for row in rows})
    return (f"not selected: taking any seat would break one of: {', '.join(names)}"
            + (f" (score {words.score(mine)})" if words.score(mine) else ""))


def _group_reason(problem: _Problem, policy: SelectionPolicy, words: _Words, d: int,
                  seat_of: Mapping[int, int]) -> str:
    """A candidate whose group already has its seats -> who holds them, with the margin."""
    pool = problem.candidates
    candidate = pool[d]
    mine = problem.option_score[problem.options_of(d)[0]]
    holders = sorted((seat_of[i] for i, c in enumerate(pool)
                      if c.group == candidate.group and i in seat_of),
                     key=lambda o: problem.option_score[o])
    names = ", ".join(pool[problem.option_candidate[o]].user for o in holders)
    lowest = problem.option_score[holders[0]]
    margin = ""
    tracks = {problem.option_track[o] for o in holders}
    if tracks != {problem.option_track[problem.options_of(d)[0]]}:
        # Scores from different tracks use different criteria: name the track, not a margin.
        margin = " in " + ", ".join(
            "the open seats" if t == GENERAL_TRACK else f"track {t}" for t in sorted(tracks))
    elif words.score(mine):
        margin = f", score {words.score(lowest)} against {words.score(mine)}"
        if lowest == mine:
            margin += " (tied; the lottery decided)"
    group = words.group(candidate.group)
    owner = "their group's" if group == "their group" else f"{group}'s"
    seat = noun(len(holders), "seat")
    return (f"not selected: at most {policy.max_per_group} per group; {owner} {seat} "
            f"went to {names}{margin}")


def _rule_name(row: _Row, policy: SelectionPolicy, words: _Words) -> str:
    if row.kind == "quota":
        quota = policy.quotas[int(row.key)]
        return words.quota(quota)
    if row.kind == "group":
        return f"at most {policy.max_per_group} per group"
    seats = row.hi or 0  # seats, track and general rows always have an upper bound
    if row.kind == "track":
        return f"the {plural(seats, 'seat')} of track {row.key}"
    if row.kind == "general":
        return f"the {plural(seats, 'open seat')}"
    if row.kind == "seats":
        return f"the {plural(seats, 'seat')}"
    return "one seat per person"


def format_score(value: Fraction) -> str:
    """Exact score -> short decimal text: 12.5, 9.0, 3.33."""
    if value.denominator == 1:
        return f"{value.numerator}.0"
    rounded = round(value, 2)
    text = f"{float(rounded):.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


# ---------------------------------------------------------------------------------------------
# Comparison and JSON


def compare(candidates: Sequence[Candidate], policies: Sequence[SelectionPolicy],
            seed: str) -> Comparison:
    """Candidates, policies and one seed -> each policy's result and who changes between them."""
    results = tuple(select(candidates, policy, seed) for policy in policies)
    names = tuple(policy.name for policy in policies)
    chosen = [{p.user for p in result.selected} for result in results]
    rows: list[ComparisonRow] = []
    for candidate in sorted(candidates, key=lambda c: (-sum(c.user in s for s in chosen),
                                                       c.user)):
        outcomes = []
        for result in results:
            placement = result.placement(candidate.user)
            assert placement is not None
            if placement.status == SELECTED:
                outcomes.append(f"selected ({placement.track})")
            elif placement.status == WAITLIST:
                outcomes.append(f"waitlist {placement.rank}")
            else:
                outcomes.append(NOT_SELECTED)
        rows.append(ComparisonRow(candidate.user, tuple(outcomes)))
    differences = []
    for i in range(len(results)):
        for j in range(i + 1, len(results)):
            differences.append(PolicyDifference(
                names[i], names[j], tuple(sorted(chosen[i] - chosen[j])),
                tuple(sorted(chosen[j] - chosen[i]))))
    return Comparison(seed, names, results, tuple(rows), tuple(differences))


def to_json(result: SelectionResult) -> dict[str, Any]:
    """SelectionResult -> plain JSON-ready dict, leaving out the policy's hidden fields."""
    show_score = "score" not in result.policy.hide

    def person(placement: Placement) -> dict[str, Any]:
        item: dict[str, Any] = {"user": placement.user, "track": placement.track}
        if show_score:
            item["score"] = float(placement.score)
        item["reason"] = placement.reason
        return item

    data: dict[str, Any] = {
        "seats": result.seats,
        "seed": result.seed,
        "policy": result.policy.name,
        "selected": [person(p) for p in result.selected],
        "waitlist": [person(p) for p in result.waitlist],
        "not_selected": [person(p) for p in result.not_selected],
        "quotas": [{"attribute": q.attribute, "value": q.value, "min": q.min, "max": q.max,
                    "filled": q.filled} for q in result.quotas],
    }
    if result.infeasible is not None:
        data["infeasible"] = {
            "clashes": list(result.infeasible.clashes),
            "relaxations": [{"attribute": r.attribute, "value": r.value, "old_min": r.old_min,
                             "new_min": r.new_min} for r in result.infeasible.relaxations],
            "alternatives": list(result.infeasible.alternatives),
            "summary": result.infeasible.summary(),
        }
    return data
