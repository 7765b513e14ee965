"""A second program on the same database file is told the file is in use, and by whom."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models.storage.instance_lock import DatabaseInUse, InstanceLock, lock_path

ROOT = Path(__file__).resolve().parents[3]


def hold_in_child(db_path: Path) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from models.storage.instance_lock import InstanceLock
        lock = InstanceLock(Path({str(db_path)!r})).acquire()
        print("held", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def test_second_program_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    db_path = tmp_path / "simpeg.sqlite"
    child = hold_in_child(db_path)
    try:
        with pytest.raises(DatabaseInUse, match=r"sedang dibuka oleh SIMPEG Luring lain \(pengguna .*komputer"):
            InstanceLock(db_path).acquire()
    finally:
        child.kill()
        child.wait()
    # A killed holder leaves the file behind, but the OS released its lock: the next program gets in.
    assert lock_path(db_path).exists()
    with InstanceLock(db_path) as lock:
        assert lock.held
        assert "pid" in lock_path(db_path).read_text()
    assert lock_path(db_path).read_text() == ""  # released: no holder named any more


def test_lock_is_reentrant_for_its_owner_and_released_on_exit(tmp_path: Path) -> None:
    db_path = tmp_path / "simpeg.sqlite"
    lock = InstanceLock(db_path)
    assert lock.acquire() is lock.acquire()
    lock.release()
    lock.release()
    with InstanceLock(db_path):
        pass
