"""The "Periksa keaslian perjanjian" dialog: paste a scanned QR payload, see what it certifies or why it fails."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.rules.formatting import format_date_id
from models.rules.nip import KIND_PPPK, format_nip
from models.storage.database import Database

if TYPE_CHECKING:
    from models.services.contracts.seal import Verification

VALID_STYLE = "background: #dff3e4; color: #14532d; border: 1px solid #7cc28f; padding: 8px; font-weight: bold;"
INVALID_STYLE = "background: #f9d3cf; color: #7f1d1d; border: 1px solid #e08a80; padding: 8px; font-weight: bold;"
WARNING_STYLE = "background: #ffedc2; color: #5c3d00; border: 1px solid #e0b850; padding: 8px; font-weight: bold;"


class VerifyContractDialog(QDialog):
    """Checks offline against this database's office key and records (models.services.contracts.seal)."""

    def __init__(self, db: Database, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("Periksa keaslian perjanjian kerja"))
        self.db = db
        self.today = today
        self.result: Verification | None = None
        intro = QLabel(self.tr("Pindai kode QR pada perjanjian dengan pemindai (atau aplikasi pemindai) lalu tempel "
                               "isinya di sini. Pemeriksaan berjalan tanpa internet dengan kunci instansi."), self)
        intro.setWordWrap(True)
        self.payload = QPlainTextEdit(self)
        self.payload.setObjectName("verify_payload")
        self.payload.setPlaceholderText(self.tr("Tempel isi kode QR di sini…"))
        self.payload.setMaximumHeight(90)
        self.check_button = QPushButton(self.tr("&Periksa"), self)
        self.check_button.setObjectName("verify_check")
        self.check_button.setDefault(True)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verify_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.details = QFrame(self)
        self.number, self.nip, self.name, self.term, self.status = (QLabel(self.details) for _ in range(5))
        for label, name in ((self.number, "number"), (self.nip, "nip"), (self.name, "name"), (self.term, "term"),
                            (self.status, "status")):
            label.setObjectName(f"verify_{name}")
            label.setWordWrap(True)
        form = QFormLayout(self.details)
        form.addRow(self.tr("Nomor:"), self.number)
        form.addRow(self.tr("NI PPPK:"), self.nip)
        form.addRow(self.tr("Nama:"), self.name)
        form.addRow(self.tr("Masa perjanjian:"), self.term)
        form.addRow(self.tr("Status sekarang:"), self.status)
        self.details.hide()
        self.notes = QLabel(self)
        self.notes.setObjectName("verify_notes")
        self.notes.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.payload)
        layout.addWidget(self.check_button)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.check)
        self.resize(620, 460)

    def check(self) -> Verification | None:
        text = self.payload.toPlainText().strip()
        if not text:
            self._show_verdict(self.tr("Tempel isi kode QR dahulu."), WARNING_STYLE)
            self.details.hide()
            self.notes.clear()
            return None
        from models.services.contracts.seal import verify_contract  # loads cryptography on first use

        self.result = verify_contract(self.db, text, self.today())
        self._show(self.result)
        return self.result

    def _show_verdict(self, text: str, style: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(style)
        self.verdict.show()

    def _show(self, result: Verification) -> None:
        if not result.valid:
            self._show_verdict(self.tr("TIDAK SAH: {reason}").format(reason=result.reason), INVALID_STYLE)
        elif result.matches_records is False:
            self._show_verdict(self.tr("SAH, tetapi berbeda dengan data sekarang"), WARNING_STYLE)
        else:
            self._show_verdict(self.tr("SAH: kertas ini dikeluarkan oleh instansi ini"), VALID_STYLE)
        facts = result.facts
        self.details.setVisible(facts is not None)
        if facts is not None:
            prefix = "" if result.valid else self.tr("(tidak terjamin) ")
            self.number.setText(prefix + facts.number)
            self.nip.setText(prefix + format_nip(facts.nip, KIND_PPPK))
            self.name.setText(prefix + facts.name)
            self.term.setText(prefix + self.tr("{start} s.d. {end}").format(
                start=format_date_id(facts.start), end=format_date_id(facts.end)))
            if not result.valid:
                self.status.setText("—")
            else:
                self.status.setText(result.status_label or self.tr("tidak ada di basis data ini"))
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in result.notes)
        self.notes.setText(f"<ul>{notes}</ul>" if notes else "")
