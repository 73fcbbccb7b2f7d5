"""Candidates + policy + seed -> the seats taken: the exact integer program and the lottery draw.

Every seat a candidate may take (their own track, the seats open to every track) is one 0/1
option with its exact score; the policy's rules (seats, track sizes, one seat per person,
``max_per_group``, quotas) are rows ``lo <= chosen options <= hi``. HiGHS first finds how many
seats the rules allow, then the highest total score among those choices, then walks the
lottery order: it keeps the first-drawn candidate in the best choices if it can, then the next,
and finally seats each selected person in their own track rather than the open seats when a
best choice allows it. Scores are scaled to integers so that the solver compares them exactly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import highspy
import numpy as np

from bot.core.solver import quiet_highs
from bot.selection.policy import GENERAL_TRACK, SelectionPolicy
from bot.selection.records import Candidate
from bot.selection.score import candidate_tracks, lottery_order, score_options


@dataclass(frozen=True)
class Row:
    """A linear rule lo <= (number of chosen options in ``options``) <= hi."""

    kind: str  # once | seats | track | general | group | quota
    key: str
    options: frozenset[int]
    lo: int
    hi: int | None


@dataclass(frozen=True)
class Problem:
    """Candidates (sorted by user), their seat options with exact scores, and the rules."""

    candidates: tuple[Candidate, ...]
    option_candidate: tuple[int, ...]
    option_track: tuple[str, ...]
    option_score: tuple[Fraction, ...]
    rows: tuple[Row, ...]
    candidate_options: tuple[tuple[int, ...], ...]

    def options_of(self, index: int) -> tuple[int, ...]:
        """Candidate index -> the indices of their seat options, own track first."""
        return self.candidate_options[index]


def build_problem(candidates: tuple[Candidate, ...], policy: SelectionPolicy) -> Problem:
    """Candidates sorted by user and policy -> their seat options and the policy's rules."""
    scores = score_options(candidates, policy)
    option_candidate: list[int] = []
    option_track: list[str] = []
    option_score: list[Fraction] = []
    for index, candidate in enumerate(candidates):
        for track_name in candidate_tracks(candidate, policy):
            option_candidate.append(index)
            option_track.append(track_name)
            option_score.append(scores[(candidate.user, track_name)])
    rows = _rules(candidates, policy, option_candidate, option_track)
    per_candidate = tuple(tuple(o for o in range(len(option_candidate))
                                if option_candidate[o] == index)
                          for index in range(len(candidates)))
    return Problem(candidates, tuple(option_candidate), tuple(option_track),
                   tuple(option_score), tuple(rows), per_candidate)


def _rules(candidates: tuple[Candidate, ...], policy: SelectionPolicy,
           option_candidate: Sequence[int], option_track: Sequence[str]) -> list[Row]:
    """Seat options and policy -> the rows: seats, one seat each, tracks, groups, quotas."""
    everything = frozenset(range(len(option_candidate)))
    rows: list[Row] = [Row("seats", "", everything, 0, policy.seats)]
    for index, candidate in enumerate(candidates):
        mine = frozenset(o for o in everything if option_candidate[o] == index)
        if len(mine) > 1:
            rows.append(Row("once", candidate.user, mine, 0, 1))
    for track in policy.tracks:
        rows.append(Row("track", track.name,
                        frozenset(o for o in everything if option_track[o] == track.name),
                        0, track.seats))
    if policy.tracks and policy.unused_track_seats == "empty":
        rows.append(Row("general", GENERAL_TRACK,
                        frozenset(o for o in everything if option_track[o] == GENERAL_TRACK),
                        0, policy.general_seats()))
    if policy.max_per_group is not None:
        for group in sorted({c.group for c in candidates if c.group}):
            members = frozenset(o for o in everything
                                if candidates[option_candidate[o]].group == group)
            rows.append(Row("group", group, members, 0, policy.max_per_group))
    for number, quota in enumerate(policy.quotas):
        matching = frozenset(o for o in everything
                             if candidates[option_candidate[o]].attribute(quota.attribute)
                             == quota.value)
        rows.append(Row("quota", str(number), matching, quota.min, quota.max))
    return rows


LinearRow = tuple[Sequence[int], Sequence[float], float, float]


def milp(costs: Sequence[float], rows: Sequence[LinearRow], lower: Sequence[float],
         upper: Sequence[float]) -> tuple[float, tuple[int, ...]] | None:
    """Integer program (maximize costs . x) -> (objective, integer solution), or None."""
    count = len(costs)
    if count == 0:
        feasible = all(lo <= 0 <= hi for _, _, lo, hi in rows)
        return (0.0, ()) if feasible else None
    highs = quiet_highs()
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


def linear(rows: Sequence[Row]) -> list[LinearRow]:
    """Rules -> the solver's rows (every chosen option counts 1; no upper bound is infinity)."""
    result: list[LinearRow] = []
    for row in rows:
        indices = sorted(row.options)
        result.append((indices, [1.0] * len(indices), float(row.lo),
                       highspy.kHighsInf if row.hi is None else float(row.hi)))
    return result


def feasible(candidates: tuple[Candidate, ...], policy: SelectionPolicy) -> bool:
    """Candidates and policy -> whether some choice of seats keeps every rule."""
    problem = build_problem(candidates, policy)
    count = len(problem.option_candidate)
    return milp([0.0] * count, linear(problem.rows), [0.0] * count, [1.0] * count) is not None


@dataclass
class _Search:
    """The integer program as each step narrows it: rows, bounds and a best choice so far."""

    rows: list[LinearRow]
    lower: list[float]
    upper: list[float]
    incumbent: tuple[int, ...] = ()

    def solve(self, costs: Sequence[float],
              extra: Sequence[LinearRow] = ()) -> tuple[float, tuple[int, ...]] | None:
        """Costs (and rows to try on top) -> the solver's answer under the current rules."""
        return milp(costs, self.rows + list(extra), self.lower, self.upper)


def optimize(problem: Problem, seed: str) -> tuple[int, ...] | None:
    """Problem and seed -> chosen option indices (best count, best score, lottery), or None."""
    count = len(problem.option_candidate)
    search = _Search(linear(problem.rows), [0.0] * count, [1.0] * count)
    found = search.solve([1.0] * count)
    if found is None:
        return None
    most = round(found[0])
    everything = list(range(count))
    search.rows.append((everything, [1.0] * count, float(most), float(most)))
    integer_scores = _integer_scores(problem)
    best_total = _keep_best_total(search, integer_scores)
    order = lottery_order([c.user for c in problem.candidates], seed)
    _draw(problem, search, order)
    _prefer_own_tracks(problem, search, order)
    chosen = tuple(o for o in everything if search.incumbent[o])
    assert len(chosen) == most
    assert sum(integer_scores[o] for o in chosen) == best_total
    return chosen


def _integer_scores(problem: Problem) -> list[int]:
    """Problem -> its option scores times the least common denominator (compared exactly)."""
    count = len(problem.option_candidate)
    scale = math.lcm(*(s.denominator for s in problem.option_score)) if count else 1
    integer_scores = [int(s * scale) for s in problem.option_score]
    if sum(abs(s) for s in integer_scores) >= 2**50:
        raise ValueError("scores are too finely grained to compare exactly; use weights with "
                         "at most three decimals")
    return integer_scores


def _keep_best_total(search: _Search, integer_scores: Sequence[int]) -> int:
    """Search with the seat count fixed -> the best total score, now a rule of the search."""
    everything = list(range(len(integer_scores)))
    best = search.solve([float(s) for s in integer_scores])
    assert best is not None
    best_total = sum(integer_scores[o] for o in everything if best[1][o])
    search.rows.append((everything, [float(s) for s in integer_scores], best_total - 0.5,
                        highspy.kHighsInf))
    search.incumbent = best[1]
    return best_total


def _draw(problem: Problem, search: _Search, order: Sequence[str]) -> None:
    """Keep the first-drawn candidate if some best choice has them, then the next, and so on."""
    zero = [0.0] * len(search.lower)
    index_of = {c.user: i for i, c in enumerate(problem.candidates)}
    for user in order:
        mine = problem.options_of(index_of[user])
        if not mine:
            continue
        pin = (list(mine), [1.0] * len(mine), 1.0, highspy.kHighsInf)
        if not any(search.incumbent[o] for o in mine):
            trial = search.solve(zero, [pin])
            if trial is None:
                for o in mine:
                    search.upper[o] = 0.0
                continue
            search.incumbent = trial[1]
        search.rows.append(pin)


def _prefer_own_tracks(problem: Problem, search: _Search, order: Sequence[str]) -> None:
    """Seat each selected candidate in their own track rather than the open seats if a best
    choice allows it, again in lottery order."""
    zero = [0.0] * len(search.lower)
    index_of = {c.user: i for i, c in enumerate(problem.candidates)}
    for user in order:
        mine = problem.options_of(index_of[user])
        if len(mine) < 2 or not any(search.incumbent[o] for o in mine):
            continue
        own = mine[0]
        if not search.incumbent[own]:
            search.lower[own] = 1.0
            trial = search.solve(zero)
            if trial is None:
                search.lower[own] = 0.0
                search.upper[own] = 0.0
                continue
            search.incumbent = trial[1]
        search.lower[own] = 1.0
