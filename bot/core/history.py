"""Page history -> who added each signed entry: signature-anchored blame; pure.

Every line of every revision is indexed by its *signature spans*: the text from each ``[[``
to the end of the first ``hh:mm ... (TZ)`` after it (or to the line's end). The revision that
first holds the span of an entry's signature is the revision that added the entry; its
editor is who really wrote it. Spans ignore what precedes a signature on its line (a later
``<s>`` or a moved list marker does not change them) and what follows its time zone.
A second key per line, the whole stripped line, finds the original text of entries that
carry an ``{{unsigned}}`` note added later by someone else. Each dated span also has a
*meaning key* (what its line says before it) and a *section key* (the title of the section
the line sits in, read with ``bot.core.sections.heading_title``, the vote parser's rule);
both stay readable after the span's digest, so every version of a signature can be listed
and compared by what it means under a page's rules.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from bot.core.model import SiteFacts
from bot.core.sections import heading_title
from bot.core.signatures import _stripper, ascii_digits, unsigned_notes, user_links

_OPEN = re.compile(r"\[\[")
_LIST_MARKER = re.compile(r"^[#*:;]+\s*")
# What a substituted {{unsigned}} leaves: a comment, then the user's links and the date.
_SUBST_UNSIGNED = re.compile(r"<!--\s*Template:Unsigned[^>]*-->", re.IGNORECASE)


@dataclass(frozen=True)
class Origin:
    """The revision that added an entry: id, editor and time (UTC)."""

    revision: int
    user: str
    timestamp: datetime


@dataclass(frozen=True)
class RevisionText:
    """One revision's metadata and text (text None when hidden or deleted)."""

    revision: int
    user: str
    timestamp: datetime
    text: str | None


def _digest(kind: str, text: str) -> str:
    return kind + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def _span(line: str, start: int, facts: SiteFacts) -> tuple[int, bool]:
    """Line and a ``[[`` offset -> (end of the signature's time zone after it, True), or
    (line end, False) when no time follows."""
    patterns = _stripper(facts).patterns
    if facts.digits:  # the wiki's own digits, one for one: offsets stay the same
        line = ascii_digits(line, facts)
    time = patterns.time.search(line, start)
    if time:
        zone = patterns.tzinfo.search(line, time.end())
        if zone and zone.start() - time.end() < 40:
            return zone.end(), True
    return len(line.rstrip()), False


def section_prefix(span: str) -> str:
    """A signature span -> the start every section key of that signature shares."""
    return _digest("x", span) + "|"


def section_key(span: str, title: str) -> str:
    """A signature span and the title of the section its line sits in (as written, blanks
    folded; '' before the first heading) -> the key of that pair ("x<digest>|<title>")."""
    return section_prefix(span) + title


def section_title(heading: str) -> str:
    """A heading's title as written -> as section keys keep it: blanks folded, at most 200
    characters (a longer title is no option or subject anyone votes on)."""
    return " ".join(heading.split())[:200]


def line_keys(line: str, facts: SiteFacts) -> Iterator[str]:
    """One line of wikitext -> its keys: each signature span, what the line says before each
    dated span (its meaning key), and the whole stripped line."""
    stripped = _LIST_MARKER.sub("", line.strip())
    if not stripped:
        return
    yield _digest("l", stripped)
    for start, span, dated in _spans(line, facts):
        yield _digest("s", span)
        if dated:
            yield meaning_key(span, line_meaning(line[:start]))


def _spans(line: str, facts: SiteFacts) -> list[tuple[int, str, bool]]:
    """One line -> (offset, span, dated) of each signature span in it."""
    if "[[" not in line:
        return []
    found = []
    for match in _OPEN.finditer(line):
        end, dated = _span(line, match.start(), facts)
        found.append((match.start(), line[match.start():end], dated))
    return found


# What a line says before its signature: the templates with their positional and deciding
# parameters, bold words, and whether a strike is open. Free text (a comment, a statement,
# a typo) is not part of it, nor the list marker (a record's text starts after it).
_TEMPLATE = re.compile(r"\{\{([^{}|]*)((?:\|[^{}]*)?)\}\}")
_BOLD = re.compile(r"'''(.{1,40}?)'''")
_STRIKE_OPEN = re.compile(r"<(?:s|del|strike)\b[^>]*>", re.IGNORECASE)
_STRIKE_CLOSE = re.compile(r"</(?:s|del|strike)\s*>", re.IGNORECASE)
_PIPE = re.compile(r"\|(?![^\[]*\]\])")  # a template's pipe, not a link's
MEANING_PARAMS = frozenset({"nominee", "candidate", "track", "group", "user", "for"})
# Deciding parameters that name a user: compared as MediaWiki compares user names. The
# others (track, group) are kept as written, blanks folded, so a version can be restored.
USER_PARAMS = frozenset({"nominee", "candidate", "user", "for"})
# Characters that separate a meaning's parts, escaped inside values so it parses back.
_ESCAPES = (("%", "%25"), (",", "%2C"), ("(", "%28"), (")", "%29"), ("|", "%7C"))


def _escape(value: str) -> str:
    for char, code in _ESCAPES:
        value = value.replace(char, code)
    return value


def _unescape(value: str) -> str:
    for char, code in reversed(_ESCAPES):
        value = value.replace(code, char)
    return value


def _title_case(name: str) -> str:
    """'  strong_support ' -> 'Strong support': as MediaWiki compares titles and names."""
    name = " ".join(name.replace("_", " ").split())
    return name[:1].upper() + name[1:]


def meaning_key(span: str, meaning: str) -> str:
    """A signature span and what its line says -> the key of that pair. The meaning stays
    readable after the span's digest ("m<digest>|<meaning>"), so the versions a signature
    went through can be listed (``meaning_prefix``) and the signer's own one found again."""
    return meaning_prefix(span) + meaning


def meaning_prefix(span: str) -> str:
    """A signature span -> the start every meaning key of that signature shares."""
    return _digest("m", span) + "|"


def signature_span(text: str, facts: SiteFacts) -> str | None:
    """Entry text -> its signature span (the signer's link to its time zone), or None."""
    found = _signature_line(text, facts)
    if found is None:
        return None
    line, offset = found
    return line[offset:_span(line, offset, facts)[0]]


def _signature_line(text: str, facts: SiteFacts) -> tuple[str, int] | None:
    """Entry text -> (the line holding the signer's link, the link's offset in it): the last
    user link with a timestamp after it, as in ``signatures.find_signature``."""
    from bot.core.signatures import find_timestamp

    for start, _end, _user in reversed(user_links(text, facts)):
        if find_timestamp(text[start:], facts) is None:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        return text[line_start:len(text) if line_end < 0 else line_end], start - line_start
    return None


def line_meaning(before: str) -> str:
    """Text of a line before a signature -> what it says, as a comparable string."""
    parts = []
    for match in _TEMPLATE.finditer(before):
        name = _title_case(match.group(1))
        kept = []
        for param in _PIPE.split(match.group(2))[1:]:
            key, sep, value = param.partition("=")
            name_key = key.strip().casefold()
            if not sep:
                kept.append(_escape(_title_case(param)))
            elif name_key in USER_PARAMS:
                kept.append(name_key + "=" + _escape(_title_case(value)))
            elif name_key in MEANING_PARAMS:
                kept.append(name_key + "=" + _escape(" ".join(value.split())))
        parts.append(name + "(" + ",".join(kept) + ")")
    parts.extend(" ".join(b.split()).casefold() for b in _BOLD.findall(before))
    struck = len(_STRIKE_OPEN.findall(before)) > len(_STRIKE_CLOSE.findall(before))
    parts.append("struck" if struck else "")
    return "|".join(parts)


def entry_meaning(text: str, facts: SiteFacts) -> str | None:
    """An entry's text (a line, or a template over several lines) -> what it says before
    its signer's link (``line_meaning`` of all of it), or None when no dated signature
    signs it: two versions of an entry that say the same decide the same."""
    from bot.core.signatures import find_timestamp

    for start, _end, _user in reversed(user_links(text, facts)):
        if find_timestamp(text[start:], facts) is not None:
            return line_meaning(text[:start])
    return None


def meaning_values(meaning: str) -> tuple[dict[str, str], bool]:
    """What a line said (``line_meaning``) -> ({deciding parameter: value}, struck): the
    named parameters of its templates (the first template naming one wins), as kept."""
    *parts, struck = meaning.split("|")
    values: dict[str, str] = {}
    for part in parts:
        _name, paren, inner = part.partition("(")
        if not paren or not inner.endswith(")"):
            continue
        for param in inner[:-1].split(","):
            key, sep, value = param.partition("=")
            if sep and key in MEANING_PARAMS:
                values.setdefault(key, _unescape(value))
    return values, bool(struck)


def new_signatures(text: str, facts: SiteFacts, known: set[str] | frozenset[str]) -> int:
    """Page text and keys already indexed -> how many of its lines hold a signature not
    indexed yet: an estimate of how many revisions added them (each entry is usually saved
    by its own edit)."""
    time = _stripper(facts).patterns.time
    count = 0
    if facts.digits:
        text = ascii_digits(text, facts)
    for line in text.split("\n"):
        if "[[" in line and time.search(line) and any(
                k[0] == "s" and k not in known for k in line_keys(line, facts)):
            count += 1
    return count


def entry_key(text: str, facts: SiteFacts) -> str | None:
    """Entry text -> the key of its signature span (the signer's link to its time zone).

    The signer's link is the last user link with a timestamp after it, as in
    ``signatures.find_signature``. None when the text has no such link.
    """
    return entry_keys(text, facts)[0]


# Keys already worked out, by (entry text, facts): several rules ask for each entry's keys,
# and the state folder hands back those of entries parsed by an earlier run (``known``).
_KEYS: dict[tuple[str, SiteFacts], tuple[str | None, str | None]] = {}
_KEYS_MAX = 200_000


def entry_keys(text: str, facts: SiteFacts) -> tuple[str | None, str | None]:
    """Entry text -> (its signature span key, its meaning key): the first revision holding
    the span added the entry; the first holding the meaning key made it say what it says
    now (its stance, strike, nominee, track, group ...)."""
    found = _KEYS.get((text, facts))
    if found is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        found = _KEYS[(text, facts)] = _entry_keys(text, facts)
    return found


def known_entry_keys(text: str, facts: SiteFacts,
                     keys: tuple[str | None, str | None]) -> None:
    """Keys ``entry_keys`` gave for this text and facts in an earlier run -> remembered."""
    if len(_KEYS) < _KEYS_MAX:
        _KEYS[(text, facts)] = keys


def _entry_keys(text: str, facts: SiteFacts) -> tuple[str | None, str | None]:
    found = _signature_line(text, facts)
    if found is None:
        return None, None
    line, offset = found
    end, dated = _span(line, offset, facts)
    span = line[offset:end]
    meaning = meaning_key(span, line_meaning(line[:offset])) if dated else None
    return _digest("s", span), meaning


def _unsigned_start(text: str, facts: SiteFacts) -> tuple[int, str | None] | None:
    """Entry text -> where its unsigned note starts and the user it names (None for a
    substituted note, whose user is its first user link)."""
    notes = unsigned_notes(text, facts)
    subst = _SUBST_UNSIGNED.search(text)
    if notes and (not subst or notes[0].start < subst.start()):
        return notes[0].start, notes[0].user
    if subst:
        return subst.start(), None
    return None


@lru_cache(maxsize=65536)  # each entry's text is asked for by several rules
def unsigned_key(text: str, facts: SiteFacts) -> str | None:
    """Entry text with an {{unsigned}} note -> key of its first line without the note."""
    found = _unsigned_start(text, facts)
    if not found:
        return None
    return line_key(text[:found[0]])


def line_key(text: str) -> str | None:
    """Text -> the key of its first line as the history indexes it (list marker and
    surrounding spaces dropped): the first revision holding that line added it."""
    first = _LIST_MARKER.sub("", text.split("\n", 1)[0].strip())
    return _digest("l", first) if first else None


@lru_cache(maxsize=65536)  # each entry's text is asked for by several rules
def unsigned_user(text: str, facts: SiteFacts) -> str | None:
    """Entry text -> the user an {{unsigned|USER}} note names (template or substituted;
    which templates and their parameter order: ``facts.unsigned_templates``)."""
    found = _unsigned_start(text, facts)
    if not found:
        return None
    start, user = found
    if user:
        return user
    links = user_links(text[start:], facts)
    return links[0][2] if links else None


class Blame:
    """Accumulates origins from revisions fed newest first, so a history can be read
    backwards in batches and each text dropped once seen.

    A key's origin is the oldest revision fed that holds it (each older one overwrites it);
    keys in ``known`` are skipped. Each distinct line's keys are computed once; its section
    keys depend on the headings above it, so lines are read in page order.
    """

    def __init__(self, facts: SiteFacts, known: set[str] | frozenset[str] = frozenset()):
        self.facts = facts
        self.known = known
        self.found: dict[str, Origin] = {}
        # line -> (its own keys not known yet, section prefixes of its dated spans,
        # the section title it opens or None)
        self._keys_of: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {}

    def _read(self, line: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
        keys = tuple(line_keys(line, self.facts))
        prefixes = tuple(section_prefix(span) for _start, span, dated
                         in _spans(line, self.facts) if dated)
        heading = heading_title(line)
        return (tuple(k for k in keys if k not in self.known), prefixes,
                None if heading is None else section_title(heading))

    def add_older(self, rev: RevisionText) -> None:
        """One revision, older than every revision fed so far -> None (origins updated)."""
        if rev.text is None:
            return
        origin = Origin(rev.revision, rev.user, rev.timestamp)
        title = ""
        for line in rev.text.split("\n"):
            read = self._keys_of.get(line)
            if read is None:
                read = self._keys_of[line] = self._read(line)
            keys, prefixes, heading = read
            if heading is not None:
                title = heading
            for key in keys:
                self.found[key] = origin
            for prefix in prefixes:
                key = prefix + title
                if key not in self.known:
                    self.found[key] = origin


def blame(revisions: Iterable[RevisionText], facts: SiteFacts,
          known: set[str] | frozenset[str] = frozenset()) -> dict[str, Origin]:
    """Revisions oldest first -> {key: Origin} for every key not in ``known`` yet: the first
    revision that holds each key."""
    found = Blame(facts, known)
    for rev in reversed(list(revisions)):
        found.add_older(rev)
    return found.found
