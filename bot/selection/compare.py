"""Candidates + several policies + one seed -> each policy's result and who changes between them.

``compare`` runs every policy on the same candidates with the same seed, so that differences
come from the rules and not from the lottery. It gives one row per candidate with their outcome
under each policy (people selected under more policies first) and, for each pair of policies,
who is selected under one and not the other; ``render.py`` turns this into the
``selection-compare`` part of the report page.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.selection.policy import GENERAL_TRACK, SelectionPolicy
from bot.selection.records import (
    SELECTED,
    WAITLIST,
    Candidate,
    Comparison,
    ComparisonRow,
    PolicyDifference,
    SelectionResult,
)
from bot.selection.select import select
from bot.selection.wording import Said


def compare(candidates: Sequence[Candidate], policies: Sequence[SelectionPolicy],
            seed: str) -> Comparison:
    """Candidates, policies and one seed -> each policy's result and who changes between them."""
    results = tuple(select(candidates, policy, seed) for policy in policies)
    names = tuple(policy.name for policy in policies)
    chosen = [{p.user for p in result.selected} for result in results]
    rows: list[ComparisonRow] = []
    for candidate in sorted(candidates, key=lambda c: (-sum(c.user in s for s in chosen),
                                                       c.user)):
        outcomes = tuple(_outcome(result, candidate.user) for result in results)
        rows.append(ComparisonRow(candidate.user, outcomes))
    differences = []
    for i in range(len(results)):
        for j in range(i + 1, len(results)):
            differences.append(PolicyDifference(
                names[i], names[j], tuple(sorted(chosen[i] - chosen[j])),
                tuple(sorted(chosen[j] - chosen[i]))))
    return Comparison(seed, names, results, tuple(rows), tuple(differences))


def _outcome(result: SelectionResult, user: str) -> Said:
    """Result and user -> "selected (track mentor)", "selected (open seats)", "selected"
    (a policy without tracks: every seat is open), "waitlist 2" or "not selected"."""
    placement = result.placement(user)
    assert placement is not None
    if placement.status == SELECTED:
        if not result.applied_policy.tracks:
            return Said("peerbot-selection-outcome-selected")
        if placement.track == GENERAL_TRACK:
            return Said("peerbot-selection-outcome-open-seats")
        return Said("peerbot-selection-outcome-track", placement.track)
    if placement.status == WAITLIST:
        return Said("peerbot-selection-outcome-waitlist", placement.rank)
    return Said("peerbot-selection-outcome-not-selected")
