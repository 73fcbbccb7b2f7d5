"""The state folder is a cache: a store file that is not a sound database is moved aside and
rebuilt with one warning; a folder that cannot be written is one ConfigError line."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.core.config import ConfigError
from bot.wiki.state import HistoryStore, check_writable


def filled(path: Path) -> None:
    store = HistoryStore(path, "http://wiki/api.php")
    store.keep_accounts([f"User {n}" for n in range(3000)])
    store.db.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_store_is_moved_aside_and_rebuilt(tmp_path: Path, damage: str,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "history-x.sqlite"
    filled(path)
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(b"not a database at all\n" * 10 if damage == "garbage"
                     else data[: len(data) // 2])
    damaged = path.read_bytes()
    caplog.set_level(logging.INFO, logger="peerbot")
    store = HistoryStore(path, "http://wiki/api.php")
    assert store.known_accounts({"User 1"}) == set()  # rebuilt, empty
    store.keep_accounts(["User 1"])
    assert store.known_accounts({"User 1"}) == {"User 1"}
    (aside,) = tmp_path.glob("history-x.sqlite.corrupt-*")
    assert aside.read_bytes() == damaged  # kept for whoever wants to look
    (line,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "could not be used" in line and aside.name in line
    store.db.close()
    # the next open finds the new file sound: no warning, nothing moved
    caplog.clear()
    assert HistoryStore(path, "http://wiki/api.php").known_accounts({"User 1"}) == {"User 1"}
    assert not caplog.records and len(list(tmp_path.glob("*.corrupt-*"))) == 1


def test_a_sound_store_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history-y.sqlite"
    filled(path)
    assert HistoryStore(path, "http://wiki/api.php").known_accounts({"User 7"}) == {"User 7"}
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_a_locked_store_is_not_taken_for_a_damaged_one(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.wiki import state

    path = tmp_path / "history-z.sqlite"
    filled(path)

    def locked(where: str) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(state, "_connect", locked)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        state.open_store(path)
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_a_folder_that_cannot_be_written_is_one_config_error(tmp_path: Path) -> None:
    check_writable(tmp_path / "new" / "state")  # made when missing
    assert (tmp_path / "new" / "state").is_dir() and not list((tmp_path / "new" / "state").iterdir())
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match=r"state folder .*a-file/state cannot be written"):
        check_writable(blocker / "state")


def _checks(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Open the store as a new process would -> the quick_check statements it ran."""
    from bot.wiki import state

    ran: list[str] = []
    real = sqlite3.connect

    def traced(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = real(*args, **kwargs)
        db.set_trace_callback(lambda sql: ran.append(sql) if "quick_check" in sql else None)
        return db

    monkeypatch.setattr(state, "_CHECKED", set())
    monkeypatch.setattr(state.sqlite3, "connect", traced)
    HistoryStore(path, "http://wiki/api.php").db.close()
    monkeypatch.setattr(state.sqlite3, "connect", real)
    return ran


def test_a_store_left_sound_is_not_read_whole_again(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The check reads the whole file (seconds for a big history), so a process notes at
    exit how it left each file it found sound; the next skips the check while the file is
    unchanged, and checks again (and moves aside) once anything else touched it."""
    from bot.wiki import state

    path = tmp_path / "history-s.sqlite"
    filled(path)
    assert _checks(monkeypatch, path)  # never noted: checked
    state._remember_sound()
    assert (tmp_path / "history-s.sqlite.sound").is_file()
    assert not _checks(monkeypatch, path)  # as the last process left it: not checked
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # damaged since
    assert _checks(monkeypatch, path)  # checked again, found damaged
    assert list(tmp_path.glob("history-s.sqlite.corrupt-*"))
