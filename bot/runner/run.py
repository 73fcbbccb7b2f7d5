"""Parsed `peerbot run` options -> exit code: the run loop, job by job, with a summary.

Order of a run, so that a mistake costs as little as possible:

1. read config/jobs.yaml and every job's local config, and validate them all: a config error
   stops the run before anything is read from the wiki (exit 2);
2. log in and read the kill switch page: unless its text is the run word, stop (exit 0)
   without reading or writing anything else;
3. per job: take the job's lock (a second run of the same job skips it), read the job's
   on-wiki config page if it has one (a bad one is reported and the last good one is used),
   then call the job's ``body`` in this process.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot import command
from bot.core.config import ConfigError, NothingConfigured
from bot.core.i18n import english
from bot.core.killswitch import KILL_SWITCH_ENV, kill_switch_verdict
from bot.core.model import Problem
from bot.core.notices import CONFIG_PROBLEMS_ENV, encode_problems, moved_problem, problem
from bot.core.render import plural
from bot.runner.config import (
    OPERATOR_ONLY_KEYS,
    config_page_mapping,
    load_runner_config,
    merge_config,
    select_jobs,
)
from bot.runner.plan import Plan, plan_job, validate
from bot.runner.state import job_lock, last_good, save_good

log = logging.getLogger("peerbot")


@dataclass(frozen=True)
class JobResult:
    """What one job of a run did: status is done / refused / skipped / config error ..."""

    name: str
    status: str
    code: int
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


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


def read_text(wiki: Any, title: str) -> tuple[str | None, int]:
    """Wiki and title -> (current text or None when missing, revision)."""
    pages = wiki.read_pages([title])
    return (pages[0].text, pages[0].revision) if pages else (None, 0)


@dataclass(frozen=True)
class Effective:
    """The config a job runs with: its file, notes for the run summary, and the config
    problems its report shows (``bot.core.notices``)."""

    path: Path
    notes: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


def effective_config(plan: Plan, wiki: Any, state_dir: Path) -> Effective:
    """Plan -> the config the job runs with, notes for the summary and config problems.

    Reads the on-wiki config page (if any; a moved page through its redirect), validates
    local + on-wiki with the job's loader, and falls back to the last good on-wiki config
    when the page is bad. A bad, missing or moved config page is a problem on the report.
    """
    spec, notes, problems = plan.spec, [], []
    on_wiki: dict[str, Any] | None = None
    if spec.config_page:
        pages = wiki.read_pages([spec.config_page], redirects=True)
        text, revision = (pages[0].text, pages[0].revision) if pages else (None, 0)
        if pages and pages[0].moved_from:
            log.warning("%s: config page %s was moved to %s; update config_page",
                        spec.name, spec.config_page, pages[0].title)
            problems.append(moved_problem(spec.config_page, pages[0].title,
                                          "config_page (config/jobs.yaml)"))
        where = f"[[{spec.config_page}]] (revision {revision})"
        if text is None:
            log.warning("%s: config page %s does not exist; using %s", spec.name,
                        spec.config_page, plan.config_path)
            problems.append(problem(spec.config_page, "peerbot-problem-config-page-missing",
                                    plan.config_path))
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
                fix = (("peerbot-help-fix-config-last-good", good["revision"]) if good
                       else ("peerbot-help-fix-config-local", plan.config_path))
                command.ask_for_help(spec.config_page, "on-wiki config not usable", str(err),
                                     english(*fix), fix_key=str(fix[0]),
                                     fix_params=fix[1:])
                notes.append(f"bad on-wiki config {spec.config_page} revision {revision}, "
                             f"used {fallback}")
                said = str(err).removeprefix(f"{where}: ")
                problems.append(
                    problem(pages[0].title, "peerbot-problem-config-page-bad-last-good",
                            revision, said, good["revision"]) if good else
                    problem(pages[0].title, "peerbot-problem-config-page-bad-local", revision,
                            said, plan.config_path))
                on_wiki = good["config"] if good else None
    if on_wiki is None and not spec.report_page:
        return Effective(plan.config_path, tuple(notes), tuple(problems))
    path = state_dir / f"{spec.name}.config.yaml"
    path.write_text(yaml.safe_dump(merge_config(plan.local, on_wiki, spec.report_page),
                                   allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Effective(path, tuple(notes), tuple(problems))


def job_status(code: int, stopped: Sequence[str] = ()) -> str:
    """A job's exit code and the pages the kill switch kept it from saving -> the word the
    run's summary shows for it: "done", or "stopped by the kill switch, not saved: PAGE"
    (an organizer's stop is no failure, but it is no "done" either)."""
    if code == command.EXIT_OK and stopped:
        return f"stopped by the kill switch, not saved: {', '.join(stopped)}"
    return {command.EXIT_OK: "done", command.EXIT_REFUSED: "report refused",
            command.EXIT_CONFIG: "config error", command.EXIT_WIKI: "wiki error"}.get(
                code, f"exit {code}")


def run_job(plan: Plan, wiki: Any, state_dir: Path) -> JobResult:
    """Plan -> JobResult: lock, effective config, the job's body; never raises for the job."""
    from bot.wiki.session import WikiError

    name = plan.spec.name
    with job_lock(state_dir, name) as holder:
        if holder:
            log.info("%s: skipped: another peerbot run is working on it (%s)", name, holder)
            return JobResult(name, "skipped, another run holds its lock", command.EXIT_OK)
        started = time.monotonic()
        command.take_stopped()  # only this job's saves count
        log.info("%s: starting (%s job)", name, plan.spec.job)
        notes: list[str] = []
        try:
            effective = effective_config(plan, wiki, state_dir)
            notes = list(effective.notes)
            args = command.parse_job_args(["--config", str(effective.path), *plan.spec.args],
                                       plan.module.__doc__ or "",
                                       getattr(plan.module, "options", None)
                                       or getattr(plan.module, "add_options", None))
            # The job's saves put these on its report (bot.wiki.save), as the kill switch.
            os.environ[CONFIG_PROBLEMS_ENV] = encode_problems(effective.problems)
            try:
                code = int(plan.module.body(args))
            finally:
                os.environ.pop(CONFIG_PROBLEMS_ENV, None)
        except NothingConfigured as err:
            # the shipped config leaves some jobs empty: not a failure of the whole run
            log.warning("%s: skipped, nothing configured: %s", name, err)
            return JobResult(name, "skipped, nothing configured", command.EXIT_OK,
                             (*notes, str(err)), time.monotonic() - started)
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
        status = job_status(code, command.take_stopped())
        log.info("%s: %s in %.1f s (exit %d)", name, status, seconds, code)
        return JobResult(name, status, code, tuple(notes), seconds)


def _stopped_since(wiki: Any, conf: Any) -> str:
    """-> why the kill switch now says stop ('' when it still says run): one request."""
    text, _ = read_text(wiki, conf.kill_switch_page)
    return kill_switch_verdict(text, conf.run_word)


def state_folder(args: command.JobArgs) -> Path:
    """`peerbot run` options -> the state folder its jobs file names (ConfigError when the
    jobs file is bad, before pywikibot logs in)."""
    return load_runner_config(args.config or command.CONFIG_DIR / "jobs.yaml").state_dir


def run(args: command.JobArgs) -> int:
    """Parsed `peerbot run` options -> exit code of the whole run."""
    if args.json or args.from_file:
        raise ConfigError("peerbot run writes reports; --json and --from-file belong to the "
                          "single jobs (e.g. peerbot nominations --json)")
    path = args.config or command.CONFIG_DIR / "jobs.yaml"
    conf = load_runner_config(path)
    selected = select_jobs(conf.jobs, getattr(args.extra, "only", "") or "")
    from bot.wiki.state import check_writable

    check_writable(conf.state_dir)
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
        # Each job's saves read the switch again with the report page (no extra request).
        os.environ[KILL_SWITCH_ENV] = json.dumps({"page": conf.kill_switch_page,
                                                  "run_word": conf.run_word})
    results: list[JobResult] = []
    command.take_help()  # only this run's problems
    helped: list[Any] = []
    code = _run_jobs(wiki, conf, plans, results, helped)
    if conf.help_page and not any(r.status.startswith("interrupted") for r in results):
        _post_help(wiki, conf, results, helped)
    return code


def _post_help(wiki: Any, conf: Any, results: Sequence[JobResult], helped: list[Any]) -> None:
    """The run's results and problems -> the help page updated; a job that did not run to
    its end (skipped, not run, a wiki error) resolves nothing."""
    from bot.runner.post_help import post_help
    from bot.wiki.session import WikiError

    ran = {r.name for r in results if r.code != command.EXIT_WIKI
           and not r.status.startswith(("skipped", "not run"))}
    try:
        post_help(wiki, conf.help_page, conf.state_dir, helped, ran, conf.language)
    except WikiError as err:
        log.warning("help page %s: not updated: %s", conf.help_page, err)


def _run_jobs(wiki: Any, conf: Any, plans: Sequence[Plan], results: list[JobResult],
              helped: list[Any]) -> int:
    """The jobs of a run, one after another -> the run's exit code; ``results`` gets each
    job's result and ``helped`` the problems each asked help for."""
    from dataclasses import replace

    for number, plan in enumerate(plans):
        why = _stopped_since(wiki, conf) if number and conf.kill_switch_page else ""
        if why:
            log.info("stopped by the kill switch %s: %s; not run: %s", conf.kill_switch_page,
                     why, ", ".join(p.spec.name for p in plans[number:]))
            results += [JobResult(rest.spec.name, "not run, stopped by the kill switch",
                                  command.EXIT_OK) for rest in plans[number:]]
            break
        try:
            result = run_job(plan, wiki, conf.state_dir)
        except command.Interrupted as stop:
            # Ctrl-C or SIGTERM: the job's lock is released, no edit is half made; the
            # summary still says what ran.
            log.info("%s", stop.line())
            helped += [replace(i, job=plan.spec.name) for i in command.take_help()]
            results.append(JobResult(plan.spec.name, f"interrupted by {stop.name}", stop.code))
            results += [JobResult(rest.spec.name, "not run, interrupted", stop.code)
                        for rest in plans[number + 1:]]
            log.info("%s", summary_line(results))
            return stop.code
        helped += [replace(i, job=plan.spec.name) for i in command.take_help()]
        results.append(result)
        if result.code == command.EXIT_WIKI:
            for rest in plans[number + 1:]:
                results.append(JobResult(rest.spec.name, "not run, the wiki failed",
                                         command.EXIT_WIKI))
            break
    log.info("%s", summary_line(results))
    return worst_code([r.code for r in results])
