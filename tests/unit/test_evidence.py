"""Evidence -> candidates: counted by hand on a fixture page, and the rules one by one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.model import Entry, SiteFacts
from bot.selection.config import SelectConfig
from bot.selection.evidence import build_candidates, evidence_json, goal_status
from bot.selection.job import evidence_from_pages

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "selection" / "evidence.wiki"
T = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def fixture_report(less_resourced: tuple[str, ...] = ("Africa",)):
    config = SelectConfig(less_resourced=less_resourced)
    return evidence_from_pages([("Evidence", FIXTURE.read_text(encoding="utf-8"))], config,
                               SiteFacts())


def test_fixture_counted_by_hand():
    report = fixture_report()
    by_user = {c.user: c for c in report.candidates}
    assert list(by_user) == ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank"]
    alice = by_user["Alice"]
    assert alice.nominators == {"Grace", "Heidi"}
    assert alice.recommenders == {"Judy"}  # her own recommendation is a problem
    assert alice.mentees == {"Olivia", "Peggy", "Rupert"}  # Olivia twice counts once
    assert alice.first_nominated == datetime(2026, 3, 1, 10, 1, tzinfo=UTC)
    assert (alice.group, alice.region, alice.track) == ("WM Alpha", "Europe", "mentor")
    assert by_user["Bob"].mentees == {"Sybil", "Trent", "Victor", "Walter"}
    assert by_user["Dave"].nominators == frozenset()  # an application is no peer nomination
    assert by_user["Dave"].mentees == {"Xavier"}  # his own feedback is not counted
    carol = by_user["Carol"]
    assert carol.less_resourced and carol.attribute("newcomer") == "yes"
    assert sorted((g.goal, g.status) for g in carol.goals) == [
        ("Run three workshops", "partial"), ("Start a user group", "met")]
    frank = by_user["Frank"]
    # The later record of the same goal replaces the earlier one; "done" is no status.
    assert sorted((g.goal, g.status) for g in frank.goals) == [
        ("Mentor two newcomers", "partial"), ("Translate the guide", "met")]
    assert not frank.less_resourced
    assert [g.status for g in by_user["Dave"].goals] == ["not met"]
    reasons = sorted(p.reason for p in report.problems)
    assert reasons == sorted([
        "mentoring feedback without mentor",
        "recommendation of Alice: signed by Alice themself, not counted",
        ("mentoring feedback for Dave: signed by Dave themself (the mentor, not a mentee), "
         "not counted"),
        "recommendation of Zoe: Zoe has no nomination, so is no candidate",
        "goal of Frank: status 'done' is none of met, partial, not met; not counted",
    ])


def test_less_resourced_by_group_region_or_attribute():
    assert fixture_report(("latin america",)).candidates[5].less_resourced
    assert fixture_report(("WM BETA",)).candidates[2].less_resourced
    entry = Entry("nomination", "P", 1, "Kim", "Lee", T,
                  (("group", "G"), ("less_resourced", "Yes")))
    report = build_candidates([entry], [])
    (kim,) = report.candidates
    assert kim.less_resourced and kim.attribute("less_resourced") == "yes"
    assert "less_resourced" not in kim.attributes


def test_attributes_and_newcomer_default():
    entries = [
        Entry("nomination", "P", 1, "Kim", "Lee", T, (("track", "mentor"),
                                                       ("languages", "pl"),
                                                       ("newcomer", "yes"),
                                                       ("statement", "long text"))),
        Entry("nomination", "P", 2, "Kim", "Max", T, (("track", "mentor"),
                                                       ("languages", "pl"))),
        Entry("nomination", "P", 3, "Ola", "Max", T, (("track", "newcomer"),)),
    ]
    kim, ola = build_candidates(entries, []).candidates
    assert dict(kim.attributes) == {"languages": "pl", "newcomer": "yes"}
    assert ola.attribute("newcomer") == "yes"


def test_goal_without_text_and_accounts_checked():
    entries = [
        Entry("nomination", "P", 1, "Kim", "Lee", T),
        Entry("nomination", "P", 2, "Ghost", "Lee", T),
        Entry("goal", "P", 3, "Kim", "Kim", T, (("status", "met"),)),
    ]
    report = build_candidates(entries, [], existing_users={"Kim", "Lee"})
    assert [c.user for c in report.candidates] == ["Kim"]
    assert report.candidates[0].goals == ()
    assert sorted(p.reason for p in report.problems) == [
        "goal of Kim: no goal text, not counted",
        "nomination of Ghost: no such account, so no candidate"]


def test_goal_status_spellings():
    assert goal_status(" Met ") == "met"
    assert goal_status("NOT_MET") == "not met"
    assert goal_status("not-met") == "not met"
    assert goal_status("Partial") == "partial"
    assert goal_status("done") is None and goal_status("") is None


def test_json_leaves_out_hidden_fields():
    data = evidence_json(fixture_report(), hide=frozenset({"region", "newcomer"}))
    assert "region" not in data[0] and "group" in data[0]
    assert "newcomer" not in data[0]["attributes"]
    assert data[2]["goals"][0]["signer"] in ("Carol", "Grace")


@given(st.lists(st.tuples(st.sampled_from(["nomination", "recommendation", "goal",
                                           "mentoring feedback"]),
                          st.sampled_from(["A", "B", "C"]), st.sampled_from(["A", "B", "D"]),
                          st.sampled_from(["met", "partial", "x", ""])), max_size=25))
@settings(max_examples=120, deadline=None)
def test_any_entries_give_candidates_not_a_crash(items):
    entries = [Entry(kind, "P", n, subject, signer, T, (("status", status), ("goal", "g")))
               for n, (kind, subject, signer, status) in enumerate(items)]
    report = build_candidates(entries, [])
    nominees = {e.subject for e in entries if e.kind == "nomination"}
    assert {c.user for c in report.candidates} == nominees
    for candidate in report.candidates:
        assert candidate.user not in candidate.mentees | candidate.nominators
