"""The main window: composes the tabs, the menus, the features and the status bar; the tabs and features
hold the logic. What outlives the window (another database, another person, another language, a restored
backup) it asks for with a signal, and the WindowSession that built it acts (gui/session.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QTabWidget, QWidget

from gui.context import AppContext
from gui.features.contract_actions import ContractActions
from gui.features.employee_actions import EmployeeActions
from gui.features.exchange_actions import ExchangeActions
from gui.features.organization_actions import OrganizationActions
from gui.features.report_actions import ReportActions
from gui.features.safety_actions import SafetyActions
from gui.features.session_actions import SessionActions
from gui.file_menu import FileMenu
from gui.icons import TAB_ICONS, app_icon, apply_action_icons, icon
from gui.style import icon_size_for
from gui.table_models.paged import PAGE_SIZE
from gui.tabs.contracts_tab import ContractsTab
from gui.tabs.employees_tab import EmployeesTab
from gui.tabs.formations_tab import FormationsTab
from gui.tabs.table_tab import TableTab
from models.rules.formatting import format_number
from models.services.queries import status_counts
from models.services.queries.sync_status import sync_status

if TYPE_CHECKING:
    from models.storage.database import Database

DEFAULT_SIZE = QSize(1280, 800)
STATUS_MESSAGE_MS = 8000  # how long "Selesai: ..." stays in the status bar


class MainWindow(QMainWindow):
    """Menus: Berkas (gui/file_menu.py), Sunting, Perjanjian Kerja, Laporan, Bantuan; the features add their
    actions to them and to the tabs (gui/features)."""

    switch_requested = Signal(str, bool)  # path, create: open (or make) another database in a new window
    sign_out_requested = Signal()  # the next clerk signs in to the same database
    restore_requested = Signal(Path)  # put this backup in place of the open file
    language_chosen = Signal(str)  # the window again, in this language

    def __init__(self, context: AppContext, *, page_size: int = PAGE_SIZE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.context = context
        self.db: Database = context.db
        db, today = context.db, context.today
        self.setWindowTitle(self.tr("SIMPEG Luring — {name}").format(name=db.display_name))
        self.setWindowIcon(app_icon())
        self.dialogs: dict[str, QDialog] = {}  # the open settings/about dialogs, one of each

        factory = db.session_factory
        self.employees_tab = EmployeesTab(factory, page_size=page_size, context=context)
        self.formations_tab = FormationsTab(factory, page_size=page_size, context=context)
        self.contracts_tab = ContractsTab(factory, page_size=page_size, today=today)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.employees_tab, icon(TAB_ICONS["employees"]), self.tr("Pegawai"))
        self.tabs.addTab(self.formations_tab, icon(TAB_ICONS["formations"]), self.tr("Formasi"))
        self.tabs.addTab(self.contracts_tab, icon(TAB_ICONS["contracts"]), self.tr("Perjanjian Kerja"))
        side = icon_size_for(self.tabs)
        self.tabs.setIconSize(QSize(side, side))
        self.setCentralWidget(self.tabs)

        self.status_counts = QLabel(self)
        self.status_counts.setObjectName("status_counts")
        self.statusBar().addWidget(self.status_counts, 1)
        self.status_sync = QLabel(self)  # how far this office's data is from the central office
        self.status_sync.setObjectName("status_sync")
        self.statusBar().addPermanentWidget(self.status_sync)

        self.file_menu = FileMenu(self)
        self.file_menu.switch_requested.connect(self.switch_requested)
        self.menu_file = self.file_menu.menu
        self.action_new_database = self.file_menu.action_new_database
        self.action_open_database = self.file_menu.action_open_database
        self.action_refresh = self.file_menu.action_refresh
        self.action_find = self.file_menu.action_find
        self.action_office_settings = self.file_menu.action_office_settings
        self.action_preferences = self.file_menu.action_preferences
        self.action_quit = self.file_menu.action_quit
        self.menu_edit = self.menuBar().addMenu(self.tr("&Sunting"))
        self.menu_edit.setObjectName("menu_edit")
        self.action_undo = context.undo_stack.createUndoAction(self, self.tr("&Urungkan"))
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.action_redo = context.undo_stack.createRedoAction(self, self.tr("&Ulangi"))
        self.action_redo.setObjectName("action_redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.menu_edit.addAction(self.action_undo)
        self.menu_edit.addAction(self.action_redo)
        # Every change, undo and redo says what happened in the status bar (a save shows no dialog).
        self._undo_index = context.undo_stack.index()
        context.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        self.menu_contracts = self.menuBar().addMenu(self.tr("&Perjanjian Kerja"))
        self.menu_contracts.setObjectName("menu_contracts")
        self.menu_reports = self.menuBar().addMenu(self.tr("&Laporan"))
        self.menu_reports.setObjectName("menu_reports")
        self.menu_help = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        self.menu_help.setObjectName("menu_help")
        self.action_about = QAction(self.tr("&Tentang SIMPEG Luring"), self)
        self.action_about.setObjectName("action_about")
        self.action_about.triggered.connect(self.open_about)
        self.menu_help.addAction(self.action_about)
        self.resize(self._default_size())
        self.restore_layout()

        # Each feature adds its actions to the tabs and menus above, in this order.
        self.employee_actions = EmployeeActions(self)
        self.contract_actions = ContractActions(self)
        self.report_actions = ReportActions(self)
        self.exchange_actions = ExchangeActions(self)
        self.organization_actions = OrganizationActions(self)
        self.safety_actions = SafetyActions(self)
        self.session_actions = SessionActions(self)  # last: its two actions go right above Keluar
        # Where a tab has no rows at all, its message offers the way in (the contracts tab's: to Pegawai).
        self.action_show_employees = QAction(icon(TAB_ICONS["employees"]), self.tr("Buka tab Pegawai"), self)
        self.action_show_employees.setObjectName("action_show_employees")
        self.action_show_employees.triggered.connect(lambda: self.tabs.setCurrentWidget(self.employees_tab))
        apply_action_icons(self)
        for tab in self.table_tabs.values():
            tab.connect_empty_state(lambda name: self.findChild(QAction, name))
        # Counting every employee is not needed to draw the first page: it follows right after.
        QTimer.singleShot(0, self, self.refresh_status_counts)

    def _default_size(self) -> QSize:
        """1280 x 800, or less on a smaller screen (a 1366 x 768 laptop): never taller than the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        return DEFAULT_SIZE.boundedTo(screen.availableGeometry().size() * 0.97)

    @property
    def current_tab(self) -> TableTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, TableTab)
        return tab

    @property
    def table_tabs(self) -> dict[str, TableTab]:
        return {"employees": self.employees_tab, "formations": self.formations_tab, "contracts": self.contracts_tab}

    def _on_undo_index_changed(self, index: int) -> None:
        stack = self.context.undo_stack
        if index > self._undo_index:
            message = self.tr("Selesai: {what}.").format(what=stack.text(index - 1))
        elif index < self._undo_index:
            message = self.tr("Diurungkan: {what}. Ctrl+Y mengulanginya.").format(what=stack.text(index))
        else:
            return
        self._undo_index = index
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def refresh(self) -> None:
        """Read everything again, for changes made elsewhere (another window, a batch job)."""
        for tab in self.table_tabs.values():
            tab.refresh()
        self.refresh_status_counts()

    def refresh_status_counts(self) -> None:
        with self.db.session_factory() as session:
            counts = status_counts(session)
        parts = " · ".join(f"{status.label} {format_number(n)}" for status, n in counts.items())
        total = format_number(sum(counts.values()))
        self.status_counts.setText(self.tr("Pegawai aktif: {total} ({parts})").format(total=total, parts=parts))
        self.refresh_sync_status()

    def refresh_sync_status(self) -> None:
        with self.db.session_factory() as session:
            sync = sync_status(session, self.context.today())
        waiting = format_number(sync.waiting)
        if sync.last_sequence is None:
            text = self.tr("Belum pernah dikirim ke pusat; {waiting} baris menunggu").format(waiting=waiting)
        elif sync.days_since == 0:
            text = self.tr("Kirim ke pusat: paket {sequence}, hari ini; {waiting} perubahan menunggu").format(
                sequence=sync.last_sequence, waiting=waiting)
        else:
            text = self.tr("Kirim ke pusat: paket {sequence}, {days} hari lalu; {waiting} perubahan menunggu").format(
                sequence=sync.last_sequence, days=sync.days_since, waiting=waiting)
        self.status_sync.setText(text)
        self.status_sync.setStyleSheet("color: #b3261e; font-weight: bold;" if sync.overdue else "")
        self.status_sync.setToolTip(self.tr("Paket data dikirim ke kantor pusat lewat Berkas > Kirim ke Pusat; "
                                            "diberi warna merah bila lebih dari {days} hari.").format(
            days=sync.warn_days))

    def focus_search(self) -> None:
        self.current_tab.focus_search()

    # ---- dialogs (non-blocking: open() returns at once; tests read them from `dialogs`) ----

    def open_about(self) -> QDialog:
        from gui.dialogs.about import AboutDialog

        return self._open_dialog("about", lambda: AboutDialog(self.context, self))

    def open_office_settings(self) -> QDialog:
        from gui.dialogs.office_settings import OfficeSettingsDialog

        return self._open_dialog("office_settings", lambda: OfficeSettingsDialog(self.context, self))

    def open_preferences(self) -> QDialog:
        from gui.dialogs.preferences import PreferencesDialog

        def make() -> QDialog:
            dialog = PreferencesDialog(self.context.settings, self)
            dialog.language_chosen.connect(self.language_chosen)
            return dialog

        return self._open_dialog("preferences", make)

    def _open_dialog(self, key: str, make: Callable[[], QDialog]) -> QDialog:
        dialog = self.dialogs.get(key)
        if dialog is None or not dialog.isVisible():
            dialog = make()
            self.dialogs[key] = dialog
            dialog.finished.connect(dialog.deleteLater)
            dialog.destroyed.connect(lambda _obj=None, k=key, d=dialog: self._forget_dialog(k, d))
            dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget_dialog(self, key: str, dialog: QDialog) -> None:
        if self.dialogs.get(key) is dialog:
            del self.dialogs[key]

    # ---- layout remembered between sessions ----

    def restore_layout(self) -> None:
        settings = self.context.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray(settings.window_geometry))
        if settings.window_state:
            self.restoreState(QByteArray(settings.window_state))
        if 0 <= settings.current_tab < self.tabs.count():
            self.tabs.setCurrentIndex(settings.current_tab)
        for name, tab in self.table_tabs.items():
            state = settings.header_state(name)
            if not state:
                continue
            if hasattr(tab, "restore_header_state"):
                tab.restore_header_state(state)
            else:
                tab.table.horizontalHeader().restoreState(QByteArray(state))

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.window_geometry = bytes(self.saveGeometry().data())
        settings.window_state = bytes(self.saveState().data())
        settings.current_tab = self.tabs.currentIndex()
        for name, tab in self.table_tabs.items():
            header = tab.table.horizontalHeader()
            state = tab.header_state() if hasattr(tab, "header_state") else header.saveState()
            settings.set_header_state(name, bytes(state.data()) if isinstance(state, QByteArray) else bytes(state))
        settings.sync()

    def close_dialogs(self) -> bool:
        """Close every open dialog of the window; False when one stays open (the employee form asks about
        unsaved edits, and the clerk kept them)."""
        return all(dialog.close() for dialog in [*self.dialogs.values(), *self.findChildren(QDialog)]
                   if dialog.isVisible())

    def closeEvent(self, event: QCloseEvent) -> None:
        # A dialog the clerk keeps open keeps the window open too: quitting never drops edits without asking.
        if not self.close_dialogs():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
