"""Asking before a unit or jabatan is deleted, without blocking (the box is opened, not exec'd)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises


def ask_to_delete(parent: QWidget, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    """Open a question with "Hapus" and "Batal" ("Batal" is the default: Enter keeps the row); `on_yes`
    runs when "Hapus" is pressed. Returns the box (`confirm_delete`), so tests can press its buttons."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirm_delete")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.addButton(translate("ConfirmDelete", "Hapus"), QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("confirm_delete_yes")
    no = box.addButton(translate("ConfirmDelete", "Batal"), QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("confirm_delete_no")
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def on_clicked(button) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box
