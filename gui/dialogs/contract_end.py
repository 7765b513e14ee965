"""The "Akhiri" dialog: end one contract as expired (its term ran out) or terminated (with a date and reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.rules.formatting import format_date_id
from models.rules.nip import KIND_PPPK, format_nip
from models.services.queries import ContractRow
from models.vocabulary import ContractStatus

DATE_FORMAT = "dd-MM-yyyy"
# Grounds a clerk picks from (PP 49/2018, Pasal 11 of the contract); any other text may be typed.
TERMINATION_REASONS = (
    "Diberhentikan dengan hormat atas permintaan sendiri",
    "Diberhentikan dengan hormat tidak atas permintaan sendiri",
    "Diberhentikan tidak dengan hormat",
    "Meninggal dunia",
    "Mencapai batas usia pensiun",
)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class EndContractDialog(QDialog):
    def __init__(self, row: ContractRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("end_contract_dialog")
        self.setWindowTitle(self.tr("Akhiri perjanjian kerja"))
        self.row = row
        self.today = today
        about = QLabel(self.tr("{name} ({nip}), {kind}, {start} s.d. {end}, berstatus {status}.").format(
            name=row.employee_name, nip=format_nip(row.employee_nip, KIND_PPPK), kind=row.kind_label,
            start=format_date_id(row.start_date), end=format_date_id(row.end_date), status=row.status_label), self)
        about.setObjectName("end_contract_about")
        about.setWordWrap(True)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("end_contract_outcome")
        self.outcome.addItem(self.tr("Berakhir (masa perjanjian habis)"), ContractStatus.EXPIRED)
        self.outcome.addItem(self.tr("Diputus sebelum masanya habis"), ContractStatus.TERMINATED)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("end_contract_date")
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(_qdate(row.end_date))
        self.reason = QComboBox(self)
        self.reason.setObjectName("end_contract_reason")
        self.reason.setEditable(True)
        self.reason.addItems(TERMINATION_REASONS)
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("wajib untuk pemutusan; pilih atau tulis"))
        self.reason_label = QLabel(self.tr("&Alasan:"), self)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.tr("&Cara berakhir:"), self.outcome)
        form.addRow(self.tr("&Tanggal berakhir:"), self.date_edit)
        form.addRow(self.reason_label, self.reason)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Akhiri perjanjian"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("end_contract_accept")
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.outcome.currentIndexChanged.connect(self._on_outcome_current_index_changed)
        # A contract whose term has run out ends as expired; one still running can only be terminated.
        self.outcome.setCurrentIndex(0 if row.end_date < today else 1)
        self._on_outcome_current_index_changed(self.outcome.currentIndex())
        self.resize(560, self.sizeHint().height())

    def outcome_status(self) -> ContractStatus:
        return self.outcome.currentData()

    def ended_on(self) -> date:
        return self.date_edit.date().toPython()

    def reason_text(self) -> str | None:
        return self.reason.currentText().strip() or None

    def _on_outcome_current_index_changed(self, _index: int) -> None:
        expired = self.outcome_status() is ContractStatus.EXPIRED
        # Expiry is on the contract's own end date; a termination defaults to today (or the end, if earlier).
        self.date_edit.setDate(_qdate(self.row.end_date if expired else min(self.today, self.row.end_date)))
        self.date_edit.setEnabled(not expired)
        self.reason.setEnabled(not expired)
        self.reason_label.setEnabled(not expired)
