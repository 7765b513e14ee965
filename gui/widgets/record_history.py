"""'Riwayat perubahan' for a form: every audit entry about one record, oldest first, with what changed."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from gui.dialogs.audit_log import local_text
from models.services.audit_log import AuditRow, action_label, record_history
from models.storage.database import Database


class RecordHistoryTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("record_history")
        self.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Pengguna"), self.tr("Tindakan"),
                                        self.tr("Perubahan")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for column, width in enumerate((135, 90, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def show_record(self, db: Database, entity: str, entity_uuid: str | None) -> list[AuditRow]:
        """Fill the table for one record (empty for a record not saved yet); returns the entries."""
        rows: list[AuditRow] = []
        if entity_uuid:
            with db.session_factory() as session:
                rows = record_history(session, entity, entity_uuid)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            changes = row.changes_text if row.action != "create" else (row.summary or "")
            for c, text in enumerate((local_text(row), row.actor, action_label(row.action), changes)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        return rows
