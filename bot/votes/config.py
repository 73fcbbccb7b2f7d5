"""YAML mapping -> VoteConfig: the vocabulary and thresholds of vote counting, validated.

Every key is optional; a missing key takes the documented default (``config/votes.yaml``
holds the same defaults with a comment per key). Unknown keys, unknown stances and wrong
types raise ``ConfigError`` naming the key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.core.config import ConfigError, check_keys, get_str, get_str_list
from bot.core.names import normalize_title

STANCES: tuple[str, ...] = ("support", "oppose", "neutral")
LAYOUTS: tuple[str, ...] = ("auto", "options", "subjects")

DEFAULT_STANCE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "support": ("Support", "Strong support", "Weak support", "Sup", "Yes", "Agree",
                "Pro", "Pour", "Für", "Dafür", "A favor", "Favor", "Sí", "Za", "支持", "賛成"),
    "oppose": ("Oppose", "Strong oppose", "Weak oppose", "Opp", "No", "Disagree", "Contra",
               "Contre", "Gegen", "Dagegen", "En contra", "Against", "Przeciw", "反对",
               "反對", "反対"),
    "neutral": ("Neutral", "Weak neutral", "Neutre", "Neutro", "Enthaltung", "Abstain",
                "Abstention", "中立"),
}
DEFAULT_STANCE_WORDS: dict[str, tuple[str, ...]] = {
    "support": ("Support", "Strong support", "Weak support", "Strongly support",
                "Pour", "Pro", "Für", "Dafür", "支持"),
    "oppose": ("Oppose", "Strong oppose", "Weak oppose", "Strongly oppose",
               "Contre", "Contra", "Dagegen", "反对", "反對"),
    "neutral": ("Neutral", "Neutre", "Abstain", "Enthaltung", "中立"),
}
DEFAULT_OPTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "support": ("Support", "Yes", "Pour", "Pro", "Dafür", "支持"),
    "oppose": ("Oppose", "No", "Contre", "Contra", "Dagegen", "反对", "反對"),
    "neutral": ("Neutral", "Abstain", "Neutre", "Enthaltung", "中立"),
}
DEFAULT_STRIKE_TEMPLATES: tuple[str, ...] = ("S", "Strike", "Strikethrough", "Strike-through",
                                             "Del", "Struck")
DEFAULT_IGNORED_SECTIONS: tuple[str, ...] = ("Discussion", "General comments", "Comments",
                                             "Comment", "Nomination", "Co-nomination",
                                             "Questions for the candidate")
DEFAULT_RANKING_TEMPLATE = "Peer academy ranking"

_KEYS = {"layout", "stance_templates", "stance_words", "option_headings", "strike_templates",
         "ranking_template", "ignored_sections", "thresholds"}
_THRESHOLD_KEYS = {"min_support_percent", "min_supporters"}


def template_key(name: str) -> str:
    """Template or page name -> its comparison form, as MediaWiki compares titles.

    ``bot.core.names.normalize_title``: entities and %-escapes decoded, spaces and
    underscores one, Unicode NFC, the first letter case-insensitive (as on every wiki that
    capitalizes titles; a vote page's templates are configured with their exact names).
    """
    return normalize_title(name)


def word_key(word: str) -> str:
    """Bold stance word or heading -> its comparison form: case-folded, spaces folded, NFKC."""
    word = unicodedata.normalize("NFKC", word)
    return re.sub(r"[\s_]+", " ", word).strip(" .,:;!?-–—'\"()").casefold()


@dataclass(frozen=True)
class VoteConfig:
    """How votes are written on a page and when a subject passes.

    The three vocabularies map a written name to one of ``STANCES``; they are stored as
    sorted (name, stance) pairs so that the record stays hashable and comparable.
    """

    stance_templates: tuple[tuple[str, str], ...]
    stance_words: tuple[tuple[str, str], ...]
    option_headings: tuple[tuple[str, str], ...]
    strike_templates: tuple[str, ...] = DEFAULT_STRIKE_TEMPLATES
    ranking_template: str = DEFAULT_RANKING_TEMPLATE
    ignored_sections: tuple[str, ...] = DEFAULT_IGNORED_SECTIONS
    min_support_percent: float | None = None
    min_supporters: int | None = None
    layout: str = "auto"

    def template_stance(self, name: str) -> str | None:
        """Template name -> its stance, or None when it is no stance template."""
        return _lookup(self.stance_templates, template_key, name)

    def word_stance(self, word: str) -> str | None:
        """Bold word(s) -> its stance, or None when it is no stance word."""
        return _lookup(self.stance_words, word_key, word)

    def heading_stance(self, title: str) -> str | None:
        """Section title -> the stance of that option section, or None."""
        return _lookup(self.option_headings, word_key, title)

    def is_strike_template(self, name: str) -> bool:
        """Template name -> True when it strikes its content."""
        return template_key(name) in _key_set(self.strike_templates, template_key)

    def is_ranking_template(self, name: str) -> bool:
        """Template name -> True when it is the ranked-ballot template."""
        return template_key(name) == template_key(self.ranking_template)

    def is_ignored_section(self, title: str) -> bool:
        """Section title -> True when the section never holds votes (discussion, comments)."""
        return word_key(title) in _key_set(self.ignored_sections, word_key)


def _lookup(pairs: tuple[tuple[str, str], ...], key: Any, name: str) -> str | None:
    return _index(pairs, key).get(key(name))


@lru_cache(maxsize=64)
def _index(pairs: tuple[tuple[str, str], ...], key: Any) -> dict[str, str]:
    return {key(written): stance for written, stance in pairs}


@lru_cache(maxsize=64)
def _key_set(names: tuple[str, ...], key: Any) -> frozenset[str]:
    return frozenset(key(n) for n in names)


def default_vote_config() -> VoteConfig:
    """() -> the VoteConfig that an empty YAML mapping gives."""
    return load_vote_config({})


def _vocabulary(data: Mapping[str, Any], key: str, where: str,
                default: dict[str, tuple[str, ...]], fold: Any) -> tuple[tuple[str, str], ...]:
    value = data.get(key, {stance: list(names) for stance, names in default.items()})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}.{key}: must be a mapping of stance -> list of names "
                          f"(got {value!r})")
    check_keys(value, set(STANCES), f"{where}.{key}")
    pairs: dict[str, str] = {}
    seen: dict[str, str] = {}
    for stance in STANCES:
        for name in get_str_list(value, stance, f"{where}.{key}"):
            if seen.get(fold(name), stance) != stance:
                raise ConfigError(f"{where}.{key}: {name!r} is listed under both "
                                  f"{seen[fold(name)]!r} and {stance!r}")
            seen[fold(name)] = stance
            pairs[name] = stance
    return tuple(sorted(pairs.items()))


def _number(data: Mapping[str, Any], key: str, where: str, *, integer: bool) -> Any:
    value = data.get(key)
    if value is None:
        return None
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or value < 0:
        kind = "a non-negative integer" if integer else "a non-negative number"
        raise ConfigError(f"{where}.{key}: must be {kind} or null (got {value!r})")
    if not integer and value > 100:
        raise ConfigError(f"{where}.{key}: a percentage must be at most 100 (got {value!r})")
    return int(value) if integer else float(value)


def load_vote_config(data: Mapping[str, Any], where: str = "votes") -> VoteConfig:
    """Mapping (the YAML) -> VoteConfig; ConfigError naming the first bad key."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}: must be a mapping of keys to values")
    check_keys(data, _KEYS, where)
    layout = get_str(data, "layout", where, "auto")
    if layout not in LAYOUTS:
        raise ConfigError(f"{where}.layout: must be one of {', '.join(LAYOUTS)} "
                          f"(got {layout!r})")
    thresholds = data.get("thresholds", {}) or {}
    if not isinstance(thresholds, Mapping):
        raise ConfigError(f"{where}.thresholds: must be a mapping (got {thresholds!r})")
    check_keys(thresholds, _THRESHOLD_KEYS, f"{where}.thresholds")
    return VoteConfig(
        stance_templates=_vocabulary(data, "stance_templates", where, DEFAULT_STANCE_TEMPLATES,
                                     template_key),
        stance_words=_vocabulary(data, "stance_words", where, DEFAULT_STANCE_WORDS, word_key),
        option_headings=_vocabulary(data, "option_headings", where, DEFAULT_OPTION_HEADINGS,
                                    word_key),
        strike_templates=get_str_list(data, "strike_templates", where,
                                      DEFAULT_STRIKE_TEMPLATES),
        ranking_template=get_str(data, "ranking_template", where, DEFAULT_RANKING_TEMPLATE),
        ignored_sections=get_str_list(data, "ignored_sections", where,
                                      DEFAULT_IGNORED_SECTIONS),
        min_support_percent=_number(thresholds, "min_support_percent", f"{where}.thresholds",
                                    integer=False),
        min_supporters=_number(thresholds, "min_supporters", f"{where}.thresholds",
                               integer=True),
        layout=layout,
    )
