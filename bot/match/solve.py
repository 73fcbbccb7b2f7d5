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
    """Compatible pairs and each mentor's free capacity -> the best pairing (module doc)."""
    usable = [o for o in found if free.get(o.mentor, 0) > 0]
    if not usable:
        return []
    count = len(usable)
    highs = quiet_highs()
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.setOptionValue("mip_abs_gap", 1e-7)
    highs.setOptionValue("random_seed", 0)
    highs.addVars(count, np.zeros(count), np.ones(count))
    columns = np.arange(count, dtype=np.int32)
    highs.changeColsIntegrality(count, columns,
                                np.array([highspy.HighsVarType.kInteger] * count))
    for rows, bound in ((_rows(usable, "mentee"), {}), (_rows(usable, "mentor"), free)):
        for key, members in rows.items():
            highs.addRow(0.0, float(bound.get(key, 1)), len(members),
                         np.array(members, dtype=np.int32), np.ones(len(members)))
    levels = ([1.0] * count, [float(len(o.needs)) for o in usable],
              [float(o.preference) for o in usable], [-float(o.lottery) for o in usable])
    solution: list[float] = []
    for costs in levels:
        highs.changeColsCost(count, columns, np.array(costs))
        highs.changeObjectiveSense(highspy.ObjSense.kMaximize)
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError("matching solver stopped with "
                               f"{highs.modelStatusToString(highs.getModelStatus())}")
        solution = list(highs.getSolution().col_value)
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
