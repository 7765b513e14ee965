"""Opening databases: WAL and foreign keys on, foreign and newer files refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.services.errors import DatabaseRefused
from models.storage.database import Database, head_revision, open_database


def test_new_database_is_wal_with_foreign_keys_at_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    db.close()


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "catatan.sqlite"
    path.write_bytes(b"bukan basis data\n")
    with pytest.raises(DatabaseRefused, match="bukan basis data SIMPEG Luring"):
        open_database(path)
    assert path.read_bytes() == b"bukan basis data\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catatan.sqlite"]


def test_other_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE barang (id INTEGER PRIMARY KEY, nama TEXT)")
    conn.execute("INSERT INTO barang (nama) VALUES ('meja')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="bukan milik SIMPEG Luring"):
        open_database(path)
    assert path.read_bytes() == before


def test_database_from_newer_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="versi SIMPEG Luring yang lebih baru"):
        open_database(path)
    assert path.read_bytes() == before


def test_missing_folder_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(DatabaseRefused, match="tidak ada"):
        open_database(tmp_path / "tidak-ada" / "x.sqlite")


def test_display_name_and_location_never_show_a_password(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kantor.sqlite")
    try:
        assert (db.display_name, db.location) == ("kantor.sqlite", str(tmp_path / "kantor.sqlite"))
    finally:
        db.close()
    server = Database(engine=None, session_factory=None, url="postgresql://budi:rahasia@srv/simpeg", path=None)
    assert server.display_name == "srv/simpeg"
    assert "rahasia" not in server.location and "srv/simpeg" in server.location
