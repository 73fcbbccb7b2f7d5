"""Selection engine: exactness against brute force, determinism, example policies, diagnosis."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.selection.compare import compare
from bot.selection.policy import SelectionPolicy
from bot.selection.policy_parse import parse_policy, read_policy
from bot.selection.records import SELECTED, Candidate, GoalRecord, SelectionResult
from bot.selection.score import lottery_key
from bot.selection.select import select, to_json

CONFIG = Path(__file__).resolve().parents[2] / "config"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

# ---------------------------------------------------------------------------------------------
# An independent reference implementation of the rules, written from the policy text, used as
# the oracle for brute force. It shares no code with bot.selection apart from lottery_key.


def ref_attribute(candidate: Candidate, name: str) -> str:
    if name in ("group", "region", "track") and getattr(candidate, name):
        return str(getattr(candidate, name))
    if name == "less_resourced" and name not in candidate.attributes:
        return "yes" if candidate.less_resourced else "no"
    return candidate.attributes.get(name, "")


def ref_score(candidate: Candidate, pool: Sequence[Candidate], policy: SelectionPolicy,
              track: str) -> Fraction:
    named = policy.track(track)
    criteria = named.criteria if named is not None and named.criteria else policy.criteria
    total = Fraction(0)
    if criteria.mentoring:
        mentees = len(candidate.mentees)
        if criteria.mentoring.cap is not None:
            mentees = min(mentees, criteria.mentoring.cap)
        total += criteria.mentoring.weight * mentees
    if criteria.goals:
        rule = criteria.goals
        for goal in candidate.goals:
            total += rule.weight * {"met": rule.met, "partial": rule.partial,
                                    "not met": rule.not_met}[goal.status]
            if candidate.less_resourced and goal.status != "not met":
                total += rule.weight * rule.less_resourced_bonus
    if criteria.first_come and candidate.first_nominated is not None:
        later = [c for c in pool if c.first_nominated is None
                 or c.first_nominated > candidate.first_nominated]
        total += criteria.first_come.weight * len(later)
    if criteria.nominations:
        rule_n = criteria.nominations
        value = len(candidate.nominators) + rule_n.recommendation_weight * len(
            candidate.recommenders)
        if rule_n.cap is not None:
            value = min(value, rule_n.cap)
        total += rule_n.weight * value
    return total


def ref_options(candidate: Candidate, policy: SelectionPolicy) -> list[str]:
    options = []
    if policy.tracks and policy.track(candidate.track) is not None:
        options.append(candidate.track)
    leftover = policy.seats - sum(t.seats for t in policy.tracks)
    if (not policy.tracks and policy.seats > 0) or (
            policy.tracks and (leftover > 0 or (policy.unused_track_seats == "general"
                                                 and policy.seats > 0))):
        options.append("general")
    return options


def ref_valid(assignment: dict[str, str], pool: Sequence[Candidate],
              policy: SelectionPolicy) -> bool:
    """user -> track for the selected people; True when every rule of the policy holds."""
    by_user = {c.user: c for c in pool}
    if len(assignment) > policy.seats:
        return False
    per_track = Counter(assignment.values())
    for track in policy.tracks:
        if per_track[track.name] > track.seats:
            return False
    for user, track_name in assignment.items():
        if track_name not in ref_options(by_user[user], policy):
            return False
    leftover = policy.seats - sum(t.seats for t in policy.tracks)
    if policy.tracks and policy.unused_track_seats == "empty" and per_track["general"] > leftover:
        return False
    if policy.max_per_group is not None:
        groups = Counter(by_user[u].group for u in assignment if by_user[u].group)
        if any(n > policy.max_per_group for n in groups.values()):
            return False
    for quota in policy.quotas:
        n = sum(1 for u in assignment if ref_attribute(by_user[u], quota.attribute) == quota.value)
        if n < quota.min or (quota.max is not None and n > quota.max):
            return False
    return True


def ref_assignments(pool: Sequence[Candidate],
                    policy: SelectionPolicy) -> Iterator[dict[str, str]]:
    choices = [[None] + ref_options(c, policy) for c in pool]
    for combo in itertools.product(*choices):
        yield {c.user: t for c, t in zip(pool, combo, strict=True) if t is not None}


def ref_value(assignment: dict[str, str], pool: Sequence[Candidate],
              policy: SelectionPolicy) -> tuple[int, Fraction]:
    by_user = {c.user: c for c in pool}
    return len(assignment), sum((ref_score(by_user[u], pool, policy, t)
                                 for u, t in assignment.items()), Fraction(0))


def ref_best(pool: Sequence[Candidate], policy: SelectionPolicy, seed: str
             ) -> tuple[tuple[int, Fraction], frozenset[str]] | None:
    """Brute force -> (best (count, score), lottery-first selected set), or None if infeasible."""
    order = sorted((c.user for c in pool), key=lambda u: (lottery_key(seed, u), u))
    best: tuple[int, Fraction] | None = None
    best_key: tuple[int, ...] = ()
    best_set: frozenset[str] = frozenset()
    for assignment in ref_assignments(pool, policy):
        if not ref_valid(assignment, pool, policy):
            continue
        value = ref_value(assignment, pool, policy)
        key = tuple(1 if u in assignment else 0 for u in order)
        if best is None or value > best or (value == best and key > best_key):
            best, best_key, best_set = value, key, frozenset(assignment)
    return None if best is None else (best, best_set)


def assignment_of(result: SelectionResult) -> dict[str, str]:
    return {p.user: p.track for p in result.selected}


# ---------------------------------------------------------------------------------------------
# Random candidates and policies

USERS = [f"U{i}" for i in range(10)]


@st.composite
def candidates(draw: st.DrawFn, max_size: int = 8) -> list[Candidate]:
    count = draw(st.one_of(st.integers(4, max_size), st.integers(0, 3)))
    pool = []
    for user in USERS[:count]:
        day = draw(st.one_of(st.none(), st.integers(0, 5)))
        pool.append(Candidate(
            user=user,
            group=draw(st.sampled_from(["g1", "g2", "g3", ""])),
            region=draw(st.sampled_from(["Africa", "Asia", "Europe"])),
            track=draw(st.sampled_from(["a", "b", "c"])),
            attributes={"newcomer": draw(st.sampled_from(["yes", "no"]))},
            first_nominated=None if day is None else T0 + timedelta(days=day),
            nominators=frozenset(draw(st.sets(st.sampled_from("pqrst"), max_size=4))),
            recommenders=frozenset(draw(st.sets(st.sampled_from("vwxyz"), max_size=3))),
            mentees=frozenset(draw(st.sets(st.sampled_from("klmno"), max_size=5))),
            goals=tuple(GoalRecord("t", f"goal {i}", s) for i, s in enumerate(draw(
                st.lists(st.sampled_from(["met", "partial", "not met"]), max_size=3)))),
            less_resourced=draw(st.booleans())))
    return pool


WEIGHTS = st.sampled_from([0, 0.5, 1, 1.5, 2, 3])


@st.composite
def criteria_spec(draw: st.DrawFn) -> dict[str, Any]:
    spec: dict[str, Any] = {}
    if draw(st.booleans()):
        spec["mentoring"] = {"weight": draw(WEIGHTS)}
        if draw(st.booleans()):
            spec["mentoring"]["cap"] = draw(st.integers(1, 3))
    if draw(st.booleans()):
        spec["goals"] = {"weight": draw(WEIGHTS), "partial": draw(st.sampled_from([0.5, 0.25])),
                         "not_met": draw(st.sampled_from([0, -0.5])),
                         "less_resourced_bonus": draw(st.sampled_from([0, 0.5]))}
    if draw(st.booleans()):
        spec["first_come"] = {"weight": draw(WEIGHTS)}
    if draw(st.booleans()):
        spec["nominations"] = {"weight": draw(WEIGHTS),
                               "recommendation_weight": draw(st.sampled_from([0.5, 1 / 3]))}
    return spec


@st.composite
def policies(draw: st.DrawFn, constrained: bool = True) -> SelectionPolicy:
    seats = draw(st.one_of(st.integers(2, 5), st.integers(0, 1)))
    data: dict[str, Any] = {"name": "random", "seats": seats, "seed": "s",
                            "criteria": draw(criteria_spec())}
    if constrained and draw(st.booleans()) and seats:
        first = draw(st.integers(0, seats))
        tracks: dict[str, Any] = {"a": {"seats": first}}
        if draw(st.booleans()):
            tracks["b"] = {"share": draw(st.sampled_from([0.25, 0.5]))} if first <= seats // 2 \
                else {"seats": seats - first}
            if draw(st.booleans()):
                tracks["b"]["criteria"] = draw(criteria_spec())
        data["tracks"] = tracks
        data["unused_track_seats"] = draw(st.sampled_from(["general", "empty"]))
    if constrained:
        quotas = []
        used = set()
        for _ in range(draw(st.integers(0, 2))):
            attribute, value = draw(st.sampled_from(
                [("region", "Africa"), ("region", "Asia"), ("newcomer", "yes"),
                 ("group", "g1"), ("less_resourced", "yes")]))
            if (attribute, value) in used:
                continue
            used.add((attribute, value))
            low = draw(st.integers(0, 2))
            high = draw(st.one_of(st.none(), st.integers(low, 3)))
            quota: dict[str, Any] = {"attribute": attribute, "value": value, "min": low}
            if high is not None:
                quota["max"] = high
            quotas.append(quota)
        data["quotas"] = quotas
        data["max_per_group"] = draw(st.one_of(st.none(), st.integers(1, 2)))
    return parse_policy(data)


FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---------------------------------------------------------------------------------------------
# Properties


@FAST
@given(candidates(), policies(), st.sampled_from(["s", "peer-academy-2026", "other seed"]))
def test_result_is_valid_optimal_and_lottery_first(pool: list[Candidate],
                                                   policy: SelectionPolicy, seed: str) -> None:
    result = select(pool, policy, seed)
    expected = ref_best(pool, policy, seed)
    assignment = assignment_of(result)
    if expected is None:
        assert result.infeasible is not None
        applied = result.applied_policy
        assert ref_valid(assignment, pool, applied)
        # the relaxation is the smallest total lowering of quota minima that works
        lowered = sum(r.old_min - r.new_min for r in result.infeasible.relaxations)
        no_minimum = _without_minima(policy)
        smallest = min(
            sum(max(0, q.min - sum(1 for u in a if ref_attribute(_by_user(pool)[u],
                                                                 q.attribute) == q.value))
                for q in policy.quotas)
            for a in ref_assignments(pool, no_minimum) if ref_valid(a, pool, no_minimum))
        assert lowered == smallest
        expected = ref_best(pool, applied, seed)
        assert expected is not None
        policy = applied
    else:
        assert result.infeasible is None
    assert ref_valid(assignment, pool, policy)
    assert ref_value(assignment, pool, policy) == expected[0]
    assert frozenset(assignment) == expected[1]
    assert result.total_score == expected[0][1]
    # everyone appears exactly once
    everyone = [p.user for p in result.selected + result.waitlist + result.not_selected]
    assert sorted(everyone) == sorted(c.user for c in pool)
    # a waitlisted person can really take each seat they list
    for person in result.waitlist:
        candidate = _by_user(pool)[person.user]
        assert person.replaces
        for leaving in person.replaces:
            rest = {u: t for u, t in assignment.items() if u != leaving}
            assert any(ref_valid({**rest, person.user: t}, pool, policy)
                       for t in ref_options(candidate, policy))


def _by_user(pool: Sequence[Candidate]) -> dict[str, Candidate]:
    return {c.user: c for c in pool}


def _without_minima(policy: SelectionPolicy) -> SelectionPolicy:
    return replace(policy, quotas=tuple(replace(q, min=0) for q in policy.quotas))


@FAST
@given(candidates(), policies(), st.randoms(use_true_random=False))
def test_same_seed_same_result_whatever_the_input_order(pool: list[Candidate],
                                                        policy: SelectionPolicy,
                                                        rng: random.Random) -> None:
    first = select(pool, policy, "seed-1")
    shuffled = list(pool)
    rng.shuffle(shuffled)
    second = select(shuffled, policy, "seed-1")
    assert first == second
    assert to_json(first) == to_json(second)


@FAST
@given(candidates(), policies())
def test_seeds_only_reorder_equally_good_choices(pool: list[Candidate],
                                                 policy: SelectionPolicy) -> None:
    one = select(pool, policy, "alpha")
    two = select(pool, policy, "beta")
    assert (len(one.selected), one.total_score) == (len(two.selected), two.total_score)


@FAST
@given(candidates(), policies(constrained=False))
def test_without_rules_different_seeds_swap_only_equal_scores(pool: list[Candidate],
                                                               policy: SelectionPolicy) -> None:
    one = select(pool, policy, "alpha")
    two = select(pool, policy, "beta")
    assert sorted(p.score for p in one.selected) == sorted(p.score for p in two.selected)
    changed = {p.user for p in one.selected} ^ {p.user for p in two.selected}
    scores = {p.user: p.score for p in one.selected + one.waitlist + one.not_selected}
    if changed:
        lowest = min(p.score for p in one.selected)
        assert all(scores[u] == lowest for u in changed)


# ---------------------------------------------------------------------------------------------
# Scoring and lottery, by hand


def test_scores_by_hand() -> None:
    policy = parse_policy({
        "name": "x", "seats": 1, "seed": "s",
        "criteria": {"mentoring": {"weight": 2, "cap": 3},
                     "goals": {"weight": 3, "met": 1, "partial": 0.5,
                               "less_resourced_bonus": 0.5},
                     "first_come": {"weight": 1},
                     "nominations": {"weight": 1, "recommendation_weight": 0.5}}})
    early = Candidate("Early", mentees=frozenset("abcde"), first_nominated=T0,
                      goals=(GoalRecord("t1", "g", "met"), GoalRecord("t1", "h", "partial"),
                             GoalRecord("t1", "i", "not met")),
                      less_resourced=True, nominators=frozenset("pq"),
                      recommenders=frozenset("xyz"))
    late = Candidate("Late", first_nominated=T0 + timedelta(hours=1))
    never = Candidate("Never")
    result = select([early, late, never], policy, "s")
    # mentoring 2*3 (capped) + goals 3*(1 + 0.5 + 2*0.5) + first come 1*2 + nominations 2 + 1.5
    assert result.selected[0].user == "Early"
    assert result.selected[0].score == Fraction(6) + Fraction(15, 2) + 2 + Fraction(7, 2)
    scores = {p.user: p.score for p in result.waitlist + result.not_selected}
    assert scores == {"Late": Fraction(1), "Never": Fraction(0)}


def test_lottery_key_is_sha256_of_seed_newline_user() -> None:
    import hashlib
    assert lottery_key("abc", "Alice") == hashlib.sha256(b"abc\nAlice").hexdigest()


def test_ties_follow_the_published_lottery() -> None:
    pool = [Candidate(f"User {i}") for i in range(6)]
    policy = parse_policy({"name": "lottery", "seats": 2, "seed": "draw-1"})
    result = select(pool, policy)
    drawn = sorted((c.user for c in pool), key=lambda u: lottery_key("draw-1", u))
    assert [p.user for p in result.selected] == drawn[:2]
    assert [p.user for p in result.waitlist] == drawn[2:4]
    assert "lottery" in result.waitlist[0].reason


def test_seed_revision_policy_needs_the_resolved_seed() -> None:
    policy = parse_policy({"name": "x", "seats": 1, "seed_revision": 42})
    with pytest.raises(ValueError, match="seed_revision 42"):
        select([Candidate("A")], policy)
    assert select([Candidate("A")], policy, "revision text").seed == "revision text"


def test_duplicate_candidates_are_a_caller_bug() -> None:
    policy = parse_policy({"name": "x", "seats": 1, "seed": "s"})
    with pytest.raises(ValueError, match="more than once"):
        select([Candidate("A"), Candidate("A")], policy)


# ---------------------------------------------------------------------------------------------
# Reasons


def test_reasons_name_the_rule_and_the_margin() -> None:
    policy = parse_policy({
        "name": "x", "seats": 3, "seed": "s", "max_per_group": 1,
        "criteria": {"nominations": {"weight": 1}},
        "quotas": [{"attribute": "region", "value": "Africa", "min": 1}]})
    pool = [
        Candidate("Top", group="WM X", region="Europe", nominators=frozenset("abcde")),
        Candidate("Second", group="WM X", region="Europe", nominators=frozenset("abcd")),
        Candidate("Third", group="WM Y", region="Europe", nominators=frozenset("abc")),
        Candidate("Fourth", group="WM Z", region="Europe", nominators=frozenset("ab")),
        Candidate("Afro", group="WM A", region="Africa", nominators=frozenset("a")),
    ]
    result = select(pool, policy)
    reasons = {p.user: p.reason for p in result.selected + result.waitlist + result.not_selected}
    assert {p.user for p in result.selected} == {"Top", "Third", "Afro"}
    # Why, in the policy's terms: the seats go by score, and the margin to the best person
    # left out who could take the seat (Fourth could not: Third's group seat is not hers).
    assert reasons["Top"] == ("selected: 1st of 3 seats by score; score 5.0 against 4.0 for "
                              "Second, the best left out who could take this seat")
    assert reasons["Afro"].startswith("selected by quota: region Africa needs at least 1")
    assert "WM X's seat went to Top, score 5.0 against 4.0" in reasons["Second"]
    assert "score 2.0, below the last selected" not in reasons["Fourth"]
    assert "score 2.0, below" in reasons["Fourth"] and "Third (3.0)" in reasons["Fourth"]


def test_hidden_score_never_appears() -> None:
    policy = parse_policy({"name": "x", "seats": 1, "seed": "s", "hide": ["score"],
                           "criteria": {"nominations": {"weight": 1}}})
    pool = [Candidate("A", nominators=frozenset("abc")), Candidate("B", nominators=frozenset("a"))]
    data = to_json(select(pool, policy))
    for person in data["selected"] + data["waitlist"] + data["not_selected"]:
        assert "score" not in person
        assert "3.0" not in person["reason"] and "1.0" not in person["reason"]


def test_to_json_shape() -> None:
    policy = parse_policy({"name": "x", "seats": 1, "seed": "s",
                           "quotas": [{"attribute": "region", "value": "Asia", "max": 1}]})
    data = to_json(select([Candidate("A", region="Asia"), Candidate("B")], policy))
    assert set(data) == {"seats", "seed", "policy", "selected", "waitlist", "not_selected",
                         "quotas"}
    # The shape only grows: the candidate's own track and the score written as its sum.
    assert set(data["selected"][0]) == {"user", "track", "own_track", "score",
                                        "score_breakdown", "reason"}
    assert data["quotas"] == [{"attribute": "region", "value": "Asia", "min": 0, "max": 1,
                               "filled": data["quotas"][0]["filled"]}]


# ---------------------------------------------------------------------------------------------
# Infeasible policies


def test_infeasible_policy_is_diagnosed_relaxed_and_still_selected() -> None:
    policy = parse_policy({
        "name": "clash", "seats": 4, "seed": "s", "max_per_group": 1,
        "quotas": [{"attribute": "region", "value": "Africa", "min": 3},
                   {"attribute": "region", "value": "Asia", "min": 2},
                   {"attribute": "newcomer", "value": "yes", "min": 1}]})
    pool = [
        Candidate("A1", group="ga", region="Africa"),
        Candidate("A2", group="ga", region="Africa"),
        Candidate("A3", group="gb", region="Africa"),
        Candidate("S1", group="gs", region="Asia", attributes={"newcomer": "yes"}),
        Candidate("S2", group="gt", region="Asia"),
        Candidate("E1", group="ge", region="Europe"),
    ]
    result = select(pool, policy)
    info = result.infeasible
    assert info is not None
    text = " ".join(info.clashes)
    assert "quota minima for region add up to 5 but there are only 4 seats" in text
    assert "region Africa needs at least 3" in text and "max_per_group is 1" in text
    # Africa can have at most 2 (two groups): lower it by one; then 2 + 2 = 4 seats fit.
    assert [(r.attribute, r.value, r.old_min, r.new_min) for r in info.relaxations] == [
        ("region", "Africa", 3, 2)]
    # neither more seats nor a looser group limit alone fixes both clashes
    assert info.alternatives == ()
    assert ref_valid(assignment_of(result), pool, result.applied_policy)
    fills = {(q.attribute, q.value): (q.min, q.required_min, q.filled) for q in result.quotas}
    assert fills[("region", "Africa")] == (2, 3, 2)
    assert to_json(result)["infeasible"]["relaxations"][0]["new_min"] == 2


def test_group_clash_offers_a_looser_group_limit() -> None:
    policy = parse_policy({"name": "x", "seats": 3, "seed": "s", "max_per_group": 1,
                           "quotas": [{"attribute": "region", "value": "Africa", "min": 2}]})
    pool = [Candidate("A1", group="ga", region="Africa"),
            Candidate("A2", group="ga", region="Africa"),
            Candidate("E1", group="ge", region="Europe")]
    info = select(pool, policy).infeasible
    assert info is not None
    assert info.alternatives == ("raise max_per_group from 1 to 2",)
    assert "max_per_group" in info.summary() and "from 2 to 1" in info.summary()


def test_quota_with_too_few_candidates_is_named() -> None:
    policy = parse_policy({"name": "x", "seats": 3, "seed": "s",
                           "quotas": [{"attribute": "newcomer", "value": "yes", "min": 2}]})
    result = select([Candidate("A", attributes={"newcomer": "yes"}), Candidate("B"),
                     Candidate("C")], policy)
    assert result.infeasible is not None
    assert result.infeasible.clashes == (
        "quota newcomer yes needs at least 2 but only 1 eligible candidate matches",)
    assert len(result.selected) == 3


# ---------------------------------------------------------------------------------------------
# The example policies in config/


def community() -> list[Candidate]:
    """A small realistic pool: 14 nominees from 10 groups in 4 regions, two tracks."""
    def person(user: str, group: str, region: str, track: str, *, hours: int | None,
               newcomer: bool = False, nominators: str = "", recommenders: str = "",
               mentees: int = 0, goals: str = "", less_resourced: bool = False) -> Candidate:
        status = {"m": "met", "p": "partial", "n": "not met"}
        return Candidate(
            user=user, group=group, region=region, track=track,
            attributes={"region": region, "newcomer": "yes" if newcomer else "no"},
            first_nominated=None if hours is None else T0 + timedelta(hours=hours),
            nominators=frozenset(f"{user} nominator {i}" for i in range(len(nominators))),
            recommenders=frozenset(f"{user} rec {i}" for i in range(len(recommenders))),
            mentees=frozenset(f"{user} mentee {i}" for i in range(mentees)),
            goals=tuple(GoalRecord("Learning Days 2025", f"goal {i}", status[s])
                        for i, s in enumerate(goals)),
            less_resourced=less_resourced)
    return [
        person("Amara", "Wikimedians of Ghana", "Africa", "mentor", hours=5, mentees=9,
               goals="mmp", less_resourced=True, nominators="xx"),
        person("Bongani", "Wikimedia ZA", "Africa", "group-nominee", hours=1, nominators="xxxx",
               recommenders="xx", newcomer=True),
        person("Chidi", "Wikimedia NG", "Africa", "mentor", hours=30, mentees=4, goals="mp",
               less_resourced=True),
        person("Dewi", "Wikimedia ID", "Asia", "group-nominee", hours=2, nominators="xxxxx",
               recommenders="xxxxxx", newcomer=True),
        person("Eko", "Wikimedia ID", "Asia", "mentor", hours=3, mentees=11, goals="mmm"),
        person("Farhan", "Wikimedia BD", "Asia", "group-nominee", hours=40, nominators="xxx",
               goals="mn", less_resourced=True),
        person("Greta", "Wikimedia DE", "Europe", "mentor", hours=0, mentees=14, goals="mmmm",
               nominators="xxxxxxxxxx"),
        person("Hans", "Wikimedia DE", "Europe", "group-nominee", hours=4,
               nominators="xxxxxxxx", recommenders="xxxx"),
        person("Ines", "Wikimedia PT", "Europe", "mentor", hours=10, mentees=6, goals="mm"),
        person("Jana", "Wikimedia CZ", "Europe", "group-nominee", hours=6, nominators="xx",
               newcomer=True),
        person("Kofi", "Wikimedians of Ghana", "Africa", "group-nominee", hours=7,
               nominators="xxx", recommenders="xx"),
        person("Lucia", "Wikimedia AR", "Latin America", "mentor", hours=12, mentees=5,
               goals="pp", less_resourced=True),
        person("Mateo", "Wikimedia MX", "Latin America", "group-nominee", hours=8,
               nominators="xxxx", newcomer=True),
        person("Nour", "", "Asia", "mentor", hours=None, mentees=2, goals="n", newcomer=True),
    ]


def brute_force_check(pool: list[Candidate], policy: SelectionPolicy,
                      result: SelectionResult) -> None:
    expected = ref_best(pool, policy, result.seed)
    assert expected is not None
    assert ref_value(assignment_of(result), pool, policy) == expected[0]
    assert {p.user for p in result.selected} == expected[1]


def test_default_policy_documented_and_usable() -> None:
    policy = read_policy(CONFIG / "selection.yaml")
    result = select(community(), policy)
    assert result.infeasible is None and len(result.selected) == 12
    assert sum(1 for p in result.selected if _by_user(community())[p.user]
               .attributes["newcomer"] == "yes") >= 2


def test_mentoring_policy_picks_the_confirmed_mentors() -> None:
    policy = read_policy(CONFIG / "selection-mentoring.yaml")
    pool = community()[:12]  # brute force stays quick on 12 candidates without tracks
    result = select(pool, policy)
    brute_force_check(pool, policy, result)
    chosen = {p.user for p in result.selected}
    assert {"Greta", "Eko", "Amara", "Ines", "Lucia", "Chidi"} <= chosen  # most mentees
    newcomers = [u for u in chosen if _by_user(pool)[u].attributes["newcomer"] == "yes"]
    assert len(newcomers) == 2
    capped = next(p for p in result.selected if p.user == "Greta")
    assert capped.score == 12  # 14 mentees, counted up to the cap of 12


def test_goals_policy_rewards_progress_with_less_resourced_bonus() -> None:
    policy = read_policy(CONFIG / "selection-goals.yaml")
    pool = community()[:12]
    result = select(pool, policy, "text of revision 987654")
    brute_force_check(pool, policy, result)
    scores = {p.user: p.score for p in result.selected + result.waitlist + result.not_selected}
    # Amara: met, met, partial (2.5) + less-resourced bonus 3 * 0.5 = 4.0; Eko 3 met = 3.0
    assert scores["Amara"] == 4 and scores["Eko"] == 3
    # Farhan: met + bonus 0.5 - 0.25 for a goal not met
    assert scores["Farhan"] == Fraction(5, 4)
    chosen = [p.user for p in result.selected]
    assert chosen[0] == "Greta" and "Amara" in chosen and "Lucia" in chosen


def test_fcfs_policy_takes_the_earliest_nomination_of_each_group() -> None:
    policy = read_policy(CONFIG / "selection-fcfs.yaml")
    pool = community()
    result = select(pool, policy)
    expected: list[str] = []
    groups: set[str] = set()
    for candidate in sorted((c for c in pool if c.first_nominated),
                            key=lambda c: c.first_nominated or T0):
        if candidate.group not in groups and len(expected) < policy.seats:
            expected.append(candidate.user)
            groups.add(candidate.group)
    assert {p.user for p in result.selected} == set(expected)
    assert len({p.group for p in result.selected}) == len(result.selected)
    data = to_json(result)
    assert all("score" not in person for person in data["selected"])


def test_nominations_policy_respects_cap_and_regional_quotas() -> None:
    policy = read_policy(CONFIG / "selection-nominations.yaml")
    pool = community()[:12]
    result = select(pool, policy)
    brute_force_check(pool, policy, result)
    regions = Counter(p.region for p in result.selected)
    assert regions["Africa"] >= 1 and regions["Asia"] >= 1 and regions["Europe"] <= 3
    scores = {p.user: p.score for p in result.selected + result.waitlist + result.not_selected}
    assert scores["Greta"] == 6 and scores["Dewi"] == 6  # 10 and 5 + 6 * 0.5, both capped at 6


def test_blend_policy_splits_mentors_and_group_nominees() -> None:
    policy = read_policy(CONFIG / "selection-blend.yaml")
    pool = community()
    result = select(pool, policy)
    tracks = Counter(p.track for p in result.selected)
    assert tracks["mentor"] <= 6 and tracks["group-nominee"] <= 6
    for person in result.selected:
        if person.track != "general":
            assert _by_user(pool)[person.user].track == person.track
    assert ref_valid(assignment_of(result), pool, result.applied_policy)
    regions = Counter(p.region for p in result.selected)
    if result.infeasible is None:
        assert regions["Africa"] >= 2 and regions["Asia"] >= 2 and regions["Europe"] <= 4
        assert regions["Latin America"] >= 1
    assert len({p.group for p in result.selected if p.group}) == sum(
        1 for p in result.selected if p.group)
    # mentors are ranked by mentoring within their track
    mentor_scores = [p.score for p in result.selected if p.track == "mentor"]
    assert mentor_scores == sorted(mentor_scores, reverse=True)


def test_compare_lists_who_changes() -> None:
    pool = community()
    fcfs = read_policy(CONFIG / "selection-fcfs.yaml")
    mentoring = read_policy(CONFIG / "selection-mentoring.yaml")
    comparison = compare(pool, [fcfs, mentoring], "same seed")
    a, b = comparison.results
    in_a = {p.user for p in a.selected}
    in_b = {p.user for p in b.selected}
    (diff,) = comparison.differences
    assert set(diff.only_first) == in_a - in_b and set(diff.only_second) == in_b - in_a
    assert all(r.seed == "same seed" for r in comparison.results)
    row = next(r for r in comparison.rows if r.user == "Greta")
    # a policy without tracks: every seat is open, so no seat kind is named
    assert row.outcomes[1] == "selected"
    assert len(comparison.rows) == len(pool)


def test_every_seat_reason_starts_with_its_status() -> None:
    result = select(community(), read_policy(CONFIG / "selection-blend.yaml"))
    for person in result.selected:
        assert person.status == SELECTED and person.reason.startswith("selected")
    for number, person in enumerate(result.waitlist, start=1):
        assert person.reason.startswith(f"waitlist {number}:")
    for person in result.not_selected:
        assert person.reason.startswith("not selected")


def test_hidden_quota_attribute_is_not_revealed_in_reasons() -> None:
    policy = parse_policy({"name": "x", "seats": 2, "seed": "s", "hide": ["gender"],
                           "criteria": {"nominations": {"weight": 1}},
                           "quotas": [{"attribute": "gender", "value": "woman", "min": 1}]})
    pool = [Candidate("A", nominators=frozenset("abc"), attributes={"gender": "man"}),
            Candidate("B", nominators=frozenset("ab"), attributes={"gender": "man"}),
            Candidate("C", nominators=frozenset("a"), attributes={"gender": "woman"})]
    result = select(pool, policy)
    assert {p.user for p in result.selected} == {"A", "C"}
    reasons = " ".join(p.reason for p in result.selected + result.waitlist + result.not_selected)
    assert "woman" not in reasons and "gender" not in reasons
    assert "selected by quota: on a private attribute" in reasons
