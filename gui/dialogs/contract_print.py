"""The "Cetak perjanjian" dialog: choose contracts and files, preview the first ones, print off the UI thread.

The batch (models.services.contracts.print_batch.print_batch, with reports.contracts.batch.PdfBatch for the
paper) runs through gui.workers.run_job: a progress bar follows its chunks and Batal closes it, which stops the
worker processes, removes every file begun and numbers nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import file_dialogs
from gui.context import AppContext
from gui.dialogs.contract_preview import PdfPreview
from gui.dialogs.contract_print_selection import ContractChoice
from gui.errors import error_text
from gui.workers import CancelToken, JobHandle, run_job
from models.rules.formatting import format_number
from models.services.contracts.selection import select_contract_ids
from models.services.errors import Cancelled, DomainError
from models.services.jobs import Progress
from models.services.lookups import unit_choices

log = logging.getLogger(__name__)


def default_output(folder: Path, today) -> Path:
    return folder / f"Perjanjian Kerja {today:%Y-%m-%d}.pdf"


class PrintContractsDialog(QDialog):
    """`printed` fires with the BatchResult once a batch completed (the window then reloads its tabs)."""

    printed = Signal(object)

    def __init__(self, context: AppContext, selected_ids: list[int], parent: QWidget | None = None,
                 pool=None) -> None:
        super().__init__(parent)
        self.setObjectName("print_dialog")
        self.setWindowTitle(self.tr("Cetak perjanjian kerja"))
        self.context = context
        self.pool = pool  # tests may pass their own QThreadPool
        self.workers: int | None = None  # worker processes for the batch (None: the batch decides)
        self.chunk_size = 150  # contracts per chunk: one progress step, and how soon Batal takes effect
        self.job: JobHandle | None = None
        self.preview_job: JobHandle | None = None
        self.result = None
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        with context.session_factory() as s:
            units = unit_choices(s)
        self.choice = ContractChoice(selected_ids, units, context.today(), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("print_count")

        files = QGroupBox(self.tr("Berkas"), self)
        folder = file_dialogs.output_folder(context.settings)  # Documents, or where the last print went
        self.out_edit = QLineEdit(str(default_output(folder, context.today())), files)
        self.out_edit.setObjectName("print_out")
        self.browse_button = QPushButton(self.tr("Pilih…"), files)
        self.browse_button.setObjectName("print_browse")
        self.browse_button.clicked.connect(self._on_browse_clicked)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        self.per_person = QCheckBox(self.tr("Juga satu PDF per orang, dalam folder per unit kerja"), files)
        self.per_person.setObjectName("print_per_person")
        self.attendance = QCheckBox(self.tr("Daftar hadir penandatanganan (PDF)"), files)
        self.attendance.setObjectName("print_attendance")
        self.attendance.setChecked(True)
        self.excel = QCheckBox(self.tr("Daftar yang dicetak (Excel)"), files)
        self.excel.setObjectName("print_excel")
        self.extras_label = QLabel(files)
        self.extras_label.setObjectName("print_extras")
        self.extras_label.setWordWrap(True)
        self.extras_label.setStyleSheet("color: palette(mid);")
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(QLabel(self.tr("PDF gabungan (urut unit kerja, lalu nama):"), files))
        files_layout.addLayout(out_row)
        for box in (self.per_person, self.attendance, self.excel):
            files_layout.addWidget(box)
            box.toggled.connect(self._update_extras)
        files_layout.addWidget(self.extras_label)
        self.out_edit.textChanged.connect(self._update_extras)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("print_progress")
        self.progress.setFormat(self.tr("%v dari %m perjanjian"))
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("print_progress_label")
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.setObjectName("print_cancel")
        self.open_file_button = QPushButton(self.tr("Buka berkas"), self)
        self.open_file_button.setObjectName("print_open_file")
        self.open_folder_button = QPushButton(self.tr("Buka folder"), self)
        self.open_folder_button.setObjectName("print_open_folder")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        progress_row.addWidget(self.open_file_button)
        progress_row.addWidget(self.open_folder_button)

        self.preview_button = QPushButton(self.tr("&Pratinjau"), self)
        self.preview_button.setObjectName("print_preview")
        self.print_button = QPushButton(self.tr("&Cetak"), self)
        self.print_button.setObjectName("print_start")
        self.print_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        self.close_button.setObjectName("print_close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.choice)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(files)
        left_layout.addStretch(1)
        self.preview = PdfPreview(self)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 470])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        layout.addLayout(buttons)
        self._set_progress_visible(False)

        self.choice.changed.connect(self._on_choice_changed)
        self.preview_button.clicked.connect(self.start_preview)
        self.print_button.clicked.connect(self.start_print)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.open_file_button.clicked.connect(self._on_open_file_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.chosen_ids: list[int] = []
        self._on_choice_changed()
        self._update_extras()
        self.resize(980, 640)

    # ---- what will be printed ----

    def out_path(self) -> Path | None:
        """The merged PDF's path; None while the box holds no file name."""
        text = self.out_edit.text().strip()
        path = Path(text)
        return path if text and path.name else None

    def extra_paths(self) -> tuple[Path | None, Path | None, Path | None]:
        """(per-person folder, attendance PDF, Excel list) beside the merged file, as ticked."""
        out = self.out_path()
        if out is None:
            return None, None, None
        stem = out.stem or "Perjanjian Kerja"
        per_person = out.with_name(f"{stem} per orang") if self.per_person.isChecked() else None
        attendance = out.with_name(f"{stem} - daftar hadir.pdf") if self.attendance.isChecked() else None
        excel = out.with_name(f"{stem} - daftar.xlsx") if self.excel.isChecked() else None
        return per_person, attendance, excel

    def option_values(self) -> dict:
        """What BatchOptions is made of (the batch module loads reportlab: it is imported in the job's thread)."""
        per_person, attendance, excel = self.extra_paths()
        return {"out": self.out_path(), "per_person_dir": per_person, "attendance": attendance, "excel": excel,
                "printed_on": self.context.today(), "workers": self.workers, "chunk_size": self.chunk_size}

    def _on_choice_changed(self) -> None:
        try:
            with self.context.session_factory() as s:
                self.chosen_ids = select_contract_ids(s, self.choice.selection())
        except DomainError as exc:
            self.chosen_ids = []
            self.count_label.setText(error_text(exc))
        else:
            self.count_label.setText(self.tr("{count} perjanjian akan dicetak. Yang belum bernomor diberi nomor "
                                             "menurut pola instansi saat dicetak.").format(
                count=format_number(len(self.chosen_ids))))
        self.count_label.setWordWrap(True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.job is None
        self.print_button.setEnabled(idle and bool(self.chosen_ids) and self.out_path() is not None)
        self.preview_button.setEnabled(idle and bool(self.chosen_ids) and self.preview_job is None)

    def _update_extras(self, *_args: object) -> None:
        lines = [str(p) for p in self.extra_paths() if p is not None]
        self.extras_label.setText("\n".join(lines))
        self._update_buttons()

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF gabungan"), self.out_edit.text(),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.out_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    # ---- preview ----

    def start_preview(self) -> None:
        db, ids, today = self.context.db, list(self.chosen_ids), self.context.today()

        def job(_token: CancelToken):
            yield Progress(0, 1)
            from reports.contracts.preview import render_preview  # reportlab loads in this thread

            return render_preview(db, ids, on=today)

        self.preview.caption.setText(self.tr("Menyiapkan pratinjau…"))
        self.preview_job = run_job(self, job, self.pool).on_success(self._on_preview_succeeded) \
            .on_failure(self._on_preview_failed)
        self._update_buttons()

    def _on_preview_succeeded(self, preview) -> None:
        self.preview_job = None
        self._update_buttons()
        self.preview.show_pdf(preview.pdf, self.tr(
            "Pratinjau {contracts} perjanjian pertama ({pages} halaman), dengan nomor yang akan diberikan; kode QR "
            "dibubuhkan saat dicetak.").format(contracts=preview.contracts, pages=preview.pages))

    def _on_preview_failed(self, exc: BaseException, _details: str) -> None:
        self.preview_job = None
        self._update_buttons()
        self.preview.caption.setText(error_text(exc))

    # ---- printing ----

    def start_print(self) -> JobHandle | None:
        if not self.chosen_ids or self.job is not None or self.out_path() is None:
            return None
        db, actor = self.context.db, self.context.actor
        selection, values, total = self.choice.selection(), self.option_values(), len(self.chosen_ids)

        def job(_token: CancelToken):
            # Imported here, in the job's thread: the first import of reportlab takes a few hundred ms.
            from models.services.contracts.print_batch import BatchOptions, print_batch
            from reports.contracts.batch import PdfBatch

            yield Progress(0, total)
            return (yield from print_batch(db, actor, selection, BatchOptions(**values), PdfBatch()))

        self.result = None
        self.progress.setRange(0, len(self.chosen_ids))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Menyiapkan nomor dan kunci segel…"))
        self._set_progress_visible(True)
        self.cancel_button.setEnabled(True)
        self.job = run_job(self, job, self.pool).on_progress(self._on_job_progress) \
            .on_success(self._on_job_succeeded).on_failure(self._on_job_failed) \
            .on_cancelled(self._on_job_cancelled)
        self._set_form_enabled(False)
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Membatalkan; menghentikan proses dan menghapus berkas…"))
            self.job.cancel()

    def _on_job_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Mencetak {done} dari {total} perjanjian…").format(
            done=format_number(done), total=format_number(total)))

    def _on_job_succeeded(self, result) -> None:
        self.job = None
        self.result = result
        file_dialogs.remember_output(self.context.settings, result.out)
        self.progress.setValue(self.progress.maximum())
        lines = [self.tr("Selesai: {contracts} perjanjian, {pages} halaman, dalam {seconds} detik; {numbered} baru "
                         "diberi nomor.").format(contracts=format_number(result.contracts),
                                                 pages=format_number(result.pages),
                                                 seconds=f"{result.seconds:.1f}".replace(".", ","),
                                                 numbered=format_number(result.numbered)),
                 str(result.out)]
        if result.person_files:
            lines.append(self.tr("{count} berkas per orang.").format(count=format_number(result.person_files)))
        if result.attendance_pages:
            lines.append(self.tr("Daftar hadir: {pages} halaman.").format(pages=result.attendance_pages))
        if result.changed_since_signing:
            lines.append(self.tr("Perhatian: {count} perjanjian yang sudah ditandatangani dicetak sesuai naskah saat "
                                 "ditandatangani, padahal data pegawainya sudah berubah sejak itu.").format(
                count=format_number(result.changed_since_signing)))
        self.progress_label.setText("\n".join(lines))
        self.cancel_button.hide()
        self.open_file_button.show()
        self.open_folder_button.show()
        self._set_form_enabled(True)
        self._on_choice_changed()  # what the same choice takes now (printed drafts are no longer drafts)
        self.printed.emit(result)

    def _on_job_failed(self, exc: BaseException, _details: str) -> None:
        if isinstance(exc, Cancelled):
            self._on_job_cancelled()
            return
        self.job = None
        self.progress_label.setText(self.tr("Gagal: {error}").format(error=error_text(exc)))
        self.cancel_button.hide()
        self._set_form_enabled(True)

    def _on_job_cancelled(self) -> None:
        self.job = None
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Dibatalkan. Tidak ada berkas yang tertinggal dan tidak ada perjanjian "
                                            "yang diberi nomor atau ditandai dicetak."))
        self.cancel_button.hide()
        self._set_form_enabled(True)

    def _set_progress_visible(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
        self.open_file_button.hide()
        self.open_folder_button.hide()

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.choice, self.out_edit, self.browse_button, self.per_person, self.attendance, self.excel):
            widget.setEnabled(enabled)
        self._update_buttons()
        self.close_button.setEnabled(enabled)

    def _on_open_file_clicked(self) -> None:
        if self.result is not None:
            self.open_url(QUrl.fromLocalFile(str(self.result.out)))

    def _on_open_folder_clicked(self) -> None:
        if self.result is not None:
            self.open_url(QUrl.fromLocalFile(str(Path(self.result.out).parent)))

    def closeEvent(self, event) -> None:
        if self.job is not None:  # closing while printing asks the batch to stop; it cleans up after itself
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.cancel()
            return
        super().reject()
