"""config/records.yaml -> a frozen RecordsConfig; unknown keys and wrong types are one ConfigError."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.config import (
    check_keys,
    get_language,
    get_str,
    get_str_list,
    get_title,
    get_titles,
    load_yaml,
)
from bot.core.integrity import IntegrityConfig, integrity_config


@dataclass(frozen=True)
class RecordsConfig:
    """Settings of `peerbot records` (config/records.yaml documents every key)."""

    page_prefixes: tuple[str, ...] = ("Peer academy/Nominations", "Peer academy/Evidence",
                                      "Peer academy/Recognition")
    recommendation_template: str = "Peer academy recommendation"
    goal_template: str = "Peer academy goal"
    mentoring_feedback_template: str = "Peer academy mentoring feedback"
    recognition_template: str = "Peer academy recognition"
    choice_template: str = "Peer academy record"
    selection_pages: tuple[str, ...] = ("Peer academy/Selection",)
    pairs_pages: tuple[str, ...] = ("Peer academy/Mentoring/Pairs",)
    report_page: str = "Peer academy/Records"
    opt_out: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()  # accounts whose saves of report pages count (default: the bot)
    summary: str = "peerbot: participation records"
    language: str = ""  # the report's language ("": the wiki's content language)
    integrity: IntegrityConfig | None = None

    def templates(self) -> dict[str, str]:
        """-> {entry kind: template name} for the shared entry reader."""
        return {"recommendation": self.recommendation_template, "goal": self.goal_template,
                "mentoring feedback": self.mentoring_feedback_template,
                "recognition": self.recognition_template,
                "record choice": self.choice_template}

    def prefixes(self) -> tuple[str, ...]:
        """-> the title prefixes read: the evidence pages and the records page (choices)."""
        return (*self.page_prefixes, self.report_page)


KEYS = {"page_prefixes", "recommendation_template", "goal_template",
        "mentoring_feedback_template", "recognition_template", "choice_template",
        "selection_pages", "pairs_pages", "report_page", "opt_out", "publishers", "summary",
        "language", "integrity"}


def records_config(data: Mapping[str, Any], where: str = "records") -> RecordsConfig:
    """Mapping (the YAML) -> RecordsConfig; ConfigError naming the bad key."""
    check_keys(data, KEYS, where)
    base = RecordsConfig()

    def text(key: str) -> str:
        return get_str(data, key, where, getattr(base, key))

    def texts(key: str) -> tuple[str, ...]:
        return get_str_list(data, key, where, getattr(base, key))

    return RecordsConfig(
        page_prefixes=get_titles(data, "page_prefixes", where, base.page_prefixes),
        recommendation_template=text("recommendation_template"),
        goal_template=text("goal_template"),
        mentoring_feedback_template=text("mentoring_feedback_template"),
        recognition_template=text("recognition_template"),
        choice_template=text("choice_template"),
        selection_pages=texts("selection_pages"),
        pairs_pages=texts("pairs_pages"),
        report_page=get_title(data, "report_page", where, base.report_page),
        opt_out=texts("opt_out"),
        publishers=texts("publishers"),
        summary=text("summary"),
        language=get_language(data, where),
        integrity=integrity_config(data.get("integrity"), f"{where}: integrity"),
    )


def load_records_config(path: str | Path) -> RecordsConfig:
    """Path of config/records.yaml -> RecordsConfig."""
    return records_config(load_yaml(path), str(path))
