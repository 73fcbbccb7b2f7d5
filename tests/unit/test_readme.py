"""The documentation tells the truth: every subcommand, option and config key is in the
README or a docs/ page, the README stays a short front door, and every link between them
leads somewhere."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import yaml

from bot.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = sorted((ROOT / "docs").glob("*.md"))
DOCS = "\n".join([README] + [page.read_text(encoding="utf-8") for page in PAGES])

# Pages linked before they exist (none now: every page is in docs/).
WRITTEN_ELSEWHERE: set[str] = set()


def test_every_subcommand_is_documented():
    for name in COMMANDS:
        assert f"peerbot {name}" in DOCS, name


def test_every_option_of_every_script_is_documented():
    for module in COMMANDS.values():
        doc = importlib.import_module(module).__doc__ or ""
        for option in set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", doc)):
            assert f"`{option}" in DOCS, f"{option} of {module}"


def _keys(data: object, prefix: str = "") -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            found.add(str(key))
            found |= _keys(value, f"{prefix}{key}.")
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict):
                found |= _keys(item, prefix)
    return found


def test_every_config_key_is_documented():
    for path in sorted((ROOT / "config").glob("*.yaml")):
        for key in _keys(yaml.safe_load(path.read_text(encoding="utf-8"))):
            assert f"`{key}`" in DOCS, f"{key} of {path.name}"


def test_the_readme_is_a_front_door():
    assert len(README.splitlines()) < 250
    for command in ("make demo", "make test", ".venv/bin/peerbot"):
        assert command in README, command


def _links(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [link for link in re.findall(r"\]\(([^)\s]+)\)", text)
            if not re.match(r"[a-z]+:", link) and not link.startswith("#")]


def test_every_link_between_the_pages_leads_somewhere():
    for path in [ROOT / "README.md", *PAGES]:
        for link in _links(path):
            target = (path.parent / link.split("#")[0]).resolve()
            name = target.relative_to(ROOT).as_posix()
            assert target.exists() or name in WRITTEN_ELSEWHERE, f"{link} in {path.name}"


def test_every_docs_page_is_in_the_index():
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for page in PAGES:
        if page.name != "index.md":
            assert f"]({page.name})" in index, page.name


def test_the_tour_shows_what_the_demo_seeds():
    from bot.demo_pages import consultation_edits, label_vote_edits

    edits = consultation_edits()
    seeded = re.search(r"seeded (\d+) edits by (\d+) accounts", README)
    assert seeded is not None
    assert (int(seeded[1]), int(seeded[2])) == (len(edits), len({e.user for e in edits}))
    vote = re.search(r"label vote: (\d+) edits", README)
    assert vote is not None and int(vote[1]) == len(label_vote_edits()) + 1  # + the skeleton
