"""The runner's state folder: one lock per job and the last good on-wiki config per job.

What a run keeps on disk between runs (the jobs keep their own state, such as the history
index, in the same folder): an fcntl lock file per job, so that a second run of the same
job skips it, and per job the last on-wiki config that passed validation, used when the
page turns bad.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any


@contextlib.contextmanager
def job_lock(state_dir: Path, name: str) -> Iterator[str | None]:
    """-> None while holding the job's lock, or who holds it (the lock is not taken then).

    An fcntl lock: the kernel releases it when the process ends, so a crash leaves no stale lock.
    """
    folder = state_dir / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.lock"
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the whole job
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            yield f"{path} is held by {holder}"
            return
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()
        yield None
    finally:
        handle.close()


def _good_path(state_dir: Path, name: str) -> Path:
    return state_dir / f"{name}.wiki-config.json"


def last_good(state_dir: Path, name: str) -> dict[str, Any] | None:
    """-> the last on-wiki config that passed validation ({page, revision, config}), if any."""
    try:
        data = json.loads(_good_path(state_dir, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("config"), dict) else None


def save_good(state_dir: Path, name: str, page: str, revision: int,
              config: Mapping[str, Any]) -> None:
    """Remember a valid on-wiki config (written atomically)."""
    path = _good_path(state_dir, name)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"page": page, "revision": revision, "config": dict(config)},
                              ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
