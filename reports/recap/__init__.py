"""The recap workbook a clerk hands to the head of the office: `build_recap(db, path)`.

Summary sheets (counts aggregated in SQL, each with a chart where a picture says more) are written by
XlsxWriter; the long lists (formasi vs bezetting, retirements, contracts ending, DUK, all employees)
are streamed into the finished file (reports/xlsx_stream.py), which keeps 100,000 employees under 10 s.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from models import clock
from models.services.errors import DomainError
from models.services.gc_pause import gc_paused
from models.services.jobs import Job, Progress
from models.services.recap import RETIREMENT_YEARS, RecapSummary, recap_summary
from models.services.recap_lists import contracts_ending, formation_lines, retirements
from models.storage.database import Database
from reports.output_file import replaced_on_success
from reports.recap import lists
from reports.recap.styles import Styles
from reports.recap.summary import (
    crosstab_sheets,
    formation_kecamatan_sheet,
    retirement_summary_sheet,
    ringkasan_sheet,
)
from reports.xlsx_stream import splicing

_STEPS = 6


@dataclass(frozen=True)
class RecapResult:
    path: Path
    sheets: list[str]
    employees: int  # active employees counted in the summary sheets
    listed: int  # rows of the full employee list (every employee, whatever their state)
    seconds: float

    def as_dict(self) -> dict:
        return {"sheets": self.sheets, "employees": self.employees, "listed": self.listed,
                "seconds": round(self.seconds, 3), "out": str(self.path)}


def build_recap(db: Database, path: str | Path, *, today: date | None = None) -> Job[RecapResult]:
    """Write the recap workbook to `path`, as a job (models/services/jobs.py); a failed or cancelled run leaves
    no half-written file behind (and an older file of that name as it was)."""
    started = time.perf_counter()
    today = today or clock.today()
    path = Path(path)
    if not path.parent.is_dir():
        raise DomainError(f"Folder '{path.parent}' tidak ada; rekap tidak dapat disimpan.")
    yield Progress(0, _STEPS)
    with gc_paused():
        return (yield from _build(db, path, today, started))


def _build(db: Database, path: Path, today: date, started: float) -> Job[RecapResult]:
    summary = recap_summary(db, today)
    lines = formation_lines(db, summary.formation_year)
    people = retirements(db, today, RETIREMENT_YEARS)
    ending = contracts_ending(db, today)
    yield Progress(1, _STEPS)
    long_sheets = [lists.formation_sheet(lines, summary.formation_year), lists.retirement_sheet(people),
                   lists.contract_sheet(ending, today), lists.duk_sheet(db, today), lists.employee_sheet(db, today)]
    figures = [
        ("Pegawai aktif", summary.by_status.total),
        ("Pegawai tercatat (termasuk pensiun/berhenti)", summary.all_employees),
        ("OPD", len(summary.by_opd.rows)),
        ("Unit kerja berpegawai", len(summary.by_unit.rows)),
        (f"Pensiun tahun {today.year}", sum(1 for p in people if p.on.year == today.year)),
        (f"Pensiun {today.year}-{today.year + RETIREMENT_YEARS - 1}", len(people)),
        ("Perjanjian kerja berakhir dalam 6 bulan", len(ending)),
        (f"Kekurangan pegawai menurut formasi {summary.formation_year or ''}".strip(),
         sum(line.shortage for line in lines)),
    ]
    try:
        with replaced_on_success(path) as target:
            names = yield from _write_workbook(target, summary, figures, lines, people, long_sheets)
    except OSError as exc:
        raise DomainError(f"Rekap tidak dapat ditulis ke '{path}' (mungkin sedang dibuka di program lain): "
                          f"{exc}") from exc
    return RecapResult(path, names, summary.by_status.total, long_sheets[-1][0].count,
                       time.perf_counter() - started)


def _write_workbook(path: Path, summary: RecapSummary, figures: list[tuple[str, int]], lines: list,
                    people: list, long_sheets: list) -> Job[list[str]]:
    """Write the workbook to `path` (a temporary name); returns the sheet names."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                           "strings_to_urls": False})
    book.set_properties({"title": "Rekapitulasi pegawai", "author": "SIMPEG Luring",
                         "company": summary.office_name or ""})
    styles = Styles.add_to(book)
    ringkasan_sheet(book, styles, summary, figures)
    names = ["Ringkasan", *crosstab_sheets(book, styles, summary)]
    formation_kecamatan_sheet(book, styles, summary, lines)
    names.append("Formasi per Kecamatan")
    retirement_summary_sheet(book, styles, summary, people, RETIREMENT_YEARS)
    names.append("Pensiun 5 Tahun")
    for sheet, _rows in long_sheets:
        sheet.add_to(book, styles.header)
        names.append(sheet.name)
    book.close()
    yield Progress(2, _STEPS)
    for index in splicing(path, long_sheets):  # a step per chunk of rows, so a cancel takes effect soon
        yield Progress(3 + min(index, 2), _STEPS)
    yield Progress(_STEPS, _STEPS)
    return names
