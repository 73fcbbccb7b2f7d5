"""What a selection policy is: seats, tracks, scoring criteria, quotas and limits; pure data.

A ``SelectionPolicy`` is frozen and already checked (``policy_parse.py`` builds it from YAML,
and ``config/selection.yaml`` explains every key). Numbers are ``fractions.Fraction`` so that
scores are computed exactly and ties are real ties. A track's seats are resolved from its
``share`` when a share was given; the seats left over after the named tracks are open to every
track.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

GENERAL_TRACK = "general"
UNUSED_TRACK_SEATS = ("general", "empty")
HIDEABLE_FIELDS = ("score", "group", "region")
GOAL_STATUSES = ("met", "partial", "not met")


@dataclass(frozen=True)
class MentoringCriterion:
    """Value = number of distinct eligible mentees who confirmed mentoring, at most ``cap``."""

    weight: Fraction
    cap: int | None = None


@dataclass(frozen=True)
class GoalsCriterion:
    """Value = sum over goal records of status points; less-resourced progress earns a bonus.

    Each goal earns ``met``, ``partial`` or ``not_met`` points. A candidate from a
    less-resourced community earns ``less_resourced_bonus`` extra for each goal that is met or
    partly met, so progress counts for more where it is harder to make.
    """

    weight: Fraction
    met: Fraction = Fraction(1)
    partial: Fraction = Fraction(1, 2)
    not_met: Fraction = Fraction(0)
    less_resourced_bonus: Fraction = Fraction(0)


@dataclass(frozen=True)
class FirstComeCriterion:
    """Value = number of candidates first nominated strictly later (or never); earliest is best."""

    weight: Fraction


@dataclass(frozen=True)
class NominationsCriterion:
    """Value = distinct nominators + recommendation_weight * distinct recommenders, capped."""

    weight: Fraction
    recommendation_weight: Fraction = Fraction(1, 2)
    cap: Fraction | None = None


@dataclass(frozen=True)
class Criteria:
    """The scoring rule: each present criterion adds weight * value to the score."""

    mentoring: MentoringCriterion | None = None
    goals: GoalsCriterion | None = None
    first_come: FirstComeCriterion | None = None
    nominations: NominationsCriterion | None = None

    def weights(self) -> tuple[tuple[str, Fraction], ...]:
        """Criteria -> (name, weight) pairs of the criteria in use, in a fixed order."""
        pairs: list[tuple[str, Fraction]] = []
        for name in ("mentoring", "goals", "first_come", "nominations"):
            criterion = getattr(self, name)
            if criterion is not None:
                pairs.append((name, criterion.weight))
        return tuple(pairs)


@dataclass(frozen=True)
class Track:
    """A named group of seats; ``seats`` is resolved from ``share`` when a share was given."""

    name: str
    seats: int
    share: Fraction | None = None
    criteria: Criteria | None = None


@dataclass(frozen=True)
class Quota:
    """At least ``min`` and at most ``max`` selected people whose ``attribute`` is ``value``."""

    attribute: str
    value: str
    min: int = 0
    max: int | None = None

    def label(self) -> str:
        """Quota -> short text such as "region Africa"."""
        return f"{self.attribute} {self.value}"


@dataclass(frozen=True)
class SelectionPolicy:
    """A validated selection policy; ``policy_parse.py`` has the YAML schema."""

    name: str
    seats: int
    criteria: Criteria
    seed: str | None = None
    seed_revision: int | None = None
    description: str = ""
    tracks: tuple[Track, ...] = ()
    unused_track_seats: str = "general"
    quotas: tuple[Quota, ...] = ()
    max_per_group: int | None = None
    waitlist_size: int | None = None
    hide: frozenset[str] = frozenset()

    def track(self, name: str) -> Track | None:
        """Track name -> the policy's track of that name, or None."""
        return next((track for track in self.tracks if track.name == name), None)

    def general_seats(self) -> int:
        """Policy -> seats left over after the named tracks (open to every candidate)."""
        return self.seats - sum(track.seats for track in self.tracks)
