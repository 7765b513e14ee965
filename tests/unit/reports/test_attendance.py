"""The attendance list: nothing cut short, signature lines inside their column, a closing block to certify it."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from reports.contracts.attendance import SHARES, AttendanceRow, Certifier, signature_line, write_attendance
from reports.contracts.fonts import text_width
from reports.contracts.layout import page_spec

LONG_UNIT = "Unit Pelaksana Teknis Daerah Pusat Kesehatan Masyarakat Kecamatan Rakumpit"
LONG_NAME = "Dr. Maria Ulfa Sekar Ayu Kusumawardhani Ningrum, S.Kep., Ners, M.Kes."


def rows(count: int) -> list[AttendanceRow]:
    return [AttendanceRow(LONG_NAME if i == 3 else f"Budi Santoso {i}", f"19900101 2025 21 1 {i:03d}",
                          "Pengelola Umum Operasional", LONG_UNIT if i == 2 else "SD Negeri 1 Pahandut",
                          "Dinas Kesehatan") for i in range(1, count + 1)]


def words(path) -> list[str]:
    return " ".join(page.extract_text() for page in PdfReader(path).pages).split()


def test_long_names_and_units_wrap_whole_and_the_list_is_certified(tmp_path) -> None:
    out = tmp_path / "hadir.pdf"
    pages = write_attendance(out, rows(5), paper="A4", title="Penandatanganan Perjanjian Kerja PPPK",
                             signing_date=date(2025, 10, 1), place="Palangka Raya",
                             certifier=Certifier("Kepala BKPSDM Kota Palangka Raya", "Drs. Ahmad Yani, M.Si.",
                                                 "19700101 199003 1 001"))
    assert pages == 1
    text = words(out)
    assert "…" not in " ".join(text)
    joined = " ".join(text)
    for word in LONG_UNIT.split() + LONG_NAME.split():
        assert word in text, word
    assert "Palangka Raya, 1 Oktober 2025 Mengetahui, Kepala BKPSDM Kota Palangka Raya" in joined
    assert "Drs. Ahmad Yani, M.Si. NIP 19700101 199003 1 001" in joined


def test_without_a_certifier_the_block_is_left_to_fill_in(tmp_path) -> None:
    out = tmp_path / "hadir.pdf"
    write_attendance(out, rows(2), paper="F4", title="Penandatanganan", signing_date=None, place=None)
    joined = " ".join(words(out))
    assert "Mengetahui," in joined and "NIP ...................." in joined


def test_a_signature_line_fits_its_half_of_the_column() -> None:
    half = page_spec("A4").content_width * SHARES[4] / 2 - 6
    for number in (1, 9, 10, 99, 100, 7326):
        line = signature_line(number, half)
        assert line.startswith(f"{number}. ...")
        assert text_width(line, False, 8.5) <= half


def test_a_closing_block_that_does_not_fit_goes_to_a_page_of_its_own(tmp_path) -> None:
    alone = []
    for count in range(15, 45):
        out = tmp_path / f"hadir-{count}.pdf"
        pages = write_attendance(out, rows(count), paper="A4", title="T", signing_date=None, place=None)
        reader = PdfReader(out)
        last = reader.pages[-1].extract_text()
        assert pages == len(reader.pages)
        assert "Mengetahui," in last and f"Halaman {pages} dari {pages}" in last
        assert sum(page.extract_text().count("19900101 2025 21 1") for page in reader.pages) == count
        if "Budi" not in last:
            alone.append(count)
    assert alone  # some count of rows fills the page so that only the closing block moves on
