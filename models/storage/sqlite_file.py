"""Looking at a SQLite file with nothing but the standard library: whether it is ours (and at which schema
revision), and SQLite's quick check. The window starts the check in a thread before SQLAlchemy and Qt are
imported, so the check and the imports overlap; opening and backups share the refusal rules."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.services.errors import DatabaseRefused

SQLITE_HEADER = b"SQLite format 3\x00"
# Marks a SQLite file as ours (PRAGMA application_id): "SIMP" in ASCII.
APPLICATION_ID = 0x53494D50
OUR_TABLES = {"employee", "office", "unit", "contract"}


def quick_check(path: Path) -> str:
    """'ok', or what SQLite found wrong; reads only."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows)


def precheck(target: object) -> str | None:
    """quick_check of a SQLite file that exists, else None; safe to run in a thread (SQLite releases the GIL)."""
    path = Path(str(target))
    return quick_check(path) if looks_like_sqlite(path) else None


def looks_like_sqlite(path: Path) -> bool:
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def describe(path: Path) -> str:
    return f"Berkas '{path}'"


def inspect_sqlite_file(path: Path) -> str | None:
    """Read-only look at an existing file: its schema revision, or None when it is empty.

    Raises DatabaseRefused, without writing a byte, when the file is not ours.
    """
    if path.is_dir():
        raise DatabaseRefused(f"{describe(path)} adalah folder, bukan berkas basis data.")
    if path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseRefused(
            f"{describe(path)} bukan basis data SIMPEG Luring (bukan berkas SQLite). Berkas tidak diubah."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"{describe(path)} rusak atau tidak dapat dibaca: {exc}. Berkas tidak diubah.") from exc
    if not tables:
        return None
    if app_id not in (0, APPLICATION_ID) or revision is None or not tables >= OUR_TABLES:
        raise DatabaseRefused(
            f"{describe(path)} adalah basis data SQLite lain, bukan milik SIMPEG Luring. Berkas tidak diubah."
        )
    return revision
