"""The README tells the truth: every subcommand, option and config key is in it."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
# the README and the pages under docs/ it links to
README = "\n".join(p.read_text(encoding="utf-8")
                   for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def test_every_subcommand_is_documented():
    for name in COMMANDS:
        assert f"peerbot {name}" in README, name


def test_every_option_of_every_script_is_documented():
    import importlib

    for module in COMMANDS.values():
        doc = importlib.import_module(module).__doc__ or ""
        for option in set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", doc)):
            assert f"`{option}" in README, f"{option} of {module}"


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
            assert f"`{key}`" in README, f"{key} of {path.name}"
