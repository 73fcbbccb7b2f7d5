"""Seed a local wiki fast: accounts in one PHP process, templates by peerbot, pages by
importDump.php from a generated XML export, link tables by refreshLinks/runJobs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.dump import BenchData, export_xml
from bot.wiki.localwiki import LocalWiki

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class SeedTimes:
    """Seconds spent on each seeding step."""

    steps: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(self.steps.values())


def peerbot_env(wiki: LocalWiki, state: Path) -> dict[str, str]:
    """Wiki and a state folder -> the environment of a peerbot process aimed at that wiki
    only (never pywikibot's default public wiki)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYWIKIBOT")}
    env["PYWIKIBOT_DIR"] = str(wiki.pywikibot_dir)
    env["PEERBOT_STATE_DIR"] = str(state)
    return env


def install_templates(wiki: LocalWiki) -> None:
    """Upload the templates with `peerbot install-templates`; RuntimeError when it fails."""
    done = subprocess.run([sys.executable, "-m", "bot.cli", "install-templates"], cwd=ROOT,
                          env=peerbot_env(wiki, wiki.root / "state-templates"),
                          capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"install-templates failed: {done.stderr.strip()[-500:]}")


def seed(wiki: LocalWiki, data: BenchData, *, accounts: bool = True,
         templates: bool = True) -> SeedTimes:
    """Wiki and BenchData -> SeedTimes; the wiki now holds the users (unless ``accounts`` is
    False: they exist already), templates and pages with their full history, and every page
    is listed by list=embeddedin."""
    times = SeedTimes()

    def step(name: str, started: float) -> None:
        times.steps[name] = time.monotonic() - started
        print(f"  seed {data.size}: {name} {times.steps[name]:.1f} s", file=sys.stderr,
              flush=True)

    if accounts:
        started = time.monotonic()
        wiki.create_users(list(data.users))
        step("accounts", started)
    if templates:
        started = time.monotonic()
        install_templates(wiki)
        step("templates", started)

    started = time.monotonic()
    dump = wiki.root / f"bench-{data.size}.xml"
    with dump.open("w", encoding="utf-8") as handle:
        for chunk in export_xml(data.pages):
            handle.write(chunk)
    step("xml", started)

    started = time.monotonic()
    # Link updates during the import run once per revision (6x slower); one refresh per
    # page afterwards fills templatelinks so list=embeddedin finds every page. Imported
    # revisions are attributed to the local accounts of the same names.
    wiki.maintenance("importDump.php", "--quiet", "--no-updates", str(dump))
    step("import", started)

    started = time.monotonic()
    wiki.maintenance("refreshLinks.php", "--namespace", "0")
    wiki.maintenance("runJobs.php", "--quiet")
    step("links", started)
    dump.unlink()
    return times
