"""Offers, requests, kept pairs and a seed -> the best new pairs: an exact integer program.

Only compatible pairs are variables: the two share a language, the mentor is not the mentee,
the organizers did not exclude the pair, and with ``different_group`` their groups differ.
Each mentee has at most one mentor; each mentor at most their free capacity (capacity minus
the pairs kept from earlier runs). HiGHS finds, in order and each as a rule for the next:
the most mentees matched; then the most needs covered by the mentor's skills; then the
highest preference score (same region, same format, mentees from less-resourced groups and
newcomers, with the config's weights); then, among the pairings equal on all three, the one
whose pairs' lottery numbers add up lowest. A pair's lottery number is the first 8 hex digits
of sha256(seed, newline, mentee, newline, mentor), read as a number, so anyone can recompute
it. Every value is an integer and compared exactly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from bot.core.solver import quiet_highs
from bot.match.config import MatchConfig
from bot.match.offers import Side


@dataclass(frozen=True)
class Option:
    """One compatible (mentor, mentee) pair and what it is worth."""

    mentor: str
    mentee: str
    languages: tuple[str, ...]
    needs: tuple[str, ...]  # the mentee's needs the mentor covers
    preference: int
    lottery: int


def lottery_number(seed: str, mentee: str, mentor: str) -> int:
    """Seed and pair -> the pair's lottery number (lower wins among equal pairings)."""
    digest = hashlib.sha256(f"{seed}\n{mentee}\n{mentor}".encode()).hexdigest()
    return int(digest[:8], 16)


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a.casefold() == b.casefold()


def blocked(mentor: Side, mentee: Side, config: MatchConfig) -> str:
    """Mentor and mentee -> why they may not be paired ('' when they may), languages aside."""
    if mentor.user == mentee.user:
        return "self"
    if (mentor.user, mentee.user) in config.excluded_pairs:
        return "excluded"
    if config.different_group and _same(mentor.group, mentee.group):
        return "same group"
    return ""


def preference(mentor: Side, mentee: Side, config: MatchConfig,
               newcomers: Collection[str]) -> int:
    """A pair -> its preference score under the config's weights."""
    score = 0
    if _same(mentor.region, mentee.region):
        score += config.weight("same_region")
    if _same(mentor.format, mentee.format):
        score += config.weight("same_format")
    if mentee.group and mentee.group.casefold() in {g.casefold() for g in config.less_resourced}:
        score += config.weight("less_resourced")
    if mentee.user in newcomers:
        score += config.weight("newcomer")
    return score


def options(offers: Sequence[Side], requests: Sequence[Side], config: MatchConfig,
            seed: str, newcomers: Collection[str] = ()) -> list[Option]:
    """Offers and requests -> every compatible pair, sorted by (mentee, mentor)."""
    by_language: dict[str, list[Side]] = {}
    for offer in offers:
        for code in offer.languages:
            by_language.setdefault(code, []).append(offer)
    out: list[Option] = []
    for request in sorted(requests, key=lambda r: r.user):
        mentors = {o.user: o for code in request.languages for o in by_language.get(code, [])}
        for name in sorted(mentors):
            offer = mentors[name]
            if blocked(offer, request, config):
                continue
            shared = tuple(c for c in request.languages if c in offer.languages)
            needs = tuple(t for t in request.tags if t in offer.tags)
            out.append(Option(offer.user, request.user, shared, needs,
                              preference(offer, request, config, newcomers),
                              lottery_number(seed, request.user, offer.user)))
    return out


def objective(chosen: Sequence[Option]) -> tuple[int, int, int, int]:
    """Chosen pairs -> (matched, needs covered, preference, -lottery sum): higher is better."""
    return (len(chosen), sum(len(o.needs) for o in chosen), sum(o.preference for o in chosen),
            -sum(o.lottery for o in chosen))


def best_pairs(found: Sequence[Option], free: Mapping[str, int]) -> list[Option]:
    """Compatible pairs and each mentor's free capacity -> the best pairing (module doc).

    The first three criteria are one integer weight per pair (matched, then needs, then
    preference, each worth more than everything below it can add up to), so one linear
    program finds them; its constraint matrix is a bipartite graph's, so the simplex answer
    is whole pairs. The pairings as good as that one are then exactly those that keep its
    complementary slackness (a pair with a non-zero reduced cost stays as it is, a mentee
    or mentor whose row has a non-zero dual stays full), and a second linear program finds
    the lowest lottery sum among them. Weights too large to be exact in floating point,
    or an answer that is not whole, fall back to one integer program per criterion.
    """
    usable = [o for o in found if free.get(o.mentor, 0) > 0]
    if not usable:
        return []
    weights = _weights(usable)
    if weights is not None:
        chosen = _two_linear_programs(usable, free, weights)
        if chosen is not None:
            return chosen
    return _integer_programs(usable, free)


def _weights(usable: Sequence[Option]) -> list[int] | None:
    """Pairs -> one integer weight each ranking the first three criteria lexicographically,
    or None when the totals could not be compared exactly as floating-point numbers."""
    mentees = {o.mentee for o in usable}
    most_needs = {m: 0 for m in mentees}
    most_preference = {m: 0 for m in mentees}
    for o in usable:
        most_needs[o.mentee] = max(most_needs[o.mentee], len(o.needs))
        most_preference[o.mentee] = max(most_preference[o.mentee], o.preference)
    needs_unit = sum(most_preference.values()) + 1
    match_unit = needs_unit * (sum(most_needs.values()) + 1)
    if match_unit * (len(mentees) + 1) >= 2**50:
        return None
    return [match_unit + needs_unit * len(o.needs) + o.preference for o in usable]


def _model(usable: Sequence[Option], free: Mapping[str, int], integer: bool) -> Any:
    count = len(usable)
    highs = quiet_highs()
    highs.setOptionValue("random_seed", 0)
    highs.addVars(count, np.zeros(count), np.ones(count))
    if integer:
        highs.setOptionValue("mip_rel_gap", 0.0)
        highs.setOptionValue("mip_abs_gap", 1e-7)
        highs.changeColsIntegrality(count, np.arange(count, dtype=np.int32),
                                    np.array([highspy.HighsVarType.kInteger] * count))
    for rows, bound in ((_rows(usable, "mentee"), {}), (_rows(usable, "mentor"), free)):
        for key, members in rows.items():
            highs.addRow(0.0, float(bound.get(key, 1)), len(members),
                         np.array(members, dtype=np.int32), np.ones(len(members)))
    return highs


def _run(highs: Any, costs: Sequence[float], sense: Any) -> list[float]:
    count = len(costs)
    highs.changeColsCost(count, np.arange(count, dtype=np.int32), np.array(costs))
    highs.changeObjectiveSense(sense)
    highs.run()
    status = highs.getModelStatus()
    if status != highspy.HighsModelStatus.kOptimal:
        raise RuntimeError(f"matching solver stopped with {highs.modelStatusToString(status)}")
    return list(highs.getSolution().col_value)


def _whole(values: Sequence[float]) -> bool:
    return all(abs(v - round(v)) < 1e-6 for v in values)


def _two_linear_programs(usable: Sequence[Option], free: Mapping[str, int],
                         weights: Sequence[int]) -> list[Option] | None:
    highs = _model(usable, free, integer=False)
    first = _run(highs, [float(w) for w in weights], highspy.ObjSense.kMaximize)
    if not _whole(first):
        return None
    best = sum(w for w, v in zip(weights, first) if v > 0.5)
    solution = highs.getSolution()
    count = len(usable)
    for j, (reduced, value) in enumerate(zip(solution.col_dual, first)):
        if abs(reduced) > 0.5:  # this pair is in (or out of) every best pairing
            highs.changeColBounds(j, float(round(value)), float(round(value)))
    for i, (dual, activity) in enumerate(zip(solution.row_dual, solution.row_value)):
        if abs(dual) > 0.5:  # this mentee or mentor is full in every best pairing
            highs.changeRowBounds(i, float(round(activity)), float(round(activity)))
    final = _run(highs, [float(o.lottery) for o in usable], highspy.ObjSense.kMinimize)
    if not _whole(final) or sum(w for w, v in zip(weights, final) if v > 0.5) != best:
        return None
    assert count == len(final)
    return [o for o, v in zip(usable, final) if v > 0.5]


def _integer_programs(usable: Sequence[Option], free: Mapping[str, int]) -> list[Option]:
    """The same criteria as one integer program each, every optimum a rule for the next."""
    count = len(usable)
    highs = _model(usable, free, integer=True)
    levels = ([1.0] * count, [float(len(o.needs)) for o in usable],
              [float(o.preference) for o in usable], [-float(o.lottery) for o in usable])
    solution: list[float] = []
    for costs in levels:
        solution = _run(highs, costs, highspy.ObjSense.kMaximize)
        best = round(sum(c * v for c, v in zip(costs, solution)))
        nonzero = [i for i, c in enumerate(costs) if c]
        if nonzero:
            highs.addRow(best - 0.5, highspy.kHighsInf, len(nonzero),
                         np.array(nonzero, dtype=np.int32),
                         np.array([costs[i] for i in nonzero]))
    return [o for o, v in zip(usable, solution) if v > 0.5]


def _rows(usable: Sequence[Option], side: str) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for index, option in enumerate(usable):
        rows.setdefault(getattr(option, side), []).append(index)
    return rows
