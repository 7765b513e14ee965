"""The Formasi tab: needs and approvals per unit, jabatan and year, with the staff in post."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from gui.table_models.formations import FormationSource
from gui.table_models.paged import PAGE_SIZE, PagedTableModel, SessionFactory
from gui.tabs.table_tab import TableTab


class FormationsTab(TableTab):
    object_prefix = "formations"
    column_samples: ClassVar[dict[str, str]] = {
        "year": "2026", "opd": "Badan Penanggulangan Bencana", "kecamatan": "Jekan Raya",
        "position": "Pranata Komputer Ahli Pertama", "procurement_kind": "PPPK Paruh Waktu", "needed": "1.000",
        "approved": "1.000", "in_post": "1.000", "vacancies": "1.000",
    }
    stretch_key = "unit"

    def __init__(self, session_factory: SessionFactory, *, page_size: int = PAGE_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(PagedTableModel(FormationSource(), session_factory, page_size=page_size), parent)

    def placeholder_text(self) -> str:
        return self.tr("Cari unit kerja atau jabatan…")

    def count_text(self, total: str) -> str:
        return self.tr("{total} formasi").format(total=total)
