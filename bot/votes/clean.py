"""Vote page wikitext -> clean text: what is not on the rendered page removed, strikes found.

The first step of parsing a vote page and the one mwparserfromhell parse of the whole page.
It removes what readers never see, keeps a map from each clean line back to its line on the
page (reports name original lines), and records every strike, so that the later steps can
work line by line on plain text and still know what was struck. Pure: no I/O, no clock.

Rules:

* **Ignored text.** Comments, ``<nowiki>`` and ``<includeonly>`` content are removed before
  anything else; ``<noinclude>`` and ``<onlyinclude>`` are unwrapped; ``{{{x|default}}}``
  reads as its default, as on the page itself.
* **Hidden text.** An unclosed ``<!--`` hides everything after it, as MediaWiki's
  preprocessor reads it, and a block styled ``display:none`` hides its content: both are
  removed, and recorded (``hidden``) so the parser can list the entries readers cannot see.
* **Strikes.** ``<s>``, ``<del>``, ``<strike>`` and strike templates, also when they span
  lines or items; an unclosed ``<s>`` is recorded where it opens (it strikes to the end of
  its item, see ``bot.votes.sections.block_strikes``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import mwparserfromhell
from mwparserfromhell.nodes import Argument, Comment, HTMLEntity, Node, Tag, Template, Text
from mwparserfromhell.wikicode import Wikicode

from bot.core.model import SiteFacts
from bot.votes.config import VoteConfig, word_key

STRIKE_TAGS = frozenset({"s", "del", "strike"})
# why readers cannot see a vote: the English of the ``hidden`` reason (JSON, log), and the
# message each is shown with in the report (bot.votes.render)
UNCLOSED_COMMENT = "an unclosed <!-- hides it"
DISPLAY_NONE = "a display:none block hides it"
HIDDEN_MESSAGES = {UNCLOSED_COMMENT: "peerbot-votes-hidden-comment",
                   DISPLAY_NONE: "peerbot-votes-hidden-display"}

_REMOVED_TAGS = frozenset({"nowiki", "includeonly"})
_UNWRAPPED_TAGS = frozenset({"noinclude", "onlyinclude"})
_OPEN_STRIKE = re.compile(r"<\s*(?:s|del|strike)(?:\s[^<>]*)?>", re.IGNORECASE)


@dataclass(frozen=True)
class CleanPage:
    """A vote page after cleaning: its text, line map and strikes."""

    text: str
    line_numbers: tuple[int, ...]          # clean line index -> original 1-based line
    struck: tuple[tuple[int, int], ...]    # clean spans inside a strike
    open_strikes: tuple[int, ...]          # clean offsets of unclosed strike openers
    # (first, last original 1-based line, why) of each part readers cannot see
    hidden: tuple[tuple[int, int, str], ...] = ()


def tag_name(node: Tag) -> str:
    """<S class=x>...</S> -> 's': the tag's name, lower case."""
    return str(node.tag).strip().lower()


def template_name(node: Template, facts: SiteFacts) -> str:
    """{{Template:Support}} -> 'Support': the name without a Template namespace prefix."""
    name = node.name.strip_code().strip()
    prefix, colon, rest = name.partition(":")
    if colon and word_key(prefix) in {word_key(n) for n in facts.template_namespaces}:
        return rest
    return name


def plain_text(wikitext: str) -> str:
    """Wikitext -> its visible words, blanks collapsed."""
    return " ".join(mwparserfromhell.parse(wikitext).strip_code().split())


def walk_nodes(code: Wikicode, base: int) -> Iterator[tuple[Node, int, str]]:
    """Wikicode, its offset -> (node, offset, node text) for every node, in page order.

    Nodes that cleaning removes or replaces whole are not entered.
    """
    pos = base
    for node in code.nodes:
        text = str(node)
        yield node, pos, text
        if not _is_leaf(node) and ("<" in text or "{{" in text):
            cursor = 0
            for child in node.__children__():
                child_text = str(child)
                at = text.find(child_text, cursor)
                if at < 0:  # cannot happen for nodes mwparserfromhell built itself
                    break
                yield from walk_nodes(child, pos + at)
                cursor = at + len(child_text)
        pos += len(text)


def _is_leaf(node: Node) -> bool:
    if isinstance(node, (Text, Comment, HTMLEntity)):
        return True
    if isinstance(node, Argument):
        return node.default is not None
    return isinstance(node, Tag) and not node.wiki_markup and tag_name(node) in _REMOVED_TAGS


@dataclass(frozen=True)
class _Found:
    """What one walk over the page found, as original offsets."""

    edits: list[tuple[int, int, str]]  # (start, end, replacement)
    strikes: list[tuple[int, int]]
    openers: list[int]
    hidden: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, why)


_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def unclosed_comment(text: str) -> int | None:
    """Wikitext -> the offset of a ``<!--`` that no ``-->`` closes (it hides the rest of
    the page, as MediaWiki reads it), or None."""
    at = text.find(_COMMENT_OPEN)
    while at >= 0:
        close = text.find(_COMMENT_CLOSE, at + len(_COMMENT_OPEN))
        if close < 0:
            return at
        at = text.find(_COMMENT_OPEN, close + len(_COMMENT_CLOSE))
    return None


def _find_edits(text: str, facts: SiteFacts, config: VoteConfig,
                reveal: bool = False) -> _Found:
    """Page wikitext -> the edits that clean it, its strike spans and strike openers; with
    ``reveal``, what readers cannot see (an unclosed comment, a ``display:none`` block) is
    kept, so the entries in it can be listed."""
    found = _Found([], [], [])
    edits = found.edits
    cut = unclosed_comment(text)
    if cut is not None:
        found.hidden.append((cut, len(text), UNCLOSED_COMMENT))
        edits.append((cut, cut + len(_COMMENT_OPEN), "") if reveal else (cut, len(text), ""))
    parsed = text if cut is None or reveal else text[:cut]
    for node, start, node_text in walk_nodes(mwparserfromhell.parse(parsed), 0):
        end = start + len(node_text)
        if isinstance(node, Comment):
            edits.append((start, end, ""))
        elif isinstance(node, Argument):
            if node.default is not None:
                edits.append((start, end, str(node.default)))
        elif isinstance(node, Text):
            for match in _OPEN_STRIKE.finditer(node_text):
                found.openers.append(start + match.start())
        elif isinstance(node, Template):
            if config.is_strike_template(template_name(node, facts)):
                found.strikes.append((start, end))
        elif isinstance(node, Tag) and not node.wiki_markup:
            name = tag_name(node)
            if node.has("style") and _DISPLAY_NONE.search(str(node.get("style").value)):
                found.hidden.append((start, end, DISPLAY_NONE))
                if not reveal:
                    edits.append((start, end, ""))
            elif name in _REMOVED_TAGS:
                edits.append((start, end, ""))
            elif name in STRIKE_TAGS and not node.self_closing:
                found.strikes.append((start, end))
            elif name in _UNWRAPPED_TAGS and not node.self_closing:
                inner = str(node.contents)
                open_end = node_text.find(">") + 1
                if node_text[open_end:open_end + len(inner)] == inner:
                    edits.append((start, start + open_end, ""))
                    edits.append((start + open_end + len(inner), end, ""))
            elif name in _UNWRAPPED_TAGS:
                edits.append((start, end, ""))
    return found


def clean_page(text: str, facts: SiteFacts, config: VoteConfig,
               reveal: bool = False) -> CleanPage:
    """Page wikitext -> text with comments/nowiki/includeonly removed, and strike spans
    (``reveal``: what readers cannot see kept, see ``_find_edits``)."""
    found = _find_edits(text, facts, config, reveal)
    pieces: list[str] = []
    kept: list[tuple[int, int, int]] = []  # (clean start, original start, length)
    orig = clean = 0
    for start, end, new in sorted(found.edits):
        if start < orig:  # nested in an edit already applied
            continue
        pieces.append(text[orig:start])
        kept.append((clean, orig, start - orig))
        clean += start - orig
        pieces.append(new)
        clean += len(new)
        orig = end
    pieces.append(text[orig:])
    kept.append((clean, orig, len(text) - orig))
    cleaned = "".join(pieces)
    offsets = _OffsetMap(tuple(kept), tuple(_newlines(text)))
    starts = [0] + [i + 1 for i in _newlines(cleaned)]
    return CleanPage(
        text=cleaned,
        line_numbers=tuple(offsets.original_line(start) for start in starts),
        struck=tuple(sorted((offsets.clean(s), offsets.clean(e)) for s, e in found.strikes)),
        open_strikes=tuple(sorted(offsets.clean(o) for o in found.openers)),
        hidden=tuple((text.count("\n", 0, start) + 1, text.count("\n", 0, end) + 1, why)
                     for start, end, why in found.hidden),
    )


def _newlines(text: str) -> Iterator[int]:
    at = text.find("\n")
    while at >= 0:
        yield at
        at = text.find("\n", at + 1)


@dataclass(frozen=True)
class _OffsetMap:
    """Offsets between the original and the clean text, from the kept pieces."""

    kept: tuple[tuple[int, int, int], ...]  # (clean start, original start, length)
    newlines: tuple[int, ...]               # original offsets of newlines

    def clean(self, offset: int) -> int:
        """Original offset -> clean offset (the end of the kept piece when it was removed)."""
        k = max(bisect.bisect_right(self.kept, offset, key=lambda p: p[1]) - 1, 0)
        clean_start, orig_start, length = self.kept[k]
        return clean_start + min(offset - orig_start, length)

    def original_line(self, clean_offset: int) -> int:
        """Clean offset -> 1-based line of the original text."""
        k = max(bisect.bisect_right(self.kept, clean_offset, key=lambda p: p[0]) - 1, 0)
        clean_start, orig_start, length = self.kept[k]
        orig = orig_start + min(clean_offset - clean_start, length)
        return bisect.bisect_left(self.newlines, orig) + 1
