"""config/nominations.yaml -> a frozen NominationsConfig; unknown keys are one ConfigError."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.config import (
    ConfigError,
    check_keys,
    get_str,
    get_str_list,
    get_title,
    get_titles,
    load_yaml,
)
from bot.core.integrity import IntegrityConfig, integrity_config


@dataclass(frozen=True)
class NominationsConfig:
    """Settings of the nominations job (config/nominations.yaml)."""

    page_prefixes: tuple[str, ...] = ("Peer academy/Nominations",)
    nomination_template: str = "Peer academy nomination"
    recommendation_template: str = "Peer academy recommendation"
    tracks: tuple[str, ...] = ("mentor", "newcomer", "group-nominee")
    required_fields: tuple[str, ...] = ("group", "region", "track")
    report_page: str = "Peer academy/Nominations/Summary"
    summary: str = ""  # "": the message peerbot-nominations-summary-prefix
    integrity: IntegrityConfig | None = None  # None means the defaults
    language: str = ""  # the report's language ("": the wiki's content language)


NOMINATION_KEYS = {"page_prefixes", "nomination_template", "recommendation_template", "tracks",
                   "required_fields", "report_page", "summary", "integrity", "language"}
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
        page_prefixes=get_titles(data, "page_prefixes", where, base.page_prefixes),
        nomination_template=get_str(data, "nomination_template", where, base.nomination_template),
        recommendation_template=get_str(data, "recommendation_template", where,
                                        base.recommendation_template),
        tracks=get_str_list(data, "tracks", where, base.tracks),
        required_fields=required,
        report_page=get_title(data, "report_page", where, base.report_page),
        summary=_optional(data, "summary", where),
        integrity=integrity_config(data.get("integrity"), f"{where}: integrity"),
        language=_optional(data, "language", where),
    )


def _optional(data: Mapping[str, Any], key: str, where: str) -> str:
    """-> the string at ``key``; '' when it is absent, null or '' (the default's)."""
    return get_str(data, key, where) if data.get(key) not in (None, "") else ""


def load_nominations_config(path: str | Path) -> NominationsConfig:
    """Path of config/nominations.yaml -> NominationsConfig."""
    return nominations_config(load_yaml(path), str(path))
