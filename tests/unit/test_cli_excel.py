"""The Excel commands keep the command-line contract: one JSON object last, exit 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT)


def last_json(proc: subprocess.CompletedProcess) -> dict:
    return json.loads(proc.stdout.strip().splitlines()[-1])


def roster(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Daftar pegawai"])
    sheet.append([])
    sheet.append(["NIP", "Nama", "Status", "Jabatan", "Unit Kerja", "Kecamatan"])
    sheet.append(["198503122010011003", "Budi Santoso", "PNS", "Guru Kelas Ahli Pertama", "SD Negeri 1 Pahandut",
                  "Pahandut"])
    sheet.append([199001152024212001, "Siti Aminah", "PPPK", "Perawat Ahli Pertama", "Puskesmas Pahandut", ""])
    book.save(path)
    return path


def test_import_roster_into_a_new_database_then_again(tmp_path: Path) -> None:
    db = tmp_path / "kantor.sqlite"
    report = tmp_path / "laporan.xlsx"
    first = run("import-roster", str(roster(tmp_path / "daftar.xlsx")), "--db", str(db), "--create-units",
                "--report", str(report),
                "--json")
    assert first.returncode == 0, first.stderr
    out = last_json(first)
    assert (out["imported"], out["updated"], out["unchanged"], out["rejected"]) == (1, 0, 0, 1)
    assert out["rejected_rows"][0]["row"] == 5 and "tersimpan sebagai angka" in out["rejected_rows"][0]["reason"]
    assert "SD Negeri 1 Pahandut" in out["created_units"] and out["new_kecamatan"] == ["Pahandut"]
    assert openpyxl.load_workbook(report)["Ditolak"].max_row == 2
    again = last_json(run("import-roster", str(tmp_path / "daftar.xlsx"), "--db", str(db), "--create-units", "--json"))
    assert (again["imported"], again["unchanged"], again["rejected"]) == (0, 1, 1)


def test_dry_run_creates_nothing_and_unreadable_file_exits_1(tmp_path: Path) -> None:
    db = tmp_path / "kantor.sqlite"
    dry = run("import-roster", str(roster(tmp_path / "daftar.xlsx")), "--db", str(db), "--dry-run", "--create-units",
              "--json")
    assert dry.returncode == 0 and last_json(dry)["dry_run"] is True and last_json(dry)["imported"] == 1
    check = last_json(run("check", "--db", str(db), "--json"))
    assert check["employees"] == 0
    broken = tmp_path / "rusak.xlsx"
    broken.write_text("bukan excel")
    failed = run("import-roster", str(broken), "--db", str(tmp_path / "lain.sqlite"), "--json")
    assert failed.returncode == 1 and last_json(failed)["ok"] is False
    assert not (tmp_path / "lain.sqlite").exists()
    assert run("import-roster", "--db", str(db)).returncode == 2


def test_recap_and_siasn_export_commands(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db), "--employees", "120").returncode == 0
    recap = run("recap", "--db", str(db), "--out", str(tmp_path / "rekap.xlsx"), "--json")
    assert recap.returncode == 0, recap.stderr
    out = last_json(recap)
    assert out["employees"] == 120 and out["sheets"][0] == "Ringkasan" and out["seconds"] > 0
    export = last_json(run("export-siasn", "--db", str(db), "--out", str(tmp_path / "siasn.xlsx"), "--json"))
    assert export["employees"] == 120 and export["columns"][0] == "NIP BARU"
    missing = run("recap", "--db", str(tmp_path / "tidak-ada.sqlite"), "--out", str(tmp_path / "r.xlsx"), "--json")
    assert missing.returncode == 1
