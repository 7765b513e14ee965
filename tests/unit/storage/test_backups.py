"""Backups: consistent copies while the database is open, tiered pruning, checked restores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.storage.backups import (
    Backup,
    BackupFailed,
    backup_with_rotation,
    backups_to_keep,
    check_backup,
    daily_backup_if_due,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
)
from models.storage.database import open_database
from tests.factories import make_employee


def employee_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM employee").fetchone()[0]
    finally:
        conn.close()


def test_backup_of_an_open_database_holds_its_rows_and_checks_sound(db) -> None:
    make_employee(db)
    backup = make_backup(db.path, "manual")
    assert backup.path.parent == db.path.parent / "cadangan"
    assert employee_count(backup.path) == 1
    assert check_backup(backup.path)  # a schema revision
    assert list_backups(db.path) == [backup]
    assert not list(backup.path.parent.glob("*.sebagian"))


def test_two_backups_in_one_second_are_both_kept(db) -> None:
    now = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    first = make_backup(db.path, "manual", now=now)
    second = make_backup(db.path, "manual", now=now)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_backup_to_an_existing_file_is_refused(db, tmp_path: Path) -> None:
    target = tmp_path / "ada.sqlite"
    target.write_bytes(b"jangan ditimpa")
    with pytest.raises(BackupFailed, match="sudah ada"):
        make_backup(db.path, to=target)
    assert target.read_bytes() == b"jangan ditimpa"


def fake(folder: Path, when: datetime) -> Backup:
    path = folder / f"simpeg.harian.{when.strftime('%Y%m%d-%H%M%S')}.sqlite"
    return Backup(path, when, "harian", 0)


def test_tiers_keep_last_ten_seven_days_four_weeks_twelve_months(tmp_path: Path) -> None:
    start = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)
    # Four backups a day for 400 days.
    backups = [fake(tmp_path, start - timedelta(hours=6 * i)) for i in range(1600)]
    keep = backups_to_keep(backups)
    by_path = {b.path: b for b in backups}
    kept = sorted((by_path[p] for p in keep), key=lambda b: b.taken_at, reverse=True)
    assert {b.path for b in backups[:10]} <= keep
    days = {b.local_time.date() for b in kept}
    newest_day = backups[0].local_time.date()
    assert {newest_day - timedelta(days=i) for i in range(7)} <= days
    months = {(b.local_time.year, b.local_time.month) for b in kept}
    assert len(months) == 12
    # Nothing older than the twelfth month survives, and the total stays small.
    assert len(keep) <= 10 + 7 + 4 + 12
    oldest_month = min(months)
    assert all((b.local_time.year, b.local_time.month) >= oldest_month for b in kept)


def test_prune_deletes_what_no_tier_keeps(db) -> None:
    base = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
    for i in range(15):  # fifteen copies in one afternoon: the last ten stay
        make_backup(db.path, "manual", now=base + timedelta(minutes=i))
    removed = prune_backups(db.path)
    assert len(removed) == 5 and all(not p.exists() for p in removed)
    assert len(list_backups(db.path)) == 10


def test_daily_backup_once_per_day(db) -> None:
    now = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    assert daily_backup_if_due(db.path, now=now) is not None
    assert daily_backup_if_due(db.path, now=now + timedelta(minutes=5)) is None
    assert daily_backup_if_due(db.path, now=now + timedelta(days=1)) is not None


def test_restore_brings_back_the_old_rows_and_keeps_a_safety_copy(tmp_path: Path) -> None:
    path = tmp_path / "simpeg.sqlite"
    database = open_database(path)
    try:
        backup = backup_with_rotation(path, "sebelum-impor")
        make_employee(database)
    finally:
        database.close()
    assert employee_count(path) == 1
    safety = restore_backup(backup.path, path)
    assert employee_count(path) == 0
    assert employee_count(safety.path) == 1 and safety.reason == "sebelum-pemulihan"
    reopened = open_database(path)  # still a database of ours, at head
    reopened.close()


def test_restore_refuses_a_damaged_or_foreign_copy_and_changes_nothing(db, tmp_path: Path) -> None:
    make_employee(db)
    good = make_backup(db.path, "manual")
    damaged = tmp_path / "rusak.sqlite"
    data = bytearray(good.path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data[: len(data) - 100]))
    foreign = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    before = db.path.read_bytes()
    for bad in (damaged, foreign, tmp_path / "bukan.txt"):
        if not bad.exists():
            bad.write_text("bukan basis data")
        with pytest.raises(BackupFailed):
            restore_backup(bad, db.path)
    assert db.path.read_bytes() == before
    assert [b.reason for b in list_backups(db.path)] == ["manual"]


def test_only_an_admin_may_restore(db) -> None:
    from models.services.audit import Actor
    from models.services.permissions import NotAllowed
    from models.storage.backups import restore_as

    backup = make_backup(db.path, "manual")
    with pytest.raises(NotAllowed, match="memulihkan cadangan"):
        restore_as(Actor("budi", "operator"), backup.path, db.path)


def test_an_import_is_preceded_by_a_backup_but_a_dry_run_is_not(db) -> None:
    from models.services.jobs import run_to_end
    from models.services.roster_import import import_roster
    from tests.factories import CLERK

    run_to_end(import_roster(db, [], CLERK, dry_run=True))
    assert list_backups(db.path) == []
    job = import_roster(db, [], CLERK)
    assert list_backups(db.path) == []  # not started yet (Batal before it runs closes it so): no backup
    run_to_end(job)
    assert [b.reason_label for b in list_backups(db.path)] == ["Sebelum impor"]
