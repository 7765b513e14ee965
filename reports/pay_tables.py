"""The office's pay tables as a workbook: a sheet "Gaji PPPK" (golongan, masa kerja golongan, gaji pokok) and a sheet
"Upah PW" (unit kerja or kelompok jabatan, upah), read for `main.py wages` and the window, and written out so a
clerk can fill the cells from the Perpres annex and read them back in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from models.services.contracts.pay import PayCellInput, WageInput
from models.services.errors import DomainError
from reports.output_file import replaced_on_success

PAY_SHEET = "Gaji PPPK"
WAGE_SHEET = "Upah PW"
PAY_HEADERS = ("Golongan", "Masa kerja golongan (tahun)", "Gaji pokok (Rp)")
WAGE_HEADERS = ("Unit kerja", "Kelompok jabatan", "Upah sebulan (Rp)")


@dataclass(frozen=True)
class PayWorkbook:
    cells: list[PayCellInput] | None  # None: the workbook has no "Gaji PPPK" sheet (that table is left alone)
    wages: list[WageInput] | None


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows(sheet) -> Iterable[tuple[int, tuple]]:
    for number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
        if not all(_blank(v) for v in row[:3]):
            yield number, tuple(row[:3]) + (None,) * (3 - len(row[:3]))


def read_pay_workbook(path: str | Path) -> PayWorkbook:
    """The tables in the workbook; DomainError (in Bahasa Indonesia) when it cannot be read or has neither sheet."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise DomainError(f"Berkas {path.name} tidak dapat dibaca sebagai buku kerja Excel (.xlsx): {exc}") from exc
    try:
        names = {name.strip().casefold(): name for name in book.sheetnames}
        cells = wages = None
        if PAY_SHEET.casefold() in names:
            cells = [PayCellInput(n, str(g or "").strip(), m if m is not None else "", a if a is not None else "")
                     for n, (g, m, a) in _rows(book[names[PAY_SHEET.casefold()]])]
        if WAGE_SHEET.casefold() in names:
            wages = [WageInput(n, a if a is not None else "", group=str(g).strip() if g else None,
                               unit_name=str(u).strip() if u else None)
                     for n, (u, g, a) in _rows(book[names[WAGE_SHEET.casefold()]])]
    finally:
        book.close()
    if cells is None and wages is None:
        raise DomainError(f"Berkas {path.name} tidak berisi lembar '{PAY_SHEET}' atau '{WAGE_SHEET}'.")
    return PayWorkbook(cells, wages)


def write_pay_workbook(path: str | Path, cells: dict[tuple[str, int], Decimal],
                       ranges: dict[str, tuple[Decimal, Decimal]],
                       wages: list[tuple[str, str, Decimal]]) -> Path:
    """Both tables as they are now: every golongan with its entered cells (or its lowest amount at MKG 0 when none
    is entered), and the upah rows (unit, group, amount)."""
    from openpyxl import Workbook

    book = Workbook()
    pay = book.active
    pay.title = PAY_SHEET
    pay.append(PAY_HEADERS)
    for golongan, (low, _high) in ranges.items():
        entered = sorted((mkg, amount) for (gol, mkg), amount in cells.items() if gol == golongan)
        for mkg, amount in entered or [(0, low)]:
            pay.append((golongan, mkg, float(amount)))
    upah = book.create_sheet(WAGE_SHEET)
    upah.append(WAGE_HEADERS)
    for unit, group, amount in wages:
        upah.append((unit or None, group or None, float(amount)))
    for sheet in (pay, upah):
        for column, width in zip("ABC", (28, 28, 20), strict=True):
            sheet.column_dimensions[column].width = width
    target = Path(path)
    with replaced_on_success(target) as partial:
        book.save(partial)
    return target
