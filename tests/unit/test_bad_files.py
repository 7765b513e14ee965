"""A corpus of malformed inputs, made here: each gives a clear message in Bahasa Indonesia, no crash (no
traceback), and the database is left exactly as it was."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]


def main_py(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--json"], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bad") / "kantor.sqlite"
    proc = main_py("demo", "--db", str(path), "--employees", "40")
    assert proc.returncode == 0, proc.stderr
    return path


def employees(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM employee ORDER BY id").fetchall()
    finally:
        conn.close()


def good_roster(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["NIP", "Nama", "Tgl Lahir"])
    book.active.append(["198503122010011003", "Budi Santoso", "12-03-1985"])
    book.save(path)
    return path


def truncated_xlsx(folder: Path) -> Path:
    data = good_roster(folder / "utuh.xlsx").read_bytes()
    path = folder / "terpotong.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def text_named_xlsx(folder: Path) -> Path:
    path = folder / "bukan-excel.xlsx"
    path.write_text("ini surat, bukan lembar kerja")
    return path


def zip_without_workbook(folder: Path) -> Path:
    import zipfile

    path = folder / "zip-lain.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("isi.txt", "bukan workbook")
    return path


def empty_workbook(folder: Path) -> Path:
    path = folder / "kosong.xlsx"
    openpyxl.Workbook().save(path)
    return path


def merged_headers_only(folder: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "DAFTAR NOMINATIF PEGAWAI"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "IDENTITAS"
    sheet.merge_cells("A2:C2")
    path = folder / "judul-gabungan.xlsx"
    book.save(path)
    return path


def sparse_million_rows(folder: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Catatan"
    sheet["A1000000"] = "baris terakhir"
    path = folder / "sejuta-baris.xlsx"
    book.save(path)
    return path


def million_row_csv(folder: Path) -> Path:
    path = folder / "sejuta.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("NIP;Nama;Tgl Lahir\n")
        out.writelines(f"19850312201001{i % 10000:04d};Pegawai {i};12-03-1985\n" for i in range(1_000_000))
    return path


def binary_csv(folder: Path) -> Path:
    path = folder / "acak.csv"
    path.write_bytes(bytes(range(256)) * 40)
    return path


def missing_file(folder: Path) -> Path:
    return folder / "tidak-ada.xlsx"


BAD_ROSTERS: dict[str, Callable[[Path], Path]] = {
    "truncated xlsx": truncated_xlsx, "text named .xlsx": text_named_xlsx, "zip without workbook":
    zip_without_workbook, "empty workbook": empty_workbook, "merged title cells, no header": merged_headers_only,
    "sparse 1,000,000-row sheet": sparse_million_rows, "1,000,000-row csv": million_row_csv,
    "binary csv": binary_csv, "missing file": missing_file,
}


@pytest.mark.parametrize("kind", list(BAD_ROSTERS))
def test_malformed_roster_is_refused_clearly_and_changes_nothing(kind: str, office: Path, tmp_path: Path) -> None:
    bad = BAD_ROSTERS[kind](tmp_path)
    before = digest(office)
    proc = main_py("import-roster", str(bad), "--db", str(office))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["ok"] is False
    assert bad.name in result["error"] or f"lembar '{bad.stem}'" in result["error"] or "lembar 'Sheet'" in result[
        "error"], result["error"]  # says which file, or which sheet of it
    assert digest(office) == before


def test_wrong_types_are_rejected_per_row_with_reasons(office: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "Nama", "Tgl Lahir", "L/P", "Gol/Ruang"])
    sheet.append([198503122010011003, "NIP sebagai angka", "12-03-1985", "L", "III/a"])  # lost digits
    sheet.append(["198503122010011003", 12345, "bukan tanggal", "X", "Z/9"])
    sheet.append(["=A2", "Rumus", 3.5, True, None])
    path = tmp_path / "tipe-salah.xlsx"
    book.save(path)
    before = employees(office)
    proc = main_py("import-roster", str(path), "--db", str(office))
    assert proc.returncode == 0, proc.stdout + proc.stderr  # the job ran; the rows were refused
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["imported"] == 0 and result["rejected"] == 3
    assert all(row["reason"] for row in result["rejected_rows"])
    assert employees(office) == before  # only the audit log says an import was tried


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 200, b"bukan basis data" * 100])
def test_a_database_file_that_is_not_ours_is_refused_untouched(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "asing.sqlite"
    path.write_bytes(content)
    proc = main_py("check", "--db", str(path))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert path.read_bytes() == content
