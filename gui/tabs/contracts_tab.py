"""The Perjanjian Kerja tab: PPPK contracts, soonest end first, tinted when ended or due for renewal,
filtered by status, kind, unit and "berakhir dalam N bulan", with a legend of the tints."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QWidget

from gui.table_models.contracts import ENDING_SOON_COLOR, EXPIRED_COLOR, ContractSource
from gui.table_models.paged import PAGE_SIZE, PagedTableModel, SessionFactory
from gui.tabs.table_tab import TableTab
from gui.widgets.filter_bar import FilterBar
from gui.widgets.legend import Legend
from gui.widgets.unit_picker import load_units
from models import clock
from models.services.queries import ContractFilter
from models.vocabulary import ContractKind, ContractStatus

if TYPE_CHECKING:
    from gui.context import AppContext

ENDS_WITHIN_CHOICES = (1, 3, 6, 12)


class ContractsTab(TableTab):
    object_prefix = "contracts"
    column_samples: ClassVar[dict[str, str]] = {
        "nip": "19850312 2024 21 1 003", "name": "Dra. Sri Wahyuningsih Rahayu, M.Pd.", "kind": "PPPK Penuh Waktu",
        "start": "30-09-2026", "end": "30-09-2026", "days_left": "⚠ -1.000", "status": "Ditandatangani",
        "number": "800.1.2.5/29.1234/PPPK-PW/BKPSDM", "salary": "Rp12.345.678,00", "signing_date": "30-09-2026",
    }
    stretch_key = "unit"
    full_width_keys: ClassVar[frozenset[str]] = frozenset({"nip"})

    def __init__(self, session_factory: SessionFactory, *, page_size: int = PAGE_SIZE,
                 today: Callable[[], date] | None = None, context: AppContext | None = None,
                 parent: QWidget | None = None) -> None:
        today = today or (context.today if context is not None else clock.today)
        source = ContractSource(today)
        super().__init__(PagedTableModel(source, session_factory, page_size=page_size), parent)
        self.context = context
        self._build_filters(session_factory)
        self.legend = Legend([
            # The signs match the icons beside the days left; they need no translation.
            (ENDING_SOON_COLOR, "⚠ " + self.tr("Berakhir dalam 6 bulan (penuh waktu) atau 3 bulan (paruh waktu): "
                                               "usulkan perpanjangan")),
            (EXPIRED_COLOR, "✖ " + self.tr("Sudah berakhir")),
            (None, self.tr("Sisa hari kosong: sudah diperpanjang atau diputus")),
        ], self)
        self.legend.setObjectName("contracts_legend")
        self.add_below_table(self.legend)

    def placeholder_text(self) -> str:
        return self.tr("Cari nama, NI PPPK atau NIK…")

    def count_text(self, total: str) -> str:
        return self.tr("{total} perjanjian kerja").format(total=total)

    def empty_message(self) -> tuple[str, str]:
        return (self.tr("Belum ada perjanjian kerja."),
                self.tr("Perjanjian kerja dibuat untuk pegawai PPPK: di tab Pegawai, pilih pegawai PPPK atau PPPK "
                        "Paruh Waktu, lalu klik Perjanjian baru."))

    def empty_buttons(self) -> list[tuple[str, str]]:
        return [("action_show_employees", self.tr("Buka tab Pegawai"))]

    def current_filter(self) -> ContractFilter:
        values: dict[str, Any] = self.filter_bar.values() if self.filter_bar is not None else {}
        return ContractFilter(**values)

    def _build_filters(self, session_factory: SessionFactory) -> None:
        bar = FilterBar(self.object_prefix, self)
        bar.add_combo("status", self.tr("Status"), self.tr("Semua status"), [(s.label, s) for s in ContractStatus])
        bar.add_combo("kind", self.tr("Jenis"), self.tr("Semua jenis"), [(k.label, k) for k in ContractKind])
        bar.add_unit("unit_id", self.tr("Unit"), lambda: load_units(session_factory)).setToolTip(
            self.tr("Unit kerja pegawai beserta unit di bawahnya; ketik sebagian nama lalu pilih"))
        ends = bar.add_combo("ends_within_months", self.tr("Berakhir dalam"), self.tr("Kapan saja"),
                             [(self.tr("{n} bulan").format(n=n), n) for n in ENDS_WITHIN_CHOICES])
        ends.setToolTip(self.tr("Perjanjian yang masih berjalan dan berakhir paling lambat sekian bulan dari hari ini"))
        bar.reset_button.setEnabled(False)
        bar.changed.connect(self._on_filter_bar_changed)
        self.set_filter_bar(bar)

    def _on_filter_bar_changed(self) -> None:
        self.model.set_filters(self.current_filter())
