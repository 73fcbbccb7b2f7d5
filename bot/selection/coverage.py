"""Policy + candidates -> the rules that match nobody, as problems for the report; pure.

A quota whose attribute value no candidate has, or a track no candidate is in, does nothing:
usually a typo or a value written differently from the nominations ("Asia" where the
nominations say "East Asia"). The selection still runs; the report lists each such rule as a
problem with the values the candidates do have, so the organizers can fix the policy.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.config import fold_value
from bot.core.model import Problem
from bot.core.render import plural
from bot.selection.policy import SelectionPolicy
from bot.selection.records import Candidate

SHOWN_VALUES = 8


def _values(values: set[str]) -> str:
    shown = sorted(v for v in values if v)
    if not shown:
        return "none of the candidates has one"
    more = len(shown) - SHOWN_VALUES
    return "the candidates have " + ", ".join(shown[:SHOWN_VALUES]) + (
        f" and {more} more" if more > 0 else "")


def unmatched_rules(policy: SelectionPolicy, candidates: Sequence[Candidate],
                    page: str = "") -> tuple[Problem, ...]:
    """Policy, candidates and the policy's page ("" for a file) -> one problem per quota or
    track that matches no candidate (nothing when there are no candidates at all)."""
    if not candidates:
        return ()
    where = f"policy {policy.name!r}: "
    problems = []
    for quota in policy.quotas:
        present = {c.attribute(quota.attribute) for c in candidates}
        if quota.value in present:
            continue
        if quota.attribute in policy.hide:
            problems.append(Problem(page, where + "a quota on a private attribute matches no "
                                    "candidate"))
            continue
        problems.append(Problem(page, f"{where}quota {quota.attribute} {quota.value!r} matches "
                                f"no candidate ({quota.attribute}: {_values(present)})"))
    tracks = {c.track for c in candidates}
    typed = {fold_value(t) for t in tracks}
    for track in policy.tracks:
        if fold_value(track.name) not in typed:
            goes = "goes" if track.seats == 1 else "go"
            to = "the open seats" if policy.unused_track_seats == "general" else "nobody"
            problems.append(Problem(page, f"{where}track {track.name!r} matches no candidate; "
                                    f"its {plural(track.seats, 'seat')} {goes} to {to} "
                                    f"(tracks: {_values(tracks)})"))
    return tuple(problems)
