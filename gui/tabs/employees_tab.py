"""The Pegawai tab: every employee, searchable by name, NIP or NIK."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from gui.table_models.employees import EmployeeSource
from gui.table_models.paged import PAGE_SIZE, PagedTableModel, SessionFactory
from gui.tabs.table_tab import TableTab


class EmployeesTab(TableTab):
    object_prefix = "employees"
    column_samples: ClassVar[dict[str, str]] = {
        "nip": "19850312 2024 21 1 003", "name": "Dra. Sri Wahyuningsih, M.Pd.", "status": "PPPK Paruh Waktu",
        "golongan": "III/d", "position": "Guru Pendidikan Agama Ahli Pertama", "kecamatan": "Sebangau",
        "employment_state": "Berhenti",
    }
    stretch_key = "unit"

    def __init__(self, session_factory: SessionFactory, *, page_size: int = PAGE_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(PagedTableModel(EmployeeSource(), session_factory, page_size=page_size), parent)

    def placeholder_text(self) -> str:
        return self.tr("Cari nama, NIP atau NIK…")

    def count_text(self, total: str) -> str:
        return self.tr("{total} pegawai").format(total=total)
