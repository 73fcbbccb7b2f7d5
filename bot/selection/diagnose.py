"""A policy whose rules cannot all hold -> what clashes, the smallest relaxation, other ways out.

When the quota minima cannot all be met (a minimum larger than the seats or than the matching
candidates, minima adding up to more than the seats, or clashing with the group limit or track
sizes), the bot lowers quota minima by the fewest seats in total, keeping the quotas listed
first whole when it can, and selects under that relaxed policy. The ``Infeasibility`` it returns
names each clash in plain words, the relaxation applied, and other ways out such as raising
``max_per_group`` or the seats (docs/selection.md, "How seats are chosen", step 5).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import highspy

from bot.selection.policy import Quota, SelectionPolicy
from bot.selection.records import Candidate, Infeasibility, Relaxation
from bot.selection.score import candidate_tracks
from bot.selection.solve import Problem, feasible, linear, milp
from bot.selection.wording import Said, joined


def diagnose(candidates: tuple[Candidate, ...], policy: SelectionPolicy,
             problem: Problem) -> tuple[Infeasibility, SelectionPolicy]:
    """Infeasible policy -> (what clashes, smallest relaxation, alternatives), relaxed policy."""
    relaxations, relaxed = _smallest_relaxation(policy, problem)
    clashes = _clashes(candidates, policy, relaxations)
    return (Infeasibility(tuple(clashes), tuple(relaxations),
                          tuple(_alternatives(candidates, policy))), relaxed)


def _smallest_relaxation(policy: SelectionPolicy, problem: Problem
                         ) -> tuple[list[Relaxation], SelectionPolicy]:
    """Infeasible problem -> the quota minima lowered (fewest seats first) and the policy so
    relaxed.

    Each quota minimum gets a slack variable (the seats it is lowered by); the program keeps
    every other rule and minimizes the slack, the quotas listed last giving way first.
    """
    quota_rows = [(int(row.key), row) for row in problem.rows
                  if row.kind == "quota" and row.lo > 0]
    other_rows = [row for row in problem.rows if not (row.kind == "quota" and row.lo > 0)]
    count = len(problem.option_candidate)
    rows = linear(other_rows)
    total_min = sum(row.lo for _, row in quota_rows)
    weight = total_min * len(quota_rows) + 1
    costs = [0.0] * count
    lower = [0.0] * count
    upper = [1.0] * count
    for position, (_, row) in enumerate(quota_rows):
        slack = count + position
        indices = sorted(row.options)
        hi = highspy.kHighsInf if row.hi is None else float(row.hi)
        rows.append((indices, [1.0] * len(indices), 0.0, hi))
        rows.append((indices + [slack], [1.0] * (len(indices) + 1), float(row.lo),
                     highspy.kHighsInf))
        # Fewest lowered seats first; among equals, lower the quotas listed last.
        costs.append(-float(weight + len(quota_rows) - 1 - position))
        lower.append(0.0)
        upper.append(float(row.lo))
    found = milp(costs, rows, lower, upper)
    assert found is not None, "lowering every quota minimum to 0 is always feasible"
    relaxations: list[Relaxation] = []
    quotas = list(policy.quotas)
    for position, (number, _) in enumerate(quota_rows):
        slack = found[1][count + position]
        if slack:
            quota = policy.quotas[number]
            relaxations.append(Relaxation(quota.attribute, quota.value, quota.min,
                                          quota.min - slack))
            quotas[number] = replace(quota, min=quota.min - slack)
    return relaxations, replace(policy, quotas=tuple(quotas))


def _clashes(candidates: tuple[Candidate, ...], policy: SelectionPolicy,
             relaxations: Sequence[Relaxation]) -> list[Said]:
    """Policy and the relaxation it needed -> one sentence per clash, without repeats."""
    clashes: list[Said] = []
    minima: Counter[str] = Counter()
    for quota in policy.quotas:
        minima[quota.attribute] += quota.min
    for attribute, total in sorted(minima.items()):
        values = sum(1 for q in policy.quotas if q.attribute == attribute and q.min)
        if total > policy.seats and values > 1:
            clashes.append(Said("peerbot-selection-clash-minima", attribute, total,
                                policy.seats))
    for relaxation in relaxations:
        quota = next(q for q in policy.quotas
                     if (q.attribute, q.value) == (relaxation.attribute, relaxation.value))
        clashes.append(_quota_clash(candidates, policy, quota))
    return list(dict.fromkeys(clashes))


def _quota_clash(candidates: tuple[Candidate, ...], policy: SelectionPolicy,
                 quota: Quota) -> Said:
    """A quota whose minimum had to be lowered -> the rule it cannot hold together with."""
    label = Said("peerbot-selection-clash-label", quota.attribute, quota.value, quota.min)
    matching = [c for c in candidates if c.attribute(quota.attribute) == quota.value
                and candidate_tracks(c, policy)]
    groups = {c.group or f"\0{c.user}" for c in matching}
    if quota.min > policy.seats:
        return Said("peerbot-selection-clash-seats", label, policy.seats)
    if len(matching) < quota.min:
        return Said("peerbot-selection-clash-matching", label, len(matching))
    if policy.max_per_group is not None and len(groups) * policy.max_per_group < quota.min:
        return Said("peerbot-selection-clash-groups", label, len(matching), len(groups),
                    policy.max_per_group)
    alone = replace(policy, quotas=tuple(
        q if q == quota else replace(q, min=0) for q in policy.quotas))
    if not feasible(candidates, alone):
        rules = _culprits(candidates, policy, quota, alone)
        return Said("peerbot-selection-clash-with", label, rules)
    partners = [other for other in policy.quotas if other != quota and other.min > 0
                and not feasible(candidates, replace(alone, quotas=tuple(
                    q if q in (quota, other) else replace(q, min=0)
                    for q in policy.quotas)))]
    if partners:
        names = joined(Said("peerbot-selection-clash-partner", o.attribute, o.value, o.min)
                       for o in partners)
        return Said("peerbot-selection-clash-with", label, names)
    return Said("peerbot-selection-clash-with", label,
                Said("peerbot-selection-clash-other-minima"))


def _culprits(candidates: tuple[Candidate, ...], policy: SelectionPolicy, quota: Quota,
              alone: SelectionPolicy) -> Said:
    """A quota minimum that fails on its own (``alone``: the policy with every other minimum
    at 0) -> the rules that, dropped, would let it hold."""
    culprits = []
    if policy.max_per_group is not None and feasible(
            candidates, replace(alone, max_per_group=None)):
        culprits.append(Said("peerbot-selection-culprit-group", policy.max_per_group))
    if policy.tracks and feasible(candidates, replace(alone, tracks=())):
        culprits.append(Said("peerbot-selection-culprit-tracks"))
    if any(q.max is not None for q in policy.quotas) and feasible(
            candidates, replace(alone, quotas=(quota,))):
        culprits.append(Said("peerbot-selection-culprit-maxima"))
    if not culprits:
        return Said("peerbot-selection-culprit-all")
    return joined(culprits, "peerbot-selection-and")


def _alternatives(candidates: tuple[Candidate, ...], policy: SelectionPolicy) -> list[Said]:
    """Infeasible policy -> other ways out: the smallest larger group limit or seat count."""
    found: list[Said] = []
    if policy.max_per_group is not None:
        for limit in range(policy.max_per_group + 1, policy.seats + 1):
            if feasible(candidates, replace(policy, max_per_group=limit)):
                found.append(Said("peerbot-selection-raise-group", policy.max_per_group, limit))
                break
    extra_limit = sum(q.min for q in policy.quotas)
    for extra in range(1, extra_limit + 1):
        if feasible(candidates, replace(policy, seats=policy.seats + extra)):
            found.append(Said("peerbot-selection-raise-seats", policy.seats,
                               policy.seats + extra))
            break
    return found
