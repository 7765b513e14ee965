"""Table model of the central view: one row per district office (last package, sequence, rows, conflicts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from models.rules.formatting import format_number
from models.services.exchange import OfficeExchangeRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NO_PARENT = QModelIndex()
COL_NAME, COL_CODE, COL_LAST, COL_SEQUENCE, COL_MISSING, COL_ROWS, COL_CONFLICTS = range(7)


def _headers() -> tuple[str, ...]:
    tr = QCoreApplication.translate
    return (tr("exchange", "Kantor"), tr("exchange", "Kode"), tr("exchange", "Paket terakhir (UTC)"),
            tr("exchange", "Nomor urut"), tr("exchange", "Paket hilang"), tr("exchange", "Baris diterima"),
            tr("exchange", "Konflik terbuka"))


class ExchangeOfficesModel(QAbstractTableModel):
    def __init__(self, rows: list[OfficeExchangeRow] | None = None) -> None:
        super().__init__()
        self.rows = rows or []

    def set_rows(self, rows: list[OfficeExchangeRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(_headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NAME:
            return row.name
        if column == COL_CODE:
            return row.code
        if column == COL_LAST:
            if row.last_package_at is None:
                return QCoreApplication.translate("exchange", "belum ada")
            return row.last_package_at.strftime("%d-%m-%Y %H:%M")
        values = {COL_SEQUENCE: row.last_sequence, COL_MISSING: row.missing_sequences, COL_ROWS: row.rows,
                  COL_CONFLICTS: row.open_conflicts}
        return format_number(values[column])
