"""Integration fixtures: one real local MediaWiki per test session, started by the project.

If the wiki cannot start, every integration test fails with the reason: they never skip.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.wiki.localwiki import LocalWiki, LocalWikiError, running_wiki

ROOT = Path(__file__).resolve().parents[2]
USERS = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy",
         "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter",
         "Xavier", "Yolanda", "Zoe"]


@dataclass
class Run:
    """A finished `peerbot` command."""

    code: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def wiki() -> Iterator[LocalWiki]:
    """-> a started local wiki with the bot account, USERS and the templates installed."""
    try:
        with running_wiki(users=USERS) as started:
            done = peerbot(started, "install-templates")
            if done.code != 0:
                pytest.fail(f"install-templates failed: {done.stderr}", pytrace=False)
            yield started
    except LocalWikiError as err:
        pytest.fail(f"the local MediaWiki could not start: {err}", pytrace=False)


def peerbot(wiki: LocalWiki, *args: str, pywikibot_dir: Path | None = None,
            timeout: int = 300, state_dir: Path | None = None) -> Run:
    """Run `peerbot ARGS` as its own process against the local wiki -> Run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYWIKIBOT")}
    env["PYWIKIBOT_DIR"] = str(pywikibot_dir or wiki.pywikibot_dir)
    env["PEERBOT_STATE_DIR"] = str(state_dir or wiki.root / "state")
    done = subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)
    return Run(done.returncode, done.stdout, done.stderr)


def append(wiki: LocalWiki, user: str, title: str, text: str) -> int:
    """Append text to a page as ``user`` through mwclient -> the new revision id."""
    site = wiki.client(user)
    reply = site.post("edit", title=title, appendtext="\n" + text, summary="test",
                      token=site.get_token("csrf"))
    return int(reply["edit"].get("newrevid", 0))


def put(wiki: LocalWiki, user: str, title: str, text: str) -> int:
    """Replace a page's text as ``user`` through mwclient -> the new revision id."""
    site = wiki.client(user)
    reply = site.post("edit", title=title, text=text, summary="test",
                      token=site.get_token("csrf"))
    return int(reply["edit"].get("newrevid", 0))


def page_text(wiki: LocalWiki, title: str) -> tuple[int, str]:
    """Title -> (latest revision id, text), read with mwclient (not the bot's code)."""
    site = wiki.client("Alice")
    data = site.get("query", prop="revisions", titles=title, rvprop="ids|content",
                    rvslots="main", formatversion=2)
    page = data["query"]["pages"][0]
    if page.get("missing"):
        return 0, ""
    rev = page["revisions"][0]
    return int(rev["revid"]), rev["slots"]["main"]["content"]


def own_problems(problems: list[dict]) -> list[dict]:
    """A job's --json problems -> those about its own pages. The wiki is shared: pages other
    tests wrote outside the job's page_prefixes are named in one more problem."""
    return [p for p in problems if "outside page_prefixes" not in p["reason"]]


def rendered(wiki: LocalWiki, title: str) -> dict:
    """Title -> MediaWiki's parse of the page: html text, categories, templates, links."""
    site = wiki.client("Alice")
    return site.get("parse", page=title, prop="text|categories|templates|links|externallinks",
                    formatversion=2)["parse"]


def add_under(wiki: LocalWiki, user: str, title: str, heading: str, line: str) -> int:
    """Insert ``line`` at the end of section ``== heading ==`` as ``user`` -> new revision."""
    _, text = page_text(wiki, title)
    lines = text.split("\n")
    start = lines.index(f"== {heading} ==")
    end = start + 1
    while end < len(lines) and not lines[end].startswith("=="):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    lines.insert(end, line)
    return put(wiki, user, title, "\n".join(lines))


@pytest.fixture(scope="session")
def label_vote(wiki: LocalWiki) -> LocalWiki:
    """-> the wiki with the label-wording vote page written by its voters."""
    from tests.integration.label_vote import seed_label_vote

    seed_label_vote(wiki)
    return wiki
