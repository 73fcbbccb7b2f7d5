"""Vote page wikitext -> VotePage: who voted what, where, and what could not be counted.

Pure: no I/O, no clock. The page is parsed once with mwparserfromhell (comments, nowiki,
strikes, template arguments); its lines then give the structure, as MediaWiki's own list and
heading syntax is line based.

Rules (each is general; none names a page):

* **Layout.** A page is an *options* page when a section title is an option word from the
  config (Support / Oppose / Neutral ...): each such section is one option of one question
  (the subject is the page), its stance the option's. Failing that, it is a *subjects* page
  when some top-level item opens with a stance marker: every section holding such items is
  a subject. Failing both, every section holding signed top-level items is an option of one
  single-choice vote (stance "support"). ``config.layout`` overrides the detection.
* **Sections.** A section starts at a heading (``== x ==``), at a line that is one bold run
  alone (``'''Support'''``) or at a definition term line (``;General comments``), and ends
  at the next one. Sections named in ``config.ignored_sections`` never hold votes.
* **Items.** A top-level list line (``#`` or ``*``) opens an item. Following lines with no
  list marker and no blank line before them continue it until a line that carries a
  signature with a timestamp (a vote ends at its signature). Indented lines (``#:``,
  ``#*``, ``##``, ``:``, ``**`` ...) are replies: excluded with reason ``reply``. Paragraphs
  standing alone are commentary and neither counted nor listed.
* **Signature.** A user link (User:, User talk:, Special:Contributions/) followed by a
  timestamp; the signer is the last such link before the item's final timestamp
  (``bot.signatures.find_signature``), preferring within that signature a link to a user
  page over a link to a user's subpage. Without a parseable timestamp, a user link at the
  very end of the item -- followed by nothing but an unparsed date: digits, punctuation,
  month names, time zone abbreviations, at most ``SIGNATURE_TAIL`` characters -- is still
  a signature, with no time: older pages and ``{{unsigned}}`` notes sign that way. No
  signature: reason ``unsigned``. Empty items are ignored.
* **Stance marker.** At the opening of an item (after blanks, punctuation and templates
  that are no stance, such as ``{{ec}}``): a stance template or a bold stance word, from the
  config. Markers and prose inside a strike are passed over, so
  ``<s>'''Oppose'''</s> '''Support'''`` is a support.
* **Struck.** ``<s>``, ``<del>``, ``<strike>`` and strike templates, also when they span
  lines or items; an unclosed ``<s>`` strikes to the end of its item. An item is struck
  when its first signature is inside a strike (the voter's own signature was struck), or
  when all its opening stance markers are struck -- on an options page only when one of the
  struck markers names the option's own stance (a struck "Support" left in the Oppose
  section records where the vote came from, it does not withdraw it).
* **Ignored text.** Comments, ``<nowiki>`` and ``<includeonly>`` content are removed before
  anything else; ``<noinclude>`` and ``<onlyinclude>`` are unwrapped; ``{{{x|default}}}``
  reads as its default, as on the page itself.
* **Ranked ballots.** An item or paragraph holding the ranking template is a ballot, never
  a vote: its positional parameters are the ranking, best first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import mwparserfromhell
from mwparserfromhell.nodes import Argument, Comment, HTMLEntity, Node, Tag, Template, Text
from mwparserfromhell.wikicode import Wikicode

from bot.core.model import Signature, SiteFacts
from bot.core.signatures import find_timestamp, user_links
from bot.votes.config import VoteConfig, template_key, word_key

REPLY = "reply"
UNSIGNED = "unsigned"
STRUCK = "struck"
NO_STANCE = "no-stance"
INVALID = "invalid"
DUPLICATE = "duplicate"
CHANGED = "changed"

OPTIONS = "options"
SUBJECTS = "subjects"

SIGNATURE_TAIL = 40
OPENING_CHARS = 300
_STRIKE_TAGS = frozenset({"s", "del", "strike"})
_REMOVED_TAGS = frozenset({"nowiki", "includeonly"})
_UNWRAPPED_TAGS = frozenset({"noinclude", "onlyinclude"})
_TRANSPARENT_TAGS = frozenset({"span", "font", "big", "small", "b", "strong", "u", "i", "em",
                               "sup", "sub", "div", "ins"})
_OPEN_STRIKE = re.compile(r"<\s*(?:s|del|strike)(?:\s[^<>]*)?>", re.IGNORECASE)
_STRIKE_MARKUP = re.compile(r"<\s*/?\s*(?:s|del|strike)(?:\s[^<>]*)?>", re.IGNORECASE)
_HEADING = re.compile(r"^(=+)(.+?)\1\s*$")
_BOLD_LINE = re.compile(r"^'''((?:(?!''').)+)''':?$")
_LIST = re.compile(r"^[#*:;]+")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # stray tags left by strip_code
_TIME_HINT = re.compile(r"\d\d[:.h]\d\d")  # TimeStripper needs an "hh:mm" (any digits)
_PUNCT = " \t.,:;!?-–—()[]/\"'·•~"


@dataclass(frozen=True)
class Vote:
    """One counted-looking vote as written: signer, subject, stance, time, 1-based line."""

    user: str
    subject: str
    stance: str
    timestamp: datetime | None
    line: int
    text: str
    revision: int | None = None
    editor: str | None = None


@dataclass(frozen=True)
class Ballot:
    """One signed ranked ballot: the ranking, best first."""

    user: str
    ranking: tuple[str, ...]
    timestamp: datetime | None
    line: int
    text: str
    revision: int | None = None
    editor: str | None = None


@dataclass(frozen=True)
class Excluded:
    """Something vote-like that is not counted, with the reason code and 1-based line."""

    user: str | None
    subject: str
    stance: str | None
    reason: str
    line: int
    text: str = ""
    timestamp: datetime | None = None
    revision: int | None = None
    editor: str | None = None


@dataclass(frozen=True)
class VotePage:
    """A parsed vote page: layout, subjects in page order, votes, ballots and exclusions."""

    page: str
    layout: str
    subjects: tuple[str, ...]
    votes: tuple[Vote, ...]
    excluded: tuple[Excluded, ...]
    ballots: tuple[Ballot, ...] = ()
    ballot_excluded: tuple[Excluded, ...] = ()


# --- cleaning: one mwparserfromhell parse of the whole page ---------------------------------

@dataclass(frozen=True)
class _Clean:
    text: str
    line_numbers: tuple[int, ...]          # clean line index -> original 1-based line
    struck: tuple[tuple[int, int], ...]    # clean spans inside a strike
    open_strikes: tuple[int, ...]          # clean offsets of unclosed strike openers


def _tag_name(node: Tag) -> str:
    return str(node.tag).strip().lower()


def _walk(code: Wikicode, base: int) -> Iterator[tuple[Node, int, str]]:
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
                yield from _walk(child, pos + at)
                cursor = at + len(child_text)
        pos += len(text)


def _is_leaf(node: Node) -> bool:
    if isinstance(node, (Text, Comment, HTMLEntity)):
        return True
    if isinstance(node, Argument):
        return node.default is not None
    return isinstance(node, Tag) and not node.wiki_markup and _tag_name(node) in _REMOVED_TAGS


def _clean(text: str, facts: SiteFacts, config: VoteConfig) -> _Clean:
    """Page wikitext -> text with comments/nowiki/includeonly removed, and strike spans."""
    edits: list[tuple[int, int, str]] = []
    strikes: list[tuple[int, int]] = []
    openers: list[int] = []
    for node, start, node_text in _walk(mwparserfromhell.parse(text), 0):
        end = start + len(node_text)
        if isinstance(node, Comment):
            edits.append((start, end, ""))
        elif isinstance(node, Argument):
            if node.default is not None:
                edits.append((start, end, str(node.default)))
        elif isinstance(node, Text):
            for match in _OPEN_STRIKE.finditer(node_text):
                openers.append(start + match.start())
        elif isinstance(node, Template):
            if config.is_strike_template(_template_name(node, facts)):
                strikes.append((start, end))
        elif isinstance(node, Tag) and not node.wiki_markup:
            name = _tag_name(node)
            if name in _REMOVED_TAGS:
                edits.append((start, end, ""))
            elif name in _STRIKE_TAGS and not node.self_closing:
                strikes.append((start, end))
            elif name in _UNWRAPPED_TAGS and not node.self_closing:
                inner = str(node.contents)
                open_end = node_text.find(">") + 1
                if node_text[open_end:open_end + len(inner)] == inner:
                    edits.append((start, start + open_end, ""))
                    edits.append((start + open_end + len(inner), end, ""))
            elif name in _UNWRAPPED_TAGS:
                edits.append((start, end, ""))
    edits.sort()
    pieces: list[str] = []
    kept: list[tuple[int, int, int]] = []  # (clean start, original start, length)
    orig = clean = 0
    for start, end, new in edits:
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
    return _Clean(
        text=cleaned,
        line_numbers=tuple(offsets.original_line(start) for start in starts),
        struck=tuple(sorted((offsets.clean(s), offsets.clean(e)) for s, e in strikes)),
        open_strikes=tuple(sorted(offsets.clean(o) for o in openers)),
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


# --- structure: lines -> sections of blocks -------------------------------------------------

@dataclass(frozen=True)
class _Block:
    kind: str      # "item" (top-level list line), "reply" (indented) or "para"
    start: int     # clean offset of the text after the list marker
    end: int
    line: int      # original 1-based line of the first line
    text: str


@dataclass(frozen=True)
class _Section:
    title: str | None  # None before the first heading
    blocks: tuple[_Block, ...]


def _heading_title(line: str) -> str | None:
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


def _plain(wikitext: str) -> str:
    return " ".join(mwparserfromhell.parse(wikitext).strip_code().split())


@dataclass
class _Pending:
    """The block being read: it grows while unmarked lines continue an unsigned item."""

    kind: str
    start: int
    end: int
    line_index: int
    may_continue: bool


def _sections(clean: _Clean, facts: SiteFacts) -> list[_Section]:
    """Clean text -> sections, each a list of item / reply / paragraph blocks."""
    sections: list[_Section] = []
    title: str | None = None
    blocks: list[_Block] = []
    pending: _Pending | None = None

    def close() -> None:
        nonlocal pending
        if pending is not None:
            blocks.append(_Block(pending.kind, pending.start, pending.end,
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
        heading = _heading_title(line)
        if heading is not None:
            close()
            sections.append(_Section(title, tuple(blocks)))
            title, blocks = _plain(heading), []
            continue
        marker = _LIST.match(line)
        if marker:
            close()
            kind = "item" if marker.group(0) in ("#", "*") else "reply"
            pending = _Pending(kind, line_start + marker.end(), line_end, index, True)
            continue
        # an unmarked line continues the open block, unless that is signed already
        if pending is not None and pending.may_continue \
                and _timestamp(clean.text[pending.start:pending.end], facts) is None:
            pending.end = line_end
            continue
        close()
        pending = _Pending("para", line_start, line_end, index, False)
        close()
    close()
    sections.append(_Section(title, tuple(blocks)))
    return sections


# --- one block -> signature, stance markers, strikes -----------------------------------------

def _local_spans(clean: _Clean, block: _Block) -> list[tuple[int, int]]:
    """Clean strike spans overlapping the block, relative to the block text."""
    spans = [(max(s, block.start) - block.start, min(e, block.end) - block.start)
             for s, e in clean.struck if s < block.end and e > block.start]
    spans += [(o - block.start, block.end - block.start)
              for o in clean.open_strikes if block.start <= o < block.end]
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _timestamp(text: str, facts: SiteFacts) -> datetime | None:
    """Text -> its latest timestamp; skips TimeStripper when no "hh:mm" is in the text."""
    if not _TIME_HINT.search(text):
        return None
    return find_timestamp(text, facts)


def _is_subpage_link(link: str, facts: SiteFacts) -> bool:
    """'[[User:A/sandbox|x]]' -> True: a link into a user's subpages, not to the user.

    ``[[Special:Contributions/A]]`` is no subpage link.
    """
    target = link[2:].split("|", 1)[0].split("#", 1)[0]
    parts = target.split(":")
    special = {word_key(n) for n in facts.special_namespaces}
    if any(word_key(part) in special for part in parts[:-1]):
        return False
    return "/" in parts[-1]


def _date_residue(tail: str, facts: SiteFacts) -> bool:
    """Visible text after a user link -> True when it is at most an unparsed date.

    Allowed: up to ``SIGNATURE_TAIL`` characters of digits, punctuation, month names and
    time zone abbreviations ("06:45 8 April 2007 (GMT)"); any other word is prose.
    """
    tail = _HTML_TAG.sub("", tail).strip()
    if len(tail) > SIGNATURE_TAIL:
        return False
    months = {name.casefold().rstrip(".") for pair in facts.months_names for name in pair}
    for word in re.findall(r"[^\W\d_]+", tail):
        if word.casefold() not in months and not (word.isupper() and len(word) <= 5):
            return False
    return True


@dataclass(frozen=True)
class _SignatureSpot:
    signature: Signature
    first_at: int  # offset of the first signature's user link (to tell if it is struck)


def _sign(text: str, facts: SiteFacts) -> _SignatureSpot | None:
    """Item text -> its signature and where the first signature starts; None when unsigned.

    The signer is the last user link before the final timestamp (as ``find_signature``),
    preferring, within that signature, a link to the user's own page over a link to some
    user's subpage (``[[User:Other/Humour|...]]`` inside a custom signature). With no
    timestamp, the last user link signs only when nothing but date-like residue follows
    it (``_date_residue``), so "per [[User:X|X]], agreed" is not X's signature.
    """
    links = user_links(text, facts)
    if not links:
        return None
    stamped = []  # index of each link with a timestamp before the next link
    for i, (_start, end, _user) in enumerate(links):
        stop = links[i + 1][0] if i + 1 < len(links) else len(text)
        if _timestamp(text[end:stop], facts) is not None:
            stamped.append(i)
    if not stamped:
        start, end, user = links[-1]
        if not _date_residue(_plain(text[end:]), facts):
            return None
        return _SignatureSpot(Signature(user, None), start)
    last = stamped[-1]
    group_start = stamped[-2] + 1 if len(stamped) > 1 else 0
    chosen = last
    for j in range(last, group_start - 1, -1):
        if not _is_subpage_link(text[links[j][0]:links[j][1]], facts):
            chosen = j
            break
    stamp = _timestamp(text[links[last][1]:], facts)
    return _SignatureSpot(Signature(links[chosen][2], stamp), links[stamped[0]][0])


def block_signature(text: str, facts: SiteFacts) -> Signature | None:
    """Item text -> its Signature, or None when it is unsigned (rules: see ``_sign``)."""
    spot = _sign(text, facts)
    return spot.signature if spot else None


def _clause(words: str) -> str:
    return re.split(r"[,;(–—]| - ", words, maxsplit=1)[0]


def _template_name(node: Template, facts: SiteFacts) -> str:
    """{{Template:Support}} -> 'Support': the name without a Template namespace prefix."""
    name = node.name.strip_code().strip()
    prefix, colon, rest = name.partition(":")
    if colon and word_key(prefix) in {word_key(n) for n in facts.template_namespaces}:
        return rest
    return name


def _markers(code: Wikicode, base: int, spans: list[tuple[int, int]], forced: bool,
             config: VoteConfig, facts: SiteFacts, out: list[tuple[str, bool]]) -> bool:
    """Opening nodes -> stance markers appended to out as (stance, struck).

    Returns False where the opening ends (the first unstruck prose, link or other content).
    """
    pos = base
    for node in code.nodes:
        text = str(node)
        struck = forced or _inside(pos, spans)
        here, pos = pos, pos + len(text)
        if isinstance(node, (Comment, HTMLEntity)):
            continue
        if isinstance(node, Text):
            if _STRIKE_MARKUP.sub("", text).strip(_PUNCT) and not struck:
                return False
        elif isinstance(node, Template):
            name = _template_name(node, facts)
            stance = config.template_stance(name)
            if stance:
                out.append((stance, struck))
            elif config.is_strike_template(name):
                for param in node.params:
                    inner = str(param.value)
                    _markers(param.value, here + text.find(inner), spans, True, config, facts,
                             out)
        elif isinstance(node, Tag) and node.wiki_markup in ("'''", "''"):
            words = node.contents.strip_code()
            stance = config.word_stance(words) or config.word_stance(_clause(words))
            if stance:
                out.append((stance, struck))
            elif words.strip(_PUNCT) and not struck:
                return False
        elif isinstance(node, Tag) and not node.wiki_markup and not node.self_closing \
                and (_tag_name(node) in _STRIKE_TAGS or _tag_name(node) in _TRANSPARENT_TAGS):
            strike = _tag_name(node) in _STRIKE_TAGS
            if not _markers(node.contents, here + text.find(">") + 1, spans,
                            struck or strike, config, facts, out) and not (struck or strike):
                return False
        elif not struck:
            return False
    return True


@dataclass(frozen=True)
class _Reading:
    signature: Signature | None
    signature_struck: bool
    markers: tuple[tuple[str, bool], ...]


def _read(block: _Block, clean: _Clean, facts: SiteFacts, config: VoteConfig) -> _Reading:
    spans = _local_spans(clean, block)
    spot = _sign(block.text, facts)
    markers: list[tuple[str, bool]] = []
    # the opening is short: parsing a prefix is enough, strikes come from the whole page
    _markers(mwparserfromhell.parse(block.text[:OPENING_CHARS]), 0, spans, False, config,
             facts, markers)
    return _Reading(spot.signature if spot else None,
                    spot is not None and _inside(spot.first_at, spans), tuple(markers))


# --- ranked ballots -------------------------------------------------------------------------

def _ranking_template(text: str, facts: SiteFacts, config: VoteConfig
                      ) -> tuple[Template, int] | None:
    """Block text -> (the ranking template, its offset) when the block holds one."""
    folded = text.casefold().replace("_", " ")
    if "{{" not in text or template_key(config.ranking_template)[1:].casefold() not in folded:
        return None
    for node, start, _text in _walk(mwparserfromhell.parse(text), 0):
        if isinstance(node, Template) and config.is_ranking_template(_template_name(node,
                                                                                    facts)):
            return node, start
    return None


def _ballot(block: _Block, found: tuple[Template, int], subject: str, clean: _Clean,
            facts: SiteFacts, config: VoteConfig) -> Ballot | Excluded:
    template, at = found
    spot = _sign(block.text, facts)
    signature = spot.signature if spot else None
    user = signature.user if signature else None
    stamp = signature.timestamp if signature else None

    def excluded(reason: str) -> Excluded:
        return Excluded(user, subject, None, reason, block.line, block.text.strip(), stamp)

    if block.kind == "reply":
        return excluded(REPLY)
    if signature is None:
        return excluded(UNSIGNED)
    spans = _local_spans(clean, block)
    if _inside(at, spans) or (spot is not None and _inside(spot.first_at, spans)):
        return excluded(STRUCK)
    names = [template_key(_plain(str(p.value))) for p in template.params
             if not p.showkey and _plain(str(p.value))]
    if not names or len(set(names)) != len(names):
        return excluded(INVALID)
    return Ballot(signature.user, tuple(names), stamp, block.line, block.text.strip())


# --- the page -------------------------------------------------------------------------------

def _layout(sections: list[_Section], readings: dict[_Block, _Reading], config: VoteConfig
            ) -> str:
    if config.layout != "auto":
        return config.layout
    if any(s.title is not None and config.heading_stance(s.title) for s in sections):
        return OPTIONS
    for section in sections:
        if section.title is None or config.is_ignored_section(section.title):
            continue
        if any(readings[b].markers for b in section.blocks if b in readings):
            return SUBJECTS
    return OPTIONS


def parse_votes(text: str, facts: SiteFacts, config: VoteConfig, page: str = "") -> VotePage:
    """Vote page wikitext -> VotePage (layout, subjects, votes, ballots, exclusions).

    Never raises on bad wikitext: what cannot be counted is an ``Excluded`` record.
    """
    clean = _clean(text, facts, config)
    sections = _sections(clean, facts)
    ballots: list[Ballot] = []
    ballot_excluded: list[Excluded] = []
    readings: dict[_Block, _Reading] = {}
    ranked: set[_Block] = set()
    for section in sections:
        for block in section.blocks:
            found = _ranking_template(block.text, facts, config)
            if found is not None:
                ranked.add(block)
                result = _ballot(block, found, config.ranking_template, clean, facts, config)
                if isinstance(result, Ballot):
                    ballots.append(result)
                else:
                    ballot_excluded.append(result)
            elif block.kind == "item" and section.title is not None \
                    and not config.is_ignored_section(section.title):
                readings[block] = _read(block, clean, facts, config)
    layout = _layout(sections, readings, config)
    stance_options = layout == OPTIONS and any(
        s.title is not None and config.heading_stance(s.title) for s in sections)

    def counted_section(section: _Section) -> tuple[str, str | None] | None:
        """Section -> (subject, option stance or None) when it holds votes."""
        if section.title is None or config.is_ignored_section(section.title):
            return None
        items = [readings[b] for b in section.blocks if b in readings]
        if stance_options:
            stance = config.heading_stance(section.title)
            return (page, stance) if stance else None
        if layout == OPTIONS:
            return (section.title, "support") if any(r.signature for r in items) else None
        return (section.title, None) if any(r.markers for r in items) else None

    subjects: list[str] = [page] if stance_options else []
    votes: list[Vote] = []
    excluded: list[Excluded] = []
    for section in sections:
        role = counted_section(section)
        if role is None:
            continue
        subject, option = role
        if subject not in subjects:
            subjects.append(subject)
        for block in section.blocks:
            if block in ranked or block.kind == "para" or not block.text.strip():
                continue
            body = block.text.strip()
            if block.kind == "reply":
                signature = block_signature(block.text, facts)
                excluded.append(Excluded(signature.user if signature else None, subject,
                                         option, REPLY, block.line, body,
                                         signature.timestamp if signature else None))
                continue
            reading = readings[block]
            stance = option or _stance(reading)
            sig = reading.signature
            if sig is None:
                excluded.append(Excluded(None, subject, stance or _struck_stance(reading),
                                         UNSIGNED, block.line, body))
            elif reading.signature_struck or _stance_struck(reading, option):
                excluded.append(Excluded(sig.user, subject, stance or _struck_stance(reading),
                                         STRUCK, block.line, body, sig.timestamp))
            elif stance is None:
                excluded.append(Excluded(sig.user, subject, None, NO_STANCE, block.line, body,
                                         sig.timestamp))
            else:
                votes.append(Vote(sig.user, subject, stance, sig.timestamp, block.line, body))
    return VotePage(page, layout, tuple(subjects), tuple(votes), tuple(excluded),
                    tuple(ballots), tuple(ballot_excluded))


def _stance(reading: _Reading) -> str | None:
    for stance, struck in reading.markers:
        if not struck:
            return stance
    return None


def _struck_stance(reading: _Reading) -> str | None:
    return reading.markers[0][0] if reading.markers else None


def _stance_struck(reading: _Reading, option: str | None) -> bool:
    if not reading.markers or any(not struck for _s, struck in reading.markers):
        return False
    if option is None:
        return True
    return any(stance == option for stance, _struck in reading.markers)
