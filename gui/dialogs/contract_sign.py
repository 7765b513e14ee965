"""The "Tandai ditandatangani" dialog: the signing date and place for the chosen printed contracts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

DATE_FORMAT = "dd-MM-yyyy"


class MarkSignedDialog(QDialog):
    def __init__(self, count: int, today: date, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mark_signed_dialog")
        self.setWindowTitle(self.tr("Tandai ditandatangani"))
        intro = QLabel(self.tr("{count} perjanjian kerja yang sudah dicetak dicatat telah ditandatangani kedua "
                               "pihak.").format(count=count), self)
        intro.setObjectName("mark_signed_intro")
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("mark_signed_date")
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.place_edit = QLineEdit(place, self)
        self.place_edit.setObjectName("mark_signed_place")
        self.place_edit.setPlaceholderText(self.tr("kota tempat penandatanganan"))
        form = QFormLayout()
        form.addRow(self.tr("&Tanggal penandatanganan:"), self.date_edit)
        form.addRow(self.tr("Te&mpat:"), self.place_edit)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Tandai ditandatangani"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("mark_signed_accept")
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def signing_date(self) -> date:
        return self.date_edit.date().toPython()

    def place(self) -> str:
        return self.place_edit.text().strip()
