"""Backups of a SQLite database: consistent copies through SQLite's online backup API, kept in tiers.

Copies live in a `cadangan` folder beside the database, named `<stem>.<reason>.<YYYYmmdd-HHMMSS>.sqlite`
(UTC). Pruning keeps the union of four tiers: the last 10 copies, the newest copy of each of the last 7
days, of the last 4 weeks and of the last 12 months (days, weeks and months in local time, as the clerk
counts them). A restore first checks the copy, then backs up the current file, then copies the backup
over it page by page inside SQLite, so a crash half-way leaves the current file as it was (SQLite's
journal rolls the partial copy back).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from models import clock
from models.services.audit import Actor
from models.services.errors import DatabaseRefused, DomainError
from models.services.permissions import Permission, require
from models.storage.sqlite_file import inspect_sqlite_file, quick_check

if TYPE_CHECKING:
    from models.storage.database import Database

BACKUP_FOLDER = "cadangan"
KEEP_LAST, KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 10, 7, 4, 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<reason>[a-z0-9-]+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")
PAGES_PER_STEP = 1024  # 4 MB with 4 KB pages: the source is read-locked one step at a time, not for the whole copy

# Reasons a backup is taken; the file name carries the key, the window shows the label.
REASONS = {
    "manual": "Dibuat pengguna",
    "harian": "Cadangan harian",
    "sebelum-impor": "Sebelum impor",
    "sebelum-perpanjangan": "Sebelum perpanjangan",
    "sebelum-perubahan-massal": "Sebelum perubahan massal",
    "sebelum-pemulihan": "Sebelum pemulihan",
}


class BackupFailed(DomainError):
    """A backup could not be made or restored; the database file was not changed."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # aware, UTC
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        if self.reason.startswith("sebelum-migrasi-"):
            return f"Sebelum pembaruan skema {self.reason.removeprefix('sebelum-migrasi-')}"
        return REASONS.get(self.reason, self.reason)

    @property
    def local_time(self) -> datetime:
        return self.taken_at.astimezone()


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def _now(now: datetime | None) -> datetime:
    return (now or clock.now()).astimezone(UTC)


def _copy(source: Path, target: Path, *, source_readonly: bool = True) -> None:
    uri = f"file:{source}?mode=ro" if source_readonly else f"file:{source}"
    src = sqlite3.connect(uri, uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=PAGES_PER_STEP)
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(db_path: Path, reason: str = "manual", *, to: Path | None = None,
                now: datetime | None = None) -> Backup:
    """A consistent copy of `db_path`, also while the program has it open (WAL readers don't block it)."""
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"reason must be lower-case words with dashes, not {reason!r}")
    if not db_path.is_file():
        raise BackupFailed(f"Berkas basis data '{db_path}' tidak ditemukan; tidak ada yang dicadangkan.")
    taken = _now(now).replace(microsecond=0)  # as the file name records it
    if to is None:
        folder = backup_folder(db_path)
        folder.mkdir(exist_ok=True)
        base = f"{db_path.stem}.{reason}.{taken.strftime(_STAMP)}"
        to = folder / f"{base}.sqlite"
        n = 1
        while to.exists():  # two copies in one second: number them, never overwrite
            to = folder / f"{base}-{n}.sqlite"
            n += 1
    elif to.exists():
        raise BackupFailed(f"Berkas '{to}' sudah ada; pilih nama lain agar tidak tertimpa.")
    partial = to.with_name(to.name + ".sebagian")
    try:
        _copy(db_path, partial)
        partial.replace(to)  # a copy that stops half-way never looks like a backup
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"Cadangan '{to.name}' gagal dibuat: {exc}. Basis data tidak diubah.") from exc
    return Backup(to, taken, reason, to.stat().st_size)


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of `db_path` in its cadangan folder, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{glob_escape(db_path.stem)}.*.sqlite"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db_path.stem:
            continue
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(Backup(path, taken, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _newest_per(backups: list[Backup], key: Callable[[date], object], count: int) -> set[Path]:
    kept: dict[object, Path] = {}
    for backup in backups:  # newest first: the first seen per period is its newest
        period = key(backup.local_time.date())
        if period not in kept:
            if len(kept) == count:
                break
            kept[period] = backup.path
    return set(kept.values())


def backups_to_keep(backups: Iterable[Backup]) -> set[Path]:
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LAST]}
    keep |= _newest_per(newest_first, lambda d: d, KEEP_DAYS)
    keep |= _newest_per(newest_first, lambda d: d.isocalendar()[:2], KEEP_WEEKS)
    keep |= _newest_per(newest_first, lambda d: (d.year, d.month), KEEP_MONTHS)
    return keep


def prune_backups(db_path: Path) -> list[Path]:
    """Delete the backups no tier keeps; returns what was deleted."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def backup_with_rotation(db_path: Path, reason: str, *, now: datetime | None = None) -> Backup:
    """The automatic backup before an import, a renewal, a bulk change or a restore: copy, then prune."""
    backup = make_backup(db_path, reason, now=now)
    prune_backups(db_path)
    return backup


def daily_backup_if_due(db_path: Path, *, now: datetime | None = None) -> Backup | None:
    """On open: one backup per local day, whatever its reason; None when today already has one."""
    today = _now(now).astimezone().date()
    if any(b.local_time.date() == today for b in list_backups(db_path)):
        return None
    return backup_with_rotation(db_path, "harian", now=now)


def check_backup(path: Path) -> str:
    """Refuses a copy that is damaged or not ours (BackupFailed); returns its schema revision."""
    try:
        revision = inspect_sqlite_file(path)
    except DatabaseRefused as exc:
        raise BackupFailed(f"Cadangan ditolak: {exc.message}") from exc
    if revision is None:
        raise BackupFailed(f"Cadangan '{path.name}' kosong; tidak dapat dipulihkan.")
    result = quick_check(path)
    if result != "ok":
        raise BackupFailed(f"Cadangan '{path.name}' rusak ({result}); pilih cadangan lain.")
    return revision


def restore_backup(backup_path: Path, db_path: Path, *, now: datetime | None = None) -> Backup:
    """Put `backup_path` in place of `db_path`. Close every connection to `db_path` first.

    Returns the safety copy of the current file taken before anything was overwritten.
    """
    check_backup(backup_path)
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = backup_with_rotation(db_path, "sebelum-pemulihan", now=now)
    try:
        _copy(backup_path, db_path)
    except (sqlite3.Error, OSError) as exc:
        where = f" Salinan sebelum pemulihan: {safety.path}." if safety else ""
        raise BackupFailed(f"Pemulihan gagal: {exc}. Basis data tetap seperti sebelumnya.{where}") from exc
    if safety is None:
        return Backup(backup_path, _now(now), "sebelum-pemulihan", 0)
    return safety


def restore_as(actor: Actor, backup_path: Path, db_path: Path, *, now: datetime | None = None) -> Backup:
    """restore_backup for a signed-in person: only an admin may put a backup in place of the database."""
    require(actor, Permission.RESTORE)
    return restore_backup(backup_path, db_path, now=now)


def backup_before(db: Database, reason: str) -> Backup | None:
    """The automatic copy before a big change (import, bulk renewal, bulk contracts) of a SQLite database.

    A server database is backed up by its own administrator (pg_dump), so nothing is done there. A copy that
    cannot be made stops the change: better no import than an import without a way back.
    """
    if db.path is None or not db.path.is_file():
        return None
    return backup_with_rotation(db.path, reason)
