"""The selection job without a wiki: config, policy pages, seeds, report text, offline CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.config import ConfigError
from bot.core.model import SiteFacts
from bot.core.render import bot_part, splice_report
from bot.selection.config import SelectConfig, load_select_config, select_config
from bot.selection.job import (
    LoadedPolicy,
    edit_summary,
    evidence_from_pages,
    load_policy_file,
    page_saves,
    policy_from_page,
    policy_yaml,
    render_compare,
    render_report,
    run_selection,
    seed_for,
    to_json,
)
from bot.selection.policy_parse import parse_policy

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "selection" / "evidence.wiki"

FCFS = {"name": "Test: first come, one per group", "seats": 3, "seed": "test-seed",
        "criteria": {"first_come": {"weight": 1.0}}, "max_per_group": 1}
MENTORING = {"name": "Test: mentoring and goals, Asia quota", "seats": 3, "seed": "test-seed-2",
             "criteria": {"mentoring": {"weight": 1.0},
                          "goals": {"weight": 1.0, "met": 1.0, "partial": 0.5,
                                    "less_resourced_bonus": 0.5}},
             "quotas": [{"attribute": "region", "value": "Asia", "min": 1}],
             "max_per_group": 1}


def evidence(less_resourced: tuple[str, ...] = ("Africa",)):
    return evidence_from_pages([("Evidence", FIXTURE.read_text(encoding="utf-8"))],
                               SelectConfig(less_resourced=less_resourced), SiteFacts())


def selected(run) -> list[str]:
    return [p.user for p in run.result.selected]


def test_two_policies_by_hand():
    report = evidence()
    fcfs = run_selection(report, LoadedPolicy(parse_policy(FCFS), "f"), "test-seed", "policy")
    # Earliest first, one per group: Alice (Alpha), Bob is Alpha too, Carol (Beta), Dave.
    assert selected(fcfs) == ["Alice", "Carol", "Dave"]
    assert [p.user for p in fcfs.result.waitlist] == ["Bob", "Erin", "Frank"]
    mentoring = run_selection(report, LoadedPolicy(parse_policy(MENTORING), "m"), "s", "policy")
    # Scores: Bob 4 mentees, Alice 3 (same group as Bob), Carol 1.5 goals + 1.0 less-resourced
    # bonus = 2.5, Erin 2, Frank 1.5, Dave 1 but the only Asian candidate (quota).
    assert selected(mentoring) == ["Bob", "Carol", "Dave"]
    assert [p.user for p in mentoring.result.waitlist] == ["Alice", "Erin", "Frank"]
    # Without the less-resourced bonus Carol (1.5) falls behind Erin (2).
    plain = run_selection(evidence(()), LoadedPolicy(parse_policy(MENTORING), "m"), "s", "p")
    assert sorted(selected(plain)) == ["Bob", "Dave", "Erin"]


def test_comparison_names_who_changes():
    run = run_selection(evidence(), LoadedPolicy(parse_policy(FCFS), "f"), "test-seed", "p",
                        [parse_policy(MENTORING)])
    assert run.comparison is not None
    (diff,) = run.comparison.differences
    assert (diff.only_first, diff.only_second) == (("Alice",), ("Bob",))
    text = render_compare(run)
    assert "Who changes" in text and "[[User:Alice|Alice]]" in text
    data = to_json(run)
    assert data["comparison"]["differences"][0]["only_second"] == ["Bob"]
    assert len(data["comparison"]["results"]) == 2


def test_selection_and_comparison_on_one_page_are_one_edit(tmp_path):
    run = run_selection(evidence(), LoadedPolicy(parse_policy(FCFS), "f"), "test-seed", "p",
                        [parse_policy(MENTORING)])
    config = select_config({"report_page": "Report"}, "x", tmp_path)
    (save,) = page_saves(run, config)
    assert save.title == "Report"
    assert save.parts == (("selection", render_report(run)),
                          ("selection-compare", render_compare(run)))
    assert save.summary.startswith(edit_summary(run, config.summary) + "; comparison of 2 ")
    # A comparison page of its own is its own edit.
    apart = select_config({"report_page": "Report", "compare_page": "Cmp"}, "x", tmp_path)
    assert [(s.title, [m for m, _ in s.parts]) for s in page_saves(run, apart)] == [
        ("Report", ["selection"]), ("Cmp", ["selection-compare"])]
    # A run without a comparison replaces an earlier one (a page without one gets none:
    # the part is replace-only) in the same edit, on either page.
    alone = run_selection(evidence(), LoadedPolicy(parse_policy(FCFS), "f"), "test-seed", "p")
    (plain,) = page_saves(alone, config)
    assert [m for m, _ in plain.parts] == ["selection", "selection-compare"]
    assert plain.parts[0] == ("selection", render_report(alone))
    assert plain.replace_only == ("selection-compare",)
    assert "No comparison" in plain.parts[1][1] and "[[User:" not in plain.parts[1][1]
    assert [(s.title, s.replace_only) for s in page_saves(alone, apart)] == [
        ("Report", ()), ("Cmp", ("selection-compare",))]


def test_report_text_is_stable_and_shows_its_work():
    run = run_selection(evidence(), LoadedPolicy(parse_policy(MENTORING), "m",
                                                 "Special:Permalink/42"), "s33d", "the seed")
    text = render_report(run)
    assert text == render_report(run_selection(evidence(), run.policy, "s33d", "the seed"))
    for part in ("== Selected ==", "== Waitlist ==", "== Candidates and evidence ==",
                 "== Problems ==", "<code>s33d</code>", "[[Special:Permalink/42|",
                 "signed by Alice themself, not counted"):
        assert part in text, part
    spliced = splice_report("Intro.\n", text, "selection")
    assert bot_part(spliced.text, "selection").strip() == text.strip()
    summary = edit_summary(run, "peerbot: selection")
    assert summary.startswith("peerbot: selection: 3 of 3 seats, 3 on the waitlist, "
                              "6 candidates, 5 problems")


def test_hidden_fields_stay_out_of_report_and_json():
    hidden = dict(FCFS, hide=["region", "score"])
    run = run_selection(evidence(), LoadedPolicy(parse_policy(hidden), "f"), "x", "p")
    text = render_report(run)
    assert "Europe" not in text and "Region" not in text
    data = to_json(run)
    assert all("region" not in c for c in data["candidates"])
    assert all("score" not in p for p in data["selection"]["selected"])


def test_hostile_values_are_escaped():
    page = ("{{Peer academy nomination|nominee=Kim|group=[[Category:X]]{{bad}}|region=<b>|}"
            "</b>}} [[User:Lee|Lee]] 10:00, 1 March 2026 (UTC)\n"
            "{{Peer academy goal|user=Kim|goal=''x''{{!}}|status=met|training=~~~~}} "
            "[[User:Lee|Lee]] 10:01, 1 March 2026 (UTC)")
    report = evidence_from_pages([("P", page)], SelectConfig(), SiteFacts())
    run = run_selection(report, LoadedPolicy(parse_policy(FCFS), "f"), "x", "p")
    text = render_report(run)
    assert "[[Category:" not in text and "{{bad}}" not in text and "~~~" not in text


def test_policy_page_yaml_block_and_errors():
    assert policy_yaml("Intro\n<pre>\nname: x\n</pre>\nmore") == "\nname: x\n"
    assert policy_yaml('<syntaxhighlight lang="yaml">seats: 1</syntaxhighlight>') == "seats: 1"
    assert policy_yaml("name: x\nseats: 1\n") == "name: x\nseats: 1\n"
    loaded = policy_from_page("P", "<pre>\nname: On wiki\nseats: 2\nseed: abc\n</pre>", 17)
    assert loaded.policy.name == "On wiki" and loaded.permalink == "Special:Permalink/17"
    with pytest.raises(ConfigError, match=r"P \(revision 17\): seets is not a known key"):
        policy_from_page("P", "<pre>\nname: x\nseets: 2\nseed: a\n</pre>", 17)


def test_policy_file_errors_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="cannot read policy"):
        load_policy_file(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nseats: -1\nseed: a\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="seats must be a non-negative integer"):
        load_policy_file(bad)


class FakeWiki:
    """Only what seed_for needs: the SHA-1 of existing revisions."""

    def revision_sha1(self, revid: int) -> str | None:
        return {5: "ab" * 20}.get(revid)


def test_seed_revision_resolved_or_refused():
    policy = parse_policy({"name": "R", "seats": 1, "seed_revision": 5})
    assert seed_for(policy, FakeWiki()) == ("ab" * 20, "SHA-1 of revision 5")
    future = parse_policy({"name": "R", "seats": 1, "seed_revision": 6})
    with pytest.raises(ConfigError, match="seed_revision 6 does not exist yet"):
        seed_for(future, FakeWiki())
    with pytest.raises(ConfigError, match="cannot be resolved with --from-file"):
        seed_for(future, None)
    assert seed_for(parse_policy(FCFS), None) == ("test-seed", "the policy's seed")


def test_config_defaults_paths_and_errors(tmp_path):
    config = load_select_config(ROOT / "config" / "select.yaml")
    assert config.policy == ROOT / "config" / "selection.yaml"
    assert config.report_page == "Peer academy/Selection"
    assert config.comparison_page == config.report_page
    assert "Africa" in config.less_resourced
    assert set(config.templates()) == {"nomination", "recommendation", "goal",
                                       "mentoring feedback"}
    other = select_config({"compare": ["a.yaml"], "compare_page": "Cmp"}, "x", tmp_path)
    assert other.compare == (tmp_path / "a.yaml",) and other.comparison_page == "Cmp"
    with pytest.raises(ConfigError, match=r"x: unknown key\(s\) polcy"):
        select_config({"polcy": "a"}, "x")
    with pytest.raises(ConfigError, match=r"x.less_resourced: must be a list"):
        select_config({"less_resourced": 3}, "x")
    with pytest.raises(ConfigError, match=r"x.page_prefixes: list at least one"):
        select_config({"page_prefixes": []}, "x")


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PYWIKIBOT_DIR": str(tmp_path), "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "bot.cli", "select", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def test_cli_from_file_with_compare_needs_no_wiki(tmp_path):
    (tmp_path / "fcfs.yaml").write_text(json.dumps(FCFS), encoding="utf-8")
    (tmp_path / "mentoring.yaml").write_text(json.dumps(MENTORING), encoding="utf-8")
    (tmp_path / "select.yaml").write_text("less_resourced: [Africa]\n", encoding="utf-8")
    done = cli(tmp_path, "--config", str(tmp_path / "select.yaml"), "--from-file",
               str(FIXTURE), "--policy", str(tmp_path / "mentoring.yaml"), "--compare",
               str(tmp_path / "fcfs.yaml"))
    assert done.returncode == 0, done.stderr
    assert "lottery seed 'test-seed-2'" in done.stderr
    data = json.loads(done.stdout)
    assert [p["user"] for p in data["selection"]["selected"]] == ["Bob", "Carol", "Dave"]
    assert data["comparison"]["policies"] == [MENTORING["name"], FCFS["name"]]


def test_cli_every_example_policy_runs_offline(tmp_path):
    for path in sorted((ROOT / "config").glob("selection*.yaml")):
        done = cli(tmp_path, "--from-file", str(FIXTURE), "--policy", str(path))
        if path.name == "selection-goals.yaml":  # seed_revision needs the wiki
            assert done.returncode == 2 and "seed_revision 987654" in done.stderr
            continue
        assert done.returncode == 0, (path.name, done.stderr)
        assert json.loads(done.stdout)["selection"]["policy"]


def test_cli_bad_policy_is_one_line_exit_2(tmp_path):
    (tmp_path / "bad.yaml").write_text("name: x\nseats: 2\n", encoding="utf-8")
    done = cli(tmp_path, "--from-file", str(FIXTURE), "--policy", str(tmp_path / "bad.yaml"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "seed or seed_revision" in done.stderr


def test_cli_help_lists_options(tmp_path):
    done = cli(tmp_path, "-help")
    assert done.returncode == 0
    for option in ("--policy", "--compare", "--json", "--from-file", "--config"):
        assert option in done.stdout


def test_relative_policy_found_next_to_the_config_or_in_peerbots_config(tmp_path):
    (tmp_path / "mine.yaml").write_text(json.dumps(FCFS), encoding="utf-8")
    here = select_config({"policy": "mine.yaml"}, "x", tmp_path)
    assert here.policy == tmp_path / "mine.yaml"
    # A config copied elsewhere (the runner's effective config) still finds config/ policies.
    copied = select_config({"compare": ["selection-fcfs.yaml"]}, "x", tmp_path)
    assert copied.policy == ROOT / "config" / "selection.yaml"
    assert copied.compare == (ROOT / "config" / "selection-fcfs.yaml",)
    assert load_policy_file(copied.policy).policy.seats == 12


def test_a_compared_policys_quota_that_matches_nobody_is_a_problem_row():
    nobody = dict(MENTORING, name="Nobody's quota",
                  quotas=[{"attribute": "region", "value": "Atlantis", "min": 1}])
    report = evidence()
    regions = {c.region for c in report.candidates}
    assert "Atlantis" not in regions
    run = run_selection(report, LoadedPolicy(parse_policy(FCFS), "f"), "test-seed", "p",
                        [parse_policy(nobody)])
    (problem,) = [p for p in run.evidence.problems if "Atlantis" in p.reason]
    assert problem.reason.startswith("policy \"Nobody's quota\": quota region 'Atlantis' "
                                     "matches no candidate")
    assert "Atlantis" in render_report(run).split("== Problems ==")[1]
    # Without the comparison, the quota is not on the page, and neither is the problem.
    alone = run_selection(report, LoadedPolicy(parse_policy(FCFS), "f"), "test-seed", "p")
    assert not [p for p in alone.evidence.problems if "Atlantis" in p.reason]
