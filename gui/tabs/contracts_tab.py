"""The Perjanjian Kerja tab: PPPK contracts, soonest end first, tinted when ended or due for renewal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from gui.table_models.contracts import ContractSource
from gui.table_models.paged import PAGE_SIZE, PagedTableModel, SessionFactory
from gui.tabs.table_tab import TableTab


class ContractsTab(TableTab):
    object_prefix = "contracts"
    column_samples: ClassVar[dict[str, str]] = {
        "nip": "19850312 2024 21 1 003", "name": "Dra. Sri Wahyuningsih Rahayu, M.Pd.", "kind": "PPPK Penuh Waktu",
        "start": "30-09-2026", "end": "30-09-2026", "days_left": "-1.000", "status": "Ditandatangani",
    }

    def __init__(self, session_factory: SessionFactory, *, page_size: int = PAGE_SIZE,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        source = ContractSource(today)
        super().__init__(PagedTableModel(source, session_factory, page_size=page_size), parent)

    def placeholder_text(self) -> str:
        return self.tr("Cari nama, NI PPPK atau NIK…")

    def count_text(self, total: str) -> str:
        return self.tr("{total} perjanjian kerja").format(total=total)
