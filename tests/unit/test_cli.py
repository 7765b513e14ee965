"""The command-line contract: one JSON object as the last line, exit codes 0/1/2, Indonesian messages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def last_json(proc: subprocess.CompletedProcess) -> dict:
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_demo_then_check_report_counts_as_json(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    demo = run("demo", "--db", str(path), "--employees", "200", "--json")
    assert demo.returncode == 0, demo.stderr
    counts = last_json(demo)
    assert counts["employees"] == 200 and counts["units"] > 0 and counts["contracts"] > 0
    assert counts["formations"] > 0
    check = run("check", "--db", str(path), "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    report = last_json(check)
    assert report["ok"] is True and report["employees"] == 200 and report["problems"] == []


def test_check_finds_broken_invariants_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(path), "--employees", "50", "--json").returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("UPDATE contract SET end_date = '2000-01-01' WHERE id = (SELECT min(id) FROM contract)")
    conn.execute("UPDATE employee SET nip = '123' WHERE id = (SELECT min(id) FROM employee)")
    conn.commit()
    conn.close()
    check = run("check", "--db", str(path), "--json")
    assert check.returncode == 1
    report = last_json(check)
    assert report["ok"] is False
    kinds = {p["kind"] for p in report["problems"]}
    assert {"perjanjian", "data_pegawai"} <= kinds


def test_check_refuses_a_file_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "surat.docx"
    path.write_bytes(b"PK\x03\x04 bukan basis data")
    proc = run("check", "--db", str(path), "--json")
    assert proc.returncode == 1
    assert "bukan basis data SIMPEG Luring" in last_json(proc)["error"]
    assert path.read_bytes() == b"PK\x03\x04 bukan basis data"


def test_version_flag_prints_the_one_version_and_exits_0() -> None:
    from models.version import __version__

    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"SIMPEG Luring {__version__}"
    assert __version__.count(".") == 2 and all(part.isdigit() for part in __version__.split("."))


def test_usage_error_exits_2() -> None:
    proc = run("demo", "--employees", "10")
    assert proc.returncode == 2
    assert "Perintah tidak lengkap" in proc.stderr


def test_demo_refuses_a_database_that_already_has_employees(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(path), "--employees", "20").returncode == 0
    again = run("demo", "--db", str(path), "--employees", "20", "--json")
    assert again.returncode == 1
    assert last_json(again)["ok"] is False
