"""One line of wikitext -> the section title it opens, or None: the one section rule; pure.

Shared by the vote parser (``bot.votes.sections``, on a page's clean text) and the history
index (``bot.core.history``, on each revision's raw text), so the section a vote sits in is
the same section for both. A section starts at a heading (``== x ==``), at a line that is
one bold run alone (``'''Support'''``, an optional colon after it) or at a definition term
line (``;General comments``). Comments on the line are ignored (the raw text still has
them; the clean text has not).
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(=+)(.+?)\1\s*$")
_BOLD_LINE = re.compile(r"^'''((?:(?!''').)+)''':?$")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)


def heading_title(line: str) -> str | None:
    """A line -> the title of the section it opens (as written, markup kept), or None."""
    if "<!--" in line:
        line = _COMMENT.sub("", line)
    stripped = line.strip()
    match = _HEADING.match(stripped)
    if match:
        return match.group(2)
    match = _BOLD_LINE.match(stripped)
    if match:
        return match.group(1)
    if stripped.startswith(";"):
        return stripped[1:]
    return None
