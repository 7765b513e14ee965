"""The main window: composes the tabs, the menus and the status bar; the tabs hold the logic."""

from __future__ import annotations

import html
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from gui.context import AppContext
from gui.features import install_features
from gui.table_models.paged import PAGE_SIZE
from gui.tabs.contracts_tab import ContractsTab
from gui.tabs.employees_tab import EmployeesTab
from gui.tabs.formations_tab import FormationsTab
from gui.tabs.table_tab import TableTab
from models.rules.formatting import format_number
from models.services.queries import status_counts

if TYPE_CHECKING:
    from models.database import Database

APP_NAME = "SIMPEG Luring"
DISTRIBUTION = "simpeg-luring"


def application_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "pengembangan"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, *, page_size: int = PAGE_SIZE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.context = context
        self.db: Database = context.db
        db, today = context.db, context.today
        self.setWindowTitle(self.tr("SIMPEG Luring — {name}").format(name=db.display_name))

        factory = db.session_factory
        self.employees_tab = EmployeesTab(factory, page_size=page_size)
        self.formations_tab = FormationsTab(factory, page_size=page_size)
        self.contracts_tab = ContractsTab(factory, page_size=page_size, today=today)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.employees_tab, self.tr("Pegawai"))
        self.tabs.addTab(self.formations_tab, self.tr("Formasi"))
        self.tabs.addTab(self.contracts_tab, self.tr("Perjanjian Kerja"))
        self.setCentralWidget(self.tabs)

        self.status_counts = QLabel(self)
        self.status_counts.setObjectName("status_counts")
        self.statusBar().addWidget(self.status_counts, 1)
        self._build_menus()
        self.refresh_status_counts()
        self.resize(1280, 800)
        install_features(self)

    @property
    def current_tab(self) -> TableTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, TableTab)
        return tab

    def refresh(self) -> None:
        """Read everything again, for changes made elsewhere (another window, a batch job)."""
        for tab in (self.employees_tab, self.formations_tab, self.contracts_tab):
            tab.refresh()
        self.refresh_status_counts()

    def refresh_status_counts(self) -> None:
        with self.db.session_factory() as session:
            counts = status_counts(session)
        parts = " · ".join(f"{status.label} {format_number(n)}" for status, n in counts.items())
        total = format_number(sum(counts.values()))
        self.status_counts.setText(self.tr("Pegawai aktif: {total} ({parts})").format(total=total, parts=parts))

    def about_text(self) -> str:
        summary = self.tr("Kepegawaian BKPSDM tanpa internet: pegawai, formasi, dan perjanjian kerja PPPK.")
        database = self.tr("Basis data:")
        return (f"<h3>{APP_NAME} {html.escape(application_version())}</h3><p>{html.escape(summary)}</p>"
                f"<p>{html.escape(database)}<br><code>{html.escape(self.db.location)}</code></p>")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        file_menu.setObjectName("menu_file")
        self.action_refresh = self._action("action_refresh", self.tr("&Muat ulang"), QKeySequence("F5"),
                                           self.refresh)
        self.action_find = self._action("action_find", self.tr("&Cari"), QKeySequence("Ctrl+F"),
                                        self._on_action_find_triggered)
        # Explicit Ctrl+Q: QKeySequence.Quit is empty on Windows.
        self.action_quit = self._action("action_quit", self.tr("&Keluar"), QKeySequence("Ctrl+Q"), self.close)
        file_menu.addAction(self.action_refresh)
        file_menu.addAction(self.action_find)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.menu_file = file_menu

        self.menu_edit = self.menuBar().addMenu(self.tr("&Sunting"))
        self.menu_edit.setObjectName("menu_edit")
        self.action_undo = self.context.undo_stack.createUndoAction(self, self.tr("&Urungkan"))
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.action_redo = self.context.undo_stack.createRedoAction(self, self.tr("&Ulangi"))
        self.action_redo.setObjectName("action_redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.menu_edit.addAction(self.action_undo)
        self.menu_edit.addAction(self.action_redo)

        self.menu_contracts = self.menuBar().addMenu(self.tr("&Perjanjian Kerja"))
        self.menu_contracts.setObjectName("menu_contracts")
        self.menu_reports = self.menuBar().addMenu(self.tr("&Laporan"))
        self.menu_reports.setObjectName("menu_reports")

        help_menu = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        help_menu.setObjectName("menu_help")
        self.action_about = self._action("action_about", self.tr("&Tentang SIMPEG Luring"), None,
                                         self._on_action_about_triggered)
        help_menu.addAction(self.action_about)
        self.menu_help = help_menu

    def _action(self, name: str, text: str, shortcut: QKeySequence | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _on_action_find_triggered(self) -> None:
        self.current_tab.focus_search()

    def _on_action_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("Tentang SIMPEG Luring"), self.about_text())
