"""Berkas > Preferensi: the interface language (saved in the program's settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import LANGUAGES, current_language, install_language
from gui.settings import Settings

if TYPE_CHECKING:
    from gui.app import AppController


class PreferencesDialog(QDialog):
    """OK saves the language; with a controller the window is rebuilt in it at once, otherwise at next start."""

    def __init__(self, settings: Settings, controller: AppController | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferensi"))
        self.settings = settings
        self.controller = controller
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        if controller is not None:
            note = self.tr("Jendela dibuka ulang dalam bahasa yang dipilih; riwayat urungkan (Ctrl+Z) dikosongkan.")
        else:
            note = self.tr("Bahasa yang dipilih dipakai saat program dibuka lagi.")
        self.note = QLabel(note, self)
        self.note.setObjectName("preferences_note")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Bahasa:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        code = self.language.currentData()
        self.settings.language = code
        self.settings.sync()
        super().accept()
        if self.controller is not None and code != current_language():
            install_language(code)
            self.controller.rebuild()
