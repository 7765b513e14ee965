"""Opening for a working session: locked against a second program, checked before any write, backed up
daily, and a damaged file left untouched with the newest sound backup named."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.storage.backups import list_backups, make_backup
from models.storage.database import open_database
from models.storage.instance_lock import DatabaseInUse, InstanceLock
from models.storage.opening import DatabaseDamaged, open_for_work, quick_check
from tests.factories import make_employee


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # scribble over many b-tree pages
        data[start + 8: start + 40] = b"\xee" * 32
    path.write_bytes(bytes(data))


def test_open_locks_and_makes_the_daily_backup(tmp_path: Path) -> None:
    path = tmp_path / "simpeg.sqlite"
    work = open_for_work(path)
    try:
        assert work.daily_backup is not None and len(list_backups(path)) == 1
        with pytest.raises(DatabaseInUse):
            open_for_work(path)
    finally:
        work.close()
    again = open_for_work(path)  # released on close; today's backup already exists
    try:
        assert again.daily_backup is None
    finally:
        again.close()


def test_damaged_file_is_refused_untouched_and_the_good_backup_named(tmp_path: Path) -> None:
    path = tmp_path / "simpeg.sqlite"
    db = open_database(path)
    for i in range(300):
        make_employee(db, nip=f"198503122010011{i + 1:03d}", nik=None, name=f"Pegawai {i}")
    db.close()
    good = make_backup(path, "harian")
    damage(path)
    assert quick_check(path) != "ok"
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="rusak") as caught:
        open_for_work(path)
    assert caught.value.good_backup is not None and caught.value.good_backup.path == good.path
    assert path.read_bytes() == before
    InstanceLock(path).acquire().release()  # the refusal released its lock
