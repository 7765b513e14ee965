"""The import preview table: every roster row with its outcome and problems, lazily, with a "problems only" filter.

Rows are the preview's RowOutcome objects (20,000 of them are a few MB); the model hands them to the view
in batches through canFetchMore/fetchMore, and builds each cell's text only when the view asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.services.errors import field_label
from models.services.roster_import import IMPORTED, REJECTED, UNCHANGED, UPDATED, RowOutcome

_Index = QModelIndex | QPersistentModelIndex
BATCH = 500

COLUMN_ROW, COLUMN_OUTCOME, COLUMN_NIP, COLUMN_NAME, COLUMN_PROBLEMS = range(5)
REJECTED_COLOR = QColor("#fde2e1")
WARNING_COLOR = QColor("#fff4ce")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RowOutcome of a row


def outcome_label(outcome: str) -> str:
    translate = QCoreApplication.translate
    return {IMPORTED: translate("RosterPreviewModel", "baru"), UPDATED: translate("RosterPreviewModel", "diubah"),
            UNCHANGED: translate("RosterPreviewModel", "tetap"),
            REJECTED: translate("RosterPreviewModel", "ditolak")}[outcome]


def has_problem(row: RowOutcome) -> bool:
    return row.outcome == REJECTED or bool(row.warnings)


def problem_text(row: RowOutcome) -> str:
    """What the clerk reads in the last column, one a line: reasons, then warnings, then what changed."""
    parts = list(row.reasons) + list(row.warnings)
    if row.changed and row.outcome == UPDATED:
        names = ", ".join(field_label(name) for name in row.changed)
        parts.append(QCoreApplication.translate("RosterPreviewModel", "berubah: {fields}").format(fields=names))
    return "\n".join(parts)


class RosterPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: Sequence[RowOutcome] = ()
        self._shown: list[int] = []  # indexes into _all that pass the filter
        self._loaded = 0  # how many of _shown the view has been given
        self.problems_only = False
        self._headers = (self.tr("Baris"), self.tr("Hasil"), self.tr("NIP"), self.tr("Nama"),
                         self.tr("Masalah / catatan"))

    # ---- content ----

    def set_outcomes(self, outcomes: Sequence[RowOutcome]) -> None:
        self._all = outcomes
        self._apply_filter()

    def set_problems_only(self, problems_only: bool) -> None:
        if problems_only != self.problems_only:
            self.problems_only = problems_only
            self._apply_filter()

    def _apply_filter(self) -> None:
        self.beginResetModel()
        if self.problems_only:
            self._shown = [i for i, row in enumerate(self._all) if has_problem(row)]
        else:
            self._shown = list(range(len(self._all)))
        self._loaded = min(BATCH, len(self._shown))
        self.endResetModel()

    @property
    def matching(self) -> int:
        """Rows that pass the filter, loaded into the view or not."""
        return len(self._shown)

    def row_at(self, row: int) -> RowOutcome:
        return self._all[self._shown[row]]

    # ---- lazy loading ----

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default argument
        return not parent.isValid() and self._loaded < len(self._shown)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(BATCH, len(self._shown) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    # ---- QAbstractTableModel ----

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_PROBLEMS:
            return problem_text(row) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.outcome == REJECTED:
                return QBrush(REJECTED_COLOR)
            if row.warnings:
                return QBrush(WARNING_COLOR)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: RowOutcome, column: int) -> str | None:
        if column == COLUMN_ROW:
            return str(row.row)
        if column == COLUMN_OUTCOME:
            return outcome_label(row.outcome)
        if column == COLUMN_NIP:
            return row.nip
        if column == COLUMN_NAME:
            return row.name
        return problem_text(row)
