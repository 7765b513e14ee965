"""The recap's long sheets: formasi vs bezetting, retirements, contracts ending, DUK and the employee list.

Each is a LongSheet (streamed into the workbook, see reports/xlsx_stream.py) and a generator of rows.
Identifiers (NIP, NIK) are always text so no digit is lost; dates are real dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from models.rules.education import EDUCATION_LEVELS
from models.rules.formatting import full_name
from models.services.recap_lists import (
    EndingContract,
    FormationLine,
    Retirement,
    count_employees,
    iter_employees,
)
from models.storage.database import Database
from models.vocabulary import EmployeeStatus, EmploymentState, JenisJabatan, Sex
from reports.xlsx_stream import DATE, NUMBER, TEXT, Column, LongSheet

DUK_STATUSES = (EmployeeStatus.PNS, EmployeeStatus.CPNS)
# Labels looked up in plain dicts: enum properties cost a function call per cell, 100,000 times over.
_LABELS: dict[Any, str | None] = {None: None}
for _enum in (EmployeeStatus, JenisJabatan, EmploymentState, Sex):
    _LABELS.update({member: member.label for member in _enum})
_SEX_CODES = {Sex.MAN: "L", Sex.WOMAN: "P"}
_PPPK = (EmployeeStatus.PPPK, EmployeeStatus.PPPK_PW)
_NO_UNIT = (None, None, None)


def _label(value: Any) -> str | None:
    return _LABELS[value]


def _name(name: str, gelar_depan: str | None, gelar_belakang: str | None) -> str:
    return full_name(name, gelar_depan, gelar_belakang) if gelar_depan or gelar_belakang else name


def formation_sheet(lines: list[FormationLine], year: int | None) -> tuple[LongSheet, Iterator[tuple]]:
    columns = [Column("No", NUMBER, 6), Column("OPD", TEXT, 36), Column("Unit kerja", TEXT, 36),
               Column("Kecamatan", TEXT, 16), Column("Jabatan", TEXT, 40), Column("Kebutuhan", NUMBER, 11),
               Column("Formasi disetujui", NUMBER, 11), Column("Bezetting", NUMBER, 11),
               Column("Kekurangan", NUMBER, 11), Column("Kelebihan", NUMBER, 11)]
    title = f"Formasi vs bezetting {year}" if year else "Formasi vs bezetting"

    def rows() -> Iterator[tuple]:
        for number, line in enumerate(lines, start=1):
            yield (number, line.opd, line.unit, line.kecamatan, line.position, line.needed, line.approved,
                   line.in_post, line.shortage, max(0, line.in_post - line.needed))

    return LongSheet("Formasi vs Bezetting", columns, len(lines), title=title), rows()


def retirement_sheet(people: list[Retirement]) -> tuple[LongSheet, Iterator[tuple]]:
    columns = [Column("No", NUMBER, 6), Column("TMT pensiun", DATE, 12), Column("NIP", TEXT, 20),
               Column("Nama", TEXT, 34), Column("Status", TEXT, 10), Column("Gol.", TEXT, 7),
               Column("Jabatan", TEXT, 36), Column("Jenis jabatan", TEXT, 14), Column("OPD", TEXT, 34),
               Column("Unit kerja", TEXT, 34), Column("Tanggal lahir", DATE, 12), Column("BUP", NUMBER, 6)]

    def rows() -> Iterator[tuple]:
        for number, p in enumerate(people, start=1):
            yield (number, p.on, p.nip, full_name(p.name, p.gelar_depan, p.gelar_belakang), p.status.label,
                   p.golongan, p.position, _label(p.jenis_jabatan), p.opd, p.unit, p.birth_date, p.bup)

    return LongSheet("Daftar Pensiun", columns, len(people), title="Daftar pegawai mencapai BUP"), rows()


def contract_sheet(contracts: list[EndingContract], today: date) -> tuple[LongSheet, Iterator[tuple]]:
    columns = [Column("No", NUMBER, 6), Column("NI PPPK", TEXT, 20), Column("Nama", TEXT, 34),
               Column("Status", TEXT, 16), Column("Jabatan", TEXT, 34), Column("OPD", TEXT, 32),
               Column("Unit kerja", TEXT, 32), Column("Nomor perjanjian", TEXT, 30),
               Column("Status perjanjian", TEXT, 14),
               Column("Mulai", DATE, 12), Column("Berakhir", DATE, 12), Column("Sisa hari", NUMBER, 9),
               Column("Batas usul perpanjangan", DATE, 14)]

    def rows() -> Iterator[tuple]:
        for number, c in enumerate(contracts, start=1):
            yield (number, c.nip, full_name(c.name, c.gelar_depan, c.gelar_belakang), c.status.label, c.position,
                   c.opd, c.unit, c.number, c.contract_status.label, c.start, c.end, (c.end - today).days,
                   c.renewal_due)

    return LongSheet("Kontrak Berakhir", columns, len(contracts), title="Perjanjian kerja berakhir 6 bulan ke depan"
                     ), rows()


def _months_of_service(start: date | None, today: date) -> str | None:
    if start is None or start > today:
        return None
    months = (today.year - start.year) * 12 + today.month - start.month - (today.day < start.day)
    return f"{months // 12} th {months % 12} bl"


def duk_sheet(db: Database, today: date) -> tuple[LongSheet, Iterator[tuple]]:
    columns = [Column("No", NUMBER, 6), Column("NIP", TEXT, 20), Column("Nama", TEXT, 34),
               Column("Gol.", TEXT, 7), Column("TMT golongan", DATE, 12), Column("Jabatan", TEXT, 36),
               Column("Jenis jabatan", TEXT, 14), Column("TMT jabatan", DATE, 12), Column("Masa kerja", TEXT, 11),
               Column("Pendidikan", TEXT, 10), Column("Tahun lulus", NUMBER, 8), Column("Tanggal lahir", DATE, 12),
               Column("Status", TEXT, 8), Column("Unit kerja", TEXT, 34)]
    count = count_employees(db, active_only=True, statuses=DUK_STATUSES)

    def rows() -> Iterator[tuple]:
        labels, units = _LABELS, None
        for number, (tree, r) in enumerate(iter_employees(db, active_only=True, statuses=DUK_STATUSES,
                                                          duk_order=True), start=1):
            units = units or tree.labels()
            (nip, name, gelar_depan, gelar_belakang, golongan, tmt_golongan, position, jenis, tmt_jabatan, tmt_cpns,
             education, education_year, born, status, unit_id) = r
            yield (number, nip, _name(name, gelar_depan, gelar_belakang), golongan, tmt_golongan, position,
                   labels[jenis], tmt_jabatan, _months_of_service(tmt_cpns, today), EDUCATION_LEVELS.get(education),
                   education_year, born, labels[status], units.get(unit_id, _NO_UNIT)[0])

    return LongSheet("DUK", columns, count, title="Daftar Urut Kepangkatan (PNS dan CPNS)"), rows()


def employee_sheet(db: Database, today: date) -> tuple[LongSheet, Iterator[tuple]]:
    columns = [Column("No", NUMBER, 7), Column("NIP", TEXT, 20), Column("Nama", TEXT, 34), Column("NIK", TEXT, 18),
               Column("L/P", TEXT, 5), Column("Tempat lahir", TEXT, 16), Column("Tanggal lahir", DATE, 12),
               Column("Umur", NUMBER, 6), Column("Status", TEXT, 16), Column("Gol.", TEXT, 7),
               Column("Jabatan", TEXT, 36), Column("Jenis jabatan", TEXT, 14), Column("Unit kerja", TEXT, 34),
               Column("OPD", TEXT, 34), Column("Kecamatan", TEXT, 16), Column("Pendidikan", TEXT, 10),
               Column("Jurusan", TEXT, 28), Column("TMT CPNS/PPPK", DATE, 12), Column("Masa kerja", TEXT, 11),
               Column("Keadaan", TEXT, 10)]
    count = count_employees(db)
    this_year, birthday_passed = today.year, (today.month, today.day)

    def rows() -> Iterator[tuple]:
        labels, units, education_names = _LABELS, None, EDUCATION_LEVELS
        for number, (tree, r) in enumerate(iter_employees(db), start=1):
            units = units or tree.labels()
            (nip, name, gelar_depan, gelar_belakang, nik, sex, birth_place, born, status, golongan, position, jenis,
             unit_id, education, major, tmt_cpns, tmt_pppk, state) = r
            unit, opd, kecamatan = units.get(unit_id, _NO_UNIT)
            start = tmt_pppk if status in _PPPK else tmt_cpns
            yield (number, nip, _name(name, gelar_depan, gelar_belakang), nik, _SEX_CODES[sex], birth_place, born,
                   this_year - born.year - (birthday_passed < (born.month, born.day)), labels[status], golongan,
                   position, labels[jenis], unit, opd, kecamatan, education_names.get(education), major, start,
                   _months_of_service(start, today), labels[state])

    return LongSheet("Daftar Pegawai", columns, count, title="Daftar pegawai"), rows()
