"""The ceremony batch: merged chunks from worker processes, one file per person, attendance list, Excel list,
cancelling, and the `contracts` and `verify-contract` commands."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from models.entities import Contract
from models.services.contracts.print_batch import BatchOptions
from models.services.contracts.selection import ContractSelection
from models.services.errors import DomainError
from models.vocabulary import ContractStatus
from reports.contracts.fonts import REGULAR, register_fonts
from reports.contracts.pdfmerge import PdfConcatenator
from tests.factories import CLERK
from tests.printing import print_contracts, print_job

ROOT = Path(__file__).resolve().parents[3]


def small_pdf(text: str, pages: int) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1, initialFontName=REGULAR)
    for n in range(pages):
        canvas.setFont(REGULAR, 12)
        canvas.drawString(72, 720, f"{text} halaman {n + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_joined_pdfs_keep_every_page_in_order_with_distinct_font_subsets(tmp_path) -> None:
    out = tmp_path / "gabung.pdf"
    joined = PdfConcatenator(out, "Gabungan — uji")
    assert joined.append(small_pdf("Pertama", 2)) == 2
    assert joined.append(small_pdf("Kedua", 3)) == 3
    joined.close()
    reader = PdfReader(out, strict=True)
    assert [p.extract_text().strip() for p in reader.pages] == [
        "Pertama halaman 1", "Pertama halaman 2", "Kedua halaman 1", "Kedua halaman 2", "Kedua halaman 3"]
    assert reader.metadata.title == "Gabungan — uji"
    names = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert len(names) == 2  # one subset per chunk, each with its own tag


def test_worker_processes_merge_per_person_files_attendance_and_excel(office_db, tmp_path) -> None:
    db = office_db[0]
    options = BatchOptions(out=tmp_path / "semua.pdf", per_person_dir=tmp_path / "per-orang",
                           attendance=tmp_path / "hadir.pdf", excel=tmp_path / "daftar.xlsx", workers=2, chunk_size=1)
    progress: list[tuple[int, int]] = []
    result = print_contracts(db, CLERK, ContractSelection(), options,
                             on_progress=lambda step: progress.append((step.done, step.total)))
    assert (result.contracts, result.pages, result.person_files, result.attendance_pages) == (2, 6, 2, 1)
    assert progress[-1] == (2, 2)
    merged = [p.extract_text() for p in PdfReader(options.out).pages]
    assert "Siti Aminah" in merged[0] and "Rina Wati" in merged[3]
    files = sorted(p.relative_to(options.per_person_dir).as_posix() for p in options.per_person_dir.rglob("*.pdf"))
    assert files == ["Puskesmas Pahandut/Siti Aminah, S.Kep., Ners - 199001152024212001 - 2024-03-01.pdf",
                     "SD Negeri 1 Pahandut/Rina Wati - 199507022025242001 - 2025-10-01.pdf"]
    single = PdfReader(options.per_person_dir / files[1])
    assert len(single.pages) == 3 and "Rina Wati" in single.pages[0].extract_text()
    attendance = " ".join(PdfReader(options.attendance).pages[0].extract_text().split())
    assert "DAFTAR HADIR" in attendance and "Rina Wati" in attendance and "19950702 2025 24 2 001" in attendance
    assert "1. ." in attendance and "2. ." in attendance
    sheet = load_workbook(options.excel).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("No", "Nomor Perjanjian", "NI PPPK", "Nama")
    assert rows[2][2] == "199507022025242001" and isinstance(rows[2][2], str)  # all 18 digits, as text
    assert rows[2][11] == 4 and rows[2][12] == 3  # starts on page 4 of the merged file, 3 pages
    with db.session_factory() as s:
        assert set(s.scalars(select(Contract.status))) == {ContractStatus.PRINTED}


def test_a_cancelled_batch_leaves_no_file_and_marks_nothing_printed(office_db, tmp_path) -> None:
    db = office_db[0]
    out = tmp_path / "batal.pdf"
    done: list[int] = []
    job = print_job(db, CLERK, ContractSelection(), BatchOptions(out=out, workers=1, chunk_size=1))
    for step in job:
        done.append(step.done)
        if step.done == 1:  # after the first of two chunks, as Batal does
            job.close()
    assert done == [0, 1]
    assert not out.exists() and list(tmp_path.glob("batal.pdf*")) == []
    with db.session_factory() as s:
        contracts = s.scalars(select(Contract)).all()
    assert {c.status for c in contracts} == {ContractStatus.DRAFT}
    assert not any(c.number for c in contracts)  # numbers are saved only with the finished batch


def test_an_empty_selection_or_a_missing_folder_is_a_clear_error(office_db, tmp_path) -> None:
    db, _, _ = office_db
    with pytest.raises(DomainError, match="Tidak ada perjanjian kerja yang cocok"):
        print_contracts(db, CLERK, ContractSelection(signing_date=date(2000, 1, 1)),
                        BatchOptions(out=tmp_path / "x.pdf"))
    with pytest.raises(DomainError, match="tidak ada"):
        print_contracts(db, CLERK, ContractSelection(), BatchOptions(out=tmp_path / "tidak" / "x.pdf"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


def test_contracts_and_verify_contract_commands(tmp_path) -> None:
    path = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(path), "--employees", "60", "--json").returncode == 0
    out = tmp_path / "cetak.pdf"
    proc = run("contracts", "--db", str(path), "--out", str(out), "--status", "Berlaku", "--kind", "part_time",
               "--attendance", str(tmp_path / "hadir.pdf"), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["contracts"] > 0 and result["pages"] == len(PdfReader(out).pages)
    assert isinstance(result["seconds"], float)
    bad = run("contracts", "--db", str(path), "--out", str(out), "--status", "hilang")
    assert bad.returncode == 2 and "status 'hilang' tidak dikenal" in bad.stderr
    none = run("contracts", "--db", str(path), "--out", str(out), "--unit", "Unit Entah", "--json")
    assert none.returncode == 1 and "tidak ditemukan" in json.loads(none.stdout.splitlines()[-1])["error"]

    from models.services.contracts.documents import contract_facts
    from models.services.contracts.seal import office_signer
    from models.storage.database import open_database

    db = open_database(path)
    try:
        with db.session_factory() as s:
            contract_id = s.scalars(select(Contract.id).where(Contract.status == ContractStatus.ACTIVE)).first()
            payload = office_signer(db, CLERK).seal(contract_facts(s, contract_id))
    finally:
        db.close()
    good = run("verify-contract", payload, "--db", str(path), "--json")
    assert good.returncode == 0, good.stdout + good.stderr
    answer = json.loads(good.stdout.strip().splitlines()[-1])
    assert answer["valid"] is True and answer["matches_records"] is True
    assert good.stdout.startswith("SAH: perjanjian kerja nomor")
    forged = run("verify-contract", payload.replace("|20", "|19", 1), "--db", str(path), "--json")
    assert forged.returncode == 1
    assert json.loads(forged.stdout.strip().splitlines()[-1])["valid"] is False
    assert "TIDAK SAH" in forged.stdout
