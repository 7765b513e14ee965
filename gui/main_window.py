"""The main window: composes the tabs, the menus and the status bar; the tabs hold the logic."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QTabWidget, QWidget

from gui.context import AppContext
from gui.features import install_features
from gui.icons import TAB_ICONS, app_icon, apply_action_icons, icon
from gui.style import icon_size_for
from gui.table_models.paged import PAGE_SIZE
from gui.tabs.contracts_tab import ContractsTab
from gui.tabs.employees_tab import EmployeesTab
from gui.tabs.formations_tab import FormationsTab
from gui.tabs.table_tab import TableTab
from gui.window_menus import build_menus
from models.rules.formatting import format_number
from models.services.queries import status_counts

if TYPE_CHECKING:
    from gui.app import AppController
    from gui.window_menus import FileMenu
    from models.storage.database import Database

DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    """`controller` switches databases (a new window per database); without one the File menu cannot."""

    file_menu: FileMenu

    def __init__(self, context: AppContext, *, page_size: int = PAGE_SIZE, parent: QWidget | None = None,
                 controller: AppController | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.context = context
        self.controller = controller
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
        build_menus(self)
        self.resize(self._default_size())
        self.restore_layout()
        install_features(self)
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

    def focus_search(self) -> None:
        self.current_tab.focus_search()

    # ---- dialogs (non-blocking: open() returns at once; tests read them from `dialogs`) ----

    def about_text(self) -> str:
        from gui.dialogs.about import about_text

        return about_text(self.context)

    def open_about(self) -> QDialog:
        from gui.dialogs.about import AboutDialog

        return self._open_dialog("about", lambda: AboutDialog(self.context, self))

    def open_office_settings(self) -> QDialog:
        from gui.dialogs.office_settings import OfficeSettingsDialog

        return self._open_dialog("office_settings", lambda: OfficeSettingsDialog(self.context, self))

    def open_preferences(self) -> QDialog:
        from gui.dialogs.preferences import PreferencesDialog

        return self._open_dialog("preferences", lambda: PreferencesDialog(self.context.settings, self.controller, self))

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
