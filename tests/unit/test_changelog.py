"""The version is written once (pyproject.toml): the code reports it from the installed
metadata, and the changelog's newest entry is it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import bot
from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]


def test_the_code_reports_pyprojects_version(capsys) -> None:
    assert bot.__version__ == VERSION
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"peerbot {VERSION}"


def test_no_other_file_writes_the_version() -> None:
    # A version string assigned anywhere in the code would be a second place to update.
    assigned = re.compile(r"""__version__\s*=\s*["']""")
    found = [str(p.relative_to(ROOT)) for folder in ("bot", "scripts", "tools")
             for p in (ROOT / folder).rglob("*.py")
             if assigned.search(p.read_text(encoding="utf-8"))]
    assert found == []


def test_the_changelogs_newest_entry_is_the_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert versions, "no '## [version]' entry in CHANGELOG.md"
    newest = versions[1] if versions[0] == "Unreleased" else versions[0]
    assert newest == VERSION
    assert text.startswith("# Changelog") and "Keep a Changelog" in text


def test_the_user_agent_names_the_version(monkeypatch) -> None:
    from pywikibot import config as pwb_config
    from pywikibot.comms import http

    from bot.wiki.adapter import describe_user_agent

    monkeypatch.setattr(pwb_config, "user_agent_description", None)
    describe_user_agent()
    assert f"peerbot/{VERSION}" in http.user_agent()
    # an operator's own description (contact details) is kept
    monkeypatch.setattr(pwb_config, "user_agent_description", "PeerBot (User:Example)")
    describe_user_agent()
    assert pwb_config.user_agent_description == "PeerBot (User:Example)"
