"""config/digest.yaml -> a frozen DigestConfig; unknown keys and wrong types are one ConfigError."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.config import check_keys, get_language, get_str, get_str_list, load_yaml
from bot.core.integrity import IntegrityConfig, integrity_config


@dataclass(frozen=True)
class DigestConfig:
    """Settings of `peerbot digest` (config/digest.yaml documents every key)."""

    pages: tuple[str, ...] = ()
    report_page: str = "Peer academy/Dialogue digest"
    summary: str = "peerbot: dialogue digest"
    language: str = ""  # the report's language ("": the wiki's content language)
    support_templates: tuple[str, ...] = ("Support", "Strong support", "Weak support", "Agree",
                                          "Yes", "Pro")
    oppose_templates: tuple[str, ...] = ("Oppose", "Strong oppose", "Weak oppose", "Disagree",
                                         "No", "Contra")
    integrity: IntegrityConfig | None = None


KEYS = {"pages", "report_page", "summary", "support_templates", "oppose_templates", "language", "integrity"}


def digest_config(data: Mapping[str, Any], where: str = "digest") -> DigestConfig:
    """Mapping (the YAML) -> DigestConfig; ConfigError naming the bad key."""
    check_keys(data, KEYS, where)
    base = DigestConfig()
    return DigestConfig(
        pages=get_str_list(data, "pages", where, base.pages),
        report_page=get_str(data, "report_page", where, base.report_page),
        summary=get_str(data, "summary", where, base.summary),
        support_templates=get_str_list(data, "support_templates", where,
                                       base.support_templates),
        oppose_templates=get_str_list(data, "oppose_templates", where, base.oppose_templates),
        language=get_language(data, where),
        integrity=integrity_config(data.get("integrity"), f"{where}: integrity"),
    )


def load_digest_config(path: str | Path) -> DigestConfig:
    """Path of config/digest.yaml -> DigestConfig."""
    return digest_config(load_yaml(path), str(path))
