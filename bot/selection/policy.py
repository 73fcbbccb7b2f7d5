"""Selection policy YAML -> frozen, validated ``SelectionPolicy``; pure except ``read_policy``.

Every mistake in a policy file is a ``PolicyError`` (a ``ValueError``) whose one-line message
names the file, the key path and the fix, for example::

    selection.yaml: tracks.mentor.seats must be a non-negative integer (got 'x'); set it to a
    number like 4

Unknown keys are rejected with the list of allowed keys, so a typo never silently changes a
selection. Numbers become ``fractions.Fraction`` (``0.1`` is exactly 1/10) so that scores are
computed exactly and ties are real ties.

Schema (every key is also explained in ``config/selection.yaml``)::

    name: str                      # shown in the report
    description: str               # optional, shown in the report
    seats: int >= 0                # total training seats
    seed: str | seed_revision: int # exactly one; the lottery seed, or a future revision id
    tracks:                        # optional; mapping track name -> {seats: int} | {share: 0..1}
      mentor: {seats: 6, criteria: {...}}   # optional per-track criteria replace the top ones
    unused_track_seats: general | empty     # default general
    criteria:                      # score = sum of weight * value
      mentoring:   {weight, cap}
      goals:       {weight, met, partial, not_met, less_resourced_bonus}
      first_come:  {weight}
      nominations: {weight, recommendation_weight, cap}
    quotas: [{attribute, value, min, max}]
    max_per_group: int >= 1 | null
    waitlist_size: int >= 0 | null  # default: as many as there are seats
    hide: [score | group | region | <quota attribute>]
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

GENERAL_TRACK = "general"
UNUSED_TRACK_SEATS = ("general", "empty")
HIDEABLE_FIELDS = ("score", "group", "region")
GOAL_STATUSES = ("met", "partial", "not met")


class PolicyError(ValueError):
    """A selection policy that cannot be used; the message names the key and the fix."""


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
    """A validated selection policy; see the module docstring for the YAML schema."""

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


_TOP_KEYS = ("name", "description", "seats", "seed", "seed_revision", "tracks",
             "unused_track_seats", "criteria", "quotas", "max_per_group", "waitlist_size",
             "hide")
_TRACK_KEYS = ("seats", "share", "criteria")
_QUOTA_KEYS = ("attribute", "value", "min", "max")
_CRITERIA_KEYS: dict[str, tuple[str, ...]] = {
    "mentoring": ("weight", "cap"),
    "goals": ("weight", "met", "partial", "not_met", "less_resourced_bonus"),
    "first_come": ("weight",),
    "nominations": ("weight", "recommendation_weight", "cap"),
}


def parse_policy_text(text: str, source: str = "selection.yaml") -> SelectionPolicy:
    """YAML text -> SelectionPolicy; raises PolicyError naming ``source`` and the key."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{source}: is not valid YAML{where}; check the indentation and "
                          f"quoting there") from error
    return parse_policy(data, source)


def read_policy(path: Path) -> SelectionPolicy:
    """Policy file path -> SelectionPolicy (the one function here that reads a file)."""
    return parse_policy_text(path.read_text(encoding="utf-8"), path.name)


def parse_policy(data: object, source: str = "selection.yaml") -> SelectionPolicy:
    """Parsed YAML (a mapping) -> SelectionPolicy; raises PolicyError naming the key path."""
    where = _Where(source)
    top = where.mapping(data, "", _TOP_KEYS)
    name = where.text(top, "name", required=True)
    description = where.text(top, "description")
    seats = where.integer(top, "seats", required=True, minimum=0, example="12")
    assert seats is not None
    seed = top.get("seed")
    seed_revision = top.get("seed_revision")
    if (seed is None) == (seed_revision is None):
        raise PolicyError(f"{source}: set exactly one of seed or seed_revision (got "
                          f"{'both' if seed is not None else 'neither'}); the lottery that breaks "
                          f"ties needs one published seed, e.g. seed: \"peer-academy-2026\"")
    if seed is not None and (not isinstance(seed, (str, int)) or isinstance(seed, bool)
                             or str(seed) == ""):
        raise PolicyError(f"{source}: seed must be a non-empty text (got {seed!r}); quote it, "
                          f"e.g. seed: \"peer-academy-2026\"")
    revision = where.integer(top, "seed_revision", minimum=1, example="123456")
    criteria = where.criteria(top.get("criteria", {}), "criteria")
    tracks = where.tracks(top.get("tracks"), seats)
    unused = top.get("unused_track_seats", "general")
    if unused not in UNUSED_TRACK_SEATS:
        raise PolicyError(f"{source}: unused_track_seats must be one of "
                          f"{', '.join(UNUSED_TRACK_SEATS)} (got {unused!r}); use general to "
                          f"open unfilled track seats to everyone")
    quotas = where.quotas(top.get("quotas"))
    max_per_group = where.integer(top, "max_per_group", minimum=1, example="1")
    waitlist_size = where.integer(top, "waitlist_size", minimum=0, example="5")
    hide = where.hide(top.get("hide"), quotas)
    return SelectionPolicy(
        name=name, description=description, seats=seats,
        seed=None if seed is None else str(seed), seed_revision=revision,
        tracks=tracks, unused_track_seats=str(unused), criteria=criteria, quotas=quotas,
        max_per_group=max_per_group, waitlist_size=waitlist_size, hide=hide)


@dataclass(frozen=True)
class _Where:
    """Validation helpers that know the source file name for messages."""

    source: str

    def fail(self, path: str, problem: str, fix: str) -> PolicyError:
        return PolicyError(f"{self.source}: {path} {problem}; {fix}")

    def mapping(self, value: object, path: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        label = path or "the file"
        if value is None and path:
            return {}
        if not isinstance(value, Mapping):
            raise self.fail(label, f"must be a mapping of keys (got {_show(value)})",
                            f"write it as keys like {allowed[0]}: ...")
        result: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str) or key not in allowed:
                key_path = f"{path}.{key}" if path else str(key)
                raise self.fail(key_path, "is not a known key",
                                f"use one of: {', '.join(allowed)}")
            result[key] = item
        return result

    def text(self, data: Mapping[str, Any], key: str, required: bool = False) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(key, "is missing", f"add {key}: \"...\"")
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"must be a non-empty text (got {_show(value)})",
                            f"write {key}: \"...\" in quotes")
        return value

    def integer(self, data: Mapping[str, Any], key: str, *, path: str = "",
                required: bool = False, minimum: int = 0, example: str = "1") -> int | None:
        full = path or key
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(full, "is missing", f"add {key}: {example}")
            return None
        kind = "a non-negative integer" if minimum == 0 else f"an integer >= {minimum}"
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(full, f"must be {kind} (got {_show(value)})",
                            f"set it to a number like {example}")
        return value

    def number(self, data: Mapping[str, Any], key: str, path: str, default: Fraction | None,
               *, non_negative: bool = True) -> Fraction:
        value = data.get(key)
        if value is None:
            if default is None:
                raise self.fail(path, "is missing", f"add {key}: 1.0")
            return default
        kind = "a non-negative number" if non_negative else "a number"
        if (isinstance(value, bool) or not isinstance(value, (int, float))
                or (isinstance(value, float) and not math.isfinite(value))
                or (non_negative and value < 0)):
            raise self.fail(path, f"must be {kind} (got {_show(value)})",
                            "set it to a number like 1.0")
        if isinstance(value, int):
            return Fraction(value)
        # 0.1 means exactly 1/10 and 0.3333333333333333 means 1/3: the nearest fraction with a
        # small denominator keeps scores exact and the integer program well scaled.
        return Fraction(str(value)).limit_denominator(1000)

    def criteria(self, value: object, path: str) -> Criteria:
        data = self.mapping(value, path, tuple(_CRITERIA_KEYS))
        found: dict[str, Any] = {}
        for name, allowed in _CRITERIA_KEYS.items():
            if name not in data:
                continue
            sub = f"{path}.{name}"
            item = self.mapping(data[name], sub, allowed)
            weight = self.number(item, "weight", f"{sub}.weight", None)
            if name == "mentoring":
                found[name] = MentoringCriterion(
                    weight=weight,
                    cap=self.integer(item, "cap", path=f"{sub}.cap", minimum=1, example="10"))
            elif name == "goals":
                found[name] = GoalsCriterion(
                    weight=weight,
                    met=self.number(item, "met", f"{sub}.met", Fraction(1), non_negative=False),
                    partial=self.number(item, "partial", f"{sub}.partial", Fraction(1, 2),
                                        non_negative=False),
                    not_met=self.number(item, "not_met", f"{sub}.not_met", Fraction(0),
                                        non_negative=False),
                    less_resourced_bonus=self.number(item, "less_resourced_bonus",
                                                     f"{sub}.less_resourced_bonus",
                                                     Fraction(0)))
            elif name == "first_come":
                found[name] = FirstComeCriterion(weight=weight)
            else:
                cap = item.get("cap")
                found[name] = NominationsCriterion(
                    weight=weight,
                    recommendation_weight=self.number(item, "recommendation_weight",
                                                      f"{sub}.recommendation_weight",
                                                      Fraction(1, 2)),
                    cap=None if cap is None else self.number(item, "cap", f"{sub}.cap", None))
        return Criteria(**found)

    def tracks(self, value: object, seats: int) -> tuple[Track, ...]:
        if value is None:
            return ()
        if not isinstance(value, Mapping) or not value:
            raise self.fail("tracks", f"must be a mapping of track names (got {_show(value)})",
                            "write e.g. tracks: {mentor: {seats: 6}} or leave tracks out")
        result: list[Track] = []
        for name, spec in value.items():
            path = f"tracks.{name}"
            if not isinstance(name, str) or not name.strip() or name == GENERAL_TRACK:
                raise self.fail(path, "is not a usable track name",
                                f"use a plain name other than '{GENERAL_TRACK}' (reserved for "
                                f"seats open to every track)")
            item = self.mapping(spec, path, _TRACK_KEYS)
            if ("seats" in item) == ("share" in item):
                raise self.fail(path, "needs exactly one of seats or share",
                                "write e.g. {seats: 6} or {share: 0.5}")
            share: Fraction | None = None
            if "share" in item:
                share = self.number(item, "share", f"{path}.share", None)
                if not 0 < share <= 1:
                    raise self.fail(f"{path}.share", f"must be between 0 and 1 (got "
                                    f"{_show(item['share'])})", "write e.g. share: 0.5")
                count = math.floor(share * seats)
            else:
                found = self.integer(item, "seats", path=f"{path}.seats", example="4")
                assert found is not None
                count = found
            criteria = (self.criteria(item["criteria"], f"{path}.criteria")
                        if "criteria" in item else None)
            result.append(Track(name=name, seats=count, share=share, criteria=criteria))
        total = sum(track.seats for track in result)
        if total > seats:
            raise self.fail("tracks", f"add up to {total} seats but seats is {seats}",
                            "lower a track's seats or share, or raise seats")
        return tuple(result)

    def quotas(self, value: object) -> tuple[Quota, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail("quotas", f"must be a list (got {_show(value)})",
                            "write each quota as - {attribute: region, value: Africa, min: 1}")
        result: list[Quota] = []
        for index, spec in enumerate(value):
            path = f"quotas[{index}]"
            item = self.mapping(spec, path, _QUOTA_KEYS)
            if item == {}:
                raise self.fail(path, "is empty", "write {attribute: region, value: Africa, "
                                "min: 1} or remove it")
            attribute = item.get("attribute")
            if not isinstance(attribute, str) or not attribute.strip():
                raise self.fail(f"{path}.attribute", f"must be an attribute name (got "
                                f"{_show(attribute)})", "write e.g. attribute: region")
            raw = item.get("value")
            if isinstance(raw, bool):
                raise self.fail(f"{path}.value", f"is read by YAML as {raw!r}, not as text",
                                f"quote it: value: \"{'yes' if raw else 'no'}\"")
            if isinstance(raw, (int, float)):
                raise self.fail(f"{path}.value", f"must be text (got {raw!r})",
                                f"quote it: value: \"{raw}\"")
            if not isinstance(raw, str) or not raw:
                raise self.fail(f"{path}.value", f"must be the attribute value to count (got "
                                f"{_show(raw)})", "write e.g. value: Africa")
            low = self.integer(item, "min", path=f"{path}.min", example="1") or 0
            high = self.integer(item, "max", path=f"{path}.max", example="3")
            if "min" not in item and "max" not in item:
                raise self.fail(path, "has neither min nor max", "add min: 1 or max: 3")
            if high is not None and high < low:
                raise self.fail(f"{path}.max", f"is {high}, below min {low}",
                                "raise max or lower min")
            quota = Quota(attribute=attribute, value=raw, min=low, max=high)
            if any(q.attribute == attribute and q.value == raw for q in result):
                raise self.fail(path, f"repeats the quota for {quota.label()}",
                                "merge the two into one entry with min and max")
            result.append(quota)
        return tuple(result)

    def hide(self, value: object, quotas: tuple[Quota, ...]) -> frozenset[str]:
        if value is None:
            return frozenset()
        allowed = list(HIDEABLE_FIELDS) + sorted({q.attribute for q in quotas}
                                                 - set(HIDEABLE_FIELDS))
        if not isinstance(value, list):
            raise self.fail("hide", f"must be a list (got {_show(value)})",
                            "write e.g. hide: [score]")
        for index, item in enumerate(value):
            if item not in allowed:
                raise self.fail(f"hide[{index}]", f"is {_show(item)}, not a field that can be "
                                f"hidden", f"use one of: {', '.join(allowed)}")
        return frozenset(value)


def _show(value: object) -> str:
    """Any YAML value -> short text for an error message."""
    if value is None:
        return "nothing"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
