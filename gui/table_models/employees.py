"""Rows of the Pegawai tab: one employee each, from the query layer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from gui.table_models.paged import BaseSource, Column
from models import clock
from models.rules.formatting import format_date_short
from models.rules.nip import format_nip
from models.rules.retirement import full_years
from models.services.queries import EmployeeFilter, EmployeeRow, Page, count_employees, list_employees


def _date(d: date | None) -> str:
    return format_date_short(d) if d else ""


def age_on(birth_date: date | None, today: date) -> int | None:
    """Whole years lived by `today`."""
    if birth_date is None:
        return None
    return full_years(birth_date, today)


_TEXT: dict[str, Callable[[EmployeeRow], str]] = {
    "nip": lambda r: format_nip(r.nip, r.status.nip_kind),
    "name": lambda r: r.name,
    "status": lambda r: r.status_label,
    "golongan": lambda r: r.golongan or "",
    "position": lambda r: r.position_name or "",
    "unit": lambda r: r.unit_name or "",
    "kecamatan": lambda r: r.kecamatan_name or "",
    "employment_state": lambda r: r.employment_state_label,
    "nik": lambda r: r.nik or "",
    "birth_date": lambda r: _date(r.birth_date),
    "tmt": lambda r: _date(r.tmt),
    "education": lambda r: r.education_label,
    "retirement": lambda r: f"{_date(r.retirement_date)} ({r.bup})" if r.retirement_date else "",
}



class EmployeeSource(BaseSource):
    default_sort = "name"

    def __init__(self, today: Callable[[], date] = clock.today) -> None:
        self.today = today
        # Built at run time, not import time, so an installed translator applies.
        self.columns = (
            Column("nip", QCoreApplication.translate("EmployeeSource", "NIP")),
            Column("name", QCoreApplication.translate("EmployeeSource", "Nama")),
            Column("status", QCoreApplication.translate("EmployeeSource", "Status")),
            Column("golongan", QCoreApplication.translate("EmployeeSource", "Gol.")),
            Column("position", QCoreApplication.translate("EmployeeSource", "Jabatan")),
            Column("unit", QCoreApplication.translate("EmployeeSource", "Unit kerja")),
            Column("kecamatan", QCoreApplication.translate("EmployeeSource", "Kecamatan")),
            Column("employment_state", QCoreApplication.translate("EmployeeSource", "Keadaan")),
            Column("nik", QCoreApplication.translate("EmployeeSource", "NIK"), hidden=True),
            Column("birth_date", QCoreApplication.translate("EmployeeSource", "Tgl. lahir"), hidden=True),
            Column("age", QCoreApplication.translate("EmployeeSource", "Umur"), sortable=False, hidden=True),
            Column("tmt", QCoreApplication.translate("EmployeeSource", "TMT"), hidden=True),
            Column("education", QCoreApplication.translate("EmployeeSource", "Pendidikan"), hidden=True),
            Column("retirement", QCoreApplication.translate(
                "EmployeeSource", "Pensiun (BUP)"), sortable=False, hidden=True),
        )

    def fetch(self, session: Any, search: str, filters: EmployeeFilter | None, sort: str, descending: bool,
              after: Any, limit: int) -> Page[EmployeeRow]:
        return list_employees(session, search=search, filters=filters, sort=sort, descending=descending,
                              after=after, limit=limit)

    def count(self, session: Any, search: str, filters: EmployeeFilter | None) -> int:
        return count_employees(session, search, filters)

    def display(self, row: EmployeeRow, key: str) -> str:
        if key == "age":
            age = age_on(row.birth_date, self.today())
            return "" if age is None else str(age)
        return _TEXT[key](row)

    def header_tooltip(self, key: str) -> str | None:
        return {
            "golongan": QCoreApplication.translate("EmployeeSource", "Golongan/ruang (PNS) atau golongan PPPK"),
            "employment_state": QCoreApplication.translate("EmployeeSource", "Aktif, pensiun, atau berhenti"),
            "age": QCoreApplication.translate(
                "EmployeeSource", "Umur dalam tahun penuh pada hari ini; urutkan menurut Tgl. lahir"),
            "tmt": QCoreApplication.translate("EmployeeSource", "TMT CPNS untuk PNS dan CPNS, TMT PPPK untuk PPPK"),
            "education": QCoreApplication.translate("EmployeeSource", "Tingkat pendidikan terakhir (kode SIASN)"),
            "retirement": QCoreApplication.translate(
                "EmployeeSource",
                "TMT pensiun: tanggal 1 bulan berikutnya setelah mencapai batas usia pensiun (BUP, dalam kurung) "
                "jabatannya"),
        }.get(key)

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key == "golongan":
            return Qt.AlignmentFlag.AlignCenter
        if key == "age":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
