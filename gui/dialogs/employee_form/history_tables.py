"""The small editable tables of the employee form: grade, position and education history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QIntValidator, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.employee_form.fields import FieldMessage, parse_date_text
from models.rules.education import EDUCATION_LEVELS
from models.rules.formatting import format_date_short
from models.services.employee_history import EducationEntry, Entry, GradeEntry, PositionEntry

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex



@dataclass(frozen=True)
class HistoryColumn:
    key: str  # the Entry field
    title: str
    kind: str = "text"  # text, date, year or choice
    choices: tuple[tuple[str, str], ...] = ()  # (code, label) for a choice column
    width: int = 120


def grade_columns(golongan: Sequence[str]) -> list[HistoryColumn]:
    return [
        HistoryColumn("golongan", translate("HistoryTable", "Golongan"), "choice", tuple((g, g) for g in golongan), 90),
        HistoryColumn("tmt", translate("HistoryTable", "TMT"), "date", width=100),
        HistoryColumn("sk_number", translate("HistoryTable", "Nomor SK"), width=220),
        HistoryColumn("sk_date", translate("HistoryTable", "Tanggal SK"), "date", width=100),
    ]


def position_columns() -> list[HistoryColumn]:
    return [
        HistoryColumn("position_name", translate("HistoryTable", "Jabatan"), width=260),
        HistoryColumn("unit_name", translate("HistoryTable", "Unit kerja"), width=240),
        HistoryColumn("tmt", translate("HistoryTable", "TMT"), "date", width=100),
        HistoryColumn("sk_number", translate("HistoryTable", "Nomor SK"), width=180),
    ]


def education_columns() -> list[HistoryColumn]:
    levels = tuple(EDUCATION_LEVELS.items())
    return [
        HistoryColumn("level", translate("HistoryTable", "Tingkat"), "choice", levels, 100),
        HistoryColumn("major", translate("HistoryTable", "Jurusan"), width=240),
        HistoryColumn("institution", translate("HistoryTable", "Institusi"), width=240),
        HistoryColumn("graduation_year", translate("HistoryTable", "Tahun lulus"), "year", width=90),
    ]


class HistoryDelegate(QStyledItemDelegate):
    """Editors by column: a combo for choices, dd-MM-yyyy for dates, four digits for years, completion
    for names."""

    def __init__(self, columns: Sequence[HistoryColumn], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.completions: dict[str, list[str]] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.columns[index.column()]
        if column.kind == "choice":
            combo = QComboBox(parent)
            combo.addItem("", None)
            for code, label in column.choices:
                combo.addItem(label, code)
            return combo
        editor = QLineEdit(parent)
        if column.kind == "date":
            editor.setPlaceholderText(translate("HistoryTable", "hh-bb-tttt"))
            pattern = QRegularExpression(r"^[0-9]{0,2}(-[0-9]{0,2}(-[0-9]{0,4})?)?$|^[0-9]{0,8}$")
            editor.setValidator(QRegularExpressionValidator(pattern, editor))
        elif column.kind == "year":
            editor.setValidator(QIntValidator(0, 9999, editor))
        elif column.key in self.completions:
            completer = QCompleter(self.completions[column.key], editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(CODE_ROLE))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), CODE_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class HistoryTable(QWidget):
    """Rows of one history; `entries()` reads them back as Entry objects (with the stored rows' uuids)."""

    changed = Signal()

    def __init__(self, name: str, entry_type: type, columns: Sequence[HistoryColumn],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_history")
        self.entry_type = entry_type
        self.columns = list(columns)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName(f"{name}_history_table")
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.columns):
            header.resizeSection(i, column.width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.delegate = HistoryDelegate(self.columns, self.table)
        self.table.setItemDelegate(self.delegate)
        self.add_button = QPushButton(translate("HistoryTable", "Tambah baris"), self)
        self.add_button.setObjectName(f"{name}_history_add")
        self.remove_button = QPushButton(translate("HistoryTable", "Hapus baris"), self)
        self.remove_button.setObjectName(f"{name}_history_remove")
        self.message = FieldMessage(self)
        self.message.setObjectName(f"{name}_history_message")

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.add_button.setToolTip(translate("HistoryTable", "Tambah baris (Insert di tabel)"))
        self.remove_button.setToolTip(translate("HistoryTable", "Hapus baris terpilih (Ctrl+Delete di tabel)"))
        for keys, slot in (("Insert", self._on_add_button_clicked), ("Ctrl+Delete", self._on_remove_button_clicked)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)

    def set_completions(self, key: str, names: Sequence[str]) -> None:
        self.delegate.completions[key] = list(names)

    # ---- reading and writing rows ----

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for entry in entries:
            self._append(entry)
        self.table.blockSignals(False)

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        """Append a row (empty, or with `values` by Entry field) and return its number."""
        self.table.blockSignals(True)
        row = self._append(None, values or {})
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def entries(self) -> tuple[list[Entry], list[str]]:
        """The rows as entries, skipping blank ones, and what cannot be read ("baris 2: ...")."""
        entries: list[Entry] = []
        problems: list[str] = []
        names = {f.name for f in fields(self.entry_type)}
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for col, column in enumerate(self.columns):
                values[column.key] = self._value(row, col, column, problems)
            if all(v in (None, "") for v in values.values()):
                continue
            first = self.table.item(row, 0)
            uuid = first.data(UUID_ROLE) if first is not None else None
            known = {k: v for k, v in values.items() if k in names}
            for key in ("golongan", "position_name", "level"):
                if key in known and known[key] is None:
                    known[key] = ""  # required: the service says so, with the row number
            entries.append(self.entry_type(**known, uuid=uuid))
        return entries, problems

    def state(self) -> list[tuple[Any, ...]]:
        """Everything shown, to tell whether the clerk changed something."""
        return [tuple((self._text(r, c), self._code(r, c)) for c in range(len(self.columns)))
                for r in range(self.table.rowCount())]

    # ---- inside ----

    def _append(self, entry: Entry | None, values: dict[str, Any] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        source = {f.name: getattr(entry, f.name) for f in fields(entry)} if entry is not None else (values or {})
        for col, column in enumerate(self.columns):
            value = source.get(column.key)
            item = QTableWidgetItem()
            if column.kind == "choice":
                item.setData(CODE_ROLE, value)
                labels = dict(column.choices)
                item.setText(labels.get(value, value or ""))
            elif column.kind == "date":
                item.setText(format_date_short(value) if isinstance(value, date) else (value or ""))
            else:
                item.setText("" if value is None else str(value))
            if col == 0 and entry is not None:
                item.setData(UUID_ROLE, entry.uuid)
            self.table.setItem(row, col, item)
        return row

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return (item.text() if item is not None else "").strip()

    def _code(self, row: int, col: int) -> Any:
        item = self.table.item(row, col)
        return item.data(CODE_ROLE) if item is not None else None

    def _value(self, row: int, col: int, column: HistoryColumn, problems: list[str]) -> Any:
        text = self._text(row, col)
        if column.kind == "choice":
            return self._code(row, col) or text or None
        if not text:
            return None
        if column.kind == "date":
            try:
                return parse_date_text(text)
            except ValueError:
                reason = translate("HistoryTable", "baris {row}: {title} '{text}' bukan tanggal (tulis hh-bb-tttt)")
                problems.append(reason.format(row=row + 1, title=column.title, text=text))
                return None
        if column.kind == "year":
            return int(text)
        return text

    def _on_add_button_clicked(self) -> None:
        row = self.add_row()
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()


ENTRY_TYPES = {"grade": GradeEntry, "position": PositionEntry, "education": EducationEntry}
