"""The audit table's own words in the report's language: reason codes, entry kinds and the
notes of its Reason column; pure.

A note is kept as a message key and parameters with its English words (``audit_note``), so
the JSON and the log read English and each report shows it in its language. Reason codes
stay the documented codes in JSON; on the page each shows its ``peerbot-audit-verdict-*``
message (English: the code itself) in code style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.core.i18n import english, filled, known, msg
from bot.core.render import escape_text

# Notes the account look-ups give a job (``bot.wiki.accounts``), in English; a job may join
# them with its own, so each is found in the note and shown in the report's language.
NOTE_KEYS = ("peerbot-audit-note-no-centralauth", "peerbot-audit-note-global")


def audit_note(key: str, *params: object) -> dict[str, Any]:
    """A message key and its parameters -> the AuditRow fields of that note (``note`` its
    English words, for logs and JSON): ``AuditRow(..., **audit_note(key, ...))``."""
    shown = tuple(str(p) for p in params)
    return {"note": english(key, *shown), "note_key": key, "note_params": shown}


def english_note(key: str) -> str:
    """A note's message key -> its English words (what a job hands to ``render_audit``)."""
    return english(key)


def translated_note(note: str) -> str:
    """A job's note above the audit -> the same, a message key or a known note's English
    words shown in the report's language."""
    if known(note):
        return msg(note)
    for key in NOTE_KEYS:
        note = note.replace(english_note(key), msg(key)) if note else note
    return note


def note_text(note: str, key: str, params: Sequence[str]) -> str:
    """An audit row's note (English words, or its message and parameters) -> its wikitext
    in the report's language (parameters escaped)."""
    if key:
        return msg(key, *filled(params, msg, escape_text))
    return escape_text(note)


def verdict_word(reason: str) -> str:
    """A reason code ("tampered", "ineligible:min_edits") -> its word in the report's
    language (English: the code itself), the code escaped when it has no message."""
    key = "peerbot-audit-verdict-" + re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return msg(key) if known(key) else escape_text(reason)


def stance_word(stance: str) -> str:
    """An audit row's stance -> the entry kind in the report's language (its
    ``peerbot-kind-*`` message), any other stance escaped as written."""
    key = "peerbot-kind-" + re.sub(r"[^a-z0-9]+", "-", stance.lower()).strip("-")
    return msg(key) if known(key) else escape_text(stance)
