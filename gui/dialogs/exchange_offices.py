"""The central office's view of the district offices: who sent what, when, and what waits for a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from gui.table_models.exchange_offices import COL_NAME, ExchangeOfficesModel
from models.services.exchange import office_overview

if TYPE_CHECKING:
    from gui.context import AppContext


class ExchangeOfficesDialog(QDialog):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_offices_dialog")
        self.context = context
        self.setWindowTitle(self.tr("Kantor daerah: paket data diterima"))
        self.resize(900, 360)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ExchangeOfficesModel()
        self.table = QTableView()
        self.table.setObjectName("exchange_offices_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.refresh_button = buttons.addButton(self.tr("Muat ulang"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        with self.context.session_factory() as session:
            rows = office_overview(session)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        if not rows:
            self.summary.setText(self.tr("Belum ada kantor daerah yang terdaftar. Daftarkan berkas kunci kantor "
                                         "(Berkas > Pertukaran data > Daftarkan kantor daerah) agar paketnya "
                                         "diterima."))
            return
        conflicts = sum(r.open_conflicts for r in rows)
        missing = sum(r.missing_sequences for r in rows)
        self.summary.setText(self.tr("%n kantor terdaftar.", "", len(rows)) + " "
                             + self.tr("Konflik terbuka: %1; paket hilang: %2.").replace("%1", str(conflicts))
                             .replace("%2", str(missing)))
