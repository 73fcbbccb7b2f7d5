"""Clean text -> sections of blocks: the structure of a vote page, read line by line.

MediaWiki's own list and heading syntax is line based, so the structure comes from the
lines of the clean text: a section is one option or one subject (or neither, when it is
ignored), and its blocks are the items that may be votes, the replies to them and the
paragraphs of commentary between them. Each block keeps its original line for the report.
Pure: no I/O, no clock.

Rules:

* **Sections.** A section starts at a heading line as ``bot.core.sections.heading_title``
  reads it (``== x ==``, a bold run alone such as ``'''Support'''``, a definition term
  line such as ``;General comments``) and ends at the next one; the history index reads
  sections with the same rule. Sections named in ``config.ignored_sections`` never hold
  votes.
* **Items.** A top-level list line (``#`` or ``*``) opens an item. Following lines with no
  list marker and no blank line before them continue it until a line that carries a
  signature with a timestamp (a vote ends at its signature). Indented lines (``#:``,
  ``#*``, ``##``, ``:``, ``**`` ...) are replies: excluded with reason ``reply``. Paragraphs
  standing alone are commentary and neither counted nor listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.model import SiteFacts
from bot.core.sections import heading_title
from bot.votes.clean import CleanPage, plain_text
from bot.votes.signature import find_time

_LIST = re.compile(r"^[#*:;]+")


@dataclass(frozen=True)
class Block:
    """One item, reply or paragraph of a section, as clean text."""

    kind: str      # "item" (top-level list line), "reply" (indented) or "para"
    start: int     # clean offset of the text after the list marker
    end: int
    line: int      # original 1-based line of the first line
    text: str


@dataclass(frozen=True)
class Section:
    """A section of the page: its title and its blocks in page order."""

    title: str | None  # None before the first heading
    blocks: tuple[Block, ...]


@dataclass
class _Pending:
    """The block being read: it grows while unmarked lines continue an unsigned item."""

    kind: str
    start: int
    end: int
    line_index: int
    may_continue: bool


def split_sections(clean: CleanPage, facts: SiteFacts) -> list[Section]:
    """Clean text -> sections, each a list of item / reply / paragraph blocks."""
    sections: list[Section] = []
    title: str | None = None
    blocks: list[Block] = []
    pending: _Pending | None = None

    def close() -> None:
        nonlocal pending
        if pending is not None:
            blocks.append(Block(pending.kind, pending.start, pending.end,
                                clean.line_numbers[pending.line_index],
                                clean.text[pending.start:pending.end]))
            pending = None

    offset = 0
    for index, line in enumerate(clean.text.split("\n")):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            close()
            continue
        heading = heading_title(line)
        if heading is not None:
            close()
            sections.append(Section(title, tuple(blocks)))
            title, blocks = plain_text(heading), []
            continue
        marker = _LIST.match(line)
        if marker:
            close()
            kind = "item" if marker.group(0) in ("#", "*") else "reply"
            pending = _Pending(kind, line_start + marker.end(), line_end, index, True)
            continue
        # an unmarked line continues the open block, unless that is signed already
        if pending is not None and pending.may_continue \
                and find_time(clean.text[pending.start:pending.end], facts) is None:
            pending.end = line_end
            continue
        close()
        pending = _Pending("para", line_start, line_end, index, False)
        close()
    close()
    sections.append(Section(title, tuple(blocks)))
    return sections


def block_strikes(clean: CleanPage, block: Block) -> list[tuple[int, int]]:
    """Clean strike spans overlapping the block, relative to the block text.

    An unclosed strike opener strikes to the end of its block.
    """
    spans = [(max(s, block.start) - block.start, min(e, block.end) - block.start)
             for s, e in clean.struck if s < block.end and e > block.start]
    spans += [(o - block.start, block.end - block.start)
              for o in clean.open_strikes if block.start <= o < block.end]
    return spans


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Offset, spans -> True when some span holds the offset."""
    return any(s <= offset < e for s, e in spans)
