"""Which contracts a print batch takes: the tab's selection, or by unit, status, signing date and kind."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.services.contracts.selection import ContractSelection
from models.services.lookups import UnitChoice
from models.vocabulary import ContractKind, ContractStatus

DATE_FORMAT = "dd-MM-yyyy"


class ContractChoice(QGroupBox):
    """Emits `changed` whenever the choice changes; `selection()` is the ContractSelection it stands for."""

    changed = Signal()

    def __init__(self, selected_ids: list[int], units: list[UnitChoice], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Perjanjian yang dicetak"))
        self.selected_ids = list(selected_ids)
        self.use_selected = QRadioButton(self.tr("Yang dipilih pada tab ({count})").format(count=len(selected_ids)),
                                         self)
        self.use_selected.setObjectName("print_use_selected")
        self.use_filter = QRadioButton(self.tr("Menurut pilihan berikut:"), self)
        self.use_filter.setObjectName("print_use_filter")
        group = QButtonGroup(self)
        group.addButton(self.use_selected)
        group.addButton(self.use_filter)
        self.use_selected.setEnabled(bool(selected_ids))

        self.unit = QComboBox(self)
        self.unit.setObjectName("print_unit")
        self.unit.addItem(self.tr("Semua unit kerja"), None)
        for choice in units:
            self.unit.addItem(choice.label, choice.id)
        self.status = QComboBox(self)
        self.status.setObjectName("print_status")
        self.status.addItem(self.tr("Semua status"), None)
        for status in ContractStatus:
            self.status.addItem(status.label, status)
        self.status.setCurrentIndex(self.status.findData(ContractStatus.DRAFT))  # what a ceremony prints
        self.kind = QComboBox(self)
        self.kind.setObjectName("print_kind")
        self.kind.addItem(self.tr("Semua jenis"), None)
        for kind in ContractKind:
            self.kind.addItem(kind.label, kind)
        self.by_signing_date = QCheckBox(self.tr("hanya yang ditandatangani pada"), self)
        self.by_signing_date.setObjectName("print_by_signing_date")
        self.signing_date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.signing_date.setObjectName("print_signing_date")
        self.signing_date.setDisplayFormat(DATE_FORMAT)
        self.signing_date.setCalendarPopup(True)
        self.signing_date.setEnabled(False)
        signing = QHBoxLayout()
        signing.addWidget(self.by_signing_date)
        signing.addWidget(self.signing_date, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Unit kerja:"), self.unit)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Jenis:"), self.kind)
        form.addRow(self.tr("Tanggal:"), signing)
        self.filters = QWidget(self)
        self.filters.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_selected)
        layout.addWidget(self.use_filter)
        layout.addWidget(self.filters)
        (self.use_selected if selected_ids else self.use_filter).setChecked(True)
        self._on_use_toggled()

        self.use_selected.toggled.connect(self._on_use_toggled)
        for combo in (self.unit, self.status, self.kind):
            combo.currentIndexChanged.connect(self.changed)
        self.by_signing_date.toggled.connect(self.signing_date.setEnabled)
        self.by_signing_date.toggled.connect(self.changed)
        self.signing_date.dateChanged.connect(self.changed)

    def selection(self) -> ContractSelection:
        if self.use_selected.isChecked():
            return ContractSelection(contract_ids=tuple(self.selected_ids))
        return ContractSelection(
            unit_id=self.unit.currentData(), status=self.status.currentData(), kind=self.kind.currentData(),
            signing_date=self.signing_date.date().toPython() if self.by_signing_date.isChecked() else None)

    def _on_use_toggled(self, *_args: object) -> None:
        self.filters.setEnabled(self.use_filter.isChecked())
        self.changed.emit()
