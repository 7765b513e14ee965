"""One program at a time on a SQLite file: an OS lock on `<file>.lock`, released by the OS if we crash.

The lock file also records who holds it (user, computer, process, since) so the second program can say
so. Batch commands and the window take the same lock; tests take it on a temporary file.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from models import clock
from models.services.errors import DomainError


class DatabaseInUse(DomainError):
    """Another SIMPEG Luring has this database file open; nothing was read or written."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _holder_text(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8")[1:] or "{}")
    except (OSError, ValueError):
        return ""
    parts = [f"pengguna {info['user']}" if info.get("user") else "",
             f"komputer {info['host']}" if info.get("host") else "",
             f"sejak {info['since']}" if info.get("since") else ""]
    text = ", ".join(p for p in parts if p)
    return f" ({text})" if text else ""


class InstanceLock:
    """`with InstanceLock(path):` or acquire()/release(). Raises DatabaseInUse when held elsewhere."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        if self._handle is not None:
            return self
        handle = self.path.open("a+b")
        if not _try_lock(handle):
            handle.close()
            raise DatabaseInUse(
                f"Basis data '{self.db_path.name}' sedang dibuka oleh SIMPEG Luring lain{_holder_text(self.path)}. "
                "Tutup program itu dulu, atau buka basis data lain. Tidak ada yang diubah."
            )
        info = {"user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
                "since": clock.local_now().strftime("%d-%m-%Y %H:%M")}
        # Byte 0 is the locked byte on Windows (msvcrt locks a range, and reading a locked range fails there);
        # the holder's details follow it.
        handle.seek(0)
        handle.truncate()
        handle.write(b" " + json.dumps(info).encode("utf-8"))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
        finally:
            handle.close()  # closing releases the OS lock
        # The file stays: unlinking it would let a program that opened it just now lock a deleted file
        # while a third one locks a new file of the same name.

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
