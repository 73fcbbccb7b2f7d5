"""YAML -> frozen config records; unknown keys and wrong types are one clear ConfigError."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.core.names import normalize_title


class ConfigError(ValueError):
    """A config problem an operator must fix; the message names the file, the key and the fix."""


class NothingConfigured(ConfigError):
    """A job given nothing to do (e.g. an empty `pages`): an error when run by hand, a job
    skipped with a warning under `peerbot run`."""


def fold_value(value: str) -> str:
    """A value as people type it -> its comparison key: case, surrounding and repeated
    spaces and underscores do not matter (``Newcomer``, `` newcomer``, ``NEWCOMER``)."""
    return re.sub(r"[\s_]+", " ", value).strip().casefold()


def known_spelling(typed: str, known: Sequence[str]) -> str:
    """A typed value and the values config knows -> the known spelling it matches by
    ``fold_value`` (``Newcomer`` -> ``newcomer``), else the value as typed."""
    key = fold_value(typed)
    return next((value for value in known if fold_value(value) == key), typed)


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
    unknown = sorted(set(data) - allowed, key=str)
    if unknown:
        close = [f"{key} (did you mean {match[0]}?)" if (match := difflib.get_close_matches(
            str(key), sorted(allowed), n=1, cutoff=0.8)) else str(key) for key in unknown]
        raise ConfigError(f"{where}: unknown key(s) {', '.join(close)}; "
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


def get_title(data: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    """Mapping, key -> the page title there as MediaWiki stores it (``peer_academy/Summary``
    -> ``Peer academy/Summary``), so it matches the titles the wiki returns."""
    return normalize_title(get_str(data, key, where, default))


def get_titles(data: Mapping[str, Any], key: str, where: str,
               default: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Mapping, key -> the page titles or title prefixes there as MediaWiki stores them
    (``peer academy/Nominations`` -> ``Peer academy/Nominations``)."""
    return tuple(dict.fromkeys(normalize_title(v) for v in get_str_list(data, key, where,
                                                                         default)))


def get_language(data: Mapping[str, Any], where: str, key: str = "language") -> str:
    """Mapping -> the language code at ``key`` ("" or absent: the wiki's content language;
    ``qqx``: the message keys); ConfigError when it is no language code."""
    value = data.get(key) or ""
    if not isinstance(value, str) or not re.fullmatch(r"([a-z]{2,3}(-[a-z0-9]+)*)?",
                                                      value.strip().lower()):
        raise ConfigError(f"{where}.{key}: must be a language code such as 'de', 'pt-br' or "
                          f"'qqx', or empty for the wiki's language (got {value!r})")
    return value.strip().lower()
