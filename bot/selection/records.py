"""The records of a selection: candidates in, placements and results out; pure data.

A ``Candidate`` is a nominee with the facts the criteria use (built by ``evidence.py``). A
selection run gives each candidate a ``Placement`` (selected, waitlist or not selected, with a
one-sentence reason) and gathers them in a ``SelectionResult`` with the quota fills and, when
the policy could not be met, the ``Infeasibility`` found and the relaxation applied. A
``Comparison`` holds the results of several policies on the same candidates and seed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction

from bot.selection.policy import GOAL_STATUSES, SelectionPolicy
from bot.selection.wording import Said, joined

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
class Term:
    """One term of a score: ``count`` things the policy counts times each of ``factors``
    (points, a recommender's share, the criterion's weight); ``note`` says where the count
    comes from when it is not plain (a cap)."""

    count: Fraction
    label: str
    factors: tuple[Fraction, ...]
    note: str = ""


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
    own_track: str = ""  # the candidate's own track (``track`` is the seat's)
    terms: tuple[Term, ...] = ()  # the score as a sum (bot.selection.breakdown)


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

    def describe(self) -> Said:
        """Relaxation -> "lower quota region Africa min from 3 to 1"."""
        return Said("peerbot-selection-relax", self.attribute, self.value, self.old_min,
                    self.new_min)


@dataclass(frozen=True)
class Infeasibility:
    """Why a policy cannot hold, the relaxation applied, and other ways out."""

    clashes: tuple[str, ...]
    relaxations: tuple[Relaxation, ...]
    alternatives: tuple[str, ...]

    def summary(self) -> Said:
        """Infeasibility -> one paragraph for the report."""
        clashes = joined(self.clashes, "peerbot-semicolon")
        fix = joined((r.describe() for r in self.relaxations), "peerbot-semicolon")
        if self.alternatives:
            return Said("peerbot-selection-infeasible-alternatives", clashes, fix,
                        joined(self.alternatives, "peerbot-semicolon"))
        return Said("peerbot-selection-infeasible", clashes, fix)


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
