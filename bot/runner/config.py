"""config/jobs.yaml and on-wiki config pages -> the settings a run and its jobs use.

Pure reading and checking of the runner's own settings: the jobs file (which jobs, where
state lives, the kill switch page and its run word) becomes a ``RunnerConfig`` of
``JobSpec`` entries, ``--only`` picks among them, an on-wiki config page's text (YAML or
JSON, maybe wrapped in ``<syntaxhighlight>`` or ``<pre>``) becomes a mapping, and the
local config, the on-wiki keys and the jobs file's report page merge into the config a
job runs with. A mistake is a ``ConfigError`` that names the key.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.config import (
    ConfigError,
    check_keys,
    code_block,
    get_str,
    get_str_list,
    load_yaml,
    parse_yaml,
)

RUNNER_KEYS = {"state_dir", "kill_switch_page", "run_word", "jobs", "help_page", "language"}
JOB_KEYS = {"name", "job", "config", "report_page", "config_page", "args"}
# Keys an on-wiki config page may not set: where the bot writes, and local file paths.
OPERATOR_ONLY_KEYS = {"report_page", "compare_page", "policy", "compare"}

_JOB_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class JobSpec:
    """One entry of config/jobs.yaml."""

    name: str
    job: str
    config: Path | None = None
    report_page: str | None = None
    config_page: str | None = None
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunnerConfig:
    """config/jobs.yaml: where state lives, the kill switch and the jobs."""

    jobs: tuple[JobSpec, ...]
    state_dir: Path = Path("state")
    kill_switch_page: str | None = None
    run_word: str = "run"
    help_page: str | None = None  # where problems that need a person are posted
    language: str = ""  # the help page's language ("": the wiki's content language)


def _optional_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    return get_str(data, key, where) if data.get(key) is not None else None


def runner_config(data: Mapping[str, Any], where: str = "jobs.yaml") -> RunnerConfig:
    """Mapping (the YAML) -> RunnerConfig; ConfigError naming the bad key."""
    check_keys(data, RUNNER_KEYS, where)
    entries = data.get("jobs")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{where}.jobs: must be a non-empty list of jobs "
                          "(each with at least name and job)")
    specs: list[JobSpec] = []
    for number, entry in enumerate(entries, 1):
        at = f"{where}.jobs[{number}]"
        if not isinstance(entry, Mapping):
            raise ConfigError(f"{at}: must be a mapping with name and job")
        check_keys(entry, JOB_KEYS, at)
        name = get_str(entry, "name", at)
        if not _JOB_NAME.match(name):
            raise ConfigError(f"{at}.name: {name!r} must be lower-case letters, digits, - or _ "
                              "(it names the job's lock and state files)")
        if name in {s.name for s in specs}:
            raise ConfigError(f"{at}.name: {name!r} is used twice; job names must be unique")
        job = get_str(entry, "job", at)
        if not re.match(r"^[a-z][a-z0-9_]*$", job):
            raise ConfigError(f"{at}.job: {job!r} is not a job type (e.g. nominations, votes, "
                              "select)")
        config = _optional_str(entry, "config", at)
        specs.append(JobSpec(name=name, job=job, config=Path(config) if config else None,
                             report_page=_optional_str(entry, "report_page", at),
                             config_page=_optional_str(entry, "config_page", at),
                             args=get_str_list(entry, "args", at)))
    state = data.get("state_dir", "state")
    if not isinstance(state, str) or not state.strip():
        raise ConfigError(f"{where}.state_dir: must be a folder path (got {state!r})")
    return RunnerConfig(jobs=tuple(specs), state_dir=Path(os.path.expanduser(state.strip())),
                        kill_switch_page=_optional_str(data, "kill_switch_page", where),
                        run_word=get_str(data, "run_word", where, "run"),
                        help_page=_optional_str(data, "help_page", where),
                        language=(get_str(data, "language", where)
                                  if data.get("language") not in (None, "") else ""))


def load_runner_config(path: Path) -> RunnerConfig:
    """Path of config/jobs.yaml -> RunnerConfig."""
    return runner_config(load_yaml(path), str(path))


def select_jobs(specs: Sequence[JobSpec], only: str) -> list[JobSpec]:
    """Jobs and a comma-separated --only value -> the jobs to run, in file order."""
    wanted = [n.strip() for n in only.split(",") if n.strip()]
    unknown = sorted(set(wanted) - {s.name for s in specs})
    if unknown:
        raise ConfigError(f"--only: no job named {', '.join(unknown)}; the jobs file has "
                          f"{', '.join(s.name for s in specs)}")
    return [s for s in specs if not wanted or s.name in wanted]


def config_page_mapping(text: str, where: str) -> dict[str, Any]:
    """On-wiki config page text (YAML or JSON, maybe in <syntaxhighlight>/<pre>) -> mapping."""
    body = code_block(text)
    if body.lstrip().startswith("{"):
        try:
            data = json.loads(body)
        except json.JSONDecodeError as err:
            raise ConfigError(f"{where}: not valid JSON at line {err.lineno}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{where}: the top level must be a mapping of keys to values")
        return data
    return parse_yaml(body, where)


def merge_config(local: Mapping[str, Any], on_wiki: Mapping[str, Any] | None,
                 report_page: str | None) -> dict[str, Any]:
    """Local config, on-wiki keys and the jobs.yaml report page -> the config the job runs with.

    On-wiki keys replace local ones (whole values, not merged inside); the report page of
    jobs.yaml wins over both.
    """
    merged = dict(local)
    merged.update(on_wiki or {})
    if report_page:
        merged["report_page"] = report_page
    return merged
