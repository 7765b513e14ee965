"""Wizard step 4: the import itself (off the UI thread, cancellable until it writes), then what it did."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from gui.dialogs.import_wizard.preview_page import counts_text
from gui.dialogs.import_wizard.state import ImportState
from gui.errors import error_text, show_error
from gui.workers import Job, JobHandle
from models.rules.formatting import format_number
from models.services import jobs
from models.services.audit import Actor
from models.services.roster_import import (
    IMPORTED,
    REJECTED,
    UNCHANGED,
    UPDATED,
    RosterImportResult,
    import_roster,
)
from models.storage.database import Database
from reports.roster import SheetGrid

CREATED_UNITS, CREATED_POSITIONS, NEW_KECAMATAN = "created_units", "created_positions", "new_kecamatan"


def writing_report(path: str, grid: SheetGrid, header_index: int, result: RosterImportResult,
                   source: str) -> jobs.Job[Path]:
    """write_import_report as a job of one step, taken before it writes: a wizard closed before the job
    started writes no report."""
    from reports.roster import write_import_report

    yield jobs.Progress(0, 1)
    return write_import_report(path, grid, header_index, result, source=source)


class ImportPage(QWizardPage):
    imported = Signal(object)  # the RosterImportResult, once committed

    def __init__(self, state: ImportState, db: Database, actor: Actor, today: Callable[[], date],
                 start: Callable[[Job], JobHandle]) -> None:
        super().__init__()
        self.setObjectName("import_page")
        self.state = state
        self._db, self._actor, self._today, self._start = db, actor, today, start
        self._call: JobHandle | None = None
        self._report_call: JobHandle | None = None
        self.finished = False
        self.setTitle(self.tr("Impor"))
        self.setSubTitle(self.tr("Baris yang diterima disimpan sekaligus; bila dibatalkan atau gagal, basis data "
                                 "tetap seperti semula."))
        # Tests replace this to answer without a modal file dialog.
        self.ask_report_path: Callable[[str], str] = self._ask_report_path_with_dialog

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("import_progress")
        self.cancel_button = QPushButton(self.tr("&Batalkan impor"), self)
        self.cancel_button.setObjectName("cancel_import_button")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("import_status")
        self.status_label.setWordWrap(True)
        self.count_labels: dict[str, QLabel] = {}
        self.summary_form = QFormLayout()
        for key, label in ((IMPORTED, self.tr("Pegawai baru:")), (UPDATED, self.tr("Diubah:")),
                           (UNCHANGED, self.tr("Tetap (tidak berubah):")), (REJECTED, self.tr("Ditolak:")),
                           (CREATED_UNITS, self.tr("Unit kerja baru:")), (CREATED_POSITIONS, self.tr("Jabatan baru:")),
                           (NEW_KECAMATAN, self.tr("Kecamatan baru:"))):
            value = QLabel(self)
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            self.summary_form.addRow(label, value)
        self.created_text = QPlainTextEdit(self)
        self.created_text.setObjectName("created_text")
        self.created_text.setReadOnly(True)
        self.created_text.setPlaceholderText(self.tr("Tidak ada unit kerja, jabatan, atau kecamatan baru."))
        self.report_button = QPushButton(self.tr("&Simpan laporan…"), self)
        self.report_button.setObjectName("save_report_button")
        self.report_button.setToolTip(self.tr("Baris yang ditolak beserta alasannya, unit dan jabatan baru, dan "
                                              "ringkasan, dalam satu berkas Excel"))
        self.report_label = QLabel(self)
        self.report_label.setObjectName("report_status")
        self.report_label.setWordWrap(True)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_button)
        report_row.addWidget(self.report_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(progress_row)
        layout.addWidget(self.status_label)
        layout.addLayout(self.summary_form)
        layout.addWidget(self.created_text, 1)
        layout.addLayout(report_row)

        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.report_button.clicked.connect(self._on_report_button_clicked)

    @property
    def is_running(self) -> bool:
        return self._call is not None and self._call.is_running

    def cancel(self) -> None:
        """Ask the import to stop; it stops only before it writes, and then nothing was saved."""
        if self.is_running:
            assert self._call is not None
            self._call.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Membatalkan…"))

    # ---- QWizardPage ----

    def initializePage(self) -> None:
        self.finished = False
        self.state.result = None
        self._show_summary(None)
        self.report_label.clear()
        self.report_button.hide()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status_label.setText(self.tr("Mengimpor {name}…").format(name=self.state.source))
        rows, db, actor, source, today = list(self.state.rows), self._db, self._actor, self.state.source, self._today()

        create_new = self.state.create_new
        handle = self._start(lambda _token: import_roster(db, rows, actor, source=source, today=today,
                                                          create_new=create_new))
        handle.on_progress(self._on_progress)
        handle.on_success(self._on_imported)
        handle.on_failure(lambda exc, _details: self._on_failed(exc))
        handle.on_cancelled(lambda: self.status_label.setText(
            self.tr("Impor dibatalkan; tidak ada perubahan yang disimpan.")))
        handle.on_finished(self._on_job_finished)
        self._call = handle
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished

    # ---- results ----

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_imported(self, result: RosterImportResult) -> None:
        self.state.result = result
        self.status_label.setText(self.tr("Impor selesai: {counts}.").format(counts=counts_text(result)))
        self._show_summary(result)
        self.report_button.show()
        self.imported.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Impor gagal; tidak ada perubahan yang disimpan. {error}").format(
            error=error_text(exc)))
        show_error(self, exc, title=self.tr("Impor gagal"))

    def _on_job_finished(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.finished = True
        self.completeChanged.emit()

    def _show_summary(self, result: RosterImportResult | None) -> None:
        """Counts beside their labels, and every unit, jabatan and kecamatan the import created."""
        for key, label in self.count_labels.items():
            label.setText("" if result is None else format_number(self._count(result, key)))
        self.created_text.setVisible(result is not None)
        if result is None:
            self.created_text.clear()
            return
        blocks = []
        for title, names in ((self.tr("Unit kerja baru"), result.created_units),
                             (self.tr("Jabatan baru"), result.created_positions),
                             (self.tr("Kecamatan baru"), result.new_kecamatan)):
            if names:
                blocks.append(f"{title} ({format_number(len(names))}):\n" + "\n".join(f"  {n}" for n in names))
        self.created_text.setPlainText("\n\n".join(blocks))

    @staticmethod
    def _count(result: RosterImportResult, key: str) -> int:
        lists = {CREATED_UNITS: result.created_units, CREATED_POSITIONS: result.created_positions,
                 NEW_KECAMATAN: result.new_kecamatan}
        return len(lists[key]) if key in lists else result.count(key)

    # ---- the report ----

    def save_report(self, path: str) -> JobHandle:
        """Write the import report (rejected rows with reasons, what was created, counts) off the UI thread."""
        grid, header_index, result, source = self.state.grid, self.state.header_index, self.state.result, \
            self.state.source
        assert grid is not None and result is not None
        self.report_button.setEnabled(False)
        self.report_label.setText(self.tr("Menyimpan laporan…"))
        handle = self._start(lambda _token: writing_report(path, grid, header_index, result, source))
        handle.on_success(lambda written: self.report_label.setText(
            self.tr("Laporan disimpan: {path}").format(path=written)))
        handle.on_failure(self._on_report_failed)
        handle.on_cancelled(self.report_label.clear)  # the wizard closed before the report was begun
        handle.on_finished(lambda: self.report_button.setEnabled(True))
        self._report_call = handle
        return handle

    def _on_report_failed(self, exc: BaseException, _details: str) -> None:
        self.report_label.setText(error_text(exc))
        show_error(self, exc, title=self.tr("Laporan tidak dapat disimpan"))

    def _ask_report_path_with_dialog(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan impor"), suggested,
                                                    self.tr("Buku kerja Excel (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    # ---- handlers ----

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_report_button_clicked(self) -> None:
        source = self.state.path
        suggested = str(source.with_name(f"Laporan impor {source.stem}.xlsx")) if source else str(
            Path.home() / "Laporan impor.xlsx")
        path = self.ask_report_path(suggested)
        if path:
            self.save_report(path)
