"""The office's contract wording: start from the shipped template, adapt it, save it (checked), or go back."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from models.services.contracts.templates import default_template_text, save_contract_template, template_text
from models.services.errors import DomainError
from models.services.organization import get_office
from models.vocabulary import ContractKind


class ContractTemplatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_templates_dialog")
        self.setWindowTitle(self.tr("Templat perjanjian kerja"))
        self.context = context
        self.kind = QComboBox(self)
        self.kind.setObjectName("template_kind")
        for kind in ContractKind:
            self.kind.addItem(kind.label, kind.value)
        intro = QLabel(self.tr("Ubah kata-kata perjanjian instansi ini. Isian dalam kurung kurawal, mis. "
                               "{nama}, diisi dari data; isian yang tidak dikenal ditolak saat disimpan."), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("template_text")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status = QLabel(self)
        self.status.setObjectName("template_status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan"), self)
        self.save_button.setObjectName("template_save")
        self.default_button = QPushButton(self.tr("Kembalikan templat bawaan"), self)
        self.default_button.setObjectName("template_default")
        close = QPushButton(self.tr("Tutup"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jenis"), self))
        top.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(900, 640)
        self.kind.currentIndexChanged.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.restore_default)
        close.clicked.connect(self.reject)
        self.load()

    def current_kind(self) -> ContractKind:
        return ContractKind(self.kind.currentData())

    def load(self) -> None:
        office = get_office(self.context.db)
        kind = self.current_kind()
        stored = None
        if office is not None:
            stored = office.template_full_time if kind is ContractKind.FULL_TIME else office.template_part_time
        self.text.setPlainText(template_text(stored, kind))
        self.status.setText(self.tr("Templat instansi sendiri") if stored else self.tr("Templat bawaan program"))

    def save(self) -> bool:
        return self._store(self.text.toPlainText(), self.tr("Templat disimpan."))

    def restore_default(self) -> bool:
        if self._store(None, self.tr("Kembali ke templat bawaan.")):
            self.text.setPlainText(default_template_text(self.current_kind()))
            return True
        return False

    def _store(self, text: str | None, done: str) -> bool:
        try:
            save_contract_template(self.context.db, self.context.actor, self.current_kind(), text)
        except DomainError as exc:
            self.status.setText(exc.message)
            self.status.setStyleSheet("color: #b00020;")
            return False
        self.status.setStyleSheet("")
        self.status.setText(done)
        return True
