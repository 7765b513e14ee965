"""The import report: rejected rows exactly as they were, with a reason column, ready to fix and import again.

Sheet "Ditolak" starts with the file's own header row (plus "Alasan penolakan"), so the same import
finds it; cells keep their type (a NIP typed into a number cell stays a number, and is refused again
until the clerk types it as text). "Dibuat" lists the units, jabatan and kecamatan the import created,
"Ringkasan" the counts.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.services.roster_import import IMPORTED, REJECTED, UNCHANGED, UPDATED, RosterImportResult
from reports.roster.reader import RosterFileError, SheetGrid

REASON_HEADER = "Alasan penolakan"
_MAX_WIDTH = 60


def write_import_report(path: str | Path, grid: SheetGrid, header_index: int, result: RosterImportResult,
                        source: str = "") -> Path:
    import xlsxwriter

    path = Path(path)
    try:
        book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                               "strings_to_urls": False})
    except OSError as exc:
        raise RosterFileError(f"Laporan impor tidak dapat ditulis ke '{path}': {exc}") from exc
    formats = {
        "header": book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True,
                                   "valign": "top"}),
        "reason": book.add_format({"font_color": "#9C0006", "text_wrap": True, "valign": "top"}),
        "date": book.add_format({"num_format": "dd-mm-yyyy"}),
        "title": book.add_format({"bold": True, "font_size": 13}),
        "bold": book.add_format({"bold": True}),
    }
    _rejected_sheet(book, formats, grid, header_index, result)
    _created_sheet(book, formats, result)
    _summary_sheet(book, formats, result, source)
    try:
        book.close()
    except OSError as exc:
        raise RosterFileError(f"Laporan impor tidak dapat ditulis ke '{path}': {exc}") from exc
    return path


def _write_cell(sheet, row: int, column: int, cell: Any, formats: dict) -> int:
    """Write a cell keeping its type; returns the width it needs."""
    if cell is None or cell == "":
        return 0
    if isinstance(cell, bool):
        sheet.write_boolean(row, column, cell)
        return 5
    if isinstance(cell, int | float):
        sheet.write_number(row, column, cell)
        return len(str(cell))
    if isinstance(cell, datetime | date):
        sheet.write_datetime(row, column, cell, formats["date"])
        return 11
    text = str(cell)
    sheet.write_string(row, column, text)
    return len(text)


def _rejected_sheet(book, formats: dict, grid: SheetGrid, header_index: int, result: RosterImportResult) -> None:
    sheet = book.add_worksheet("Ditolak")
    header = list(grid.rows[header_index])
    width = max(len(header), max((len(grid.rows[o.row - 1]) for o in result.rejected_rows), default=0))
    widths = [0] * (width + 1)
    for column in range(width):
        cell = header[column] if column < len(header) else ""
        sheet.write(0, column, "" if cell is None else cell, formats["header"])
        widths[column] = len(str(cell or ""))
    sheet.write_string(0, width, REASON_HEADER, formats["header"])
    for out_row, outcome in enumerate(result.rejected_rows, start=1):
        cells = grid.rows[outcome.row - 1]
        for column, cell in enumerate(cells):
            widths[column] = max(widths[column], _write_cell(sheet, out_row, column, cell, formats))
        sheet.write_string(out_row, width, outcome.reason, formats["reason"])
        lines = sum(max(1, -(-len(line) // 75)) for line in outcome.reason.split("\n"))  # wrapped, one a reason
        sheet.set_row(out_row, 15 * max(1, lines))
    for column, chars in enumerate(widths[:-1]):
        sheet.set_column(column, column, min(_MAX_WIDTH, max(8, chars + 2)))
    sheet.set_column(width, width, 70)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(result.rejected_rows)), width)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_footer("&LBaris yang ditolak&RHalaman &P dari &N")


def _created_sheet(book, formats: dict, result: RosterImportResult) -> None:
    sheet = book.add_worksheet("Dibuat")
    sheet.write_string(0, 0, "Jenis", formats["header"])
    sheet.write_string(0, 1, "Nama", formats["header"])
    row = 1
    for label, names in (("Unit kerja", result.created_units), ("Jabatan", result.created_positions),
                         ("Kecamatan", result.new_kecamatan)):
        for name in names:
            sheet.write_string(row, 0, label)
            sheet.write_string(row, 1, name)
            row += 1
    if row == 1:
        sheet.write_string(1, 0, "Tidak ada unit, jabatan, atau kecamatan baru.")
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 1, 70)
    sheet.freeze_panes(1, 0)


def _summary_sheet(book, formats: dict, result: RosterImportResult, source: str) -> None:
    sheet = book.add_worksheet("Ringkasan")
    title = "Pratinjau impor daftar pegawai (belum disimpan)" if result.dry_run else "Hasil impor daftar pegawai"
    sheet.write_string(0, 0, title, formats["title"])
    if source:
        sheet.write_string(1, 0, f"Berkas: {source}")
    rows = (("Baru", IMPORTED), ("Diubah", UPDATED), ("Tetap (tidak berubah)", UNCHANGED), ("Ditolak", REJECTED))
    for index, (label, key) in enumerate(rows, start=3):
        sheet.write_string(index, 0, label, formats["bold"])
        sheet.write_number(index, 1, result.count(key))
    sheet.write_string(8, 0, "Unit kerja baru", formats["bold"])
    sheet.write_number(8, 1, len(result.created_units))
    sheet.write_string(9, 0, "Jabatan baru", formats["bold"])
    sheet.write_number(9, 1, len(result.created_positions))
    sheet.write_string(10, 0, "Kecamatan baru", formats["bold"])
    sheet.write_number(10, 1, len(result.new_kecamatan))
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 12)
