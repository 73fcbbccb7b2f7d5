"""The selection report can be checked by hand: the policy section lists every number a
score uses, the Track column is the candidate's own, and rules matching nobody are problems."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.selection.breakdown import exact_text
from bot.selection.coverage import unmatched_rules
from bot.selection.job import LoadedPolicy, load_policy_file, render_report, run_selection
from bot.selection.policy import Criteria
from bot.selection.policy_parse import parse_policy
from bot.selection.records import Candidate
from bot.selection.render import render_policy, render_selection
from tests.unit.test_selection_breakdown import (
    POLICIES,
    demo_candidates,
    demo_report,
    selection,
)

ROOT = Path(__file__).resolve().parents[2]


def criterion_numbers(criteria: Criteria) -> dict[str, list[str]]:
    """Criteria -> {criterion: every number it uses, as the report writes numbers}."""
    out: dict[str, list[str]] = {}
    if criteria.mentoring:
        out["mentoring"] = [exact_text(criteria.mentoring.weight)] + (
            [str(criteria.mentoring.cap)] if criteria.mentoring.cap is not None else [])
    if criteria.goals:
        g = criteria.goals
        out["goals"] = [exact_text(v) for v in (g.weight, g.met, g.partial, g.not_met,
                                                g.less_resourced_bonus)]
    if criteria.first_come:
        out["first come"] = [exact_text(criteria.first_come.weight)]
    if criteria.nominations:
        n = criteria.nominations
        out["nominations"] = [exact_text(n.weight), exact_text(n.recommendation_weight)] + (
            [exact_text(n.cap, point=False)] if n.cap is not None else [])
    return out


@pytest.mark.parametrize("policy_path", POLICIES, ids=lambda p: p.stem)
def test_policy_section_lists_every_weight_cap_bonus_and_quota(policy_path: Path) -> None:
    policy = load_policy_file(policy_path).policy
    lines = render_policy(policy, "seed").splitlines()

    def line_of(prefix: str, after: int = 0) -> str:
        return next(line for line in lines[after:] if line.startswith(prefix))

    sets = [(policy.criteria, lines.index(line_of("* Criteria")))]
    sets += [(t.criteria, lines.index(line_of(f"* Track {t.name}".replace("-", "&#45;"))))
             for t in policy.tracks if t.criteria is not None]
    for criteria, start in sets:
        for name, numbers in criterion_numbers(criteria).items():
            line = line_of(f"** {name}:", start)
            written = re.findall(r"-?\d+(?:\.\d+)?", line)
            assert all(n in written for n in numbers), (name, numbers, line)
    for quota in policy.quotas:
        line = line_of(f"* Quota {quota.attribute} {quota.value}:")
        if quota.min:
            assert f"at least {quota.min}" in line
        if quota.max is not None:
            assert f"at most {quota.max}" in line
    if policy.max_per_group is not None:
        assert f"* At most {policy.max_per_group} per group" in lines
    for track in policy.tracks:
        assert f"{track.seats} seat" in line_of(f"* Track {track.name}".replace("-", "&#45;"))


def test_track_column_is_the_candidates_own_track() -> None:
    pool = {c.user: c for c in demo_candidates()}
    result = selection(ROOT / "config" / "selection-blend.yaml", tuple(pool.values()))
    text = render_selection(result)
    rows = re.findall(r"^\| \d+ \|\| \[\[User:([^|\]]+)\|[^\]]*\]\] \|\| (.*)$", text,
                      re.MULTILINE)
    assert len(rows) == len(pool)
    for user, rest in rows:
        track = rest.split(" || ")[2]   # Group, Region, Track
        assert track == (pool[user].track.replace("-", "&#45;") or "–"), user
    # Someone holds an open seat while their own track is shown, not "open seats"/"general".
    assert any(p.track == "general" and p.own_track for p in result.selected)
    assert "|| general ||" not in text and "|| open seats ||" not in text


def test_a_quota_or_track_matching_nobody_is_a_problem() -> None:
    people = [Candidate("A", region="East Asia", track="mentor"),
              Candidate("B", region="Europe", track="mentor")]
    policy = parse_policy({"name": "P", "seats": 2, "seed": "s",
                           "tracks": {"mentor": {"seats": 1}, "newcomer": {"seats": 1}},
                           "quotas": [{"attribute": "region", "value": "Asia", "min": 0,
                                       "max": 1},
                                      {"attribute": "region", "value": "Europe", "min": 1}]})
    problems = unmatched_rules(policy, people, "Policy page")
    assert [p.reason for p in problems] == [
        ("policy 'P': quota region 'Asia' matches no candidate (region: the candidates have "
         "East Asia, Europe)"),
        ("policy 'P': track 'newcomer' matches no candidate; its 1 seat goes to the open "
         "seats (tracks: the candidates have mentor)")]
    assert all(p.page == "Policy page" for p in problems)
    assert unmatched_rules(policy, [], "x") == ()


def test_the_blend_policys_asia_quota_is_listed_and_counted() -> None:
    report = demo_report()
    loaded = load_policy_file(ROOT / "config" / "selection-blend.yaml")
    run = run_selection(report, loaded, "seed", "test")
    asia = [p for p in run.evidence.problems if "quota region 'Asia'" in p.reason]
    assert len(asia) == 1
    text = render_report(run)
    stated = re.search(r"and '''(\d+)''' problems?", text)
    assert stated is not None
    table = text.split("== Problems ==")[1].split("\n==")[0]
    assert int(stated.group(1)) == table.count("\n|-") == len(run.evidence.problems)
    assert "matches no candidate" in table
    plain = run_selection(report, LoadedPolicy(parse_policy(
        {"name": "N", "seats": 2, "seed": "s"}), "n"), "seed", "test")
    assert not any("matches no candidate" in p.reason for p in plain.evidence.problems)
