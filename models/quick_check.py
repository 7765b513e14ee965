"""SQLite's quick check of a database file, with nothing but the standard library: the window starts it in a
thread before SQLAlchemy and Qt are imported, so the check and the imports overlap."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


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
