"""The Pegawai tab: every employee, searchable by name, NIP or NIK, filtered by status, unit, kecamatan,
golongan and keadaan (active staff by default: what a clerk works with every day)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QWidget

from gui.table_models.employees import EmployeeSource
from gui.table_models.paged import PAGE_SIZE, PagedTableModel, SessionFactory
from gui.tabs.table_tab import TableTab
from gui.widgets.filter_bar import FilterBar
from gui.widgets.unit_picker import load_units
from models import clock
from models.services.lookups import golongan_choices, kecamatan_choices
from models.services.queries import EmployeeFilter
from models.vocabulary import EmployeeStatus, EmploymentState

if TYPE_CHECKING:
    from gui.context import AppContext

DEFAULT_FILTER = EmployeeFilter(employment_state=EmploymentState.ACTIVE)


class EmployeesTab(TableTab):
    object_prefix = "employees"
    column_samples: ClassVar[dict[str, str]] = {
        "nip": "19850312 2024 21 1 003", "name": "Dra. Sri Wahyuningsih, M.Pd.", "status": "PPPK Paruh Waktu",
        "golongan": "III/d", "position": "Guru Pendidikan Agama Ahli Pertama", "kecamatan": "Sebangau",
        "employment_state": "Berhenti", "nik": "6271011203850001", "birth_date": "30-09-1985", "age": "Umur",
        "tmt": "01-01-2010", "education": "Spesialis", "retirement": "01-04-2043 (58)",
    }
    stretch_key = "unit"
    full_width_keys: ClassVar[frozenset[str]] = frozenset({"nip"})

    def __init__(self, session_factory: SessionFactory, *, page_size: int = PAGE_SIZE,
                 today: Callable[[], date] | None = None, context: AppContext | None = None,
                 parent: QWidget | None = None) -> None:
        today = today or (context.today if context is not None else clock.today)
        model = PagedTableModel(EmployeeSource(today), session_factory, page_size=page_size, filters=DEFAULT_FILTER)
        self._session_factory = session_factory
        super().__init__(model, parent)
        self.context = context
        self._build_filters(session_factory)

    def placeholder_text(self) -> str:
        return self.tr("Cari nama, NIP atau NIK…")

    def count_text(self, total: str) -> str:
        return self.tr("{total} pegawai").format(total=total)

    def empty_message(self) -> tuple[str, str]:
        if self._has_employees_in_other_states():
            return (self.tr("Tidak ada pegawai aktif."),
                    self.tr("Pegawai di basis data ini sudah pensiun atau berhenti. Pilih Keadaan: Semua keadaan "
                            "untuk melihat mereka, atau tambahkan pegawai."))
        return (self.tr("Belum ada pegawai."),
                self.tr("Impor daftar pegawai dari berkas Excel, ODS atau CSV yang sudah ada, atau tambahkan "
                        "pegawai satu per satu."))

    def empty_buttons(self) -> list[tuple[str, str]]:
        return [("action_import_roster", self.tr("Impor daftar pegawai…")),
                ("action_organization", self.tr("Unit kerja dan jabatan…")),
                ("action_new_employee", self.tr("Tambah pegawai"))]

    def _has_employees_in_other_states(self) -> bool:
        with self._session_factory() as session:
            return self.model.source.count(session, "", EmployeeFilter()) > 0

    def current_filter(self) -> EmployeeFilter:
        values: dict[str, Any] = self.filter_bar.values() if self.filter_bar is not None else {}
        return EmployeeFilter(**values)

    def _build_filters(self, session_factory: SessionFactory) -> None:
        with session_factory() as session:
            kecamatan = kecamatan_choices(session)
        bar = FilterBar(self.object_prefix, self)
        bar.add_combo("status", self.tr("Status"), self.tr("Semua status"),
                      [(s.label, s) for s in EmployeeStatus])
        bar.add_unit("unit_id", self.tr("Unit"), lambda: load_units(session_factory)).setToolTip(
            self.tr("Unit kerja beserta unit di bawahnya; ketik sebagian nama lalu pilih"))
        bar.add_combo("kecamatan_code", self.tr("Kecamatan"), self.tr("Semua kecamatan"),
                      [(name, code) for code, name in kecamatan])
        bar.add_combo("golongan", self.tr("Gol."), self.tr("Semua golongan"), [(g, g) for g in golongan_choices()])
        bar.add_combo("employment_state", self.tr("Keadaan"), self.tr("Semua keadaan"),
                      [(s.label, s) for s in EmploymentState], default=EmploymentState.ACTIVE)
        bar.reset_button.setEnabled(False)
        bar.changed.connect(self._on_filter_bar_changed)
        self.set_filter_bar(bar)

    def _on_filter_bar_changed(self) -> None:
        self.model.set_filters(self.current_filter())
