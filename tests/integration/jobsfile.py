"""Helpers for `peerbot run` tests: a jobs file with its own state folder, revision counts."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.wiki.localwiki import LocalWiki
from tests.integration.conftest import page_text, put

KILL_SWITCH = "User:PeerBot/Run"


def ensure_run_word(wiki: LocalWiki, page: str = KILL_SWITCH, word: str = "run") -> None:
    """Make the kill switch page say ``word`` (as Admin, only when it doesn't already)."""
    if page_text(wiki, page)[1].strip() != word:
        put(wiki, "Admin", page, word)


def nominations_config(folder: Path, name: str, prefixes: list[str], report: str) -> Path:
    """-> a nominations config file reading ``prefixes`` and writing ``report``."""
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"page_prefixes": prefixes, "report_page": report},
                                   allow_unicode=True), encoding="utf-8")
    return path


def jobs_file(folder: Path, jobs: list[dict], kill_switch: str | None = KILL_SWITCH,
              **extra: object) -> Path:
    """-> a jobs.yaml in ``folder`` with its state in folder/state."""
    data: dict[str, object] = {"state_dir": str(folder / "state"), "jobs": jobs, **extra}
    if kill_switch:
        data["kill_switch_page"] = kill_switch
    path = folder / "jobs.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def revision_count(wiki: LocalWiki, title: str) -> int:
    """Title -> how many revisions the page has (read with mwclient)."""
    site = wiki.client("Alice")
    data = site.get("query", prop="revisions", titles=title, rvprop="ids", rvlimit="max",
                    formatversion=2)
    page = data["query"]["pages"][0]
    return len(page.get("revisions", []))
