"""The runner's pure parts: jobs file, kill switch, on-wiki config pages, locks, progress."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from bot.core.config import ConfigError
from bot.core.killswitch import kill_switch_verdict
from bot.runner.config import (
    JobSpec,
    config_page_mapping,
    load_runner_config,
    merge_config,
    runner_config,
    select_jobs,
)
from bot.runner.plan import job_module, plan_job
from bot.runner.run import JobResult, summary_line, worst_code
from bot.runner.state import job_lock, last_good, save_good
from bot.wiki.progress import Progress

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_jobs_file_loads_and_every_job_type_exists(tmp_path):
    conf = load_runner_config(ROOT / "config" / "jobs.yaml")
    assert [j.name for j in conf.jobs] == ["nominations", "votes", "select", "match", "digest",
                                          "records"]
    assert conf.kill_switch_page and conf.run_word == "run"
    for spec in conf.jobs:
        assert callable(job_module(spec.job, "jobs.yaml").body)


def test_deploy_jobs_file_runs_peerbot_run():
    jobs = yaml.safe_load((ROOT / "deploy" / "jobs.yaml").read_text(encoding="utf-8"))
    script = ROOT / "deploy" / "toolforge-run.sh"
    assert "peerbot\" run" in script.read_text(encoding="utf-8")
    names = {j.name for j in load_runner_config(ROOT / "config" / "jobs.yaml").jobs}
    for job in jobs:
        assert job["image"] == "python3.11" and job["schedule"] and job["name"]
        assert job["command"].startswith("./peerbot/deploy/toolforge-run.sh")
        only = job["command"].split("--only ", 1)[1].split()[0].split(",")
        assert set(only) <= names


@pytest.mark.parametrize("data, message", [
    ({"jobs": []}, "jobs: must be a non-empty list"),
    ({"jobs": [{"name": "a", "job": "nominations"}], "kill_switch": "x"}, "kill_switch"),
    ({"jobs": [{"name": "a"}]}, "jobs[1].job"),
    ({"jobs": [{"name": "A b", "job": "nominations"}]}, "jobs[1].name"),
    ({"jobs": [{"name": "a", "job": "nominations"}, {"name": "a", "job": "votes"}]},
     "used twice"),
    ({"jobs": [{"name": "a", "job": "nominations", "shedule": "x"}]}, "shedule"),
    ({"jobs": [{"name": "a", "job": "nominations", "args": [1]}]}, "args"),
])
def test_bad_jobs_file_names_the_key(data, message):
    with pytest.raises(ConfigError, match=None) as err:
        runner_config(data, "jobs.yaml")
    assert message in str(err.value)


def test_unknown_job_type_and_unknown_only_are_config_errors():
    with pytest.raises(ConfigError, match="no job type 'nope'"):
        job_module("nope", "jobs.yaml")
    specs = runner_config({"jobs": [{"name": "a", "job": "nominations"}]}).jobs
    with pytest.raises(ConfigError, match="no job named b"):
        select_jobs(specs, "a,b")
    assert select_jobs(specs, "") == list(specs)


@pytest.mark.parametrize("text, runs", [("run", True), ("  run\n", True), ("Run", False),
                                        ("stop", False), ("", False), (None, False),
                                        ("run\nplease", False)])
def test_kill_switch_verdict(text, runs):
    assert (kill_switch_verdict(text, "run") == "") is runs


@pytest.mark.parametrize("text", [
    "page_prefixes: [A]\n",
    '{"page_prefixes": ["A"]}',
    '<syntaxhighlight lang="yaml">\npage_prefixes:\n  - A\n</syntaxhighlight>',
    '<syntaxhighlight lang="json">\n{\n\t"page_prefixes": ["A"]\n}\n</syntaxhighlight>\n',
    "<pre>\npage_prefixes: [A]\n</pre>",
])
def test_config_page_yaml_or_json_in_a_wrapper(text):
    assert config_page_mapping(text, "P") == {"page_prefixes": ["A"]}


@pytest.mark.parametrize("text, message", [("{bad json", "not valid JSON"),
                                           ("[1, 2]", "top level must be a mapping"),
                                           ("a: [", "not valid YAML")])
def test_bad_config_page(text, message):
    with pytest.raises(ConfigError, match=message):
        config_page_mapping(text, "P")


def test_merge_on_wiki_over_local_and_report_page_over_both():
    merged = merge_config({"a": 1, "report_page": "L"}, {"a": 2, "b": 3}, "R")
    assert merged == {"a": 2, "b": 3, "report_page": "R"}
    assert merge_config({"a": 1}, None, None) == {"a": 1}


def test_worst_code_and_summary():
    assert worst_code([0, 1, 0]) == 1
    assert worst_code([1, 2, 3]) == 3
    assert worst_code([]) == 0
    line = summary_line([JobResult("a", "done", 0),
                         JobResult("b", "report refused", 1, ("x",))])
    assert line == "summary: a: done; b: report refused (x)"


def test_lock_is_exclusive_and_released(tmp_path):
    with job_lock(tmp_path, "job") as held:
        assert held is None
        with job_lock(tmp_path, "job") as second:
            assert second and "job.lock" in second and "pid" in second
        with job_lock(tmp_path, "other") as other:
            assert other is None
    with job_lock(tmp_path, "job") as again:
        assert again is None


def test_last_good_config_round_trip(tmp_path):
    assert last_good(tmp_path, "j") is None
    save_good(tmp_path, "j", "Page", 7, {"tracks": ["mentor"]})
    assert last_good(tmp_path, "j") == {"page": "Page", "revision": 7,
                                         "config": {"tracks": ["mentor"]}}


def test_plan_rejects_a_bad_local_config_and_a_report_page_the_loader_refuses(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("report_pgae: x\n", encoding="utf-8")
    spec = JobSpec("n", "nominations", config=bad)
    with pytest.raises(ConfigError, match="report_pgae"):
        plan_job(spec, tmp_path / "state", "jobs.yaml")
    good = tmp_path / "good.yaml"
    good.write_text("tracks: [mentor]\n", encoding="utf-8")
    plan = plan_job(JobSpec("n", "nominations", config=good, report_page="R"),
                    tmp_path / "state", "jobs.yaml")
    assert plan.local == {"tracks": ["mentor"]} and plan.loader is not None


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal():
    quiet = io.StringIO()
    bar = Progress(200, "reading", stream=quiet)
    bar.advance(100)
    bar.close()
    assert quiet.getvalue() == ""
    tty = FakeTTY()
    bar = Progress(200, "reading", stream=tty)
    bar.advance(100)
    bar.advance(100)
    bar.close()
    assert "100/200" in tty.getvalue() and tty.getvalue().endswith("200/200\n")


def test_a_job_the_kill_switch_kept_from_saving_is_not_done():
    from bot import command
    from bot.runner.run import job_status
    from bot.wiki.save import SaveOutcome

    command.take_stopped()
    code = command.report_outcomes([
        SaveOutcome("Peer academy/A", "stopped", message="not saved: stopped by the kill switch"),
        SaveOutcome("Peer academy/B", "edited", 12)])
    assert code == command.EXIT_OK  # an organizer's stop is no failure
    stopped = command.take_stopped()
    assert stopped == ["Peer academy/A"] and command.take_stopped() == []
    assert job_status(code, stopped) == \
        "stopped by the kill switch, not saved: Peer academy/A"
    assert job_status(code) == "done" and job_status(1, stopped) == "report refused"
