"""Candidates + selection policy + seed -> who gets a training seat, and why; pure.

``select`` is the one entry point of the selection rules (docs/selection.md, "How seats are
chosen"): it builds and solves the integer program (``solve.py``), relaxes an infeasible
policy by the smallest change (``diagnose.py``), then ranks the selected people in each track, puts those
who could take a selected person's seat on the waitlist by score and lottery up to
``waitlist_size``, counts how each quota was filled, and gives everyone a reason
(``explain.py``). The same input and seed always give the same result, whatever the order of
the input. ``to_json`` gives the facts of a result as JSON, leaving out the policy's hidden
fields as ``render.py`` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from bot.core.config import known_spelling
from bot.selection import explain
from bot.selection.breakdown import breakdown_text, score_terms
from bot.selection.diagnose import diagnose
from bot.selection.explain import Seating
from bot.selection.policy import GENERAL_TRACK, SelectionPolicy
from bot.selection.records import (
    NOT_SELECTED,
    SELECTED,
    WAITLIST,
    Candidate,
    Infeasibility,
    Placement,
    QuotaFill,
    SelectionResult,
)
from bot.selection.score import first_come_values, track_criteria
from bot.selection.solve import Problem, build_problem, optimize

# (score, lottery number, placement, whether they could take a selected person's seat)
_Other = tuple[Fraction, str, Placement, bool]


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
    # A track typed in another case (Newcomer) is the policy's track of that name.
    names = [track.name for track in policy.tracks]
    pool = tuple(sorted((replace(c, track=known_spelling(c.track, names)) if c.track else c
                         for c in candidates), key=lambda c: c.user))
    repeated = [user for user, n in Counter(c.user for c in pool).items() if n > 1]
    if repeated:
        raise ValueError(f"candidates listed more than once: {', '.join(sorted(repeated))}")
    problem = build_problem(pool, policy)
    chosen = optimize(problem, seed)
    applied = policy
    infeasible: Infeasibility | None = None
    if chosen is None:
        infeasible, applied = diagnose(pool, policy, problem)
        problem = build_problem(pool, applied)
        chosen = optimize(problem, seed)
        assert chosen is not None
    return _assemble(problem, policy, applied, chosen, seed, infeasible)


def _assemble(problem: Problem, policy: SelectionPolicy, applied: SelectionPolicy,
              chosen: tuple[int, ...], seed: str,
              infeasible: Infeasibility | None) -> SelectionResult:
    """Chosen options -> SelectionResult: placements with reasons, waitlist, quota fills."""
    seating = Seating.of(problem, policy, applied, chosen, seed)
    unselected = seating.unselected()
    selected = _selected(seating, unselected)
    others = [_other(seating, d, d_options) for d, d_options in unselected]
    waitlist, not_selected = _split_waitlist(others, applied, len(chosen))
    explained = _with_terms(problem, applied)
    return SelectionResult(
        policy=policy, applied_policy=applied, seed=seed,
        selected=tuple(map(explained, selected)), waitlist=tuple(map(explained, waitlist)),
        not_selected=tuple(map(explained, not_selected)),
        quotas=_quota_fills(problem, policy, applied, set(chosen)),
        empty_seats=applied.seats - len(chosen),
        total_score=sum((problem.option_score[o] for o in chosen), Fraction(0)),
        infeasible=infeasible)


def _with_terms(problem: Problem, applied: SelectionPolicy
                ) -> Callable[[Placement], Placement]:
    """Problem and policy -> a function giving a placement the candidate's own track and the
    terms of their score, scored by the criteria of the seat's track (none without a seat
    they may take)."""
    first_come = first_come_values(problem.candidates)
    index = {c.user: i for i, c in enumerate(problem.candidates)}

    def explained(placement: Placement) -> Placement:
        candidate = problem.candidates[index[placement.user]]
        if not problem.options_of(index[placement.user]):
            return replace(placement, own_track=candidate.track)
        terms = score_terms(candidate, track_criteria(applied, placement.track),
                            first_come[candidate.user])
        return replace(placement, own_track=candidate.track, terms=terms)
    return explained


def _selected(seating: Seating, unselected: Sequence[tuple[int, tuple[int, ...]]]
              ) -> list[Placement]:
    """Seating -> the selected, track by track in policy order, best score (then lottery) first."""
    problem = seating.problem
    track_order = [t.name for t in seating.applied.tracks] + [GENERAL_TRACK]
    selected: list[Placement] = []
    for track_name in track_order:
        for rank, o in enumerate(seating.by_track.get(track_name, []), start=1):
            candidate = problem.candidates[problem.option_candidate[o]]
            reason, by_quota = explain.selected_reason(seating, o, rank, unselected)
            selected.append(Placement(candidate.user, candidate.group, candidate.region,
                                      track_name, problem.option_score[o], SELECTED, rank,
                                      reason, by_quota=by_quota))
    return selected


def _other(seating: Seating, d: int, d_options: tuple[int, ...]) -> _Other:
    """A candidate left out -> their placement, with whose seats they could take."""
    problem = seating.problem
    candidate = problem.candidates[d]
    if not d_options:
        track_name = candidate.track or GENERAL_TRACK
        placement = Placement(candidate.user, candidate.group, candidate.region, track_name,
                              Fraction(0), NOT_SELECTED, 0,
                              explain.no_seat_reason(seating.applied, candidate))
        return Fraction(0), seating.keys[candidate.user], placement, False
    score = problem.option_score[d_options[0]]
    swaps = [(o, alt) for alt in d_options for o in seating.chosen]
    moves: list[explain.Move] = [(None, alt) for alt in d_options] + list(swaps)
    fine = [(o, alt) for o, alt in swaps if not seating.broken(o, alt)]
    replaces = tuple(sorted({seating.user_of(o) for o, _ in fine},
                            key=lambda u: seating.keys[u]))
    reason = explain.not_selected_reason(seating, d, fine, moves)
    placement = Placement(candidate.user, candidate.group, candidate.region,
                          problem.option_track[d_options[0]], score, NOT_SELECTED, 0, reason,
                          replaces=replaces)
    return score, seating.keys[candidate.user], placement, bool(fine)


def _split_waitlist(others: list[_Other], applied: SelectionPolicy, everyone: int
                    ) -> tuple[list[Placement], list[Placement]]:
    """Those left out -> (waitlist, not selected): by score, then lottery; only those who could
    take a selected person's seat go on the waitlist, up to its size."""
    others.sort(key=lambda item: (-item[0], item[1]))
    size = applied.seats if applied.waitlist_size is None else applied.waitlist_size
    waitlist: list[Placement] = []
    not_selected: list[Placement] = []
    for _, _, placement, can_replace in others:
        if can_replace and len(waitlist) < size:
            number = len(waitlist) + 1
            waitlist.append(replace(placement, status=WAITLIST, rank=number,
                                    reason=explain.waitlist_reason(
                                        placement.reason, number, placement.replaces,
                                        everyone)))
        else:
            if can_replace:
                placement = replace(placement,
                                    reason=explain.beyond_waitlist(placement.reason, size))
            not_selected.append(placement)
    return waitlist, not_selected


def _quota_fills(problem: Problem, policy: SelectionPolicy, applied: SelectionPolicy,
                 chosen: set[int]) -> tuple[QuotaFill, ...]:
    """Chosen options -> each quota as applied, how many it got, and its minimum as written."""
    fills = []
    for number, quota in enumerate(applied.quotas):
        row = next(r for r in problem.rows if r.kind == "quota" and r.key == str(number))
        fills.append(QuotaFill(quota.attribute, quota.value, quota.min, quota.max,
                               len(row.options & chosen), policy.quotas[number].min))
    return tuple(fills)


def to_json(result: SelectionResult) -> dict[str, Any]:
    """SelectionResult -> plain JSON-ready dict, leaving out the policy's hidden fields."""
    show_score = "score" not in result.policy.hide

    def person(placement: Placement) -> dict[str, Any]:
        item: dict[str, Any] = {"user": placement.user, "track": placement.track,
                                "own_track": placement.own_track}
        if show_score:
            item["score"] = float(placement.score)
            item["score_breakdown"] = breakdown_text(placement.terms, placement.score)
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
