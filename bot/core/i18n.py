"""The fixed wording of the reports, from message files; pure once the files are read.

Message files are banana JSON, as Wikimedia tools keep them: ``i18n/en.json`` holds every
message (``{"peerbot-votes-leads": "$1 leads with $2 support ($3)"}``), ``i18n/qqq.json``
documents each for translators, and ``i18n/<code>.json`` holds a translation. A report is
written in one language (config ``language``; the wiki's content language by default), each
message falling back to English when that language lacks it. ``{{PLURAL:$1|one|other}}``
in a message is left for MediaWiki to expand in the page's language, except in English,
whose two forms are chosen here (so the wikitext reads as plain text). The code ``qqx``
writes each message's key and parameters instead of its text, as MediaWiki's
``uselang=qqx`` does: ``(peerbot-votes-leads: Organizers, 83.33%, ...)``.

The language is set for a job's rendering with ``speaking(code)``; ``msg`` reads it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from bot import shipped

FALLBACK = "en"
QQX = "qqx"
_PARAM = re.compile(r"\$(\d+)")
_PLURAL = re.compile(r"\{\{\s*PLURAL:\s*([^|{}]*)\|([^{}]*)\}\}", re.IGNORECASE)
_LANGUAGE: ContextVar[str] = ContextVar("peerbot_language", default=FALLBACK)


@cache
def catalogs(folder: str = "") -> Mapping[str, Mapping[str, str]]:
    """Folder of ``<code>.json`` files ("" for the shipped ``i18n/``) -> {code: {key:
    text}} (``@metadata`` left out)."""
    where = Path(folder) if folder else shipped("i18n")
    found: dict[str, dict[str, str]] = {}
    for path in sorted(where.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = {k: v for k, v in data.items() if not k.startswith("@")}
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


def _english_plural(match: re.Match[str]) -> str:
    forms = match.group(2).split("|")
    number = match.group(1).strip().replace(",", "")
    one = number in ("1", "1.0")
    return forms[0] if one or len(forms) == 1 else forms[1]


def msg(key: str, *params: object) -> str:
    """A message key and its parameters -> its text in the current language ($1, $2 ...
    filled in), English when that language lacks it; KeyError for a key English lacks."""
    code = language()
    texts = catalogs()
    english = texts[FALLBACK][key]  # every key is in English: a missing one is a bug
    if code == QQX:
        shown = ", ".join(str(p) for p in params)
        return f"({key}: {shown})" if params else f"({key})"
    own = texts.get(code, {}).get(key)
    text = _PARAM.sub(lambda m: str(params[int(m.group(1)) - 1])
                      if 0 < int(m.group(1)) <= len(params) else m.group(0),
                      own if own is not None else english)
    if own is None or code == FALLBACK:
        text = _PLURAL.sub(_english_plural, text)
    return text
