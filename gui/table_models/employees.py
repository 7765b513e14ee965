"""Rows of the Pegawai tab: one employee each, from the query layer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from gui.table_models.paged import BaseSource, Column
from models.rules.nip import KIND_PNS, KIND_PPPK, format_nip
from models.services.queries import EmployeeFilter, EmployeeRow, Page, count_employees, list_employees

_TEXT: dict[str, Callable[[EmployeeRow], str]] = {
    "nip": lambda r: format_nip(r.nip, KIND_PPPK if r.status.is_pppk else KIND_PNS),
    "name": lambda r: r.name,
    "status": lambda r: r.status_label,
    "golongan": lambda r: r.golongan or "",
    "position": lambda r: r.position_name or "",
    "unit": lambda r: r.unit_name or "",
    "kecamatan": lambda r: r.kecamatan_name or "",
    "employment_state": lambda r: r.employment_state_label,
}


class EmployeeSource(BaseSource):
    default_sort = "name"

    def __init__(self) -> None:
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
        )

    def fetch(self, session: Any, search: str, filters: EmployeeFilter | None, sort: str, descending: bool,
              after: Any, limit: int) -> Page[EmployeeRow]:
        return list_employees(session, search=search, filters=filters, sort=sort, descending=descending,
                              after=after, limit=limit)

    def count(self, session: Any, search: str, filters: EmployeeFilter | None) -> int:
        return count_employees(session, search, filters)

    def display(self, row: EmployeeRow, key: str) -> str:
        return _TEXT[key](row)

    def header_tooltip(self, key: str) -> str | None:
        if key == "golongan":
            return QCoreApplication.translate("EmployeeSource", "Golongan/ruang (PNS) atau golongan PPPK")
        if key == "employment_state":
            return QCoreApplication.translate("EmployeeSource", "Aktif, pensiun, atau berhenti")
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key == "golongan":
            return Qt.AlignmentFlag.AlignCenter
        return None
