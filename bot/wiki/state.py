"""Local state: the blame index and event log of each page's history, kept in SQLite.

Keyed by wiki (API URL) and page id, so a later run fetches only revisions newer than the
last one it indexed. Pages' current texts are kept too, each with the recent-changes
watermark it is current as of, so a run reads again only the pages changed since, and so is
the list of pages using a job's templates (``bot.wiki.uses``). ``HistoryStore(":memory:")``
is the same store without a file.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core.config import ConfigError
from bot.core.history import Origin

log = logging.getLogger("peerbot")

SCHEMA = """
CREATE TABLE IF NOT EXISTS page (
    site TEXT NOT NULL, title TEXT NOT NULL, page_id INTEGER NOT NULL,
    last_revision INTEGER NOT NULL, PRIMARY KEY (site, title));
CREATE TABLE IF NOT EXISTS run (
    site TEXT NOT NULL, job TEXT NOT NULL, fingerprint TEXT NOT NULL,
    rcid INTEGER NOT NULL, rc_timestamp TEXT NOT NULL, own_revisions TEXT NOT NULL,
    PRIMARY KEY (site, job));
CREATE TABLE IF NOT EXISTS current (
    site TEXT NOT NULL, title TEXT NOT NULL, page_id INTEGER NOT NULL,
    revision INTEGER NOT NULL, timestamp TEXT NOT NULL, rcid INTEGER NOT NULL,
    text TEXT NOT NULL, PRIMARY KEY (site, title));
CREATE TABLE IF NOT EXISTS account (
    site TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (site, name));
CREATE TABLE IF NOT EXISTS global_account (
    site TEXT NOT NULL, name TEXT NOT NULL, registration TEXT, editcount INTEGER NOT NULL,
    PRIMARY KEY (site, name));
CREATE TABLE IF NOT EXISTS uses (
    site TEXT NOT NULL, templates TEXT NOT NULL, rcid INTEGER NOT NULL,
    listed_at TEXT NOT NULL, aliases TEXT NOT NULL, titles TEXT NOT NULL,
    PRIMARY KEY (site, templates));
CREATE TABLE IF NOT EXISTS parsed (
    site TEXT NOT NULL, title TEXT NOT NULL, revision INTEGER NOT NULL, key TEXT NOT NULL,
    data TEXT NOT NULL, PRIMARY KEY (site, title, key));
CREATE TABLE IF NOT EXISTS renames (
    site TEXT NOT NULL PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS eventlog (
    site TEXT NOT NULL, title TEXT NOT NULL, data TEXT NOT NULL, notable INTEGER NOT NULL,
    PRIMARY KEY (site, title));
CREATE TABLE IF NOT EXISTS origin (
    site TEXT NOT NULL, title TEXT NOT NULL, key TEXT NOT NULL,
    revision INTEGER NOT NULL, user TEXT NOT NULL, timestamp TEXT NOT NULL,
    PRIMARY KEY (site, title, key));
"""


def _origin(revision: int, user: str, stamp: str) -> Origin:
    when = datetime.fromisoformat(stamp)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return Origin(int(revision), user, when)


# Version of the blame keys (bot.core.history): 2 added the meaning keys, 3 the section
# keys and meaning values kept as written, 4 the event logs (bot.integrity.events), 5
# whether each says something, 6 parses kept per parser key, 7 templates over several
# lines one unit of the event logs.
KEYS_VERSION = 7


def state_dir() -> Path:
    """-> the state folder: $PEERBOT_STATE_DIR, else ./state."""
    return Path(os.environ.get("PEERBOT_STATE_DIR", "state"))


def check_writable(folder: Path | None = None) -> None:
    """The state folder (default ``state_dir()``) -> None when peerbot can create files in it
    (it is made if missing); else ConfigError, one line, so a run stops before its first
    wiki request instead of failing after reading the wiki."""
    folder = folder if folder is not None else state_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".peerbot-probe-"):
            pass
    except OSError as err:
        raise ConfigError(
            f"state folder {folder} cannot be written ({err.strerror or err}): set "
            "PEERBOT_STATE_DIR (or state_dir in config/jobs.yaml) to a folder peerbot may "
            "write; what it holds is a cache, an empty folder is fine") from None


_CHECKED: set[str] = set()  # store files found sound by this process


def _stamp(path: str) -> str:
    """-> the file's size and modification time, '' while a journal says a write was cut."""
    if os.path.exists(path + "-journal") or os.path.exists(path + "-wal"):
        return ""
    try:
        found = os.stat(path)
    except OSError:
        return ""
    return f"{found.st_size} {found.st_mtime_ns}"


def _remember_sound() -> None:
    """At exit: note each store this process found sound as it is left, so the next process
    skips the check of a file nobody touched since (``NAME.sound``)."""
    for path in _CHECKED:
        stamp = _stamp(path)
        try:
            if stamp:
                Path(path + ".sound").write_text(stamp, encoding="ascii")
        except OSError:
            pass


atexit.register(_remember_sound)


def _known_sound(path: str) -> bool:
    """-> True when the file is as a process that found it sound left it."""
    try:
        noted = Path(path + ".sound").read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return False
    stamp = _stamp(path)
    return bool(stamp) and noted == stamp


def _connect(path: str) -> sqlite3.Connection:
    """Path -> a connection with the schema in place; sqlite3.DatabaseError when the file is
    not a sound database. The full check (``PRAGMA quick_check``, which reads the whole
    file: 1.8 s for 237 MB) runs once per process and file, and not at all when the file is
    as the last process that checked it left it."""
    sound = path == ":memory:" or path in _CHECKED or _known_sound(path)
    db = sqlite3.connect(path, timeout=30)
    try:
        db.executescript(SCHEMA)
        if not sound:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {verdict}")
        if path != ":memory:":
            _CHECKED.add(path)
    except BaseException:
        db.close()
        raise
    return db


def _busy(err: sqlite3.Error) -> bool:
    """-> True for errors that say another process holds the file, not that it is bad."""
    return "locked" in str(err) or "busy" in str(err)


def open_store(path: str | Path) -> sqlite3.Connection:
    """Path of a store -> a connection to it. The state folder is a cache: a file that
    cannot be read or is not a sound database is moved aside as ``NAME.corrupt-TIMESTAMP``
    (with its journal) and a new one is made, with one warning line."""
    where = str(path)
    if where == ":memory:":
        return _connect(where)
    Path(where).parent.mkdir(parents=True, exist_ok=True)
    unreadable = os.path.exists(where) and not os.access(where, os.R_OK | os.W_OK)
    try:
        if not unreadable:
            return _connect(where)
        why = "not readable and writable"
    except sqlite3.DatabaseError as err:
        if _busy(err):
            raise
        why = str(err).splitlines()[0] if str(err) else type(err).__name__
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = f"{where}.corrupt-{stamp}"
    try:
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(where + suffix):
                os.replace(where + suffix, aside + suffix)
    except OSError as err:
        raise ConfigError(f"state file {where} is unusable ({why}) and cannot be moved "
                          f"aside ({err.strerror or err}); delete it") from None
    log.warning("state: %s could not be used (%s); moved aside to %s and rebuilt", where,
                why, os.path.basename(aside))
    return _connect(where)


class HistoryStore:
    """Blame index per (wiki, page): last indexed revision and the origin of each key."""

    def __init__(self, path: str | Path, site: str) -> None:
        self.db = open_store(path)
        self.site = site
        if self.db.execute("PRAGMA user_version").fetchone()[0] < KEYS_VERSION:
            # The keys a history is indexed by changed: index every page again.
            self.db.execute("DELETE FROM origin")
            self.db.execute("DELETE FROM page")
            # tables whose shape changed with the keys: made again
            self.db.executescript("DROP TABLE IF EXISTS eventlog; DROP TABLE IF EXISTS parsed;")
            self.db.executescript(SCHEMA)
            self.db.execute(f"PRAGMA user_version = {KEYS_VERSION}")
            self.db.commit()

    @classmethod
    def for_site(cls, api_url: str) -> HistoryStore:
        """API URL -> the store in the state folder for that wiki."""
        name = hashlib.sha1(api_url.encode()).hexdigest()[:12]
        return cls(state_dir() / f"history-{name}.sqlite", api_url)

    def last_revision(self, title: str, page_id: int) -> int:
        """Page -> last indexed revision (0: none, or the page was deleted and re-created)."""
        row = self.db.execute("SELECT page_id, last_revision FROM page WHERE site=? AND title=?",
                              (self.site, title)).fetchone()
        if row is None:
            return 0
        if row[0] != page_id:
            self.forget(title)
            return 0
        return int(row[1])

    def forget(self, title: str) -> None:
        """Drop everything indexed for a page."""
        with self.db:
            self.db.execute("DELETE FROM page WHERE site=? AND title=?", (self.site, title))
            self.db.execute("DELETE FROM origin WHERE site=? AND title=?", (self.site, title))
            self.db.execute("DELETE FROM eventlog WHERE site=? AND title=?", (self.site, title))

    def parsed(self, pages: Iterable[tuple[str, int]], key: str) -> dict[str, str]:
        """(title, revision) of pages and the parser's key -> {title: entries as kept} for
        the pages parsed at that revision with that key (``bot.wiki.parsed``)."""
        wanted = dict(pages)
        out: dict[str, str] = {}
        titles = list(wanted)
        for start in range(0, len(titles), 500):
            chunk = titles[start:start + 500]
            rows = self.db.execute(
                "SELECT title, revision, data FROM parsed WHERE site=? AND key=? AND title IN "
                f"({','.join('?' * len(chunk))})", (self.site, key, *chunk))
            out.update({title: data for title, revision, data in rows
                        if wanted.get(title) == revision})
        return out

    def keep_parsed(self, pages: Iterable[tuple[str, int, str]], key: str) -> None:
        """(title, revision, entries as JSON) of pages just parsed -> kept."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO parsed VALUES (?,?,?,?,?)",
                                [(self.site, t, r, key, d) for t, r, d in pages])

    def renames(self) -> list[tuple[str, str]] | None:
        """-> the wiki's account renames as last read (None: not read yet, or a rename
        happened since)."""
        row = self.db.execute("SELECT data FROM renames WHERE site=?", (self.site,)).fetchone()
        return [(old, new) for old, new in json.loads(row[0])] if row else None

    def keep_renames(self, renames: list[tuple[str, str]]) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO renames VALUES (?,?)",
                            (self.site, json.dumps(renames)))

    def forget_renames(self) -> None:
        with self.db:
            self.db.execute("DELETE FROM renames WHERE site=?", (self.site,))

    def indexed_titles(self) -> list[str]:
        """-> every page whose history is indexed."""
        return [r[0] for r in self.db.execute("SELECT title FROM page WHERE site=?",
                                              (self.site,))]

    def known_keys(self, title: str) -> set[str]:
        """Page -> keys already indexed (they keep their first origin)."""
        rows = self.db.execute("SELECT key FROM origin WHERE site=? AND title=?",
                               (self.site, title))
        return {r[0] for r in rows}

    def event_log(self, title: str) -> dict[str, Any] | None:
        """Page -> its event log as kept (``bot.integrity.events.EventLog.to_json``)."""
        row = self.db.execute("SELECT data FROM eventlog WHERE site=? AND title=?",
                              (self.site, title)).fetchone()
        return json.loads(row[0]) if row else None

    def notable_logs(self, titles: Iterable[str]) -> set[str]:
        """Titles -> those whose event log has something to say (an entry removed, or
        added in a hidden revision)."""
        wanted = list(dict.fromkeys(titles))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.db.execute(
                "SELECT title FROM eventlog WHERE site=? AND notable=1 AND title IN "
                f"({','.join('?' * len(chunk))})", (self.site, *chunk))
            found.update(title for (title,) in rows)
        return found

    def add(self, title: str, page_id: int, last_revision: int,
            origins: dict[str, Origin], events: dict[str, Any] | None = None,
            notable: bool = False) -> None:
        """Record new keys' origins, the page's event log and the last indexed revision, in
        one transaction."""
        with self.db:
            if events is not None:
                self.db.execute("INSERT OR REPLACE INTO eventlog VALUES (?,?,?,?)",
                                (self.site, title, json.dumps(events), int(notable)))
            self.db.executemany(
                "INSERT OR IGNORE INTO origin VALUES (?,?,?,?,?,?)",
                [(self.site, title, k, o.revision, o.user, o.timestamp.isoformat())
                 for k, o in origins.items()])
            self.db.execute("INSERT OR REPLACE INTO page VALUES (?,?,?,?)",
                            (self.site, title, page_id, last_revision))

    def last_run(self, job: str) -> tuple[str, int, str, list[int]] | None:
        """Job -> (fingerprint, watermark rcid, its timestamp, revisions the bot saved)."""
        row = self.db.execute("SELECT fingerprint, rcid, rc_timestamp, own_revisions FROM run "
                              "WHERE site=? AND job=?", (self.site, job)).fetchone()
        if row is None:
            return None
        return row[0], int(row[1]), row[2], [int(r) for r in row[3].split() if r]

    def remember_run(self, job: str, fingerprint: str, rcid: int, rc_timestamp: str,
                     own_revisions: Iterable[int]) -> None:
        """Record a finished run: the recent-changes watermark taken before it read."""
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO run VALUES (?,?,?,?,?,?)",
                            (self.site, job, fingerprint, rcid, rc_timestamp,
                             " ".join(str(r) for r in own_revisions)))

    def template_uses(self, templates: str, min_rcid: int
                      ) -> tuple[str, dict[str, tuple[str, ...]], list[str]] | None:
        """Template names ('|'-joined, sorted) and a recent-changes id -> (time of the
        listing, {name: redirect names}, titles using them) kept with a watermark at or after
        that id (current as of it), or None."""
        row = self.db.execute("SELECT listed_at, aliases, titles FROM uses WHERE site=? AND "
                              "templates=? AND rcid>=?", (self.site, templates, min_rcid)
                              ).fetchone()
        if row is None:
            return None
        aliases = {name: tuple(names) for name, names in json.loads(row[1]).items()}
        return row[0], aliases, list(json.loads(row[2]))

    def keep_template_uses(self, templates: str, rcid: int, listed_at: str,
                           aliases: dict[str, tuple[str, ...]], titles: list[str]) -> None:
        """The templates' uses as of a recent-changes watermark -> kept for the next run."""
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO uses VALUES (?,?,?,?,?,?)",
                            (self.site, templates, rcid, listed_at, json.dumps(aliases),
                             json.dumps(titles)))

    def current_pages(self, titles: Iterable[str], min_rcid: int
                      ) -> dict[str, tuple[int, int, str, str]]:
        """Titles and a recent-changes id -> {title: (page id, revision, time, text)} for
        the pages kept with a watermark at or after that id (current as of it)."""
        wanted = list(dict.fromkeys(titles))
        out: dict[str, tuple[int, int, str, str]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.db.execute(
                "SELECT title, page_id, revision, timestamp, text FROM current WHERE site=? "
                f"AND rcid>=? AND title IN ({','.join('?' * len(chunk))})",
                (self.site, min_rcid, *chunk))
            for title, page_id, revision, stamp, text in rows:
                out[title] = (int(page_id), int(revision), stamp, text)
        return out

    def keep_current(self, pages: Iterable[tuple[str, int, int, str, str]],
                     confirmed: Iterable[str], rcid: int) -> None:
        """Pages just read (title, page id, revision, time, text) and titles of kept pages
        known unchanged, at a recent-changes watermark -> None; both are current as of it."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO current VALUES (?,?,?,?,?,?,?)",
                                [(self.site, t, i, r, ts, rcid, x) for t, i, r, ts, x in pages])
            self.db.executemany("UPDATE current SET rcid=? WHERE site=? AND title=?",
                                [(rcid, self.site, t) for t in confirmed])

    def with_prefix(self, title: str, prefix: str) -> dict[str, Origin]:
        """Page and a key prefix -> {key: Origin} of every indexed key that starts with it."""
        rows = self.db.execute(
            "SELECT key, revision, user, timestamp FROM origin WHERE site=? AND title=? "
            "AND substr(key, 1, ?) = ?", (self.site, title, len(prefix), prefix))
        return {key: _origin(revision, user, stamp) for key, revision, user, stamp in rows}

    def origins(self, title: str, keys: Iterable[str]) -> dict[str, Origin]:
        """Page and keys -> {key: Origin} for the keys that are indexed."""
        wanted = list(dict.fromkeys(keys))
        out: dict[str, Origin] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, revision, user, timestamp FROM origin WHERE site=? AND title=? "
                f"AND key IN ({marks})", (self.site, title, *chunk))
            for key, revision, user, stamp in rows:
                out[key] = _origin(revision, user, stamp)
        return out

    def global_accounts(self, names: Iterable[str]) -> dict[str, tuple[str | None, int]]:
        """Names -> {name: (registration, edit count)} of global accounts seen before."""
        wanted = list(names)
        out: dict[str, tuple[str | None, int]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.db.execute(
                "SELECT name, registration, editcount FROM global_account WHERE site = ? AND "
                f"name IN ({','.join('?' * len(chunk))})", (self.site, *chunk))
            out.update({name: (registration, editcount) for name, registration, editcount
                        in rows})
        return out

    def keep_global_accounts(self, accounts: dict[str, tuple[str | None, int]]) -> None:
        """{name: (registration, edit count)} -> kept for later runs."""
        self.db.executemany("INSERT OR REPLACE INTO global_account VALUES (?, ?, ?, ?)",
                            [(self.site, name, reg, count)
                             for name, (reg, count) in accounts.items()])
        self.db.commit()

    def known_accounts(self, names: Iterable[str]) -> set[str]:
        """Names -> those seen to be registered accounts before (an account is never
        unregistered; a renamed one keeps answering to its old name here until the state
        folder is deleted)."""
        wanted = list(names)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.db.execute(
                f"SELECT name FROM account WHERE site = ? AND name IN "
                f"({','.join('?' * len(chunk))})", (self.site, *chunk))
            found.update(name for (name,) in rows)
        return found

    def keep_accounts(self, names: Iterable[str]) -> None:
        """Names of registered accounts -> kept for later runs."""
        self.db.executemany("INSERT OR IGNORE INTO account VALUES (?, ?)",
                            [(self.site, name) for name in names])
        self.db.commit()
