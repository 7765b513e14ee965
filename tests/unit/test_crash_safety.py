"""Power cut, proven: SIGKILL a batch job at random moments, then the database is sound and holds the
state before the job or after it, never something in between.

Each job runs as its own process group (as `main.py` would run from a script), and the whole group is
killed, worker processes included. The moments are spread over the job's measured run time, from the
first import to the final commit.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KILLS_PER_JOB = 20


def main_py(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args[0]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def scalar(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def database_is_sound(path: Path) -> None:
    proc = main_py("check", "--db", str(path), "--json", check=False)
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert proc.returncode == 0 and report["ok"], report


def run_and_kill(args: list[str], after: float) -> bool:
    """Start `main.py args` and SIGKILL its whole process group after `after` seconds; True if it was killed
    before it finished."""
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        child.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        return True


def timed_run(args: list[str]) -> float:
    started = time.perf_counter()
    main_py(*args)
    return time.perf_counter() - started


def kill_repeatedly(base: Path, work: Path, args: Callable[[Path], list[str]], state: Callable[[Path], object],
                    seed: int) -> tuple[int, int]:
    """Returns (kills that landed before the job ended, attempts). Asserts before-or-after every time."""
    before = state(base)
    done_copy = work / "selesai.sqlite"
    shutil.copyfile(base, done_copy)
    duration = timed_run(args(done_copy))
    after = state(done_copy)
    assert after != before, "the job must change something, or the test proves nothing"
    rng = random.Random(seed)
    landed = 0
    for attempt in range(KILLS_PER_JOB):
        target = work / f"coba{attempt}.sqlite"
        shutil.copyfile(base, target)
        killed = run_and_kill(args(target), rng.uniform(0.05, duration * 1.05))
        landed += killed
        database_is_sound(target)
        assert state(target) in (before, after), f"kill {attempt}: state in between"
        for leftover in work.glob(f"coba{attempt}.sqlite*"):
            leftover.unlink()
    print(f"{args(base)[0]}: {landed} of {KILLS_PER_JOB} kills landed during a {duration:.1f} s job; "
          f"all {KILLS_PER_JOB} left a sound database before or after it")
    return landed, KILLS_PER_JOB


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "kantor.sqlite"
    main_py("demo", "--db", str(path), "--employees", "300", "--seed", "3")
    return path


def test_roster_import_killed_at_random_moments_leaves_before_or_after(office: Path, tmp_path: Path) -> None:
    other = tmp_path / "lain.sqlite"
    main_py("demo", "--db", str(other), "--employees", "600", "--seed", "4")
    roster = tmp_path / "daftar.xlsx"
    main_py("export-siasn", "--db", str(other), "--out", str(roster))

    def state(path: Path) -> object:
        return (scalar(path, "SELECT count(*) FROM employee"), scalar(path, "SELECT count(*) FROM audit_entry"))

    landed, tried = kill_repeatedly(office, tmp_path, lambda db: ["import-roster", str(roster), "--db", str(db)],
                                    state, seed=11)
    assert landed >= tried // 2, f"only {landed} of {tried} kills landed during the job"


def test_contract_batch_killed_at_random_moments_leaves_before_or_after(office: Path, tmp_path: Path) -> None:
    def state(path: Path) -> object:
        return (scalar(path, "SELECT count(*) FROM contract WHERE number IS NOT NULL"),
                scalar(path, "SELECT count(*) FROM contract WHERE status = 'printed'"),
                scalar(path, "SELECT coalesce(sum(last_seq), 0) FROM contract_number_sequence"))

    def args(db: Path) -> list[str]:
        return ["contracts", "--db", str(db), "--out", str(db.with_suffix(".pdf")), "--status", "draft",
                "--workers", "2"]

    landed, tried = kill_repeatedly(office, tmp_path, args, state, seed=12)
    assert landed >= tried // 2, f"only {landed} of {tried} kills landed during the job"


def test_exchange_export_killed_at_random_moments_leaves_before_or_after(office: Path, tmp_path: Path) -> None:
    keys = tmp_path / "kunci-pusat"
    main_py("central-keys", "--out", str(keys), "--json")
    base = tmp_path / "kantor-kirim.sqlite"
    shutil.copyfile(office, base)
    main_py("set-central-key", str(keys / "pusat.x25519.pub.pem"), "--db", str(base))
    outbox = tmp_path / "flashdisk"
    outbox.mkdir()

    def state(path: Path) -> object:
        return (scalar(path, "SELECT count(*) FROM exchange_sent"),
                scalar(path, "SELECT coalesce(max(sequence), 0) FROM exchange_sent"))

    landed, tried = kill_repeatedly(base, tmp_path, lambda db: ["export", "--db", str(db), "--out", str(outbox)],
                                    state, seed=13)
    assert landed >= tried // 2, f"only {landed} of {tried} kills landed during the job"
