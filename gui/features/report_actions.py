"""Laporan menu: the roster import wizard, the recap workbook and the SIASN export, each off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from gui import file_dialogs
from gui.errors import show_error
from gui.workers import JobHandle, run_job
from models.rules.formatting import format_number

if TYPE_CHECKING:
    from gui.dialogs.import_wizard import ImportWizard
    from gui.main_window import MainWindow
    from models.services.jobs import Job


class ReportActions(QObject):
    """The actions, and the dialogs they open; tests replace `ask_save_path` and `open_url` to stay headless."""

    def __init__(self, window: MainWindow, pool: QThreadPool | None = None) -> None:
        super().__init__(window)
        self.setObjectName("report_actions")
        self.window = window
        self.pool = pool
        self.wizard: ImportWizard | None = None
        self.progress: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None
        self.call: JobHandle | None = None
        self.ask_save_path: Callable[[str, str, str], str] = self._ask_save_path_with_dialog
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl

        self.action_import = self._action("action_import_roster", self.tr("&Impor daftar pegawai (Excel)…"),
                                          self._on_action_import_triggered)
        self.action_recap = self._action("action_recap", self.tr("&Rekap pegawai (Excel)…"),
                                         self._on_action_recap_triggered)
        self.action_siasn = self._action("action_export_siasn", self.tr("&Ekspor format SIASN (Excel)…"),
                                         self._on_action_siasn_triggered)
        menu = window.menu_reports
        if menu.actions():
            menu.addSeparator()
        for action in (self.action_import, self.action_recap, self.action_siasn):
            menu.addAction(action)
        # The employee tab's bar, beside the other actions on employees (a button, not in the row menu).
        self.action_import.setIconText(self.tr("Impor Excel…"))
        self.action_import.setToolTip(self.tr("Impor daftar pegawai dari berkas Excel, ODS, atau CSV"))
        bar = window.employees_tab.action_bar
        if bar.actions():
            bar.addSeparator()
        bar.addAction(self.action_import)
        # Berkas: the import goes above Muat ulang, where a clerk looks for "open a file".
        first = window.menu_file.actions()[0] if window.menu_file.actions() else None
        window.menu_file.insertAction(first, self.action_import)
        if first is not None:
            window.menu_file.insertSeparator(first)

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # ---- import ----

    def open_import_wizard(self) -> ImportWizard:
        from gui.dialogs.import_wizard import ImportWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        start = file_dialogs.output_folder(self.window.context.settings)  # Documents, or the folder last used
        wizard = ImportWizard(self.window.context, self.window, start_dir=str(start), pool=self.pool)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _result: self.window.refresh())
        wizard.destroyed.connect(self._on_wizard_destroyed)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _on_wizard_destroyed(self) -> None:
        self.wizard = None

    # ---- recap and SIASN export ----

    def export_recap(self, path: str) -> JobHandle:
        from reports.recap import build_recap

        db, today = self.window.context.db, self.window.context.today()
        return self._run_export(
            path, self.tr("Membuat rekap pegawai…"), self.tr("Rekap pegawai"),
            lambda: build_recap(db, path, today=today),
            lambda result: self.tr("Rekap pegawai aktif: {employees} pegawai, {sheets} lembar.").format(
                employees=format_number(result.employees), sheets=len(result.sheets)))

    def export_siasn(self, path: str) -> JobHandle:
        from reports.siasn import export_siasn

        db = self.window.context.db
        return self._run_export(
            path, self.tr("Mengekspor data pegawai format SIASN…"), self.tr("Ekspor SIASN"),
            lambda: export_siasn(db, path),
            lambda result: self.tr("{employees} pegawai diekspor dalam susunan kolom SIASN.").format(
                employees=format_number(result.employees)))

    def _run_export(self, path: str, working: str, title: str, job: Callable[[], Job[Any]],
                    describe: Callable[[Any], str]) -> JobHandle:
        progress = QProgressDialog(working, self.tr("Batal"), 0, 0, self.window)
        progress.setObjectName("export_progress")
        progress.setWindowTitle(title)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumWidth(360)
        background = run_job(self, lambda _token: job(), self.pool)
        progress.canceled.connect(background.cancel)
        background.on_progress(lambda done, total, _text: (progress.setMaximum(max(total, 1)),
                                                           progress.setValue(done)))
        background.on_success(lambda result: self._on_export_done(title, describe(result), Path(path)))
        background.on_failure(lambda exc, _details: show_error(
            self.window, exc, title=self.tr("{title} gagal").format(title=title)))
        background.on_cancelled(lambda: self.window.statusBar().showMessage(
            self.tr("{title} dibatalkan; tidak ada berkas yang dibuat.").format(title=title), 8000))
        background.on_finished(progress.deleteLater)
        background.on_finished(lambda: setattr(self, "progress", None))
        progress.open()
        self.progress, self.call = progress, background
        return background

    def _on_export_done(self, title: str, text: str, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("export_done_box")
        box.setInformativeText(self.tr("Disimpan di {path}").format(path=path))
        open_file = box.addButton(self.tr("Buka &berkas"), QMessageBox.ButtonRole.ActionRole)
        open_file.setObjectName("open_file_button")
        open_folder = box.addButton(self.tr("Buka &folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.setObjectName("open_folder_button")
        close = box.addButton(self.tr("&Tutup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        open_file.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(path))))
        open_folder.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(path.parent))))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.done_box = box

    def _ask_save_path_with_dialog(self, title: str, suggested: str, file_filter: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"
        return path

    # ---- handlers ----

    def _on_action_import_triggered(self) -> None:
        self.open_import_wizard()

    def _suggested(self, name: str) -> str:
        """A file name in the folder last saved to (else Documents), dated today."""
        folder = file_dialogs.output_folder(self.window.context.settings)
        return str(folder / f"{name} {self.window.context.today():%Y-%m-%d}.xlsx")

    def _on_action_recap_triggered(self) -> None:
        path = self.ask_save_path(self.tr("Simpan rekap pegawai"), self._suggested("Rekap pegawai"),
                                  self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            file_dialogs.remember_output(self.window.context.settings, path)
            self.export_recap(path)

    def _on_action_siasn_triggered(self) -> None:
        path = self.ask_save_path(self.tr("Simpan ekspor SIASN"), self._suggested("Data pegawai SIASN"),
                                  self.tr("Buku kerja Excel (*.xlsx);;CSV titik koma (*.csv)"))
        if path:
            file_dialogs.remember_output(self.window.context.settings, path)
            self.export_siasn(path)
