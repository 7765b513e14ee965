"""The Berkas menu: new, open and recent databases, reload, find, office settings, preferences, quit.

Choosing a database only asks for it (`switch_requested(path, create)`); the window's session opens it and
tells this menu while it is busy (`set_opening`) or when the file was refused (`show_refused`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from gui import file_dialogs
from gui.errors import show_error
from models.services.errors import DatabaseRefused

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class FileMenu(QObject):
    """Berkas, with its actions as public attributes (the window routes them to its own slots)."""

    switch_requested = Signal(str, bool)  # path, create

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu(self.tr("&Berkas"))
        self.menu.setObjectName("menu_file")
        a = self._action
        self.action_new_database = a("action_new_database", self.tr("Basis data &baru…"), "Ctrl+Shift+N",
                                     self._on_action_new_database_triggered)
        self.action_open_database = a("action_open_database", self.tr("B&uka basis data…"), "Ctrl+O",
                                      self._on_action_open_database_triggered)
        self.menu_recent = QMenu(self.tr("Buka &terakhir"), self.menu)
        self.menu_recent.setObjectName("menu_recent")
        self.menu_recent.aboutToShow.connect(self.refresh_recent_menu)
        self.action_refresh = a("action_refresh", self.tr("&Muat ulang"), "F5", window.refresh)
        self.action_find = a("action_find", self.tr("&Cari"), "Ctrl+F", window.focus_search)
        self.action_office_settings = a("action_office_settings", self.tr("Pengaturan &Instansi…"), None,
                                        window.open_office_settings)
        self.action_preferences = a("action_preferences", self.tr("&Preferensi…"), None, window.open_preferences)
        # Explicit Ctrl+Q: QKeySequence.Quit is empty on Windows.
        self.action_quit = a("action_quit", self.tr("&Keluar"), "Ctrl+Q", window.close)
        for item in (self.action_new_database, self.action_open_database, self.menu_recent, None,
                     self.action_refresh, self.action_find, None, self.action_office_settings,
                     self.action_preferences, None, self.action_quit):
            if item is None:
                self.menu.addSeparator()
            elif isinstance(item, QMenu):
                self.menu.addMenu(item)
            else:
                self.menu.addAction(item)
        self.refresh_recent_menu(check_files=False)

    def _action(self, name: str, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # ---- recent databases ----

    def refresh_recent_menu(self, *, check_files: bool = True) -> None:
        """One entry per recent file; a file that is gone is shown greyed with a note, and can be cleared.

        The window fills the menu without looking at the files (one on a disconnected network drive can
        take seconds to answer); the menu looks again each time it opens."""
        settings = self.window.context.settings
        self.menu_recent.clear()
        current = self.window.db.location
        missing = []
        for number, path in enumerate(settings.recent_databases, start=1):
            exists = Path(path).is_file() if check_files else True
            text = f"&{number} {path}" if exists else self.tr("{path} (tidak ditemukan)").format(path=path)
            action = self.menu_recent.addAction(text)
            action.setObjectName(f"action_recent_{number}")
            action.setData(path)
            action.setToolTip(path)
            action.setEnabled(exists and path != current)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_requested.emit(p, False))
            if not exists:
                missing.append(path)
        if missing:
            self.menu_recent.addSeparator()
            clear = self.menu_recent.addAction(self.tr("Hapus berkas yang tidak ditemukan dari daftar"))
            clear.setObjectName("action_recent_clear_missing")
            clear.triggered.connect(lambda _checked=False: self._forget(missing))
        if self.menu_recent.isEmpty():
            empty = self.menu_recent.addAction(self.tr("(belum ada)"))
            empty.setEnabled(False)

    def _forget(self, paths: list[str]) -> None:
        for path in paths:
            self.window.context.settings.remove_recent_database(path)
        # Not at once: the menu's own action is still delivering its signal.
        QTimer.singleShot(0, self, self.refresh_recent_menu)

    # ---- while the session opens a database ----

    def set_opening(self, path: str | None) -> None:
        """Busy while `path` opens (the switching actions off, a note on the status bar); None: done."""
        busy = path is not None
        for action in (self.action_new_database, self.action_open_database, self.menu_recent.menuAction()):
            action.setEnabled(not busy)
        if busy:
            self.window.statusBar().showMessage(self.tr("Membuka {path}…").format(path=path))
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            self.window.statusBar().clearMessage()
            QApplication.restoreOverrideCursor()

    def show_refused(self, exc: BaseException) -> None:
        """The database could not be opened: no longer busy, and why (the open one stays open)."""
        self.set_opening(None)
        show_error(self.window, exc, title=self.tr("Basis data tidak dapat dibuka"))

    # ---- choosing a database ----

    def _folder(self) -> str:
        path = self.window.db.path
        return str(path.parent) if path is not None else ""

    def _on_action_open_database_triggered(self) -> None:
        path = file_dialogs.choose_database_to_open(self.window, self._folder())
        if path:
            self.switch_requested.emit(path, False)

    def _on_action_new_database_triggered(self) -> None:
        path = file_dialogs.choose_new_database(self.window, self._folder())
        if not path:
            return
        if Path(path).exists() and Path(path).stat().st_size > 0:
            # A save dialog may have asked "replace?"; we never overwrite a database, we open it instead.
            show_error(self.window, DatabaseRefused(self.tr(
                "Berkas '{path}' sudah ada. Pilih nama lain, atau bukalah dengan Buka basis data.").format(path=path)),
                title=self.tr("Basis data baru"))
            return
        self.switch_requested.emit(path, True)
