"""config/match.yaml -> a frozen MatchConfig; unknown keys and wrong types are one ConfigError."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.config import (
    ConfigError,
    check_keys,
    get_language,
    get_str,
    get_str_list,
    get_title,
    get_titles,
    load_yaml,
)
from bot.core.integrity import IntegrityConfig, integrity_config

PREFERENCES = ("same_region", "same_format", "less_resourced", "newcomer")


@dataclass(frozen=True)
class MatchConfig:
    """Settings of `peerbot match` (config/match.yaml documents every key)."""

    page_prefixes: tuple[str, ...] = ("Peer academy/Mentoring",)
    offer_template: str = "Peer academy mentor offer"
    request_template: str = "Peer academy mentee request"
    report_page: str = "Peer academy/Mentoring/Pairs"
    summary: str = "peerbot: mentoring pairs"
    # tag -> its aliases; skills and needs must be one of these (case and spacing ignored)
    vocabulary: tuple[tuple[str, tuple[str, ...]], ...] = ()
    different_group: bool = False
    excluded_pairs: tuple[tuple[str, str], ...] = ()  # (mentor, mentee) never paired
    ended_pairs: tuple[tuple[str, str], ...] = ()  # published pairs an organizer ended
    # preference -> integer weight (0: off); compared after matches and needs covered
    preferences: tuple[tuple[str, int], ...] = (("same_region", 1), ("same_format", 1),
                                                ("less_resourced", 1), ("newcomer", 1))
    less_resourced: tuple[str, ...] = ()  # groups (communities) counted as less resourced
    newcomer_max_edits: int = 500  # a mentee with fewer edits than this is a newcomer
    seed: str = "peerbot-match"
    seed_revision: int | None = None  # the lottery seed is this revision's SHA-1
    notify: str = ""  # "talk": one message on both talk pages per new pair
    message_dir: str = ""  # a folder of translations on top of the shipped i18n/ ("": none)
    language: str = ""  # the report's language ("": the wiki's content language)
    integrity: IntegrityConfig | None = None

    def templates(self) -> dict[str, str]:
        """-> {entry kind: template name} for the shared entry reader."""
        return {"mentor offer": self.offer_template, "mentee request": self.request_template}

    def weight(self, name: str) -> int:
        """Preference name -> its weight (0 when off)."""
        return dict(self.preferences).get(name, 0)


KEYS = {"page_prefixes", "offer_template", "request_template", "report_page", "summary",
        "vocabulary", "different_group", "excluded_pairs", "ended_pairs", "preferences",
        "less_resourced", "newcomer_max_edits", "seed", "seed_revision", "notify",
        "message_dir", "language", "integrity"}


def tag_key(value: str) -> str:
    """A tag as typed -> the form tags are compared in (case, spaces, '_' and '-' ignored)."""
    return re.sub(r"[\s_\-]+", "", value).casefold()


def _vocabulary(data: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if data is None:
        return ()
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}.vocabulary: must map each tag to a list of aliases "
                          f"(got {data!r})")
    out: list[tuple[str, tuple[str, ...]]] = []
    seen: dict[str, str] = {}
    for tag, aliases in data.items():
        if not isinstance(tag, str) or not tag.strip():
            raise ConfigError(f"{where}.vocabulary: {tag!r} is not a tag name")
        names = get_str_list({"a": aliases or []}, "a", f"{where}.vocabulary.{tag}")
        for name in (tag, *names):
            key = tag_key(name)
            if key in seen and seen[key] != tag:
                raise ConfigError(f"{where}.vocabulary: {name!r} names both {seen[key]!r} "
                                  f"and {tag!r}")
            seen[key] = tag
        out.append((tag.strip(), names))
    return tuple(out)


def _pairs(data: Mapping[str, Any], key: str, where: str) -> tuple[tuple[str, str], ...]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ConfigError(f"{where}.{key}: must be a list of [mentor, mentee] pairs")
    out = []
    for item in value:
        if (not isinstance(item, list) or len(item) != 2
                or not all(isinstance(v, str) and v.strip() for v in item)):
            raise ConfigError(f"{where}.{key}: {item!r} is not a [mentor, mentee] pair")
        out.append((item[0].strip(), item[1].strip()))
    return tuple(out)


def _preferences(data: Any, where: str) -> tuple[tuple[str, int], ...]:
    base = dict(MatchConfig().preferences)
    if data is None:
        return tuple(base.items())
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}.preferences: must map preference names to weights")
    check_keys(data, set(PREFERENCES), f"{where}.preferences")
    for name, weight in data.items():
        if not isinstance(weight, int) or isinstance(weight, bool) or not 0 <= weight <= 100:
            raise ConfigError(f"{where}.preferences.{name}: must be a whole number from 0 "
                              f"to 100 (got {weight!r})")
        base[name] = weight
    return tuple(base.items())


def _message_dir(data: Mapping[str, Any], where: str) -> str:
    """``message_dir`` -> a folder of translations ("" or absent: the shipped ones only)."""
    value = data.get("message_dir") or ""
    if not isinstance(value, str):
        raise ConfigError(f"{where}.message_dir: must be a folder path or empty "
                          f"(got {value!r})")
    return value


def match_config(data: Mapping[str, Any], where: str = "match") -> MatchConfig:
    """Mapping (the YAML) -> MatchConfig; ConfigError naming the bad key."""
    check_keys(data, KEYS, where)
    base = MatchConfig()
    notify = data.get("notify") or ""
    if notify not in ("", "talk"):
        raise ConfigError(f"{where}.notify: must be 'talk' or empty (got {notify!r})")
    different = data.get("different_group", False)
    if not isinstance(different, bool):
        raise ConfigError(f"{where}.different_group: must be true or false")
    edits = data.get("newcomer_max_edits", base.newcomer_max_edits)
    if not isinstance(edits, int) or isinstance(edits, bool) or edits < 0:
        raise ConfigError(f"{where}.newcomer_max_edits: must be a whole number >= 0")
    revision = data.get("seed_revision")
    if revision is not None and (not isinstance(revision, int) or isinstance(revision, bool)
                                 or revision < 1):
        raise ConfigError(f"{where}.seed_revision: must be a revision number")
    return MatchConfig(
        page_prefixes=get_titles(data, "page_prefixes", where, base.page_prefixes),
        offer_template=get_str(data, "offer_template", where, base.offer_template),
        request_template=get_str(data, "request_template", where, base.request_template),
        report_page=get_title(data, "report_page", where, base.report_page),
        summary=get_str(data, "summary", where, base.summary),
        vocabulary=_vocabulary(data.get("vocabulary"), where),
        different_group=different,
        excluded_pairs=_pairs(data, "excluded_pairs", where),
        ended_pairs=_pairs(data, "ended_pairs", where),
        preferences=_preferences(data.get("preferences"), where),
        less_resourced=get_str_list(data, "less_resourced", where),
        newcomer_max_edits=edits,
        seed=get_str(data, "seed", where, base.seed),
        seed_revision=revision,
        notify=notify,
        message_dir=_message_dir(data, where),
        language=get_language(data, where),
        integrity=integrity_config(data.get("integrity"), f"{where}: integrity"),
    )


def load_match_config(path: str | Path) -> MatchConfig:
    """Path of config/match.yaml -> MatchConfig."""
    return match_config(load_yaml(path), str(path))
