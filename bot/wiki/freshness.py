"""Has anything a job reads changed since its last run? Recent changes -> yes/no; pure.

A warm run asks the wiki for recent changes since the last run's watermark (one request)
instead of re-reading every page. The answer is "unchanged" only when no change touches a
watched page and no log event (block, rights, new user, move, delete, import ...) happened;
the bot's own saves are ignored. When the watermark fell out of the wiki's recent changes
(older than $wgRCMaxAge), or the job's settings changed, the job runs in full.

The rules above are pure; ``check_fresh`` and ``remember_run`` put them to work with one
recent-changes request and the state store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot import __version__
from bot.core.render import plural

log = logging.getLogger("peerbot")

LOG_TYPES = frozenset({"block", "rights", "newusers", "renameuser", "delete", "move", "merge",
                       "import", "protect", "suppress", "upload", "create", "gblblock",
                       "globalauth", "gblrights"})


@dataclass(frozen=True)
class Change:
    """One recent change: id, kind (edit/new/log), title, revision, time, log type and the
    page's namespace."""

    rcid: int
    kind: str
    title: str
    revision: int = 0
    timestamp: str = ""
    log_type: str = ""
    namespace: int = 0


@dataclass(frozen=True)
class RecentChanges:
    """Recent changes, oldest first, and which of the pages they touch transclude the
    templates asked about now (None when not asked)."""

    changes: list[Change]
    using: frozenset[str] | None = None


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


@dataclass(frozen=True)
class Freshness:
    """Whether a job can skip its run, and the recent-changes watermark to remember."""

    job: str
    fingerprint: str
    rcid: int
    timestamp: str
    unchanged: bool
    reason: str
    since: int = 0  # the last run's watermark
    changed: frozenset[str] | None = None  # titles changed since it (None: not known)
    changes: tuple[Change, ...] = ()  # the changes listed since it
    using: frozenset[str] | None = None  # of the changed titles, those using the templates


def check_fresh(wiki: Any, job: str, fingerprint: str, watch: Any,
                uses_of: Sequence[str] = ()) -> Freshness:
    """Job, what it watches and the templates whose uses it lists -> Freshness, from one
    recent-changes request (which also tells which changed pages use the templates now)."""
    import os

    from bot.core.notices import CONFIG_PROBLEMS_ENV
    from bot.wiki.state import HistoryStore

    # The config problems `peerbot run` hands the job are part of its report: a new one, or
    # one fixed, makes the job run in full so the report shows it (or drops it).
    problems = os.environ.get(CONFIG_PROBLEMS_ENV, "[]")
    if problems != "[]":
        fingerprint = hashlib.sha1(f"{fingerprint}\n{problems}".encode()).hexdigest()
    last = HistoryStore.for_site(wiki.api_url).last_run(job)
    if last is None or last[0] != fingerprint:
        newest = wiki.recent_changes(None).changes
        rcid, stamp = (newest[0].rcid, newest[0].timestamp) if newest else (0, "")
        why = "first run" if last is None else "the job's settings changed"
        log.debug("%s: reading everything (%s)", job, why)
        return Freshness(job, fingerprint, rcid, stamp, False, why)
    _, rcid, stamp, own = last
    listed = wiki.recent_changes(stamp, uses_of) if stamp else RecentChanges([])
    changes = listed.changes
    newest = max(changes, key=lambda c: c.rcid, default=None)
    new_rcid, new_stamp = (newest.rcid, newest.timestamp) if newest else (rcid, stamp)
    if not watermark_kept(changes, rcid):
        log.info("%s: reading everything (recent changes no longer reach the last run)", job)
        return Freshness(job, fingerprint, new_rcid, new_stamp, False,
                         "the wiki's recent changes no longer reach the last run")
    forget_rewritten(HistoryStore.for_site(wiki.api_url), changes)
    found = relevant(changes, watch, rcid, own)
    fresh = Freshness(job, fingerprint, new_rcid, new_stamp, not found,
                      f"{plural(len(found), 'relevant change')} since the last run", rcid,
                      frozenset(c.title for c in changes), tuple(changes), listed.using)
    if found:
        log.debug("%s: %s (first: %s)", job, fresh.reason, found[0].title)
    return fresh


# Log events after which what the state folder kept of a history may no longer be what the
# wiki shows: a revision's text or account hidden (revision deletion, suppression), a
# history merged or imported, an account renamed (its old revisions now show the new name).
REWRITING_LOGS = frozenset({"delete", "suppress", "merge", "import"})


def forget_rewritten(store: Any, changes: Iterable[Change]) -> list[str]:
    """Recent changes -> the pages whose kept history they may have rewritten, forgotten
    (read again from the start on this run, as a fresh state folder would); a rename
    forgets every page."""
    titles = sorted({c.title for c in changes if c.kind == "log"
                     and c.log_type in REWRITING_LOGS})
    if any(c.kind == "log" and c.log_type == "renameuser" for c in changes):
        titles = store.indexed_titles()
        store.forget_renames()
    for title in titles:
        store.forget(title)
    if titles:
        log.info("history: %s read again (revisions hidden, merged, imported or "
                 "accounts renamed since the last run)", plural(len(titles), "page"))
    return titles


def remember_run(wiki: Any, fresh: Freshness, outcomes: Sequence[Any]) -> None:
    """A run whose reports were all written -> its watermark and own saves, for next time."""
    if fresh.rcid and all(o.status in ("edited", "created", "no change") for o in outcomes):
        from bot.wiki.state import HistoryStore

        own = [o.revision for o in outcomes if o.status in ("edited", "created") and o.revision]
        HistoryStore.for_site(wiki.api_url).remember_run(fresh.job, fresh.fingerprint,
                                                         fresh.rcid, fresh.timestamp, own)


def say_unchanged(fresh: Freshness) -> int:
    """-> exit code 0 (done) after one line saying the run was skipped and why."""
    print(f"peerbot: {fresh.job}: no change on the wiki since the last run "
          f"({fresh.reason}); nothing read or written", file=sys.stderr)
    return 0
