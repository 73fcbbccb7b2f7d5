"""Has anything a job reads changed since its last run? Recent changes -> yes/no; pure.

A warm run asks the wiki for recent changes since the last run's watermark (one request)
instead of re-reading every page. The answer is "unchanged" only when no change touches a
watched page and no log event (block, rights, new user, move, delete, import ...) happened;
the bot's own saves are ignored. When the watermark fell out of the wiki's recent changes
(older than $wgRCMaxAge), or the job's settings changed, the job runs in full.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot import __version__

LOG_TYPES = frozenset({"block", "rights", "newusers", "renameuser", "delete", "move", "merge",
                       "import", "protect", "suppress", "upload", "create", "gblblock",
                       "globalauth", "gblrights"})


@dataclass(frozen=True)
class Change:
    """One recent change: id, kind (edit/new/log), title, revision, time, log type."""

    rcid: int
    kind: str
    title: str
    revision: int = 0
    timestamp: str = ""
    log_type: str = ""


@dataclass(frozen=True)
class Watch:
    """What a job reads: title prefixes and exact titles."""

    prefixes: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()

    def covers(self, title: str) -> bool:
        """Title -> True when the job reads or writes that page."""
        return title in self.titles or any(title.startswith(p) for p in self.prefixes)


def fingerprint(job: str, *settings: Any) -> str:
    """Job name and its settings -> a stable digest (a changed config or version re-runs)."""
    text = json.dumps([job, __version__, *[repr(s) for s in settings]], sort_keys=True)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def relevant(changes: Iterable[Change], watch: Watch, after_rcid: int,
             own_revisions: Iterable[int] = ()) -> list[Change]:
    """Changes since the watermark -> those that may change the job's report."""
    own = set(own_revisions)
    found = []
    for change in changes:
        if change.rcid <= after_rcid:
            continue
        if change.kind == "log":
            if change.log_type in LOG_TYPES or watch.covers(change.title):
                found.append(change)
        elif change.revision not in own and watch.covers(change.title):
            found.append(change)
    return found


def watermark_kept(changes: Sequence[Change], after_rcid: int) -> bool:
    """Changes listed from the watermark's time -> True when the watermark entry itself is
    still in recent changes (so nothing between it and now was purged)."""
    return any(c.rcid == after_rcid for c in changes)
