"""Berkas menu: send the office's data to the central office, receive a package (at the centre), the
central view of the district offices, and the exchange set-up (keys, registration, the overdue setting).
The work runs off the UI thread with a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from gui.errors import show_error
from gui.file_dialogs import output_folder, remember_output
from gui.workers import CancelToken, JobHandle, run_job
from models.rules.formatting import format_number

if TYPE_CHECKING:
    from gui.dialogs.exchange_offices import ExchangeOfficesDialog
    from gui.dialogs.exchange_setup import ExchangeSetupDialog
    from gui.main_window import MainWindow
    from models.services.exchange import ExportResult, ImportResult


class ExchangeActions(QObject):
    """Tests replace ask_folder, ask_package and ask_central_key (native dialogs block) and may pass a pool."""

    def __init__(self, window: MainWindow, pool: QThreadPool | None = None) -> None:
        super().__init__(window)
        self.setObjectName("exchange_actions")
        self.window = window
        self.pool = pool
        self.job: JobHandle | None = None
        self.progress: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None
        self.offices_dialog: ExchangeOfficesDialog | None = None
        self.setup_dialog: ExchangeSetupDialog | None = None
        self.ask_folder: Callable[[], str | None] = self._ask_folder_with_dialog
        self.ask_package: Callable[[], str | None] = self._ask_package_with_dialog
        self.ask_central_key: Callable[[], str | None] = self._ask_central_key_with_dialog

        self.action_send = self._action("action_exchange_send", self.tr("&Kirim ke Pusat…"), self._on_send_triggered)
        self.action_send.setToolTip(self.tr("Buat paket data (terenkripsi untuk kantor pusat) di folder atau "
                                            "flashdisk"))
        self.action_receive = self._action("action_exchange_receive", self.tr("&Terima paket…"),
                                           self._on_receive_triggered)
        self.action_offices = self._action("action_exchange_offices", self.tr("Kantor &daerah…"),
                                           self._on_offices_triggered)
        self.action_setup = self._action("action_exchange_setup", self.tr("&Pertukaran data…"), self.open_setup)
        self.action_setup.setToolTip(self.tr("Kunci kantor pusat dan kantor daerah, pendaftaran kantor, dan batas "
                                             "hari pengiriman"))
        menu = window.menu_file
        first = menu.actions()[0] if menu.actions() else None
        for action in (self.action_send, self.action_receive, self.action_offices, self.action_setup):
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # ---- the clerk's answers (replaced in tests) ----

    def _ask_folder_with_dialog(self) -> str | None:
        return QFileDialog.getExistingDirectory(self.window, self.tr("Simpan paket ke folder atau flashdisk"),
                                                str(output_folder(self.window.context.settings))) or None

    def _ask_package_with_dialog(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Pilih paket data"), "",
                                              self.tr("Paket SIMPEG (*.zip);;Semua berkas (*)"))
        return path or None

    def _ask_central_key_with_dialog(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Pilih kunci privat kantor pusat"),
                                              self.window.context.settings.central_private_key,
                                              self.tr("Kunci (*.pem);;Semua berkas (*)"))
        return path or None

    # ---- send ----

    def _on_send_triggered(self) -> None:
        from models.services.exchange import exchange_setup

        if self.job is not None:
            return
        context = self.window.context
        state = exchange_setup(context.db)
        if state.central_key_id is None or not state.office_named:
            dialog = self.open_setup()  # the missing step, before a folder is asked for
            if state.office_named:
                dialog.show_notice(self.tr("Paket belum dapat dibuat: pasang dulu kunci publik kantor pusat "
                                           "(langkah 1)."))
            else:
                dialog.show_notice(self.tr("Paket belum dapat dibuat: isi dulu Pengaturan instansi."))
            return
        folder = self.ask_folder()
        if not folder:
            return
        remember_output(context.settings, Path(folder) / "paket")

        def job(token: CancelToken):
            from models.services.exchange.sending import send_package  # cryptography loads on first use
            from reports.exchange import package

            return send_package(context.db, Path(folder), context.actor, package)

        self._start(job, self.tr("Membuat paket data untuk kantor pusat…"), self._on_sent)

    def _on_sent(self, result: ExportResult) -> None:
        kind = self.tr("lengkap") if result.full else self.tr("perubahan")
        text = (self.tr("Paket %1 nomor %2 berisi %3 baris.").replace("%1", kind)
                .replace("%2", str(result.sequence)).replace("%3", format_number(result.rows))
                + "\n" + self.tr("Berkas: %1").replace("%1", str(result.path)) + "\n"
                + self.tr("Kirim berkas ini ke kantor pusat (flashdisk atau surel); isinya terenkripsi."))
        self._done(self.tr("Paket data dibuat"), text)
        self.window.refresh_sync_status()

    # ---- receive ----

    def _on_receive_triggered(self) -> None:
        package = self.ask_package()
        if not package or self.job is not None:
            return
        key = self.ask_central_key()
        if not key:
            return
        context = self.window.context

        def job(token: CancelToken):
            from models.services.exchange.receiving import receive_package
            from reports.exchange import package as package_format

            return receive_package(context.db, Path(package), Path(key), context.actor, package_format)

        self._start(job, self.tr("Memeriksa dan menerapkan paket…"), self._on_received)

    def _on_received(self, result: ImportResult) -> None:
        lines = [self.tr("Paket nomor %1 dari %2:").replace("%1", str(result.sequence))
                 .replace("%2", result.office_name),
                 self.tr("%1 baru, %2 diubah, %3 tetap, %4 dihapus.").replace("%1", format_number(result.inserted))
                 .replace("%2", format_number(result.updated)).replace("%3", format_number(result.unchanged))
                 .replace("%4", format_number(result.deleted))]
        lines += [self.tr("Peringatan: %1").replace("%1", w) for w in result.warnings]
        if result.conflicts:
            lines.append(self.tr("%n konflik tidak diterapkan:", "", len(result.conflicts)))
            lines += [f"• {c.detail}" for c in result.conflicts[:10]]
        self._done(self.tr("Paket diterima"), "\n".join(lines))
        self.window.refresh()
        if self.offices_dialog is not None and self.offices_dialog.isVisible():
            self.offices_dialog.refresh()

    # ---- central view ----

    def _on_offices_triggered(self) -> None:
        from gui.dialogs.exchange_offices import ExchangeOfficesDialog

        if self.offices_dialog is None:
            self.offices_dialog = ExchangeOfficesDialog(self.window.context, self.window)
        else:
            self.offices_dialog.refresh()
        self.offices_dialog.show()
        self.offices_dialog.raise_()

    # ---- set-up ----

    def open_setup(self) -> ExchangeSetupDialog:
        from gui.dialogs.exchange_setup import ExchangeSetupDialog

        dialog = self.setup_dialog
        if dialog is None:
            dialog = self.setup_dialog = ExchangeSetupDialog(self.window.context, self.window)
            dialog.send_requested.connect(self.action_send.trigger)
            dialog.receive_requested.connect(self.action_receive.trigger)
            dialog.offices_requested.connect(self.action_offices.trigger)
            dialog.office_settings_requested.connect(self.window.open_office_settings)
            dialog.finished.connect(self.window.refresh_sync_status)
        else:
            dialog.refresh()
            dialog.show_notice("")
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # ---- the job and its dialogs ----

    def _start(self, job: Callable[[CancelToken], Any], label: str, on_success: Callable[[Any], None]) -> None:
        self.progress = QProgressDialog(label, "", 0, 0, self.window)
        self.progress.setObjectName("exchange_progress")
        self.progress.setCancelButton(None)  # a package is one transaction: it finishes or changes nothing
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.job = run_job(self, job, self.pool)
        self.job.on_progress(self._on_job_progress).on_success(on_success).on_failure(self._on_job_failed)
        self.job.on_finished(self._on_job_finished)

    def _on_job_progress(self, done: int, total: int, text: str) -> None:
        progress = self.progress  # setValue may run the event loop, which may finish the job meanwhile
        if progress is not None:
            progress.setLabelText(self.tr("Tabel: %1").replace("%1", text))
            progress.setMaximum(total)
            progress.setValue(done)

    def _on_job_failed(self, exc: BaseException, details: str) -> None:
        self._close_progress()
        show_error(self.window, exc)

    def _on_job_finished(self) -> None:
        self._close_progress()
        self.job = None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, title: str, text: str) -> None:
        self._close_progress()
        self.done_box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                                    self.window)
        self.done_box.setObjectName("exchange_done_box")
        self.done_box.open()
