"""config/select.yaml -> frozen SelectConfig (settings of `peerbot select`); pure but for load.

Unknown keys and wrong types are one ConfigError naming the file and the key. A relative policy
path is looked up in the folder that holds the config file, then in peerbot's own config/
folder (so `policy: selection.yaml` also works from a config copied elsewhere, e.g. the
effective config the runner writes to its state folder).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import shipped
from bot.core.config import (
    ConfigError,
    check_keys,
    get_str,
    get_str_list,
    get_title,
    get_titles,
    load_yaml,
)
from bot.core.integrity import integrity_config


@dataclass(frozen=True)
class SelectConfig:
    """Settings of the selection job; see config/select.yaml for every key."""

    page_prefixes: tuple[str, ...] = ("Peer academy/Nominations", "Peer academy/Evidence")
    nomination_template: str = "Peer academy nomination"
    recommendation_template: str = "Peer academy recommendation"
    goal_template: str = "Peer academy goal"
    mentoring_feedback_template: str = "Peer academy mentoring feedback"
    report_page: str = "Peer academy/Selection"
    compare_page: str = ""
    policy: Path = Path("selection.yaml")
    policy_page: str = ""
    compare: tuple[Path, ...] = ()
    less_resourced: tuple[str, ...] = ()
    summary: str = "peerbot: selection"
    language: str = ""  # the report's language ("": the wiki's content language; qqx: keys)
    integrity: Any = None  # bot.integrity.IntegrityConfig; None means the defaults

    def templates(self) -> dict[str, str]:
        """-> {entry kind: template name} for the shared entry reader."""
        return {"nomination": self.nomination_template,
                "recommendation": self.recommendation_template,
                "goal": self.goal_template,
                "mentoring feedback": self.mentoring_feedback_template}

    @property
    def comparison_page(self) -> str:
        """-> the page the policy comparison goes to (the report page unless set)."""
        return self.compare_page or self.report_page


PEERBOT_CONFIG_DIR = shipped("config")


def resolve_policy_path(base_dir: Path, name: str) -> Path:
    """Config folder and a policy path from the config -> the policy file to read."""
    path = Path(name).expanduser()
    if path.is_absolute():
        return path
    here = base_dir / path
    if here.exists() or not (PEERBOT_CONFIG_DIR / path).exists():
        return here
    return PEERBOT_CONFIG_DIR / path


SELECT_KEYS = {"page_prefixes", "nomination_template", "recommendation_template",
               "goal_template", "mentoring_feedback_template", "report_page", "compare_page",
               "policy", "policy_page", "compare", "less_resourced", "summary", "language",
               "integrity"}


def select_config(data: Mapping[str, Any], where: str = "select",
                  base_dir: Path = Path(".")) -> SelectConfig:
    """Mapping (the YAML) and the config's folder -> SelectConfig; ConfigError naming the key."""
    check_keys(data, SELECT_KEYS, where)
    base = SelectConfig()
    policy = get_str(data, "policy", where, str(base.policy))
    policy_page = data.get("policy_page", "")
    if policy_page is None:
        policy_page = ""
    if not isinstance(policy_page, str):
        raise ConfigError(f"{where}.policy_page: must be a page title (got {policy_page!r})")
    compare_page = data.get("compare_page", "") or ""
    if not isinstance(compare_page, str):
        raise ConfigError(f"{where}.compare_page: must be a page title (got {compare_page!r})")
    prefixes = get_titles(data, "page_prefixes", where, base.page_prefixes)
    if not prefixes:
        raise ConfigError(f"{where}.page_prefixes: list at least one title prefix, e.g. "
                          f"\"Peer academy/Nominations\"")
    return SelectConfig(
        page_prefixes=prefixes,
        nomination_template=get_str(data, "nomination_template", where,
                                    base.nomination_template),
        recommendation_template=get_str(data, "recommendation_template", where,
                                        base.recommendation_template),
        goal_template=get_str(data, "goal_template", where, base.goal_template),
        mentoring_feedback_template=get_str(data, "mentoring_feedback_template", where,
                                            base.mentoring_feedback_template),
        report_page=get_title(data, "report_page", where, base.report_page),
        compare_page=compare_page.strip(),
        policy=resolve_policy_path(base_dir, policy),
        policy_page=policy_page.strip(),
        compare=tuple(resolve_policy_path(base_dir, p)
                      for p in get_str_list(data, "compare", where)),
        less_resourced=get_str_list(data, "less_resourced", where, base.less_resourced),
        summary=get_str(data, "summary", where, base.summary),
        language=_language(data, where),
        integrity=integrity_config(data.get("integrity"), f"{where}: integrity"),
    )


def _language(data: Mapping[str, Any], where: str) -> str:
    """The YAML -> its ``language`` ("" for none: the wiki's); ConfigError for no code."""
    value = data.get("language")
    if value is None or value == "":
        return ""
    from bot.command import language_code

    if not isinstance(value, str) or not language_code(value):
        raise ConfigError(f"{where}.language: must be a language code such as \"de\" or "
                          f"\"qqx\", or empty for the wiki's language (got {value!r})")
    return value.strip().lower()


def load_select_config(path: str | Path) -> SelectConfig:
    """Path of config/select.yaml -> SelectConfig (policy paths relative to its folder)."""
    path = Path(path)
    return select_config(load_yaml(path), str(path), path.resolve().parent)
