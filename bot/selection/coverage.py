"""Policy + candidates -> the rules that match nobody, as problems for the report; pure.

A quota whose attribute value no candidate has, or a track no candidate is in, does nothing:
usually a typo or a value written differently from the nominations ("Asia" where the
nominations say "East Asia"). The selection still runs; the report lists each such rule as a
problem with the values the candidates do have, so the organizers can fix the policy. Each
problem is a message of ``i18n/selection/`` (``peerbot-selection-problem-*``), the report
showing it in its language.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.config import fold_value
from bot.core.model import Problem
from bot.core.notices import problem
from bot.selection.policy import SelectionPolicy
from bot.selection.records import Candidate

SHOWN_VALUES = 8


def _values(values: set[str]) -> tuple[str, tuple[str, ...]]:
    """Values the candidates have -> the ending of the problem's message key and its
    parameters: none, the values, or the first values and how many more."""
    shown = sorted(v for v in values if v)
    if not shown:
        return "none", ()
    more = len(shown) - SHOWN_VALUES
    listed = ", ".join(shown[:SHOWN_VALUES])
    return ("more", (listed, str(more))) if more > 0 else ("some", (listed,))


def unmatched_rules(policy: SelectionPolicy, candidates: Sequence[Candidate],
                    page: str = "") -> tuple[Problem, ...]:
    """Policy, candidates and the policy's page ("" for a file) -> one problem per quota or
    track that matches no candidate (nothing when there are no candidates at all)."""
    if not candidates:
        return ()
    name = repr(policy.name)
    problems = []
    for quota in policy.quotas:
        present = {c.attribute(quota.attribute) for c in candidates}
        if quota.value in present:
            continue
        if quota.attribute in policy.hide:
            problems.append(problem(page, "peerbot-selection-problem-private-quota", name))
            continue
        ending, values = _values(present)
        problems.append(problem(page, f"peerbot-selection-problem-quota-{ending}", name,
                                quota.attribute, repr(quota.value), *values))
    tracks = {c.track for c in candidates}
    typed = {fold_value(t) for t in tracks}
    for track in policy.tracks:
        if fold_value(track.name) not in typed:
            to = "open" if policy.unused_track_seats == "general" else "nobody"
            ending, values = _values(tracks)
            problems.append(problem(page, f"peerbot-selection-problem-track-{to}-{ending}",
                                    name, repr(track.name), track.seats, *values))
    return tuple(problems)
