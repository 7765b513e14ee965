"""The Excel list of what a print batch produced: one row per contract, identifiers kept as text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

COLUMNS = (
    ("No", 6), ("Nomor Perjanjian", 34), ("NI PPPK", 21), ("Nama", 34), ("Jabatan", 30), ("Unit Kerja", 34),
    ("Perangkat Daerah", 34), ("Jenis", 18), ("Mulai", 12), ("Selesai", 12), ("Gaji/Upah", 14),
    ("Halaman di PDF Gabungan", 12), ("Jumlah Halaman", 10), ("Berkas per Orang", 50),
)


@dataclass(frozen=True)
class PrintedRow:
    number: str
    nip: str
    name: str
    position: str
    unit: str
    opd: str
    kind: str
    start: date
    end: date
    salary: Decimal
    first_page: int
    pages: int
    person_file: str


def write_printed_list(path: Path | str, rows: list[PrintedRow], sheet_title: str = "Dicetak") -> None:
    """An .xlsx (openpyxl write-only, so memory stays flat for thousands of rows)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    for index, (_, width) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title, _ in COLUMNS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    def dated(value: date) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "DD-MM-YYYY"
        return cell

    def money(value: Decimal) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "#,##0"
        return cell

    for n, row in enumerate(rows, 1):
        # The NI PPPK is written as text: as a number Excel would keep only 15 of its 18 digits.
        sheet.append([n, row.number, str(row.nip), row.name, row.position, row.unit, row.opd, row.kind,
                      dated(row.start), dated(row.end), money(row.salary), row.first_page, row.pages,
                      row.person_file])
    workbook.save(str(path))
