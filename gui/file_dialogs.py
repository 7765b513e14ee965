"""Asking the clerk for a file: one place for the native file dialogs, so tests can answer them instead.

Each function returns the chosen path, or None when the clerk cancelled. Tests replace these functions
(monkeypatch) because a native dialog blocks until someone clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises


def _database_filter() -> str:
    return translate("file_dialogs", "Basis data SIMPEG (*.sqlite *.db);;Semua berkas (*)")


def choose_database_to_open(parent: QWidget | None, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("file_dialogs", "Buka basis data"), folder,
                                          _database_filter())
    return path or None


def choose_new_database(parent: QWidget | None, folder: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, translate("file_dialogs", "Basis data baru"), folder,
                                          _database_filter())
    if path and "." not in path.rsplit("/", 1)[-1]:
        path += ".sqlite"
    return path or None


def choose_image(parent: QWidget | None, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("file_dialogs", "Pilih logo"), folder,
                                          translate("file_dialogs", "Gambar (*.png *.jpg *.jpeg *.bmp *.gif)"))
    return path or None
