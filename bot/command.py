"""The frame every peerbot command runs in: argv -> options -> exit code.

Each job returns its result record; writing is a separate step so ``--json`` and
``--from-file`` never touch the wiki. Only ``bot/wiki/`` talks to the wiki.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import shipped
from bot.core.config import ConfigError

log = logging.getLogger("peerbot")

CONFIG_DIR = shipped("config")
TEMPLATES_DIR = shipped("templates_wikitext")

EXIT_OK, EXIT_REFUSED, EXIT_CONFIG, EXIT_WIKI = 0, 1, 2, 3
# Options that make a command work without a wiki: no user-config.py is needed or read.
OFFLINE_OPTIONS = ("--from-file", "--offline")


class Interrupted(BaseException):
    """Ctrl-C (SIGINT) or SIGTERM. Not an Exception, so no job's own handler swallows it;
    exit code 128 + the signal's number (130, 143)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.code = 128 + signum
        self.name = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name

    def line(self) -> str:
        """-> the one line said when a command stops for it."""
        return (f"interrupted by {self.name}: stopped, nothing half-saved (each edit is one "
                "API request; the state folder's writes are transactions)")


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """While inside, SIGINT and SIGTERM raise Interrupted (the old handlers come back after;
    outside the main thread nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Interrupted(signum)

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in old.items():
            signal.signal(number, handler)


@dataclass(frozen=True)
class JobArgs:
    """Options every job takes, after pywikibot's global options were handled."""

    json: bool
    from_file: Path | None
    config: Path | None
    extra: argparse.Namespace

    @property
    def allow_shrink(self) -> bool:
        """-> True when --allow-shrink accepts a listing shorter than the published one."""
        return bool(getattr(self.extra, "allow_shrink", False))

    @property
    def uselang(self) -> str:
        """-> the --uselang language code ('' when not given)."""
        return str(getattr(self.extra, "uselang", "") or "")


def parse_job_args(args: Sequence[str], doc: str,
                   add: Callable[[argparse.ArgumentParser], None] | None = None) -> JobArgs:
    """Local command-line arguments -> JobArgs; ConfigError on unknown options."""
    parser = argparse.ArgumentParser(prog="peerbot", description=doc.strip().splitlines()[0],
                                     add_help=False, exit_on_error=False)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--from-file", type=Path)
    parser.add_argument("--config", type=Path)
    # pywikibot scripts ask before each save unless -always is given; peerbot never asks,
    # so the habit of typing it in cron lines is accepted and changes nothing.
    parser.add_argument("-always", "--always", action="store_true")
    parser.add_argument("--allow-shrink", action="store_true")
    parser.add_argument("--uselang", default="")
    if add:
        add(parser)
    try:
        known, unknown = parser.parse_known_args(list(args))
    except argparse.ArgumentError as err:
        raise ConfigError(f"command line: {err}") from None
    if unknown:
        raise ConfigError(f"command line: unknown option(s) {' '.join(unknown)}; "
                          "see `peerbot help`")
    if known.uselang and not language_code(known.uselang):
        raise ConfigError(f"command line: --uselang {known.uselang!r} is no language code "
                          "(such as en, pt-br, qqx)")
    return JobArgs(known.json, known.from_file, known.config, known)


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*")


def language_code(value: str) -> bool:
    """-> True when ``value`` is shaped like a MediaWiki language code (en, pt-br, qqx)."""
    return bool(_LANGUAGE_CODE.fullmatch(value.strip().lower()))


def report_language(args: JobArgs, configured: str, wiki: Any) -> str:
    """The language a job writes its pages in: ``--uselang``, else the job's ``language``
    config key, else the wiki's content language (English per missing message)."""
    return args.uselang or configured or str(wiki.facts().lang or "en")


def read_file(path: Path) -> str:
    """Path -> its text; ConfigError (one line) when it can't be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read ({getattr(err, 'strerror', err)})") from None


def print_json(data: Any) -> None:
    """Data -> pretty JSON on stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def load_config(path: Path | None, default_name: str,
                loader: Callable[[Path], Any]) -> Any:
    """Optional --config path -> loaded config (default: config/<default_name>)."""
    return loader(path or CONFIG_DIR / default_name)


def connect(args: JobArgs) -> Any:
    """A job's options -> the logged-in Wiki it reads and saves with (``--allow-shrink``
    carried into the coverage every save checks)."""
    from dataclasses import replace

    from bot.wiki.adapter import Wiki

    wiki = Wiki.connect()
    wiki.coverage = replace(wiki.coverage, allow_shrink=args.allow_shrink)
    return wiki


# Problems a person must fix, asked by the job that meets them; `peerbot run` takes them
# after each job and posts them to its help page (``bot.runner.help``).
_HELP: list[Any] = []


def ask_for_help(page: str, kind: str, problem: str, fix: str, ident: str = "") -> None:
    """A problem only a person can fix -> kept for the run's help page (and logged)."""
    from bot.runner.help import HelpItem

    log.info("needs a person: %s: %s: %s", page, kind, problem)
    _HELP.append(HelpItem("", page, kind, problem, fix, ident))


def take_help() -> list[Any]:
    """-> the HelpItems asked since the last call (the job name left for the runner)."""
    items = list(_HELP)
    _HELP.clear()
    return items


# Pages a job left unsaved because the kill switch said stop (``take_stopped``): the
# runner's summary says so instead of "done".
_STOPPED: list[str] = []


def take_stopped() -> list[str]:
    """-> the pages not saved since the last call because the kill switch said stop."""
    pages = list(_STOPPED)
    _STOPPED.clear()
    return pages


def report_outcomes(outcomes: Sequence[Any]) -> int:
    """Save outcomes -> exit code (1 when any page was refused), each logged in one line; a
    refusal a person must fix is asked for help (``ask_for_help``)."""
    from bot.runner.help import refusal_item

    code = EXIT_OK
    for outcome in outcomes:
        if outcome.status == "stopped":
            _STOPPED.append(outcome.page)
        if not outcome.ok and (item := refusal_item("", outcome.page, outcome.message)):
            ask_for_help(item.page, item.kind, item.problem, item.fix)
        where = f" (revision {outcome.revision})" if outcome.revision else ""
        line = f"{outcome.page}: {outcome.status}{where}"
        if outcome.message:
            line += f": {outcome.message}"
        print(f"peerbot: {line}", file=sys.stderr)
        if not outcome.ok:
            code = EXIT_REFUSED
    return code


def finish(wiki: Any, fresh: Any, outcomes: Sequence[Any], missing: Sequence[str] = ()) -> int:
    """A job's saves -> its exit code: the run is remembered for the next one's freshness
    check when every report was written and no page it was to read was missing; a missing
    page makes the exit code 1 even when the report was saved."""
    if fresh is not None and not missing:
        from bot.wiki import freshness

        freshness.remember_run(wiki, fresh, outcomes)
    code = report_outcomes(outcomes)
    return code or (EXIT_REFUSED if missing else EXIT_OK)


def job_state_folder(args: JobArgs) -> Path:
    """A job's options -> the state folder it keeps its cache in."""
    from bot.wiki.state import state_dir

    return state_dir()


def run_script(args: Sequence[str], doc: str, body: Callable[[JobArgs], int],
               add: Callable[[argparse.ArgumentParser], None] | None = None,
               state: Callable[[JobArgs], Path] | None = job_state_folder) -> int:
    """Script argv -> exit code; operator errors become one clear line on stderr.

    The state folder (``state``: options -> folder; None for a command that keeps none) is
    checked first: one it cannot write is a config error before pywikibot logs in. Then
    pywikibot's global options (-simulate, -dir, -user, -site, -help ...) are handled.
    Exit codes: 0 done, 1 a report page could not be written, 2 config or command-line error,
    3 wiki unreachable, login failed or API error, 130 Ctrl-C, 143 SIGTERM.
    """
    with interruptible():
        try:
            return _run_script(args, doc, body, add, state)
        except Interrupted as stop:
            print(f"peerbot: {stop.line()}", file=sys.stderr)
            return stop.code


def _run_script(args: Sequence[str], doc: str, body: Callable[[JobArgs], int],
                add: Callable[[argparse.ArgumentParser], None] | None,
                state: Callable[[JobArgs], Path] | None) -> int:
    """As ``run_script``, without the signal handling."""
    logging.basicConfig(level=logging.INFO, format="peerbot: %(message)s", stream=sys.stderr)
    if any(a in ("-help", "--help", "-h") for a in args):
        print(doc.strip())
        return EXIT_OK
    from bot.wiki.adapter import handle_global_args
    from bot.wiki.session import WikiError

    try:
        # pywikibot's global options are single-dash ones
        ours = [a for a in args if not (a.startswith("-") and not a.startswith("--"))]
        if any(a in OFFLINE_OPTIONS or a.startswith("--from-file=") for a in args):
            # Offline: no site is created, so pywikibot's global options are dropped.
            local = ours
        else:
            if state is not None:
                from bot.wiki.state import check_writable

                check_writable(state(parse_job_args(ours, doc, add)))
            local = handle_global_args(list(args))
        return body(parse_job_args(local, doc, add))
    except ConfigError as err:
        print(f"peerbot: config error: {err}", file=sys.stderr)
        return EXIT_CONFIG
    except WikiError as err:
        print(f"peerbot: wiki error: {err}", file=sys.stderr)
        return EXIT_WIKI


# --- install-templates -----------------------------------------------------------------

def template_pages(folder: Path = TEMPLATES_DIR) -> dict[str, str]:
    """templates_wikitext/ -> {page title: text}; 'A_b.doc.wikitext' is 'Template:A b/doc'."""
    pages = {}
    for path in sorted(folder.glob("*.wikitext")):
        stem = path.name.removesuffix(".wikitext")
        name, _, sub = stem.partition(".")
        title = "Template:" + name.replace("_", " ") + (f"/{sub}" if sub else "")
        # MediaWiki stores text without trailing whitespace; compare like with like.
        pages[title] = path.read_text(encoding="utf-8").rstrip()
    return pages
