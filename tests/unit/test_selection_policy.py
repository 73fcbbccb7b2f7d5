"""Selection policy YAML: every example loads; every mistake names the key and the fix."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from bot.selection.policy_parse import PolicyError, parse_policy_text, read_policy

CONFIG = Path(__file__).resolve().parents[2] / "config"
EXAMPLES = sorted(CONFIG.glob("selection*.yaml"))

BASE = """\
name: Test
seats: 12
seed: "peer-academy-2026"
"""


def test_all_six_policy_files_exist() -> None:
    assert {p.name for p in EXAMPLES} >= {
        "selection.yaml", "selection-mentoring.yaml", "selection-goals.yaml",
        "selection-fcfs.yaml", "selection-nominations.yaml", "selection-blend.yaml"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_policy_loads(path: Path) -> None:
    policy = read_policy(path)
    assert policy.name and policy.seats > 0


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_key_in_examples_is_commented(path: Path) -> None:
    """Each top-level key line is directly preceded by a comment line explaining it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line and not line.startswith((" ", "#", "-")):
            previous = lines[number - 1] if number else ""
            assert previous.startswith("#"), f"{path.name}:{number + 1} {line!r} has no comment"


def test_default_documents_every_key() -> None:
    text = (CONFIG / "selection.yaml").read_text(encoding="utf-8")
    for key in ("name:", "description:", "seats:", "seed:", "seed_revision:", "tracks:",
                "share:", "unused_track_seats:", "criteria:", "mentoring:", "cap:", "goals:",
                "met:", "partial:", "not_met:", "less_resourced_bonus:", "first_come:",
                "nominations:", "recommendation_weight:", "quotas:", "attribute:", "min:",
                "max_per_group:", "waitlist_size:", "hide:"):
        assert key in text, key


def test_blend_example_resolves_shares_and_track_criteria() -> None:
    policy = read_policy(CONFIG / "selection-blend.yaml")
    mentor, nominee = policy.tracks
    assert (mentor.name, mentor.seats) == ("mentor", 6)
    assert (nominee.name, nominee.seats, nominee.share) == ("group-nominee", 6, Fraction(1, 2))
    assert mentor.criteria is not None and mentor.criteria.mentoring is not None
    assert policy.general_seats() == 0


def test_numbers_become_exact_fractions() -> None:
    policy = parse_policy_text(BASE + "criteria: {nominations: {weight: 0.1, "
                               "recommendation_weight: 0.3333333333333333}}")
    assert policy.criteria.nominations is not None
    assert policy.criteria.nominations.weight == Fraction(1, 10)
    assert policy.criteria.nominations.recommendation_weight == Fraction(1, 3)


def test_share_rounds_down() -> None:
    policy = parse_policy_text(BASE.replace("12", "5") + "tracks: {a: {share: 0.5}}")
    assert policy.tracks[0].seats == 2 and policy.general_seats() == 3


@pytest.mark.parametrize(("extra", "expected"), [
    ("tracks:\n  mentor: {seats: x}\n",
     ("selection.yaml: tracks.mentor.seats must be a non-negative integer (got 'x'); "
     "set it to a number like 4")),
    ("colour: blue\n", "colour is not a known key; use one of: name, description, seats"),
    ("criteria: {mentoring: {weigth: 2}}\n",
     "criteria.mentoring.weigth is not a known key; use one of: weight, cap"),
    ("criteria: {popularity: {weight: 2}}\n",
     "criteria.popularity is not a known key; use one of: mentoring, goals, first_come"),
    ("criteria: {goals: {weight: -1}}\n", "criteria.goals.weight must be a non-negative number"),
    ("criteria: {goals: {met: 1}}\n", "criteria.goals.weight is missing"),
    ("criteria: {nominations: {weight: yes}}\n",
     "criteria.nominations.weight must be a non-negative number (got True)"),
    ("quotas:\n  - {attribute: newcomer, value: yes, min: 2}\n",
     "quotas[0].value is read by YAML as True, not as text; quote it: value: \"yes\""),
    ("quotas:\n  - {attribute: region, value: Africa, min: 3, max: 1}\n",
     "quotas[0].max is 1, below min 3"),
    ("quotas:\n  - {attribute: region, value: Africa}\n", "quotas[0] has neither min nor max"),
    ("quotas:\n  - {attribute: region, value: Africa, minimum: 1}\n",
     "quotas[0].minimum is not a known key; use one of: attribute, value, min, max"),
    (("quotas:\n  - {attribute: region, value: Africa, min: 1}\n"
     "  - {attribute: region, value: Africa, max: 2}\n"), "quotas[1] repeats the quota"),
    ("tracks:\n  mentor: {seats: 8}\n  nominee: {seats: 6}\n",
     "tracks add up to 14 seats but seats is 12"),
    ("tracks:\n  mentor: {seats: 2, share: 0.5}\n",
     "tracks.mentor needs exactly one of seats or share"),
    ("tracks:\n  mentor: {share: 1.5}\n", "tracks.mentor.share must be between 0 and 1"),
    ("tracks:\n  general: {seats: 1}\n", "tracks.general is not a usable track name"),
    ("tracks:\n  mentor: {seats: null}\n", "tracks.mentor.seats is missing; add seats: 4"),
    ("max_per_group: 0\n", "max_per_group must be an integer >= 1 (got 0)"),
    ("unused_track_seats: somewhere\n", "unused_track_seats must be one of general, empty"),
    ("hide: [scores]\n", ("hide[0] is 'scores', not a field that can be hidden; use one of: "
                         "score, group, region")),
    ("waitlist_size: -1\n", "waitlist_size must be a non-negative integer (got -1)"),
])
def test_errors_name_the_key_and_the_fix(extra: str, expected: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy_text(BASE + extra)
    assert expected in str(caught.value)
    assert str(caught.value).startswith("selection.yaml: ")
    assert "; " in str(caught.value)  # every message carries a fix after the problem


@pytest.mark.parametrize(("text", "expected"), [
    ("", "the file must be a mapping of keys"),
    ("name: x\nseats: 3\n", "set exactly one of seed or seed_revision (got neither)"),
    ("name: x\nseats: 3\nseed: a\nseed_revision: 5\n", "(got both)"),
    ("seats: 3\nseed: a\n", "name is missing"),
    ("name: x\nseed: a\n", "seats is missing; add seats: 12"),
    ("name: x\nseats: -2\nseed: a\n", "seats must be a non-negative integer (got -2)"),
    ("name: x\nseats: [3\n", "is not valid YAML at line"),
])
def test_top_level_errors(text: str, expected: str) -> None:
    with pytest.raises(PolicyError, match="^my.yaml: ") as caught:
        parse_policy_text(text, "my.yaml")
    assert expected in str(caught.value)


def test_hide_accepts_quota_attributes() -> None:
    policy = parse_policy_text(BASE + "quotas:\n  - {attribute: gender, value: woman, min: 1}\n"
                               "hide: [gender, score]\n")
    assert policy.hide == frozenset({"gender", "score"})


def test_policy_error_is_a_value_error() -> None:
    assert issubclass(PolicyError, ValueError)
