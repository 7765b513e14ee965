"""Wizard step 3: what the import would do with every row (a dry run off the UI thread), problems first to see."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from gui.dialogs.import_wizard.state import ImportState
from gui.errors import error_text, show_error
from gui.table_models.roster_preview import COLUMN_NAME, COLUMN_NIP, COLUMN_OUTCOME, COLUMN_ROW, RosterPreviewModel
from gui.workers import CancelToken, Job, JobHandle
from models.rules.formatting import format_number
from models.services import jobs
from models.services.roster_import import (
    IMPORTED,
    REJECTED,
    UNCHANGED,
    UPDATED,
    RosterImportResult,
    RosterRow,
    preview_roster,
)
from models.storage.database import Database

T = TypeVar("T")


def counts_text(result: RosterImportResult) -> str:
    """"Baru 3 · Diubah 0 · Tetap 12 · Ditolak 1": the preview's and the import's counts on one line."""
    return QCoreApplication.translate(
        "ImportWizard", "Baru {imported} · Diubah {updated} · Tetap {unchanged} · Ditolak {rejected}").format(
        imported=format_number(result.count(IMPORTED)), updated=format_number(result.count(UPDATED)),
        unchanged=format_number(result.count(UNCHANGED)), rejected=format_number(result.count(REJECTED)))


def labelled(job: jobs.Job[T], text: str) -> jobs.Job[T]:
    """`job` with `text` on each of its steps, for one phase of a longer job; closing this closes `job`."""
    try:
        while True:
            try:
                step = next(job)
            except StopIteration as stop:
                return stop.value
            yield step._replace(text=text)
    finally:
        job.close()  # at once, not whenever it is collected: its `with` blocks undo what is unfinished


class PreviewPage(QWizardPage):
    def __init__(self, state: ImportState, db: Database, today: Callable[[], date],
                 start: Callable[[Job], JobHandle]) -> None:
        super().__init__()
        self.setObjectName("preview_page")
        self.state = state
        self._db = db
        self._today = today
        self._start = start
        self._call: JobHandle | None = None
        self.seconds: float | None = None  # how long the last preview took, until shown
        self.setTitle(self.tr("Pratinjau"))
        self.setSubTitle(self.tr("Hasil setiap baris bila berkas diimpor. Belum ada yang disimpan; baris yang "
                                 "ditolak tidak diimpor dan dapat diperbaiki lalu diimpor lagi."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Impor"))

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("preview_progress")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("preview_status")
        self.status_label.setWordWrap(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("preview_counts")
        self.problems_only = QCheckBox(self.tr("Hanya yang bermasalah"), self)
        self.problems_only.setObjectName("problems_only")
        self.model = RosterPreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("preview_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # A row with three problems shows three lines: one reason a line.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((COLUMN_ROW, 60), (COLUMN_OUTCOME, 80), (COLUMN_NIP, 160), (COLUMN_NAME, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

        self.create_new = QCheckBox(self.tr("&Buat unit kerja, jabatan, dan kecamatan yang belum dikenal"), self)
        self.create_new.setObjectName("create_new")
        self.create_new.setToolTip(self.tr("Tanpa centang, baris dengan unit kerja atau jabatan yang belum ada "
                                           "ditolak dan nama terdekat yang sudah ada ditampilkan: biasanya salah "
                                           "ketik. Centang bila nama-nama itu memang baru."))
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.create_new)
        top.addWidget(self.problems_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.problems_only.toggled.connect(self._on_problems_only_toggled)
        self.create_new.toggled.connect(self._on_create_new_toggled)

    @property
    def is_running(self) -> bool:
        return self._call is not None and self._call.is_running

    # ---- QWizardPage ----

    def initializePage(self) -> None:
        self.create_new.blockSignals(True)  # the choice belongs to the wizard's state (a caller may set it first)
        self.create_new.setChecked(self.state.create_new)
        self.create_new.blockSignals(False)
        self.state.preview = None
        self.state.rows = []
        self.model.set_outcomes(())
        self.counts_label.clear()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.status_label.setText(self.tr("Membaca dan memeriksa baris…"))
        reading, checking = self.tr("Membaca baris…"), self.tr("Memeriksa baris…")
        grid, header_index, mapping = self.state.grid, self.state.header_index, dict(self.state.mapping)
        fixed = dict(self.state.fixed)
        db, today, create_new = self._db, self._today(), self.state.create_new

        def preview(_token: CancelToken) -> jobs.Job[tuple[list[RosterRow], RosterImportResult]]:
            from reports.roster import read_roster_rows  # in the worker thread: it loads the readers

            rows = yield from labelled(read_roster_rows(grid, header_index, mapping, fixed), reading)
            result = yield from labelled(preview_roster(db, rows, today=today, create_new=create_new), checking)
            return rows, result

        started = time.perf_counter()
        handle = self._start(preview)
        handle.on_progress(self._on_progress)
        handle.on_success(lambda found: self._on_previewed(handle, found, started))
        handle.on_failure(lambda exc, _details: self._on_failed(handle, exc))
        handle.on_cancelled(lambda: self._on_cancelled(handle))
        handle.on_finished(self.completeChanged.emit)
        self._call = handle
        self.completeChanged.emit()

    def _on_create_new_toggled(self, checked: bool) -> None:
        self.state.create_new = checked
        if self._call is not None and self._call.is_running:
            self._call.cancel()
        self.initializePage()  # check the rows again with the new choice

    def cleanupPage(self) -> None:  # Back: a preview still running is for a mapping that is being changed
        if self._call is not None and self._call.is_running:
            self._call.cancel()
        self._call = None
        self.state.preview = None

    def isComplete(self) -> bool:
        preview = self.state.preview
        return preview is not None and not self.is_running and (preview.count(IMPORTED) + preview.count(UPDATED)) > 0

    # ---- results ----

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if text:
            self.status_label.setText(text)

    def _on_previewed(self, handle: JobHandle, found, started: float) -> None:
        if handle is not self._call:
            return
        rows, result = found
        self.state.rows, self.state.preview = rows, result
        self.model.set_outcomes(result.outcomes)
        self.progress_bar.hide()
        self.counts_label.setText(counts_text(result))
        self.seconds = time.perf_counter() - started
        if not result.outcomes:
            self.status_label.setText(self.tr("Tidak ada baris data di bawah baris judul."))
        elif result.count(IMPORTED) + result.count(UPDATED) == 0:
            self.status_label.setText(self.tr("Tidak ada baris yang akan ditambahkan atau diubah."))
        else:
            self.status_label.setText(self.tr("{rows} baris diperiksa. Tekan Impor untuk menyimpan baris yang "
                                              "diterima.").format(rows=format_number(len(result.outcomes))))
        self.completeChanged.emit()

    def _on_failed(self, handle: JobHandle, exc: BaseException) -> None:
        if handle is not self._call:
            return
        self.progress_bar.hide()
        self.status_label.setText(error_text(exc))
        show_error(self, exc, title=self.tr("Pratinjau gagal"))

    def _on_cancelled(self, handle: JobHandle) -> None:
        if handle is self._call:
            self.progress_bar.hide()
            self.status_label.setText(self.tr("Pratinjau dibatalkan."))

    def _on_problems_only_toggled(self, checked: bool) -> None:
        self.model.set_problems_only(checked)
