"""Ending an employee's service: pensiun or berhenti, from a date, with the reason (the record stays)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from gui.dialogs.employee_form.fields import DateField, FieldMessage
from models.rules.formatting import format_date_short
from models.vocabulary import EmploymentState


class EndEmploymentDialog(QDialog):
    """Asks how and when; `submit(state, on, reason)` returns None when done, else the refusal to show."""

    def __init__(self, name: str, today: date, submit: Callable[[str, date, str], Exception | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("end_employment_dialog")
        self.setWindowTitle(self.tr("Akhiri kepegawaian — {name}").format(name=name))
        self.submit = submit
        self.state = QComboBox(self)
        self.state.setObjectName("end_state")
        for state in (EmploymentState.RETIRED, EmploymentState.ENDED):
            self.state.addItem(state.label, state.value)
        self.on = DateField(self)
        self.on.setObjectName("end_date")
        self.on.setText(format_date_short(today))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("end_reason")
        self.reason.setPlaceholderText(self.tr("mis. mencapai BUP; mengundurkan diri; meninggal dunia"))
        self.reason.setMaxLength(200)
        self.message = FieldMessage(self)
        self.message.setObjectName("end_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Akhiri"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        note = QLabel(self.tr("Data pegawai tetap tersimpan dengan keadaan dan tanggal ini; "
                              "Ctrl+Z membatalkannya."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        who = QLabel(f"<b>{html.escape(name)}</b>", self)
        who.setObjectName("end_employee_name")
        form.addRow(self.tr("Pegawai"), who)
        form.addRow(self.tr("Keadaan"), self.state)
        form.addRow(self.tr("Sejak tanggal"), self.on)
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.message)
        form.addRow(note)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, self.sizeHint().height())

    def _on_buttons_accepted(self) -> None:
        try:
            on = self.on.date_value()
        except ValueError:
            on = None
        if on is None:
            self.message.show_findings([self.tr("Tanggal berakhir wajib diisi, tulis hh-bb-tttt.")])
            self.on.setFocus()
            return
        failure = self.submit(self.state.currentData(), on, self.reason.text())
        if failure is None:
            self.accept()
        else:
            self.message.show_findings([getattr(failure, "message", str(failure))])
