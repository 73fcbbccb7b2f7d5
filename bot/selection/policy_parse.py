"""Selection policy YAML -> frozen, validated ``SelectionPolicy``; pure except ``read_policy``.

Every mistake in a policy file is a ``PolicyError`` (a ``ValueError``) whose one-line message
names the file, the key path and the fix, for example ``selection.yaml: tracks.mentor.seats must
be a non-negative integer (got 'x'); set it to a number like 4``. Unknown keys are rejected
with the list of allowed keys, so a typo never silently changes a selection, and numbers become
exact fractions (``0.1`` is exactly 1/10). The schema (every key is also explained in
``config/selection.yaml``)::

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

from bot.selection.policy import (
    GENERAL_TRACK,
    HIDEABLE_FIELDS,
    UNUSED_TRACK_SEATS,
    Criteria,
    FirstComeCriterion,
    GoalsCriterion,
    MentoringCriterion,
    NominationsCriterion,
    Quota,
    SelectionPolicy,
    Track,
)


class PolicyError(ValueError):
    """A selection policy that cannot be used; the message names the key and the fix."""


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
    seed = _seed(source, top.get("seed"), top.get("seed_revision"))
    revision = where.integer(top, "seed_revision", minimum=1, example="123456")
    criteria = _criteria(where, top.get("criteria", {}), "criteria")
    tracks = _tracks(where, top.get("tracks"), seats)
    unused = top.get("unused_track_seats", "general")
    if unused not in UNUSED_TRACK_SEATS:
        raise PolicyError(f"{source}: unused_track_seats must be one of "
                          f"{', '.join(UNUSED_TRACK_SEATS)} (got {unused!r}); use general to "
                          f"open unfilled track seats to everyone")
    quotas = _quotas(where, top.get("quotas"))
    max_per_group = where.integer(top, "max_per_group", minimum=1, example="1")
    waitlist_size = where.integer(top, "waitlist_size", minimum=0, example="5")
    hide = _hide(where, top.get("hide"), quotas)
    return SelectionPolicy(
        name=name, description=description, seats=seats, seed=seed, seed_revision=revision,
        tracks=tracks, unused_track_seats=str(unused), criteria=criteria, quotas=quotas,
        max_per_group=max_per_group, waitlist_size=waitlist_size, hide=hide)


def _seed(source: str, seed: object, seed_revision: object) -> str | None:
    """The seed and seed_revision values -> the seed as text (None with a seed_revision)."""
    if (seed is None) == (seed_revision is None):
        raise PolicyError(f"{source}: set exactly one of seed or seed_revision (got "
                          f"{'both' if seed is not None else 'neither'}); the lottery that breaks "
                          f"ties needs one published seed, e.g. seed: \"peer-academy-2026\"")
    if seed is not None and (not isinstance(seed, (str, int)) or isinstance(seed, bool)
                             or str(seed) == ""):
        raise PolicyError(f"{source}: seed must be a non-empty text (got {seed!r}); quote it, "
                          f"e.g. seed: \"peer-academy-2026\"")
    return None if seed is None else str(seed)


@dataclass(frozen=True)
class _Where:
    """Readers of single YAML values that know the source file name for messages."""

    source: str

    def fail(self, path: str, problem: str, fix: str) -> PolicyError:
        """Key path, problem and fix -> the one-line PolicyError to raise."""
        return PolicyError(f"{self.source}: {path} {problem}; {fix}")

    def mapping(self, value: object, path: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        """A YAML value -> its keys and values, when it is a mapping of allowed keys."""
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
        """Mapping and key -> its non-empty text ('' when absent and not required)."""
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
        """Mapping and key -> its integer of at least ``minimum`` (None when absent)."""
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
        """Mapping and key -> its number as an exact fraction (``default`` when absent)."""
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


def _criteria(where: _Where, value: object, path: str) -> Criteria:
    """The criteria mapping (top level or a track's) -> Criteria."""
    data = where.mapping(value, path, tuple(_CRITERIA_KEYS))
    found: dict[str, Any] = {}
    for name, allowed in _CRITERIA_KEYS.items():
        if name in data:
            sub = f"{path}.{name}"
            found[name] = _criterion(where, name, where.mapping(data[name], sub, allowed), sub)
    return Criteria(**found)


def _criterion(where: _Where, name: str, item: Mapping[str, Any], sub: str
               ) -> MentoringCriterion | GoalsCriterion | FirstComeCriterion | NominationsCriterion:
    """One criterion's name and keys -> its record, defaults filled in."""
    weight = where.number(item, "weight", f"{sub}.weight", None)
    if name == "mentoring":
        return MentoringCriterion(
            weight=weight,
            cap=where.integer(item, "cap", path=f"{sub}.cap", minimum=1, example="10"))
    if name == "goals":
        return GoalsCriterion(
            weight=weight,
            met=where.number(item, "met", f"{sub}.met", Fraction(1), non_negative=False),
            partial=where.number(item, "partial", f"{sub}.partial", Fraction(1, 2),
                                 non_negative=False),
            not_met=where.number(item, "not_met", f"{sub}.not_met", Fraction(0),
                                 non_negative=False),
            less_resourced_bonus=where.number(item, "less_resourced_bonus",
                                              f"{sub}.less_resourced_bonus", Fraction(0)))
    if name == "first_come":
        return FirstComeCriterion(weight=weight)
    cap = item.get("cap")
    return NominationsCriterion(
        weight=weight,
        recommendation_weight=where.number(item, "recommendation_weight",
                                           f"{sub}.recommendation_weight", Fraction(1, 2)),
        cap=None if cap is None else where.number(item, "cap", f"{sub}.cap", None))


def _tracks(where: _Where, value: object, seats: int) -> tuple[Track, ...]:
    """The tracks mapping and the total seats -> Tracks, which must fit in the seats."""
    if value is None:
        return ()
    if not isinstance(value, Mapping) or not value:
        raise where.fail("tracks", f"must be a mapping of track names (got {_show(value)})",
                         "write e.g. tracks: {mentor: {seats: 6}} or leave tracks out")
    result = [_track(where, name, spec, seats) for name, spec in value.items()]
    total = sum(track.seats for track in result)
    if total > seats:
        raise where.fail("tracks", f"add up to {total} seats but seats is {seats}",
                         "lower a track's seats or share, or raise seats")
    return tuple(result)


def _track(where: _Where, name: object, spec: object, seats: int) -> Track:
    """One track's name and keys -> Track, its seats resolved from a share of all seats."""
    path = f"tracks.{name}"
    if not isinstance(name, str) or not name.strip() or name == GENERAL_TRACK:
        raise where.fail(path, "is not a usable track name",
                         f"use a plain name other than '{GENERAL_TRACK}' (reserved for "
                         f"seats open to every track)")
    item = where.mapping(spec, path, _TRACK_KEYS)
    if ("seats" in item) == ("share" in item):
        raise where.fail(path, "needs exactly one of seats or share",
                         "write e.g. {seats: 6} or {share: 0.5}")
    share: Fraction | None = None
    if "share" in item:
        share = where.number(item, "share", f"{path}.share", None)
        if not 0 < share <= 1:
            raise where.fail(f"{path}.share", f"must be between 0 and 1 (got "
                             f"{_show(item['share'])})", "write e.g. share: 0.5")
        count = math.floor(share * seats)
    else:
        found = where.integer(item, "seats", path=f"{path}.seats", required=True,
                              example="4")
        assert found is not None  # required: a missing or null value raised PolicyError
        count = found
    criteria = (_criteria(where, item["criteria"], f"{path}.criteria")
                if "criteria" in item else None)
    return Track(name=name, seats=count, share=share, criteria=criteria)


def _quotas(where: _Where, value: object) -> tuple[Quota, ...]:
    """The quotas list -> Quotas, at most one per attribute value."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise where.fail("quotas", f"must be a list (got {_show(value)})",
                         "write each quota as - {attribute: region, value: Africa, min: 1}")
    result: list[Quota] = []
    for index, spec in enumerate(value):
        path = f"quotas[{index}]"
        quota = _quota(where, path, spec)
        if any(q.attribute == quota.attribute and q.value == quota.value for q in result):
            raise where.fail(path, f"repeats the quota for {quota.label()}",
                             "merge the two into one entry with min and max")
        result.append(quota)
    return tuple(result)


def _quota(where: _Where, path: str, spec: object) -> Quota:
    """One quota's keys -> Quota with an attribute, a text value and a min or a max."""
    item = where.mapping(spec, path, _QUOTA_KEYS)
    if item == {}:
        raise where.fail(path, "is empty", "write {attribute: region, value: Africa, "
                         "min: 1} or remove it")
    attribute = item.get("attribute")
    if not isinstance(attribute, str) or not attribute.strip():
        raise where.fail(f"{path}.attribute", f"must be an attribute name (got "
                         f"{_show(attribute)})", "write e.g. attribute: region")
    value = _quota_value(where, path, item.get("value"))
    low = where.integer(item, "min", path=f"{path}.min", example="1") or 0
    high = where.integer(item, "max", path=f"{path}.max", example="3")
    if "min" not in item and "max" not in item:
        raise where.fail(path, "has neither min nor max", "add min: 1 or max: 3")
    if high is not None and high < low:
        raise where.fail(f"{path}.max", f"is {high}, below min {low}",
                         "raise max or lower min")
    return Quota(attribute=attribute, value=value, min=low, max=high)


def _quota_value(where: _Where, path: str, raw: object) -> str:
    """A quota's value -> the text it counts; YAML's yes/no and numbers must be quoted."""
    if isinstance(raw, bool):
        raise where.fail(f"{path}.value", f"is read by YAML as {raw!r}, not as text",
                         f"quote it: value: \"{'yes' if raw else 'no'}\"")
    if isinstance(raw, (int, float)):
        raise where.fail(f"{path}.value", f"must be text (got {raw!r})",
                         f"quote it: value: \"{raw}\"")
    if not isinstance(raw, str) or not raw:
        raise where.fail(f"{path}.value", f"must be the attribute value to count (got "
                         f"{_show(raw)})", "write e.g. value: Africa")
    return raw


def _hide(where: _Where, value: object, quotas: tuple[Quota, ...]) -> frozenset[str]:
    """The hide list -> the fields to leave out: score, group, region or a quota attribute."""
    if value is None:
        return frozenset()
    allowed = list(HIDEABLE_FIELDS) + sorted({q.attribute for q in quotas}
                                             - set(HIDEABLE_FIELDS))
    if not isinstance(value, list):
        raise where.fail("hide", f"must be a list (got {_show(value)})",
                         "write e.g. hide: [score]")
    for index, item in enumerate(value):
        if item not in allowed:
            raise where.fail(f"hide[{index}]", f"is {_show(item)}, not a field that can be "
                             f"hidden", f"use one of: {', '.join(allowed)}")
    return frozenset(value)


def _show(value: object) -> str:
    """Any YAML value -> short text for an error message."""
    if value is None:
        return "nothing"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
