"""The employee list in SIASN's column layout (NIP BARU, NAMA, ..., UNOR NAMA), as .xlsx or .csv.

Identifiers are text so no spreadsheet drops a digit: text cells in .xlsx, a leading apostrophe in
.csv (the convention offices exchange with BKN). The import (reports/roster) reads this layout back:
a file exported here imports into another SIMPEG Luring database as it is.
Values follow SIASN's export where it is known (STATUS CPNS PNS "C"/"P", the PPPK appointment date
under TMT CPNS, UNOR INDUK NAMA for the OPD); sex is written L/P.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.rules.education import EDUCATION_LEVELS
from models.services.errors import DomainError
from models.services.jobs import Job, Progress
from models.services.recap_lists import EXPORT_COLUMNS, count_employees, iter_employees, office_regency
from models.storage.database import Database
from models.vocabulary import EmployeeStatus, JenisJabatan
from reports.output_file import replaced_on_success
from reports.xlsx_stream import DATE, NUMBER, TEXT, Column, LongSheet, splicing

SIASN_COLUMNS = (
    Column("NIP BARU", TEXT, 21), Column("NAMA", TEXT, 30), Column("GELAR DEPAN", TEXT, 10),
    Column("GELAR BELAKANG", TEXT, 14), Column("TEMPAT LAHIR NAMA", TEXT, 16), Column("TANGGAL LAHIR", DATE, 12),
    Column("JENIS KELAMIN", TEXT, 8), Column("AGAMA NAMA", TEXT, 10), Column("NIK", TEXT, 18),
    Column("NOMOR HP", TEXT, 15), Column("EMAIL", TEXT, 24), Column("ALAMAT", TEXT, 30),
    Column("JENIS PEGAWAI NAMA", TEXT, 20), Column("STATUS CPNS PNS", TEXT, 8),
    Column("KEDUDUKAN HUKUM NAMA", TEXT, 12),
    Column("TMT CPNS", DATE, 12), Column("TMT PNS", DATE, 12), Column("GOL AKHIR NAMA", TEXT, 8),
    Column("TMT GOLONGAN", DATE, 12), Column("JENIS JABATAN NAMA", TEXT, 22), Column("JABATAN NAMA", TEXT, 36),
    Column("TMT JABATAN", DATE, 12), Column("TINGKAT PENDIDIKAN NAMA", TEXT, 12), Column("PENDIDIKAN NAMA", TEXT, 28),
    Column("TAHUN LULUS", NUMBER, 8), Column("UNOR NAMA", TEXT, 36), Column("UNOR INDUK NAMA", TEXT, 36),
    Column("LOKASI KERJA NAMA", TEXT, 20),
)
IDENTIFIER_COLUMNS = {"NIP BARU", "NIK", "NOMOR HP"}
JENIS_PEGAWAI = {EmployeeStatus.PNS: "PNS DAERAH KAB/KOTA", EmployeeStatus.CPNS: "PNS DAERAH KAB/KOTA",
                 EmployeeStatus.PPPK: "PPPK", EmployeeStatus.PPPK_PW: "PPPK PARUH WAKTU"}
STATUS_CPNS_PNS = {EmployeeStatus.PNS: "P", EmployeeStatus.CPNS: "C"}
JENIS_JABATAN = {None: None, JenisJabatan.JPT: "Jabatan Pimpinan Tinggi",
                 JenisJabatan.ADMINISTRATOR: "Jabatan Administrator", JenisJabatan.PENGAWAS: "Jabatan Pengawas",
                 JenisJabatan.PELAKSANA: "Jabatan Pelaksana", JenisJabatan.FUNGSIONAL: "Jabatan Fungsional"}
_PPPK = (EmployeeStatus.PPPK, EmployeeStatus.PPPK_PW)
PROGRESS_ROWS = 2000  # the .csv writer pauses every this many rows (the .xlsx one every chunk, as many)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    employees: int

    def as_dict(self) -> dict:
        return {"employees": self.employees, "out": str(self.path), "columns": [c.header for c in SIASN_COLUMNS]}


def _rows(db: Database, location: str | None) -> Iterator[tuple]:
    units = None
    for tree, r in iter_employees(db, columns=EXPORT_COLUMNS):
        units = units or tree.labels()
        (nip, name, gelar_depan, gelar_belakang, birth_place, born, sex, religion, nik, phone, email, address,
         status, state, tmt_cpns, tmt_pns, tmt_pppk, golongan, tmt_golongan, jenis, position, tmt_jabatan,
         education, major, education_year, unit_id) = r
        unit, opd, _kecamatan = units.get(unit_id, (None, None, None))
        yield (nip, name, gelar_depan, gelar_belakang, birth_place, born, sex.value,
               religion.value if religion else None, nik, phone, email, address, JENIS_PEGAWAI[status],
               STATUS_CPNS_PNS.get(status), state.label,
               tmt_pppk if status in _PPPK else tmt_cpns, tmt_pns, golongan, tmt_golongan, JENIS_JABATAN[jenis],
               position, tmt_jabatan, EDUCATION_LEVELS.get(education), major, education_year, unit, opd, location)


def _counted(rows: Iterator[tuple], written: list[int]) -> Iterator[tuple]:
    """The rows as they are, counting in written[0] how many the writer has taken."""
    for row in rows:
        written[0] += 1
        yield row


def export_siasn(db: Database, path: str | Path) -> Job[ExportResult]:
    """Write every employee in SIASN's layout to .xlsx (or .csv when the name ends so), as a job
    (models/services/jobs.py): closed half-way, it leaves no file."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DomainError(f"Folder '{path.parent}' tidak ada; berkas ekspor tidak dapat disimpan.")
    location = office_regency(db)
    total = count_employees(db)
    yield Progress(0, total)
    written = [0]
    rows = _counted(_rows(db, location), written)
    try:
        with replaced_on_success(path) as target:  # a cancelled export leaves no partial file
            write = _write_csv(target, rows) if path.suffix.lower() == ".csv" else _write_xlsx(target, rows, total)
            for _ in write:  # the writers pause every few thousand rows: a step, and a chance to cancel
                yield Progress(written[0], total)
            yield Progress(total, total)  # the last step while closing can still leave no file
    except OSError as exc:
        raise DomainError(f"Berkas ekspor tidak dapat ditulis ke '{path}' (mungkin sedang dibuka di program "
                          f"lain): {exc}") from exc
    return ExportResult(path, total)


def _write_xlsx(path: Path, rows: Iterator[tuple], total: int) -> Iterator[int]:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                           "strings_to_urls": False})
    header = book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    sheet = LongSheet("Data Pegawai", SIASN_COLUMNS, total, title="Data pegawai (susunan kolom SIASN)")
    sheet.add_to(book, header)
    book.close()
    yield from splicing(path, [(sheet, rows)])


def _csv_value(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == DATE:
        return f"{value:%d-%m-%Y}"
    if column.header in IDENTIFIER_COLUMNS:
        return f"'{value}"
    return str(value)


def _write_csv(path: Path, rows: Iterator[tuple]) -> Iterator[int]:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([c.header for c in SIASN_COLUMNS])
        for number, row in enumerate(rows, start=1):
            writer.writerow([_csv_value(c, v) for c, v in zip(SIASN_COLUMNS, row, strict=True)])
            if number % PROGRESS_ROWS == 0:
                yield number
