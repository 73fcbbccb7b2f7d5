"""`peerbot run`: the jobs of config/jobs.yaml, one after another, as a scheduler runs them.

Order of a run, so that a mistake costs as little as possible:

1. read config/jobs.yaml and every job's local config, and validate them all: a config error
   stops the run before anything is read from the wiki (exit 2);
2. log in and read the kill switch page: unless its text is the run word, stop (exit 0)
   without reading or writing anything else;
3. per job: take the job's lock (a second run of the same job skips it), read the job's
   on-wiki config page if it has one (a bad one is reported and the last good one is used),
   then call the job's ``body`` in this process.

A job type is a module ``scripts/<job>.py`` exposing ``body(args: command.JobArgs) -> int``;
it may also expose ``options(parser)`` or ``add_options(parser)`` (extra command-line options), ``DEFAULT_CONFIG``
(file name under config/) and ``load_config(path)`` (raises ConfigError or ValueError for a
bad config; used to validate on-wiki and effective configs). Jobs without ``load_config``
fall back to ``CONFIG_LOADERS`` below.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import importlib
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from bot import command
from bot.core.config import (
    ConfigError,
    check_keys,
    code_block,
    get_str,
    get_str_list,
    load_yaml,
    parse_yaml,
)
from bot.core.render import plural

log = logging.getLogger("peerbot")

RUNNER_KEYS = {"state_dir", "kill_switch_page", "run_word", "jobs"}
JOB_KEYS = {"name", "job", "config", "report_page", "config_page", "args"}
# Keys an on-wiki config page may not set: where the bot writes, and local file paths.
OPERATOR_ONLY_KEYS = {"report_page", "compare_page", "policy", "compare"}

DEFAULT_CONFIG_NAMES = {"nominations": "nominations.yaml", "votes": "votes.yaml",
                        "select": "select.yaml"}
CONFIG_LOADERS = {"nominations": "bot.nominations.config:load_nominations_config",
                  "votes": "bot.votes.job:load_votes_job",
                  "select": "bot.selection.job:config_for"}

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


@dataclass(frozen=True)
class JobResult:
    """What one job of a run did: status is done / refused / skipped / config error ..."""

    name: str
    status: str
    code: int
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


# --- config/jobs.yaml (pure) ---------------------------------------------------------------

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
                        run_word=get_str(data, "run_word", where, "run"))


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


def kill_switch_verdict(text: str | None, run_word: str) -> str:
    """Kill switch page text (None: missing) -> '' when the bot may run, else why it may not."""
    if text is None:
        return f"the page does not exist (create it with the text {run_word!r} to let the bot run)"
    if text.strip() != run_word:
        shown = text.strip()[:60] or "(empty)"
        return f"it says {shown!r}, not {run_word!r}"
    return ""


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


def worst_code(codes: Sequence[int]) -> int:
    """Exit codes of the jobs -> the run's: wiki (3) over config (2) over refused (1)."""
    for code in (command.EXIT_WIKI, command.EXIT_CONFIG, command.EXIT_REFUSED):
        if code in codes:
            return code
    return command.EXIT_OK


def summary_line(results: Sequence[JobResult]) -> str:
    """Job results -> the one-line run summary."""
    parts = []
    for r in results:
        text = f"{r.name}: {r.status}"
        if r.notes:
            text += " (" + "; ".join(r.notes) + ")"
        parts.append(text)
    return "summary: " + "; ".join(parts)


# --- the job registry ----------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    """A job ready to run: its module, its local config and how to validate a config."""

    spec: JobSpec
    module: ModuleType
    config_path: Path
    local: dict[str, Any]
    loader: Callable[[Path], Any] | None


def job_module(job: str, where: str) -> ModuleType:
    """Job type -> its module (the `peerbot JOB` command's, else scripts/<job>.py); ConfigError."""
    from bot.cli import COMMANDS

    name = COMMANDS.get(job, f"scripts.{job}")
    if job in ("run", "install-templates") or not name.startswith("scripts."):
        raise ConfigError(f"{where}.job: {job!r} is not a report job")
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as err:
        if err.name and (err.name == name or err.name == "scripts"):
            raise ConfigError(f"{where}.job: no job type {job!r} (no {name.replace('.', '/')}.py)"
                              ) from None
        raise
    if not callable(getattr(module, "body", None)):
        raise ConfigError(f"{where}.job: {name} has no body(args) function")
    return module


def config_loader(job: str, module: ModuleType) -> Callable[[Path], Any] | None:
    """Job type and module -> the function that loads (validates) its config file, if any."""
    loader = getattr(module, "load_config", None)
    if callable(loader):
        return loader
    target = CONFIG_LOADERS.get(job)
    if not target:
        return None
    module_name, _, attr = target.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError):
        return None


def validate(loader: Callable[[Path], Any] | None, data: Mapping[str, Any], folder: Path,
             where: str) -> None:
    """Config mapping -> None after the job's loader accepted it; ConfigError naming ``where``.

    Loaders read files, so the mapping is written to a scratch file in ``folder`` first.
    """
    if loader is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".yaml", dir=folder,
                                     prefix=".check-", delete=False) as scratch:
        yaml.safe_dump(dict(data), scratch, allow_unicode=True, sort_keys=False)
    path = Path(scratch.name)
    try:
        loader(path)
    except (ConfigError, ValueError) as err:
        raise ConfigError(str(err).replace(str(path), where)) from None
    finally:
        path.unlink(missing_ok=True)


def plan_job(spec: JobSpec, state_dir: Path, where: str) -> Plan:
    """A jobs.yaml entry -> Plan, with the local config read and checked; ConfigError."""
    module = job_module(spec.job, where)
    default = getattr(module, "DEFAULT_CONFIG", None) or DEFAULT_CONFIG_NAMES.get(
        spec.job, f"{spec.job}.yaml")
    path = spec.config or command.CONFIG_DIR / default
    local = load_yaml(path)
    loader = config_loader(spec.job, module)
    if spec.config_page and loader is None:
        raise ConfigError(f"{where}: job {spec.name}: config_page needs a config loader for "
                          f"job type {spec.job!r} (scripts/{spec.job}.py has no load_config)")
    if spec.report_page:
        validate(loader, merge_config(local, None, spec.report_page), state_dir, str(path))
    elif loader is not None:
        try:
            loader(path)
        except (ConfigError, ValueError) as err:
            raise ConfigError(str(err)) from None
    return Plan(spec, module, path, local, loader)


# --- state: locks and the last good on-wiki config ----------------------------------------

@contextlib.contextmanager
def job_lock(state_dir: Path, name: str) -> Iterator[str | None]:
    """-> None while holding the job's lock, or who holds it (the lock is not taken then).

    An fcntl lock: the kernel releases it when the process ends, so a crash leaves no stale lock.
    """
    folder = state_dir / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.lock"
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the whole job
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            yield f"{path} is held by {holder}"
            return
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()
        yield None
    finally:
        handle.close()


def _good_path(state_dir: Path, name: str) -> Path:
    return state_dir / f"{name}.wiki-config.json"


def last_good(state_dir: Path, name: str) -> dict[str, Any] | None:
    """-> the last on-wiki config that passed validation ({page, revision, config}), if any."""
    try:
        data = json.loads(_good_path(state_dir, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("config"), dict) else None


def save_good(state_dir: Path, name: str, page: str, revision: int,
              config: Mapping[str, Any]) -> None:
    """Remember a valid on-wiki config (written atomically)."""
    path = _good_path(state_dir, name)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"page": page, "revision": revision, "config": dict(config)},
                              ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


# --- the run -------------------------------------------------------------------------------

def read_text(wiki: Any, title: str) -> tuple[str | None, int]:
    """Wiki and title -> (current text or None when missing, revision)."""
    pages = wiki.read_pages([title])
    return (pages[0].text, pages[0].revision) if pages else (None, 0)


def effective_config(plan: Plan, wiki: Any, state_dir: Path) -> tuple[Path, list[str]]:
    """Plan -> the config file the job runs with, and notes for the summary.

    Reads the on-wiki config page (if any), validates local + on-wiki with the job's loader,
    and falls back to the last good on-wiki config when the page is bad.
    """
    spec, notes = plan.spec, []
    on_wiki: dict[str, Any] | None = None
    if spec.config_page:
        text, revision = read_text(wiki, spec.config_page)
        where = f"[[{spec.config_page}]] (revision {revision})"
        if text is None:
            log.info("%s: config page %s does not exist; using %s", spec.name, spec.config_page,
                     plan.config_path)
        else:
            try:
                candidate = config_page_mapping(text, where)
                forbidden = sorted(OPERATOR_ONLY_KEYS & set(candidate))
                if forbidden:
                    raise ConfigError(f"{where}: {', '.join(forbidden)} may only be set by the "
                                      "operator (config/jobs.yaml or the local config)")
                validate(plan.loader, merge_config(plan.local, candidate, spec.report_page),
                         state_dir, where)
                on_wiki = candidate
                save_good(state_dir, spec.name, spec.config_page, revision, candidate)
                log.info("%s: using on-wiki config %s (revision %d, keys: %s)", spec.name,
                         spec.config_page, revision, ", ".join(sorted(candidate)) or "none")
            except ConfigError as err:
                good = last_good(state_dir, spec.name)
                fallback = (f"the last good one (revision {good['revision']})" if good
                            else f"{plan.config_path} only")
                log.warning("%s: bad on-wiki config: %s; using %s", spec.name, err, fallback)
                notes.append(f"bad on-wiki config {spec.config_page} revision {revision}, "
                             f"used {fallback}")
                on_wiki = good["config"] if good else None
    if on_wiki is None and not spec.report_page:
        return plan.config_path, notes
    path = state_dir / f"{spec.name}.config.yaml"
    path.write_text(yaml.safe_dump(merge_config(plan.local, on_wiki, spec.report_page),
                                   allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path, notes


def run_job(plan: Plan, wiki: Any, state_dir: Path) -> JobResult:
    """Plan -> JobResult: lock, effective config, the job's body; never raises for the job."""
    from bot.wiki.session import WikiError

    name = plan.spec.name
    with job_lock(state_dir, name) as holder:
        if holder:
            log.info("%s: skipped: another peerbot run is working on it (%s)", name, holder)
            return JobResult(name, "skipped, another run holds its lock", command.EXIT_OK)
        started = time.monotonic()
        log.info("%s: starting (%s job)", name, plan.spec.job)
        notes: list[str] = []
        try:
            config, notes = effective_config(plan, wiki, state_dir)
            args = command.parse_job_args(["--config", str(config), *plan.spec.args],
                                       plan.module.__doc__ or "",
                                       getattr(plan.module, "options", None)
                                       or getattr(plan.module, "add_options", None))
            code = int(plan.module.body(args))
        except ConfigError as err:
            log.error("%s: config error: %s", name, err)
            code = command.EXIT_CONFIG
        except WikiError as err:
            log.error("%s: wiki error: %s", name, err)
            code = command.EXIT_WIKI
        except Exception:  # a bug in one job must not keep the other jobs from running
            log.exception("%s: failed with a bug; the other jobs go on", name)
            code, notes = command.EXIT_REFUSED, [*notes, "failed with a bug, see the log"]
        seconds = time.monotonic() - started
        status = {command.EXIT_OK: "done", command.EXIT_REFUSED: "report refused",
                  command.EXIT_CONFIG: "config error", command.EXIT_WIKI: "wiki error"}.get(
                      code, f"exit {code}")
        log.info("%s: %s in %.1f s (exit %d)", name, status, seconds, code)
        return JobResult(name, status, code, tuple(notes), seconds)


def run(args: command.JobArgs) -> int:
    """Parsed `peerbot run` options -> exit code of the whole run."""
    if args.json or args.from_file:
        raise ConfigError("peerbot run writes reports; --json and --from-file belong to the "
                          "single jobs (e.g. peerbot nominations --json)")
    path = args.config or command.CONFIG_DIR / "jobs.yaml"
    conf = load_runner_config(path)
    selected = select_jobs(conf.jobs, getattr(args.extra, "only", "") or "")
    conf.state_dir.mkdir(parents=True, exist_ok=True)
    # The jobs keep their history index and warm-run watermarks in the same folder.
    os.environ["PEERBOT_STATE_DIR"] = str(conf.state_dir)
    plans = [plan_job(spec, conf.state_dir, f"{path}: job {spec.name}") for spec in selected]
    log.info("run: %s from %s: %s; state in %s", plural(len(plans), "job"), path,
             ", ".join(p.spec.name for p in plans), conf.state_dir)

    from bot.wiki.adapter import Wiki

    wiki = Wiki.connect()
    if conf.kill_switch_page:
        text, _ = read_text(wiki, conf.kill_switch_page)
        why = kill_switch_verdict(text, conf.run_word)
        if why:
            log.info("stopped by the kill switch %s: %s; nothing was read or written",
                     conf.kill_switch_page, why)
            return command.EXIT_OK
        log.info("kill switch %s says %r: running", conf.kill_switch_page, conf.run_word)
    results: list[JobResult] = []
    for number, plan in enumerate(plans):
        result = run_job(plan, wiki, conf.state_dir)
        results.append(result)
        if result.code == command.EXIT_WIKI:
            for rest in plans[number + 1:]:
                results.append(JobResult(rest.spec.name, "not run, the wiki failed",
                                         command.EXIT_WIKI))
            break
    log.info("%s", summary_line(results))
    return worst_code([r.code for r in results])
