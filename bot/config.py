"""YAML -> frozen config records; unknown keys and wrong types are one clear ConfigError."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class ConfigError(ValueError):
    """A config problem an operator must fix; the message names the file, the key and the fix."""


def load_yaml(path: str | Path) -> dict[str, Any]:
    """Path -> the YAML mapping in it; ConfigError when missing, unreadable or not a mapping."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read config ({err.strerror})") from None
    return parse_yaml(text, str(path))


def parse_yaml(text: str, where: str) -> dict[str, Any]:
    """YAML text -> mapping; ConfigError naming ``where`` when it is not a YAML mapping."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{where}: not valid YAML{at}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the top level must be a mapping of keys to values")
    return data


_CODE_BLOCK = re.compile(r"<(syntaxhighlight|source|pre|nowiki)(?:\s[^>]*)?>(.*?)</\1\s*>",
                         re.DOTALL | re.IGNORECASE)


def code_block(page_text: str) -> str:
    """Config or policy page wikitext -> its first <syntaxhighlight>/<source>/<pre>/<nowiki>
    block (YAML or JSON kept out of wiki rendering), or the whole text when there is none."""
    match = _CODE_BLOCK.search(page_text)
    return match.group(2) if match else page_text


def check_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    """Mapping -> None; ConfigError naming every unknown key and listing the allowed ones."""
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; "
                          f"allowed: {', '.join(sorted(allowed))}")


def get_str(data: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    """Mapping, key -> the non-empty string at key (or default); ConfigError otherwise."""
    value = data.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}.{key}: must be a non-empty string (got {value!r})")
    return value.strip()


def get_str_list(data: Mapping[str, Any], key: str, where: str,
                 default: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Mapping, key -> tuple of strings; ConfigError when it is not a list of strings."""
    value = data.get(key, list(default))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}.{key}: must be a list of strings (got {value!r})")
    return tuple(v.strip() for v in value if v.strip())


@dataclass(frozen=True)
class NominationsConfig:
    """Settings of the nominations job (config/nominations.yaml)."""

    page_prefixes: tuple[str, ...] = ("Peer academy/Nominations",)
    nomination_template: str = "Peer academy nomination"
    recommendation_template: str = "Peer academy recommendation"
    tracks: tuple[str, ...] = ("mentor", "newcomer", "group-nominee")
    required_fields: tuple[str, ...] = ("group", "region", "track")
    report_page: str = "Peer academy/Nominations/Summary"
    summary: str = "peerbot: nominations summary"
    integrity: Any = None  # bot.integrity.IntegrityConfig; None means the defaults


NOMINATION_KEYS = {"page_prefixes", "nomination_template", "recommendation_template", "tracks",
                   "required_fields", "report_page", "summary", "integrity"}
FIELDS = ("group", "region", "languages", "track", "evidence", "statement")


def nominations_config(data: Mapping[str, Any], where: str = "nominations") -> NominationsConfig:
    """Mapping (the YAML) -> NominationsConfig; ConfigError naming the bad key."""
    check_keys(data, NOMINATION_KEYS, where)
    base = NominationsConfig()
    required = get_str_list(data, "required_fields", where, base.required_fields)
    for name in required:
        if name not in FIELDS:
            raise ConfigError(f"{where}.required_fields: {name!r} is not a nomination field; "
                              f"use some of {', '.join(FIELDS)}")
    return NominationsConfig(
        page_prefixes=get_str_list(data, "page_prefixes", where, base.page_prefixes),
        nomination_template=get_str(data, "nomination_template", where, base.nomination_template),
        recommendation_template=get_str(data, "recommendation_template", where,
                                        base.recommendation_template),
        tracks=get_str_list(data, "tracks", where, base.tracks),
        required_fields=required,
        report_page=get_str(data, "report_page", where, base.report_page),
        summary=get_str(data, "summary", where, base.summary),
        integrity=_integrity(data.get("integrity"), f"{where}: integrity"),
    )


def _integrity(data: Any, where: str) -> Any:
    from bot.integrity import integrity_config  # integrity builds on this module

    return integrity_config(data, where)


def load_nominations_config(path: str | Path) -> NominationsConfig:
    """Path of config/nominations.yaml -> NominationsConfig."""
    return nominations_config(load_yaml(path), str(path))
