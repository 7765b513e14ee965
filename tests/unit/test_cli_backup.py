"""`backup` and `restore` on the command line: JSON results, exit codes, nothing lost."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, dict]:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--json"], capture_output=True, text=True,
                          cwd=ROOT)
    return proc.returncode, json.loads(proc.stdout.strip().splitlines()[-1])


def employees(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM employee").fetchone()[0]
    finally:
        conn.close()


def test_backup_then_restore_after_a_change(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sqlite"
    assert run("demo", "--db", str(path), "--employees", "20")[0] == 0
    code, made = run("backup", "--db", str(path))
    assert code == 0 and Path(made["backup"]).parent == tmp_path / "cadangan"
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM grade_history")
    conn.execute("DELETE FROM contract")
    conn.execute("DELETE FROM employee")
    conn.commit()
    conn.close()
    assert employees(path) == 0
    code, restored = run("restore", made["backup"], "--db", str(path))
    assert code == 0 and employees(path) == 20 and employees(Path(restored["safety_copy"])) == 0
    assert run("check", "--db", str(path))[1]["ok"] is True


def test_restore_of_a_foreign_file_fails_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sqlite"
    run("demo", "--db", str(path), "--employees", "5")
    before = path.read_bytes()
    foreign = tmp_path / "surat.sqlite"
    foreign.write_text("bukan basis data")
    code, result = run("restore", str(foreign), "--db", str(path))
    assert code == 1 and "bukan basis data SIMPEG Luring" in result["error"]
    assert path.read_bytes() == before
