"""Opening a database file for a working session, safely: one program at a time, a quick check before
anything is written, a daily backup, then the usual open (and migration).

A damaged file is never written to: `DatabaseDamaged` names the newest backup that checks sound, so the
window can offer to restore it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.services.errors import DatabaseRefused
from models.storage.backups import Backup, BackupFailed, check_backup, daily_backup_if_due, list_backups
from models.storage.database import Database, open_database
from models.storage.instance_lock import InstanceLock
from models.storage.sqlite_file import looks_like_sqlite, quick_check


class DatabaseDamaged(DatabaseRefused):
    """SQLite's quick check found damage; nothing was written. `good_backup` is the newest sound copy."""

    def __init__(self, message: str, path: Path, good_backup: Backup | None) -> None:
        super().__init__(message)
        self.path = path
        self.good_backup = good_backup


@dataclass
class WorkingDatabase:
    """An open database with the lock that keeps a second program out; close() releases both."""

    db: Database
    lock: InstanceLock
    daily_backup: Backup | None

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()


def newest_good_backup(path: Path) -> Backup | None:
    for backup in list_backups(path):
        try:
            check_backup(backup.path)
        except BackupFailed:
            continue
        return backup
    return None


def open_for_work(path: Path, *, create: bool = True, backup_daily: bool = True,
                  checked: str | None = None) -> WorkingDatabase:
    """Lock, check, back up once a day, open. Raises DatabaseInUse, DatabaseDamaged or DatabaseRefused.

    `checked` is a quick_check result already obtained (the window starts one in a thread while Qt loads);
    with `backup_daily` False the caller makes the daily copy itself (the window does it in the background).
    """
    lock = InstanceLock(path).acquire()
    try:
        if looks_like_sqlite(path):  # anything else is refused by open_database with its own message
            result = checked if checked is not None else quick_check(path)
            if result != "ok":
                good = newest_good_backup(path)
                hint = (f" Cadangan terbaru yang utuh: {good.local_time.strftime('%d-%m-%Y %H:%M')}."
                        if good else " Tidak ada cadangan yang utuh di folder cadangan.")
                raise DatabaseDamaged(f"Berkas '{path.name}' rusak ({result}). Berkas tidak diubah.{hint}",
                                      path, good)
        db = open_database(path, create=create)
        daily = None
        if backup_daily:
            try:
                daily = daily_backup_if_due(path)
            except BackupFailed:
                daily = None  # a full disk must not keep the clerk out; the next open tries again
        return WorkingDatabase(db, lock, daily)
    except BaseException:
        lock.release()
        raise
