"""Where a signed comment's signature is and where the comment ends: one set of rules for
votes, nominations and the digest; pure.

The rules are DiscussionTools' (MediaWiki's comment parser), read on wikitext lines:

* **A signature** is a user link (User:, User talk:, Special:Contributions/, on this wiki or
  behind interwiki prefixes) or an unsigned note, with a timestamp after it. Its time is
  the *first* timestamp after the link: ``(UTC) (Corrections: 23:46, 8 July 2019 (UTC))``
  is signed at the first one. A timestamp with no user link between it and the previous
  timestamp signs nothing.
* **A comment ends at its signature's timestamp**, whatever follows on the line
  (``{{phabricator|T297454}}``, ``<!-- -->``, a P.S.): that text is not the start of the
  next person's comment. A later signature on the line by the *same* user (a postscript,
  an edit note) is part of the same comment, as it is of a paragraph's next line
  (``continues_paragraph``); one by *another* user is that user's own comment.
* **An undated signature** is a user link followed by that user's own talk or
  contributions link (``[[User:X|X]] ([[User talk:X|talk]])``), then nothing but an
  unparsed date (digits, punctuation, month names, zone abbreviations); or a user link
  followed by such a date with at least one digit (``[[User:X|X]] 06:45 8 April 2007``);
  or an unsigned note naming the user. A lone mention at the end of a line
  (``Thank you very much, [[User:X|X]].``) is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.core.model import SiteFacts
from bot.core.names import decode_title
from bot.core.signatures import (
    _LINK,
    find_timestamp,
    linked_user,
    timestamps,
    unsigned_notes,
    user_links,
)
from bot.core.sitenames import fold

# an unparsed date after a signature may be this long ("06:45 8 April 2007 (GMT)")
DATE_TAIL = 40
_TAG = re.compile(r"<[^<>]*>|'''?|&nbsp;|\{\{\s*[^{}|]*\}\}")


@dataclass(frozen=True)
class Signed:
    """One signature on a line: who, when (None when undated), where its user link starts,
    where the signature ends (after its timestamp) and the link's interwiki prefixes."""

    user: str
    timestamp: datetime | None
    start: int
    end: int
    prefixes: tuple[str, ...] = ()


def dated_signatures(text: str, facts: SiteFacts) -> list[Signed]:
    """Text -> its dated signatures in order: for each timestamp (or dated unsigned note)
    the last user link between it and the previous one; a timestamp without one is none."""
    links = user_links(text, facts)
    if not links:
        return []
    ends: list[tuple[int, datetime, int | None]] = [(end, stamp, None)
                                                     for end, stamp in timestamps(text, facts)]
    if "{{" in text:
        ends += [(n.end, n.stamp, n.start) for n in unsigned_notes(text, facts)
                 if n.stamp is not None and not _stamped_inside(n.date_at, n.end, ends)]
    ends.sort(key=lambda e: e[0])
    found: list[Signed] = []
    previous = 0
    for end, stamp, note_at in ends:
        if end <= previous:
            continue
        before = [ln for ln in links if previous <= ln[0] and ln[1] <= end]
        if note_at is not None:
            before = [ln for ln in before if ln[0] == note_at] or before
        if before:
            start, link_end, user = before[-1]
            found.append(Signed(user, stamp, start, end, _prefixes(text, start, link_end,
                                                                    facts)))
        previous = end
    return found


def _stamped_inside(start: int, end: int, ends: list[tuple[int, datetime, int | None]]) -> bool:
    """True when a timestamp already read ends inside a note's date (it is the note's)."""
    return any(start < e <= end for e, _s, _n in ends)


def _prefixes(text: str, start: int, end: int, facts: SiteFacts) -> tuple[str, ...]:
    match = _LINK.match(text, start)
    if match is None or match.end() != end:
        return ()
    found = linked_user(match.group(1), facts)
    return found.prefixes if found else ()


def line_signatures(line: str, facts: SiteFacts) -> list[Signed]:
    """A line -> the signatures that sign comments on it: its first dated signature, then
    each later one by a user who has not signed on the line yet (a postscript by the same
    user belongs to the first comment). No dated one: its undated signature, if any."""
    dated = dated_signatures(line, facts) if "]]" in line or "{{" in line else []
    if not dated:
        undated = undated_signature(line, facts)
        return [undated] if undated else []
    kept: list[Signed] = []
    for sig in dated:
        if all(sig.user != k.user for k in kept):
            kept.append(sig)
    return kept


def undated_signature(text: str, facts: SiteFacts) -> Signed | None:
    """Text -> its undated signature (see the module doc), or None."""
    if "]]" not in text and "{{" not in text:
        return None
    links = user_links(text, facts)
    if not links:
        return None
    start, end, user = links[-1]
    if not _date_residue(text[end:], facts):
        return None
    notes = {n.start for n in unsigned_notes(text, facts)} if "{{" in text else set()
    if start in notes:
        return Signed(user, None, start, len(text))
    prefixes = _prefixes(text, start, end, facts)
    if re.search(r"\d", _TAG.sub("", text[end:])):  # "[[User:X|X]] 06:45 8 April 2007"
        return Signed(user, None, start, len(text), prefixes)
    # the user's link, then another link of theirs: talk or contributions (any wiki's)
    following = start
    for e_start, e_end, e_user in reversed(links[:-1]):
        if e_user != user or not _date_residue(text[e_end:following], facts, joiner=True):
            break
        if _target(text, e_start) != _target(text, start):
            return Signed(user, None, e_start, len(text), prefixes)
        following = e_start
    return None


def _target(text: str, start: int) -> str:
    """A user link -> its target as compared: decoded, folded ('User talk:X' and
    'user_talk:X' are one; 'User:X' and 'User talk:X' are two)."""
    match = _LINK.match(text, start)
    return fold(decode_title(match.group(1))) if match else ""


def _date_residue(tail: str, facts: SiteFacts, joiner: bool = False) -> bool:
    """Text after a signature's link -> True when it holds at most an unparsed date:
    digits, punctuation, month names and zone abbreviations (``joiner``: the few
    characters between a user's two links: " (", " | ", "·")."""
    tail = _TAG.sub("", tail).strip()
    if joiner:
        return len(tail) <= 6 and not re.search(r"\w", tail)
    if len(tail) > DATE_TAIL:
        return False
    months = {name.casefold().rstrip(".") for pair in facts.months_names for name in pair}
    months |= {name.casefold() for name in facts.months_genitive}
    for word in re.findall(r"[^\W\d_]+", tail):
        if word.casefold() not in months and not (word.isupper() and len(word) <= 5):
            return False
    return True


def continues_paragraph(previous: str, line: str) -> bool:
    """Two consecutive lines -> True when the second goes on with the first's paragraph
    (both plain text, not list items, headings, tables or blank): as MediaWiki renders
    them, one paragraph, so one comment (DiscussionTools takes one per paragraph)."""
    def plain(text: str) -> bool:
        stripped = text.strip()
        return bool(stripped) and not stripped.startswith(("*", ":", "#", ";", "=", "{|",
                                                            "|", "!", "----")) \
            and not text.startswith(" ")
    return plain(previous) and plain(line)


def has_timestamp(text: str, facts: SiteFacts) -> bool:
    """Text -> True when it holds a signature timestamp."""
    return "(" in text and find_timestamp(text, facts) is not None
