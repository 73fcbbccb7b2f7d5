"""Page revisions -> an event log for every line that holds an entry; pure.

A page's revisions are fed oldest first. Each visible revision is compared with the last
visible one line by line (``difflib``): lines in unchanged runs keep their identity; in a
changed run a line keeps the identity of the old line it replaced when both carry the same
signature (its *anchor*) or read alike; a line that left one place and arrives at another
with the same text or signature is *moved*; a line that comes back as a removed one was is
*restored*; anything else is *added*, and old lines left over are *removed*. A template
opened on one line and closed on a later one is one line here (``units``). So identity is
position and neighbours first, text second: three identical unsigned lines added in three
revisions are three entries, each added by its own editor.

Each event names its revision, the account that saved it, the time, the line after it (the
last line for a removal) and the section headings above it. An account is ``None`` when
the wiki hides it, and so is every event seen across a revision whose text is hidden: the
log then says who *could* have made it, and the rules (``bot.integrity.verdicts``) never
name a neighbour as the editor of such a change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from difflib import SequenceMatcher
from itertools import accumulate
from typing import Any

from bot.core.sections import heading_title

ADDED, CHANGED, MOVED, REMOVED, RESTORED = "added", "changed", "moved", "removed", "restored"
_LEVEL = re.compile(r"^(=+).*?\1\s*$")
# Anchor of a line: its signature (signer's link to its time zone), or None.
Anchor = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Rev:
    """One revision as the log reads it: id, account (None: hidden), time (ISO) and text
    (None: hidden)."""

    revision: int
    user: str | None
    timestamp: str
    text: str | None


@dataclass(frozen=True)
class Event:
    """One thing that happened to an entry's line."""

    kind: str
    revision: int
    user: str | None  # None: the account, or the text of a revision in between, is hidden
    timestamp: str
    text: str  # the line after the event; for a removal, the line as it was removed
    path: tuple[str, ...]  # the section-opening lines above it, outermost first
    hidden: tuple[int, ...] = ()  # hidden revisions the event may have happened in

    @property
    def time(self) -> datetime:
        """-> when the event's revision was saved (UTC)."""
        return datetime.fromisoformat(self.timestamp).astimezone(UTC)


@dataclass
class EntryLog:
    """One line's identity and everything that happened to it, oldest first."""

    ident: int
    events: list[Event] = field(default_factory=list)

    @property
    def present(self) -> bool:
        """-> True while the line is on the page."""
        return bool(self.events) and self.events[-1].kind != REMOVED

    @property
    def text(self) -> str:
        return self.events[-1].text


def _path_after(path: tuple[str, ...], line: str) -> tuple[str, ...] | None:
    """The headings above a line and the line -> the headings above the next line, or None
    when the line opens no section."""
    if heading_title(line) is None:
        return None
    level = _LEVEL.match(line.strip())
    depth = len(level.group(1)) if level else 99
    kept = [h for h in path if (len(m.group(1)) if (m := _LEVEL.match(h.strip())) else 99)
            < depth]
    return (*kept, line.strip())


def _paths(lines: Sequence[str]) -> list[tuple[str, ...]]:
    """Lines of a page -> the section-opening lines above each."""
    out: list[tuple[str, ...]] = []
    path: tuple[str, ...] = ()
    for line in lines:
        out.append(path)
        after = _path_after(path, line)
        if after is not None:
            path = after
    return out


def path_above(lines: Sequence[str], line: int) -> tuple[str, ...]:
    """Lines of a page and a 1-based line -> the section-opening lines above it."""
    path: tuple[str, ...] = ()
    for text in lines[:max(0, line - 1)]:
        after = _path_after(path, text)
        if after is not None:
            path = after
    return path


# A template left open on a line is followed to the line that closes it, up to this many.
MAX_UNIT_LINES = 30


def units(text: str) -> list[str]:
    """A revision's text -> its lines, except that a template opened on one line and closed
    on a later one (``{{Peer academy nomination\n|nominee=X\n}} ~~~~``) is one unit: a
    change to any of its lines changes that entry, and its removal removes all of it. A
    template that is not closed within ``MAX_UNIT_LINES`` lines, or before a heading, leaves
    its lines as they are."""
    lines = text.split("\n")
    if "{{" not in text:
        return lines
    out: list[str] = []
    at = 0
    while at < len(lines):
        depth = lines[at].count("{{") - lines[at].count("}}")
        end = at
        while depth > 0 and end + 1 < len(lines) and end - at < MAX_UNIT_LINES:
            end += 1
            if heading_title(lines[end]) is not None:
                break
            depth += lines[end].count("{{") - lines[end].count("}}")
        if end > at and depth <= 0:
            out.append("\n".join(lines[at:end + 1]))
            at = end + 1
        else:
            out.append(lines[at])
            at += 1
    return out


def _tracked(line: str) -> bool:
    return bool(line.strip()) and heading_title(line) is None


@dataclass
class EventLog:
    """The logs of one page's lines, fed revisions oldest first (``feed``)."""

    anchor: Anchor
    last: int = 0
    lines: list[str] = field(default_factory=list)
    ids: list[int | None] = field(default_factory=list)  # per line; None: not tracked
    logs: dict[int, EntryLog] = field(default_factory=dict)
    pending: list[tuple[int, str | None]] = field(default_factory=list)  # hidden since last
    # the last physical line of each unit of ``lines``, worked out when first asked
    _ends: list[int] | None = field(default=None, repr=False, compare=False)

    def feed(self, rev: Rev) -> None:
        """The next revision of the page, newer than all fed so far -> None (logs updated)."""
        if rev.revision <= self.last:
            return
        self.last = rev.revision
        if rev.text is None:
            self.pending.append((rev.revision, rev.user))
            return
        hidden = tuple(r for r, _u in self.pending)
        user = None if hidden else rev.user
        self.pending = []
        new = units(rev.text)
        paths = _paths(new)
        new_ids = self._match(new)
        seen: set[int] = set()

        def event(kind: str, ident: int, at: int) -> None:
            self.logs[ident].events.append(Event(kind, rev.revision, user, rev.timestamp,
                                                 new[at], paths[at], hidden))
            seen.add(ident)

        for at, ident in enumerate(new_ids):
            if ident is None:
                continue
            if ident not in self.logs:
                self.logs[ident] = EntryLog(ident)
                event(ADDED, ident, at)
                continue
            log = self.logs[ident]
            if not log.present:
                event(RESTORED, ident, at)
            elif log.text.strip() != new[at].strip():
                event(CHANGED, ident, at)
            elif log.events[-1].path != paths[at]:
                event(MOVED, ident, at)
            seen.add(ident)
        for ident in self.ids:
            if ident is not None and ident not in seen and self.logs[ident].present:
                last = self.logs[ident].events[-1]
                self.logs[ident].events.append(Event(REMOVED, rev.revision, user,
                                                     rev.timestamp, last.text, last.path,
                                                     hidden))
        self.lines, self.ids, self._ends = new, new_ids, None

    def _match(self, new: list[str]) -> list[int | None]:
        """The new revision's lines -> the identity of each (None for untracked lines):
        unchanged runs first, then pairs inside changed runs, then moves and restores."""
        out: list[int | None] = [None] * len(new)
        old_free: dict[int, int] = {}  # old index -> its id, not paired yet
        new_free: list[int] = []
        matcher = SequenceMatcher(None, self.lines, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                out[j1:j2] = self.ids[i1:i2]
                continue
            olds = [i for i in range(i1, i2) if self.ids[i] is not None]
            news = [j for j in range(j1, j2) if _tracked(new[j])]
            pairs = _pair_changed(olds, news, self.lines, new, self.anchor)
            for j, i in pairs.items():
                out[j] = self.ids[i]
            old_free.update({i: ident for i in olds if i not in pairs.values()
                             and (ident := self.ids[i]) is not None})
            new_free.extend(j for j in news if j not in pairs)
        self._pair_moves(new, out, old_free, new_free)
        fresh = max(self.logs, default=0)
        for j in new_free:
            if out[j] is None:
                restored = self._restored(new[j], out)
                if restored is None:
                    fresh += 1
                    restored = fresh
                out[j] = restored
        return out

    def _pair_moves(self, new: list[str], out: list[int | None], old_free: dict[int, int],
                    new_free: list[int]) -> None:
        """Lines that left one place and arrived at another -> the same identity, by the
        same text first, then by the same signature."""
        for key in (lambda s: s.strip(), self.anchor):
            if not old_free:
                return
            by_key: dict[str, list[int]] = {}
            for i in sorted(old_free):
                k = key(self.lines[i])
                if k:
                    by_key.setdefault(k, []).append(i)
            for j in new_free:
                if out[j] is not None:
                    continue
                k = key(new[j])
                if k and by_key.get(k):
                    i = by_key[k].pop(0)
                    out[j] = old_free.pop(i)

    def _restored(self, line: str, out: Sequence[int | None]) -> int | None:
        """A line that is new here -> the identity of a removed entry it restores (same
        text, else same signature), or None."""
        gone = [ident for ident, log in self.logs.items() if not log.present]
        if not gone:
            return None
        taken = set(out)
        for key in (lambda s: s.strip(), self.anchor):
            k = key(line)
            if not k:
                continue
            for ident in sorted(gone, reverse=True):
                if ident not in taken and key(self.logs[ident].text) == k:
                    return ident
        return None

    def entry_at(self, line: int) -> EntryLog | None:
        """A 1-based line of the last revision fed -> the log of the entry there (a
        template over several lines is one entry, found from any of its lines), or None."""
        if self._ends is None or len(self._ends) != len(self.lines):
            self._ends = list(accumulate(unit.count("\n") + 1 for unit in self.lines))
        at = bisect_right(self._ends, line - 1)
        if line < 1 or at >= len(self.ids):
            return None
        ident = self.ids[at]
        return self.logs.get(ident) if ident is not None else None

    def removed(self) -> list[EntryLog]:
        """-> logs of the entries no longer on the page, oldest first."""
        return [log for _i, log in sorted(self.logs.items()) if not log.present]

    # -- the state folder keeps a log between runs as JSON ------------------------------
    def to_json(self) -> dict[str, Any]:
        return {"last": self.last, "lines": self.lines, "ids": self.ids,
                "pending": self.pending,
                "logs": {str(i): [_event_json(e) for e in log.events]
                         for i, log in self.logs.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any], anchor: Anchor) -> EventLog:
        logs = {int(i): EntryLog(int(i), [_event(e) for e in events])
                for i, events in data["logs"].items()}
        return cls(anchor, int(data["last"]), list(data["lines"]), list(data["ids"]), logs,
                   [(int(r), u) for r, u in data["pending"]])


def _similar(a: str, b: str) -> bool:
    """Two versions of a line -> True when one reads as the other changed: most of the text
    alike, or one the other with something added at its end (a signature, an {{unsigned}}
    note), whatever the addition's length."""
    if a and b and (b.startswith(a) or a.startswith(b)):
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.6 and matcher.ratio() >= 0.6


def _pair_changed(olds: list[int], news: list[int], old_lines: Sequence[str],
                  new_lines: Sequence[str], anchor: Anchor) -> dict[int, int]:
    """Tracked lines of one changed run, old and new -> {new index: old index it
    continues}: same signature first, then in order those that read alike."""
    pairs: dict[int, int] = {}
    if not olds or not news:
        return pairs
    by_anchor: dict[str, list[int]] = {}
    for i in olds:
        if (k := anchor(old_lines[i])):
            by_anchor.setdefault(k, []).append(i)
    used: set[int] = set()
    for j in news:
        k = anchor(new_lines[j])
        if k and by_anchor.get(k):
            i = by_anchor[k].pop(0)
            pairs[j] = i
            used.add(i)
    rest_old = [i for i in olds if i not in used]
    start = 0
    for j in news:
        if j in pairs:
            continue
        for pos in range(start, len(rest_old)):
            i = rest_old[pos]
            if (anchor(old_lines[i]) is None or anchor(new_lines[j]) is None) and \
                    _similar(old_lines[i].strip(), new_lines[j].strip()):
                pairs[j] = i
                start = pos + 1
                break
    return pairs


def _event_json(e: Event) -> list[Any]:
    return [e.kind, e.revision, e.user, e.timestamp, e.text, list(e.path), list(e.hidden)]


def _event(data: list[Any]) -> Event:
    kind, revision, user, stamp, text, path, hidden = data
    return Event(kind, int(revision), user, stamp, text, tuple(path), tuple(hidden))


def build(revisions: Iterable[Rev], anchor: Anchor) -> EventLog:
    """Revisions oldest first -> the page's event log."""
    log = EventLog(anchor)
    for rev in revisions:
        log.feed(rev)
    return log
