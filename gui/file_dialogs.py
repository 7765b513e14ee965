"""Asking the clerk for a file: one place for the native file dialogs, so tests can answer them instead.

Each function returns the chosen path, or None when the clerk cancelled. Tests replace these functions
(monkeypatch) because a native dialog blocks until someone clicks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.settings import Settings

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


def documents_folder() -> Path:
    """The user's Documents folder (never the hidden data folder where the database lives)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def output_folder(settings: Settings) -> Path:
    """Where a file the clerk saves goes by default: the folder last saved to, else Documents."""
    last = settings.last_output_folder
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def remember_output(settings: Settings, path: str | Path) -> None:
    """Remember the folder of a file just saved, for the next one."""
    folder = Path(path).parent
    if str(folder) and folder.is_dir():
        settings.last_output_folder = str(folder)
