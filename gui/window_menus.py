"""The main window's menu bar: Berkas (databases, recent files, settings), Sunting (undo), Perjanjian Kerja,
Laporan and Bantuan. Feature modules add their own actions to these menus later (gui/features)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from gui import file_dialogs
from gui.errors import show_error
from gui.workers import CancelToken, JobHandle, run_job
from models.services.errors import DatabaseRefused

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from models.storage.opening import WorkingDatabase


def make_action(window: MainWindow, name: str, text: str, shortcut: QKeySequence | None,
                slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action


class FileMenu(QObject):
    """Berkas: new, open and recent databases, reload, find, office settings, preferences, quit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._opening: JobHandle | None = None
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
        switching = window.controller is not None
        self.action_new_database.setEnabled(switching)
        self.action_open_database.setEnabled(switching)
        self.refresh_recent_menu(check_files=False)

    def _action(self, name: str, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        return make_action(self.window, name, text, QKeySequence(shortcut) if shortcut else None, slot)

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
            action.setEnabled(exists and path != current and self.window.controller is not None)
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))
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

    # ---- switching databases ----

    def open_database(self, path: str, *, create: bool = False) -> JobHandle | None:
        """Open `path` (with `create`, make and migrate it) off the UI thread, then show it in a new window;
        on refusal show why and keep the current database. Returns the running job, None if nothing to do."""
        controller = self.window.controller
        if controller is None or self._opening is not None:
            return None
        if controller.is_current(path):
            self.window.refresh()
            return None

        def job(_token: CancelToken):
            from models.storage.opening import open_for_work

            yield 0, 1
            # Locked against a second program, quick-checked before any write, backed up once a day.
            return open_for_work(Path(path), create=create)

        self._set_opening(path)
        self._opening = run_job(self, job)
        self._opening.on_success(lambda db: self._on_database_opened(db, create)).on_failure(
            lambda exc, _details: self._on_database_refused(exc))
        return self._opening

    def _set_opening(self, path: str | None) -> None:
        busy = path is not None
        for action in (self.action_new_database, self.action_open_database, self.menu_recent.menuAction()):
            action.setEnabled(not busy)
        if busy:
            self.window.statusBar().showMessage(self.tr("Membuka {path}…").format(path=path))
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            self.window.statusBar().clearMessage()
            QApplication.restoreOverrideCursor()

    def _on_database_opened(self, work: WorkingDatabase, create: bool) -> None:
        self._opening = None
        self._set_opening(None)
        controller = self.window.controller
        assert controller is not None
        actor, wizard = None, None
        if controller.sign_in is not None:  # each database has its own users; a new one is set up first
            from gui import startup

            entered = startup.enter(work.db, self.window, ask=controller.sign_in, allow_demo=False)
            if entered is None:
                work.close()
                return
            actor, wizard = entered
        window = controller.show_database(work.db, owned=True, lock=work.lock, actor=actor)
        if wizard is not None:
            then = startup.after_setup(wizard)
            if then is not None:
                then(window)
        elif create:
            window.open_office_settings()  # an empty office: its name, PPK and number patterns come first

    def _on_database_refused(self, exc: BaseException) -> None:
        self._opening = None
        self._set_opening(None)
        show_error(self.window, exc, title=self.tr("Basis data tidak dapat dibuka"))

    def _folder(self) -> str:
        path = self.window.db.path
        return str(path.parent) if path is not None else ""

    def _on_action_open_database_triggered(self) -> None:
        path = file_dialogs.choose_database_to_open(self.window, self._folder())
        if path:
            self.open_database(path)

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
        self.open_database(path, create=True)


def build_menus(window: MainWindow) -> None:
    """Create the menus and set them on the window: menu_file ... menu_help, action_undo, action_redo."""
    window.file_menu = FileMenu(window)
    window.menu_file = window.file_menu.menu
    for name in ("action_refresh", "action_find", "action_quit", "action_office_settings", "action_preferences",
                 "action_new_database", "action_open_database"):
        setattr(window, name, getattr(window.file_menu, name))

    window.menu_edit = window.menuBar().addMenu(translate("MainWindow", "&Sunting"))
    window.menu_edit.setObjectName("menu_edit")
    window.action_undo = window.context.undo_stack.createUndoAction(window, translate("MainWindow", "&Urungkan"))
    window.action_undo.setObjectName("action_undo")
    window.action_undo.setShortcut(QKeySequence("Ctrl+Z"))
    window.action_redo = window.context.undo_stack.createRedoAction(window, translate("MainWindow", "&Ulangi"))
    window.action_redo.setObjectName("action_redo")
    window.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    window.menu_edit.addAction(window.action_undo)
    window.menu_edit.addAction(window.action_redo)

    window.menu_contracts = window.menuBar().addMenu(translate("MainWindow", "&Perjanjian Kerja"))
    window.menu_contracts.setObjectName("menu_contracts")
    window.menu_reports = window.menuBar().addMenu(translate("MainWindow", "&Laporan"))
    window.menu_reports.setObjectName("menu_reports")

    window.menu_help = window.menuBar().addMenu(translate("MainWindow", "Ba&ntuan"))
    window.menu_help.setObjectName("menu_help")
    window.action_about = make_action(window, "action_about", translate("MainWindow", "&Tentang SIMPEG Luring"), None,
                                      window.open_about)
    window.menu_help.addAction(window.action_about)
