"""Run one peerbot job as its own process against the local wiki -> requests, time, edits,
peak memory. Requests are counted at the HTTP layer (php -S logs one line per request);
edits are the bot's saved revisions counted in the wiki's own database."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.seed import ROOT, peerbot_env
from bot.wiki.localwiki import BOT_USER, LocalWiki, free_port

_SAVED_IN = re.compile(r", saved in (\d+(?:\.\d+)?) s\)")
TIME = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)

# Seeding only: thousands of accounts with the default PBKDF2 cost take minutes to create.
CHEAP_PASSWORDS = "$wgPasswordConfig['pbkdf2']['cost'] = '1000';\n"
# Page size and API result limits stay MediaWiki's defaults (2 MiB, 8 MiB), as on Wikimedia
# wikis: a report that would not fit is saved with a shorter audit (see docs/rules.md), and reads
# larger than one answer follow the API's continuation.
# php -S settings of the bench wiki: reports of many MB must reach MediaWiki (PHP's default
# post_max_size is 8M), and the opcode cache is on as on a production server.
PHP_INI = "post_max_size = 128M\nopcache.enable_cli = 1\n"


@dataclass(frozen=True)
class JobRun:
    """One finished job: exit code, wall seconds, API requests, bot edits, peak RSS (KiB),
    the job process's CPU seconds (user + system) and how long the wiki took to answer
    its saves (from the job's "saved in X s" lines)."""

    label: str
    code: int
    seconds: float
    requests: int
    edits: int
    peak_kib: int
    stderr: str
    cpu: float = 0.0

    @property
    def save_seconds(self) -> float:
        """-> the seconds the wiki spent answering this job's saves."""
        return sum(float(found) for found in _SAVED_IN.findall(self.stderr))

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024


def run_table(runs: list[JobRun]) -> list[str]:
    """Runs -> the lines of a Markdown table: requests, time, memory and edits of each."""
    return ["| run | API requests | time | peak memory | edits |", "|---|---:|---:|---:|---:|",
            *(f"| {run.label} | {run.requests} | {run.seconds:.1f} s | {run.peak_mib:.0f} MiB "
              f"| {run.edits} |" for run in runs)]


def bot_edits(wiki: LocalWiki) -> int:
    """-> how many revisions the bot account has saved, read from the wiki's database."""
    with contextlib.closing(sqlite3.connect(wiki.root / "data" / "wiki.sqlite",
                                            timeout=30)) as db:
        row = db.execute("SELECT count(*) FROM revision JOIN actor ON rev_actor = actor_id "
                         "WHERE actor_name = ?", (BOT_USER,)).fetchone()
    return int(row[0])


def page_size(wiki: LocalWiki, title: str) -> int:
    """Main-namespace title -> its current size in bytes (0 when missing), from the database."""
    with contextlib.closing(sqlite3.connect(wiki.root / "data" / "wiki.sqlite",
                                            timeout=30)) as db:
        row = db.execute("SELECT page_len FROM page WHERE page_namespace = 0 AND "
                         "page_title = ?", (title.replace(" ", "_"),)).fetchone()
    return int(row[0]) if row else 0


def run_job(wiki: LocalWiki, state: Path, label: str, *args: str) -> JobRun:
    """A peerbot subcommand and a state folder -> JobRun (raises when the job fails)."""
    env = peerbot_env(wiki, state)
    requests_before, edits_before = wiki.count_requests(), bot_edits(wiki)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        command = [sys.executable, "-m", "bot.cli", *args]
        if TIME:
            command = [TIME, "-f", "%M %U %S", "-o", timing.name, *command]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        children = before.ru_maxrss
        started = time.monotonic()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=3600, check=False)
        seconds = time.monotonic() - started
        if TIME:
            peak_text, user, system = Path(timing.name).read_text().split()[-3:]
            peak, cpu = int(peak_text or 0), float(user) + float(system)
        else:  # RUSAGE_CHILDREN keeps the largest child so far: right when it grows
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            peak = max(usage.ru_maxrss, children)
            cpu = (usage.ru_utime + usage.ru_stime) - (before.ru_utime + before.ru_stime)
    if done.returncode not in (0, 1):  # 1: a report page was refused, recorded as such
        raise RuntimeError(f"peerbot {' '.join(args)} exited {done.returncode}: "
                           f"{done.stderr.strip()[-1500:]}")
    return JobRun(label, done.returncode, seconds, wiki.count_requests() - requests_before,
                  bot_edits(wiki) - edits_before, peak, done.stderr, cpu)


@contextlib.contextmanager
def bench_wiki(root: Path | None, workers: int = 2) -> Iterator[LocalWiki]:
    """-> an installed, started local wiki (in ``root`` or a temporary folder, preferably
    in memory), stopped and removed afterwards unless PEERBOT_KEEP_WIKI is set."""
    base = root
    if base is not None and base.exists():
        shutil.rmtree(base)  # the wiki kept by an earlier --keep run
    if base is None:
        shm = Path("/dev/shm")
        parent = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
        base = Path(tempfile.mkdtemp(prefix="peerbot-bench-", dir=parent))
    wiki = LocalWiki(root=base, port=free_port(), workers=workers)
    try:
        wiki.install()
        with wiki.settings.open("a", encoding="utf-8") as handle:
            handle.write(CHEAP_PASSWORDS)
        ini = base / "php-ini"
        ini.mkdir(exist_ok=True)
        (ini / "99-peerbot-bench.ini").write_text(PHP_INI, encoding="utf-8")
        saved = os.environ.get("PHP_INI_SCAN_DIR")
        os.environ["PHP_INI_SCAN_DIR"] = f":{ini}"  # leading ':' keeps PHP's own ini folder
        try:
            wiki.start()
        finally:
            if saved is None:
                os.environ.pop("PHP_INI_SCAN_DIR", None)
            else:
                os.environ["PHP_INI_SCAN_DIR"] = saved
        yield wiki
    finally:
        wiki.stop()
        if root is None and not os.environ.get("PEERBOT_KEEP_WIKI"):
            shutil.rmtree(base, ignore_errors=True)
