"""A discussion page's wikitext -> its signed comments, section by section; pure.

A comment is the text from the end of the previous comment (or the section's heading) to the
next line holding a signature: a user link from any wiki, or an unsigned note, followed by a
timestamp, or an undated signature; where the signature is and where the comment ends
follow ``bot.core.comments`` (the first timestamp after the link; the rest of the line, and
the same signer's next line of one paragraph, belong to that comment; another user's
signature later on the line is that user's comment). Its level is the least indentation (``*``, ``:``, ``#``) of its lines: a comment
at level 0, or at level 1 opened by ``*`` or ``#``, is a top-level comment; one indented
with ``:`` or by two or more markers is a reply. Its marker is an explicit opening only:
a support or oppose template, or ``+1``; no guessing from prose. Text between a heading and
the first signature that holds no signature (a section's introduction, a placeholder) is
counted as unsigned lines, not as a comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import mwparserfromhell

from bot.core.comments import Signed, continues_paragraph, has_timestamp, line_signatures
from bot.core.model import SiteFacts
from bot.core.names import normalize_title as normalize
from bot.core.signatures import find_signature, signer_link

_HEADING = re.compile(r"^(=+)\s*(.+?)\s*\1\s*$")
_INDENT = re.compile(r"^[*:#]*")
_STRUCK = re.compile(r"<(?:s|del|strike)\b", re.IGNORECASE)
_AFFILIATION = re.compile(r"\(([^()]{2,30})\)$")


@dataclass(frozen=True)
class Comment:
    """One signed comment of a discussion page."""

    page: str
    section: str
    line: int  # the line of its signature (1-based)
    user: str
    timestamp: datetime | None
    reply: bool
    marker: str  # "support", "oppose", "+1" or "" (a struck comment's is not counted)
    home: tuple[str, ...]  # the interwiki and language prefixes of the signature's link
    text: str  # the signed line, for the history check
    revision: int | None = None  # the revision that added it, once history was checked


@dataclass(frozen=True)
class PageComments:
    """Every comment of one page, its sections in order, and its unsigned list items."""

    page: str
    sections: tuple[str, ...]
    comments: tuple[Comment, ...]
    unsigned: tuple[tuple[str, int, str], ...]  # (section, line, text) of unsigned items


def level(lines: Sequence[str]) -> tuple[int, bool]:
    """A comment's lines -> (least indentation, whether it is a reply)."""
    marks = [_INDENT.match(line).group(0) for line in lines if line.strip()]  # type: ignore[union-attr]
    if not marks:
        return 0, False
    least = min(marks, key=len)
    reply = len(least) >= 2 or (len(least) == 1 and least == ":")
    return len(least), reply


def opening_marker(text: str, support: Sequence[str], oppose: Sequence[str]) -> str:
    """A comment's text -> its explicit opening marker: "support" or "oppose" for a
    template of those lists first thing after the indentation, "+1" for a literal +1."""
    body = _INDENT.sub("", text.lstrip()).lstrip()
    if _STRUCK.match(body):
        return ""  # struck: the author (or a clerk) took it back
    body = re.sub(r"^(?:'''|''|<b>|<strong>)\s*", "", body)
    if body.startswith("+1"):
        return "+1"
    if body.startswith("{{"):
        code = mwparserfromhell.parse(body)
        first = code.nodes[0] if code.nodes else None
        if isinstance(first, mwparserfromhell.nodes.Template):
            name = normalize(str(first.name).strip())
            if name in {normalize(t) for t in support}:
                return "support"
            if name in {normalize(t) for t in oppose}:
                return "oppose"
    return ""


def affiliation(user: str) -> str:
    """A user name -> the affiliation in its trailing parentheses ("Ann (WMDE)" -> "WMDE")."""
    match = _AFFILIATION.search(user)
    return match.group(1).strip() if match else ""


def _depth(line: str) -> int:
    return len(_INDENT.match(line).group(0))  # type: ignore[union-attr]


def _start(lines: Sequence[str]) -> int:
    """A comment's lines -> where the comment itself starts: its first line, or, when that
    is unindented prose followed by list lines (a section's introduction), the first list
    line."""
    start = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    if _depth(lines[start]) == 0:
        listed = next((i for i in range(start, len(lines)) if _depth(lines[i])), None)
        if listed is not None:
            return listed
    return start


def _signatures(lines: Sequence[str], facts: SiteFacts) -> list[Signed]:
    """A comment's lines so far -> the signatures its last line ends comments with
    (``bot.core.comments.line_signatures``); a timestamp whose signer's link stands on the
    line before (a signature broken over two lines) signs with that link."""
    line = lines[-1]
    found = line_signatures(line, facts)
    if found or len(lines) < 2 or not has_timestamp(line, facts):
        return found
    sig = find_signature("\n".join(lines[-3:]), facts)
    if sig is None or sig.timestamp is None:
        return []
    link = signer_link(line, facts)
    return [Signed(sig.user, sig.timestamp, 0, len(line), link.prefixes if link else ())]


def parse_comments(title: str, text: str, facts: SiteFacts, support: Sequence[str] = (),
                   oppose: Sequence[str] = ()) -> PageComments:
    """Page title and wikitext -> PageComments (see the module doc)."""
    sections: list[str] = [""]
    comments: list[Comment] = []
    unsigned: list[tuple[str, int, str]] = []
    block: list[tuple[int, str]] = []
    last: tuple[int, str, str] | None = None  # the last signed line: number, signer, text

    def leftover() -> None:
        for number, line in block:
            if _INDENT.match(line).group(0) and line.strip("*:# "):  # type: ignore[union-attr]
                unsigned.append((sections[-1], number, line.strip()))
        block.clear()

    for number, line in enumerate(text.split("\n"), 1):
        heading = _HEADING.match(line.strip())
        if heading:
            leftover()
            sections.append(mwparserfromhell.parse(heading.group(2)).strip_code().strip())
            continue
        block.append((number, line))
        lines = [ln for _, ln in block]
        found = _signatures(lines, facts)
        if found and len(block) == 1 and last is not None and last[0] == number - 1 \
                and last[1] == found[0].user and continues_paragraph(last[2], line):
            found = found[1:]  # the same signer's next line of one paragraph: a postscript
            if not found:
                last = (number, last[1], line)
                block.clear()
                continue
        if not found:
            continue
        start = _start(lines)
        _, reply = level(lines[start:])
        marker = opening_marker(lines[start], support, oppose)
        for sig in found:
            comments.append(Comment(title, sections[-1], number, sig.user, sig.timestamp,
                                    reply, marker if sig is found[0] else "", sig.prefixes,
                                    line))
        last = (number, found[-1].user, line)
        block.clear()
    leftover()
    named = tuple(dict.fromkeys(s for s in sections if s or any(not c.section for c in comments)))
    return PageComments(title, named, tuple(comments), tuple(unsigned))
