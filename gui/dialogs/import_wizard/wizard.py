"""The roster import wizard: file and sheet, header and columns, preview, import and its summary."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QWidget, QWizard

from gui.context import AppContext
from gui.dialogs.import_wizard.file_page import FilePage
from gui.dialogs.import_wizard.import_page import ImportPage
from gui.dialogs.import_wizard.mapping_page import MappingPage
from gui.dialogs.import_wizard.preview_page import PreviewPage
from gui.dialogs.import_wizard.state import ImportState
from gui.workers import Job, JobHandle, run_job


class ImportWizard(QWizard):
    """Non-modal: open it with `show()`. `imported` carries the RosterImportResult once the import committed."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, start_dir: str = "",
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Impor daftar pegawai (Excel)"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self._pool = pool
        self._jobs: list[JobHandle] = []
        self._close_when_idle = False
        self.state = ImportState()
        self.file_page = FilePage(self.state, self.start, start_dir)
        self.mapping_page = MappingPage(self.state, context.settings)
        self.preview_page = PreviewPage(self.state, context.db, context.today, self.start)
        self.import_page = ImportPage(self.state, context.db, context.actor, context.today, self.start)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.import_page.imported.connect(self.imported)
        self.import_page.imported.connect(lambda _result: context.settings.remember_roster_mapping(
            self.state.header_cells(), self.state.mapping, self.state.fixed))  # next month's file maps itself
        self.resize(920, 640)

    def start(self, job: Job) -> JobHandle:
        """Run a page's job (gui.workers.run_job) off the UI thread; the wizard waits for it before it closes."""
        handle = run_job(self, job, self._pool)
        self._jobs.append(handle)
        handle.on_finished(lambda: self._on_job_finished(handle))
        return handle

    @property
    def busy(self) -> bool:
        return any(handle.is_running for handle in self._jobs)

    def reject(self) -> None:
        """Batal/Esc: cancel what is running and close once it has stopped (an import that has begun writing
        finishes, and its result is kept)."""
        if self.import_page.finished and self.state.result is not None:
            super().reject()
            return
        if self.busy:
            for handle in self._jobs:
                handle.cancel()
            self._close_when_idle = True
            self.setEnabled(False)
            return
        super().reject()

    def _on_job_finished(self, handle: JobHandle) -> None:
        if handle in self._jobs:
            self._jobs.remove(handle)
        if self._close_when_idle and not self.busy:
            self._close_when_idle = False
            self.setEnabled(True)
            super().reject()
