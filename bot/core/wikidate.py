"""A day -> wikitext the wiki writes in its own language and date format; pure.

``{{#dateformat:2026-12-04|dmy}}`` is MediaWiki core's parser function (no extension): the
wiki writes the day with its content language's month names ("4 December 2026" on an
English wiki, as peerbot wrote days before), in the reader's date preference when they set
one, ``dmy`` otherwise. Checked on the local MediaWiki 1.39: the bare form (no ``dmy``)
shows ISO "2026-12-04" to readers without a preference, and a time after the day is not
read at all, so only days go through it. A sortable column gets the ISO day as
``data-sort-value``, so it sorts by date in every language.
"""

from __future__ import annotations

from datetime import date

from bot.core.render import escape_text


def day_text(value: str) -> str:
    """A day as stored ("2026-12-04") -> the wiki's rendering of it; anything else escaped
    as it is, "" as "–"."""
    if not value:
        return "–"
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return escape_text(value)
    return f"{{{{#dateformat:{day.isoformat()}|dmy}}}}"


def day_cell(value: str) -> str:
    """A day as stored -> a table cell showing it that sorts by the day."""
    try:
        key = date.fromisoformat(value).isoformat() if value else ""
    except ValueError:
        key = ""
    return f'data-sort-value="{key}" | {day_text(value)}' if key else day_text(value)
