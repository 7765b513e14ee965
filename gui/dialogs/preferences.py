"""Berkas > Preferensi: the interface language (saved in the program's settings)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import LANGUAGES, current_language
from gui.settings import Settings


class PreferencesDialog(QDialog):
    """OK saves the language, and a new one is announced (`language_chosen`): the window is rebuilt in it."""

    language_chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferensi"))
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.note = QLabel(self.tr("Jendela dibuka ulang dalam bahasa yang dipilih; riwayat urungkan (Ctrl+Z) "
                                   "dikosongkan."), self)
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
        if code != current_language():
            self.language_chosen.emit(code)
