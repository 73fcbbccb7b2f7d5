"""The fixed wording of the reports, from message files; pure once the files are read.

Message files are banana JSON, as Wikimedia tools keep them: ``i18n/en.json`` holds every
message (``{"peerbot-votes-leads": "$1 leads with $2 support ($3)"}``), ``i18n/qqq.json``
documents each for translators, and ``i18n/<code>.json`` holds a translation. A report's own
messages may live in a subfolder (``i18n/selection/en.json``, as MediaWiki extensions keep
``i18n/api/``); every folder is one catalogue, and a key belongs to one folder only. A report is
written in one language (config ``language``; the wiki's content language by default), each
message falling back to English when that language lacks it. ``{{PLURAL:$1|one|other}}``
in a message is left for MediaWiki to expand in the page's language, except in English,
whose two forms are chosen here (so the wikitext reads as plain text). The code ``qqx``
writes each message's key and parameters instead of its text, as MediaWiki's
``uselang=qqx`` does: ``(peerbot-votes-leads: Organizers, 83.33%, ...)``.

The language is set for a job's rendering with ``speaking(code)``; ``msg`` reads it.
``plain`` is ``msg`` for text MediaWiki does not parse (edit summaries, the log): there
``{{PLURAL:}}`` is chosen here in every language, by the language's CLDR plural rules
(Babel's data, the rules MediaWiki's own plural forms follow), forms in CLDR's order
(zero, one, two, few, many, other, those the language has), the last form standing for any
form not given, and explicit ``5=five`` forms first, as MediaWiki reads them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from bot import shipped

FALLBACK = "en"
QQX = "qqx"
_PARAM = re.compile(r"\$(\d+)")
_PLURAL = re.compile(r"\{\{\s*PLURAL:\s*([^|{}]*)\|([^{}]*)\}\}", re.IGNORECASE)
_LANGUAGE: ContextVar[str] = ContextVar("peerbot_language", default=FALLBACK)
_EXTRA: ContextVar[str] = ContextVar("peerbot_messages_folder", default="")


@cache
def catalogs(folder: str = "") -> Mapping[str, Mapping[str, str]]:
    """Folder of ``<code>.json`` files ("" for the shipped ``i18n/``) -> {code: {key:
    text}} (``@metadata`` left out)."""
    where = Path(folder) if folder else shipped("i18n")
    found: dict[str, dict[str, str]] = {}
    for path in sorted([*where.glob("*.json"), *where.glob("*/*.json")]):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.setdefault(path.stem, {}).update(
            {k: v for k, v in data.items() if not k.startswith("@")})
    return found


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Render in ``language`` inside the block (``qqx``: the message keys)."""
    token = _LANGUAGE.set(language.strip().lower() or FALLBACK)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def language() -> str:
    """-> the language reports are being written in."""
    return _LANGUAGE.get()


def _text(key: str, params: tuple[object, ...]) -> tuple[str, bool]:
    """-> the message's text with $N filled in, and whether it is English's."""
    code = language()
    texts = _catalogs_now()
    english = texts[FALLBACK][key]  # every key is in English: a missing one is a bug
    own = texts.get(code, {}).get(key)
    text = _PARAM.sub(lambda m: str(params[int(m.group(1)) - 1])
                      if 0 < int(m.group(1)) <= len(params) else m.group(0),
                      own if own is not None else english)
    return text, own is None or code == FALLBACK


def _qqx(key: str, params: tuple[object, ...]) -> str:
    shown = ", ".join(str(p) for p in params)
    return f"({key}: {shown})" if params else f"({key})"


def msg(key: str, *params: object) -> str:
    """A message key and its parameters -> its text in the current language ($1, $2 ...
    filled in), English when that language lacks it; KeyError for a key English lacks."""
    params = filled(params, msg)
    if language() == QQX:
        return _qqx(key, params)
    text, english = _text(key, params)
    return _PLURAL.sub(lambda m: _any_plural(m, FALLBACK), text) if english else text


_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")


@cache
def _plural_forms(code: str) -> Callable[[str], int]:
    """A language code -> number -> the index of its form in a PLURAL's list."""
    try:
        rule = Locale.parse(code.replace("-", "_")).plural_form
    except (UnknownLocaleError, ValueError):
        rule = Locale.parse(FALLBACK).plural_form
    order = [tag for tag in _CLDR_ORDER if tag in rule.tags or tag == "other"]

    def index(number: str) -> int:
        try:
            value: float = float(number.replace(",", ""))
        except ValueError:
            return len(order) - 1
        return order.index(rule(int(value) if value.is_integer() else value))
    return index


def _any_plural(match: re.Match[str], code: str) -> str:
    number = match.group(1).strip()
    forms = match.group(2).split("|")
    explicit = [f.split("=", 1) for f in forms if re.match(r"^\s*\d+\s*=", f)]
    for value, form in explicit:
        if value.strip() == number.replace(",", ""):
            return form
    forms = [f for f in forms if not re.match(r"^\s*\d+\s*=", f)] or [""]
    return forms[min(_plural_forms(code)(number), len(forms) - 1)]


def plain(key: str, *params: object) -> str:
    """``msg`` for text MediaWiki does not parse (an edit summary): ``{{PLURAL:}}`` chosen
    here by the current language's plural rules."""
    params = filled(params, plain)
    if language() == QQX:
        return _qqx(key, params)
    text, english = _text(key, params)
    code = FALLBACK if english else language()
    return _PLURAL.sub(lambda m: _any_plural(m, code), text)


# A parameter that is itself a message (an entry kind, "(hidden)"): ``term(key)`` marks it so
# a Problem or an audit note keeps plain strings (JSON, hashing) and each rendering shows
# the message in its own language. The mark is a control character no title, user name or
# saved wikitext holds.
TERM = "\x11"  # not whitespace: strip() and escaping leave it alone


def term(key: str) -> str:
    """A message key -> a parameter value that renders as that message."""
    return TERM + key


def is_term(value: object) -> bool:
    """-> True for a value made by ``term``."""
    return isinstance(value, str) and value.startswith(TERM)


def filled(params: Sequence[object], render: Callable[[str], str],
           escape: Callable[[str], str] = str) -> tuple[str, ...]:
    """Parameters -> the same as text: ``term`` values rendered with ``render`` (``msg``
    or ``plain``), the others passed through ``escape`` (user values)."""
    return tuple(render(str(p)[len(TERM):]) if is_term(p) else escape(str(p)) for p in params)


def known(key: str) -> bool:
    """-> True when ``key`` is a shipped message."""
    return key in catalogs()[FALLBACK]


def english(key: str, *params: object) -> str:
    """A message key and its parameters -> its English plain text (logs, JSON, the
    ``reason`` of a Problem), whatever language a report is being written in."""
    with speaking(FALLBACK):
        return plain(key, *params)


# --- an operator's own folder of translations ------------------------------------------------

def _catalogs_now() -> Mapping[str, Mapping[str, str]]:
    """-> the catalogues ``msg`` reads now: the shipped ones, with the folder of ``reading``."""
    folder = _EXTRA.get()
    return _with_extra(folder) if folder else catalogs()


@cache
def _with_extra(folder: str) -> Mapping[str, Mapping[str, str]]:
    """A folder of ``<code>.json`` files -> the shipped catalogues with its texts on top,
    key by key."""
    shipped = catalogs()
    merged = {code: dict(texts) for code, texts in shipped.items()}
    for code, texts in catalogs(folder).items():
        merged.setdefault(code, {}).update(texts)
    return merged


@contextmanager
def reading(folder: str) -> Iterator[None]:
    """Inside the block, ``msg`` and ``plain`` also take texts from ``folder``'s
    ``<code>.json`` files (banana JSON), which win over the shipped ones key by key
    ("": the shipped messages only)."""
    token = _EXTRA.set(folder)
    try:
        yield
    finally:
        _EXTRA.reset(token)


def translated(code: str) -> bool:
    """A language code -> True when some message has a text in it (the shipped messages and
    the folder of ``reading``); ``qqq`` is documentation, no language."""
    return code != "qqq" and bool(_catalogs_now().get(code))
