"""Wizard step 2: the header row (found, correctable) and which field each column fills (guessed, changeable)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from gui.dialogs.import_wizard.state import ImportState
from gui.settings import Settings
from reports.roster import IGNORED, ROSTER_FIELDS, check_mapping, column_letter, guess_mapping
from reports.roster.headers import FIELD_BY_KEY, FIXABLE

COLUMN_LETTER, COLUMN_HEADER, COLUMN_SAMPLE, COLUMN_FIELD = range(4)
SAMPLE_SCAN = 50  # rows below the header searched for an example value


def cell_text(value: Any) -> str:
    """A cell as the clerk typed it: dates as dd-mm-yyyy, whole numbers without ".0"."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime | date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


class MappingPage(QWizardPage):
    def __init__(self, state: ImportState, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mapping_page")
        self.state = state
        self.settings = settings  # remembers the mapping made for a header set, for next month's file
        self._filling = False
        self.setTitle(self.tr("Baris judul dan kolom"))
        self.setSubTitle(self.tr("Periksa baris judul kolom dan isian yang diisi setiap kolom. Tebakan dapat "
                                 "diubah; kolom yang tidak diperlukan biarkan \"— abaikan —\"."))

        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("header_spin")
        self.header_spin.setMinimum(1)
        self.header_spin.setMinimumWidth(90)
        self.header_spin.setToolTip(self.tr("Nomor baris Excel yang berisi judul kolom"))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Judul di berkas"), self.tr("Contoh isi"),
                                              self.tr("Diisikan ke")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_LETTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_HEADER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_SAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_FIELD, QHeaderView.ResizeMode.Fixed)
        self.remembered_label = QLabel(self.tr("Pemetaan kolom ini dipakai lagi dari impor sebelumnya dengan judul "
                                               "kolom yang sama; periksa bila perlu."), self)
        self.remembered_label.setObjectName("mapping_remembered")
        self.remembered_label.setWordWrap(True)
        self.remembered_label.setStyleSheet("color: #555;")
        self.remembered_label.hide()
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("mapping_problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #9c0006;")

        # A field the file has no column for, given one value for every row ("Status kepegawaian = PPPK").
        self.fixed_field = QComboBox(self)
        self.fixed_field.setObjectName("fixed_field")
        self.fixed_field.addItem(self.tr("— tidak ada —"), None)
        for key in FIXABLE:
            self.fixed_field.addItem(FIELD_BY_KEY[key].label, key)
        self.fixed_value = QLineEdit(self)
        self.fixed_value.setObjectName("fixed_value")
        self.fixed_value.setPlaceholderText(self.tr("mis. PPPK, atau 01-10-2025"))
        fixed_row = QHBoxLayout()
        fixed_label = QLabel(self.tr("Satu &nilai untuk semua baris:"), self)
        fixed_label.setBuddy(self.fixed_field)
        fixed_row.addWidget(fixed_label)
        fixed_row.addWidget(self.fixed_field)
        fixed_row.addWidget(QLabel("=", self))
        fixed_row.addWidget(self.fixed_value, 1)

        header_row = QHBoxLayout()
        header_label = QLabel(self.tr("&Baris judul kolom:"), self)
        header_label.setBuddy(self.header_spin)
        header_row.addWidget(header_label)
        header_row.addWidget(self.header_spin)
        header_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(self.remembered_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(fixed_row)
        layout.addWidget(self.problems_label)

        self.header_spin.valueChanged.connect(self._on_header_spin_value_changed)
        self.fixed_field.currentIndexChanged.connect(self._on_fixed_changed)
        self.fixed_value.textChanged.connect(self._on_fixed_changed)

    # ---- QWizardPage ----

    def initializePage(self) -> None:
        grid = self.state.grid
        assert grid is not None
        self._filling = True
        self.header_spin.setMaximum(max(1, len(grid.rows)))
        self.header_spin.setValue(self.state.header_index + 1)
        self._filling = False
        self._load_header()

    def isComplete(self) -> bool:
        return (self.state.grid is not None and bool(self.state.grid.rows) and not check_mapping(self.state.mapping)
                and self._fixed_problem() is None)

    def set_fixed(self, key: str | None, value: str) -> None:
        """Give `key` (a field key, None for none) one value for every row, as the clerk would."""
        self.fixed_field.setCurrentIndex(max(0, self.fixed_field.findData(key)))
        self.fixed_value.setText(value)

    def _on_fixed_changed(self, *_args) -> None:
        key, value = self.fixed_field.currentData(), self.fixed_value.text().strip()
        self.state.fixed = {key: value} if key and value else {}
        self._show_problems()
        self.completeChanged.emit()

    def _fixed_problem(self) -> str | None:
        if not self.state.fixed:
            return None
        from reports.roster.reader import RosterFileError
        from reports.roster.rows import fixed_values

        try:
            fixed_values(self.state.fixed)
        except RosterFileError as exc:
            return exc.message
        return None

    # ---- reading the header ----

    def _load_header(self) -> None:
        """Guess the mapping for the current header row and show every column with its guess."""
        cells = self.state.header_cells()
        remembered = self.settings.roster_mapping(cells) if self.settings is not None else None
        self.state.remembered = remembered is not None
        self.state.mapping = remembered[0] if remembered else guess_mapping(cells)
        if remembered:
            self.set_fixed(*next(iter(remembered[1].items()), (None, "")))
        self.remembered_label.setVisible(self.state.remembered)
        width = len(cells)  # every row of a grid is as wide as the widest
        self.table.setRowCount(width)
        field_width = 0
        for column in range(width):
            header = cells[column] if column < len(cells) else ""
            self.table.setItem(column, COLUMN_LETTER, QTableWidgetItem(column_letter(column)))
            self.table.setItem(column, COLUMN_HEADER, QTableWidgetItem(cell_text(header)))
            self.table.setItem(column, COLUMN_SAMPLE, QTableWidgetItem(self._sample(column)))
            combo = self._field_combo(column)
            field_width = max(field_width, combo.sizeHint().width())
            self.table.setCellWidget(column, COLUMN_FIELD, combo)
        self.table.horizontalHeader().resizeSection(COLUMN_FIELD, field_width + 8)
        self._show_problems()

    def _sample(self, column: int) -> str:
        grid = self.state.grid
        assert grid is not None
        start = self.state.header_index + 1
        for row in grid.rows[start:start + SAMPLE_SCAN]:
            if column < len(row) and (text := cell_text(row[column])):
                return text
        return ""

    def _field_combo(self, column: int) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setObjectName(f"field_combo_{column}")
        combo.addItem(self.tr("— abaikan —"), IGNORED)
        for roster_field in ROSTER_FIELDS:
            combo.addItem(roster_field.label, roster_field.key)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setCurrentIndex(max(0, combo.findData(self.state.mapping.get(column, IGNORED))))
        combo.currentIndexChanged.connect(lambda _index, c=column, box=combo: self._on_field_combo_changed(c, box))
        return combo

    def field_combo(self, column: int) -> QComboBox:
        widget = self.table.cellWidget(column, COLUMN_FIELD)
        assert isinstance(widget, QComboBox)
        return widget

    def _show_problems(self) -> None:
        problems = check_mapping(self.state.mapping)
        fixed = self._fixed_problem()
        if fixed:
            problems.append(fixed)
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self.completeChanged.emit()

    # ---- handlers ----

    def _on_header_spin_value_changed(self, value: int) -> None:
        if self._filling:
            return
        self.state.header_index = value - 1
        self._load_header()

    def _on_field_combo_changed(self, column: int, combo: QComboBox) -> None:
        key = combo.currentData()
        if key == IGNORED:
            self.state.mapping.pop(column, None)
        else:
            self.state.mapping[column] = key
        self._show_problems()
