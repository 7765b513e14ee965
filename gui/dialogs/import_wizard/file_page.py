"""Wizard step 1: choose the roster file and the sheet (the sheet with a header row is preselected)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from gui.dialogs.import_wizard.state import ImportState, SheetChoice, open_and_scan
from gui.errors import error_text, show_error
from gui.workers import Job, JobHandle
from models.rules.formatting import format_number
from models.services import jobs
from reports.roster import RosterFile


def opening(path: str) -> jobs.Job[tuple[RosterFile, list[SheetChoice]]]:
    """open_and_scan as a job of one step, taken before it reads: a file replaced by another before its
    job started is never read."""
    yield jobs.Progress(0, 1)
    return open_and_scan(path)


class FilePage(QWizardPage):
    def __init__(self, state: ImportState, start: Callable[[Job], JobHandle], start_dir: str = "") -> None:
        super().__init__()
        self.setObjectName("file_page")
        self.state = state
        self._start = start
        self._start_dir = start_dir
        self._opening: JobHandle | None = None
        self.setTitle(self.tr("Pilih berkas daftar pegawai"))
        self.setSubTitle(self.tr("Berkas Excel (xlsx, xls), ODS, atau CSV dengan satu baris untuk setiap pegawai. "
                                 "Baris judul di atas tabel tidak mengapa."))
        # Tests (and scripts) replace this to answer without a modal file dialog.
        self.ask_path: Callable[[], str] = self._ask_path_with_dialog

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setPlaceholderText(self.tr("Ketik atau pilih lokasi berkas, lalu tekan Enter"))
        self.browse_button = QPushButton(self.tr("Pilih berkas…"), self)
        self.browse_button.setObjectName("browse_button")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("file_status")
        self.status_label.setWordWrap(True)
        self.sheet_list = QListWidget(self)
        self.sheet_list.setObjectName("sheet_list")

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Berkas:"), self))
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        sheets_label = QLabel(self.tr("Lembar yang berisi daftar pegawai:"), self)
        sheets_label.setBuddy(self.sheet_list)
        layout.addWidget(sheets_label)
        layout.addWidget(self.sheet_list, 1)

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.returnPressed.connect(self._on_path_edit_return_pressed)
        self.sheet_list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())

    # ---- opening ----

    def open_file(self, path: str) -> JobHandle | None:
        """Open `path` off the UI thread and list its sheets; returns the running job (None for an empty path)."""
        path = path.strip().strip('"')
        if not path:
            return None
        if self._opening is not None and self._opening.is_running:
            self._opening.cancel()
        self.path_edit.setText(path)
        self.state.book = None
        self.state.sheets = []
        self.sheet_list.clear()
        self.status_label.setText(self.tr("Membuka {name}…").format(name=Path(path).name))
        self.completeChanged.emit()
        handle = self._start(lambda _token: opening(path))
        handle.on_success(lambda found: self._on_opened(handle, found))
        handle.on_failure(lambda exc, _details: self._on_open_failed(handle, exc))
        self._opening = handle
        return handle

    def _on_opened(self, handle: JobHandle, found) -> None:
        if handle is not self._opening:
            return  # a file opened earlier, replaced since
        book, sheets = found
        self.state.book, self.state.sheets = book, sheets
        chosen = None
        for choice in sheets:
            item = QListWidgetItem(self._sheet_text(choice), self.sheet_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.name)
            if chosen is None and choice.header is not None:
                chosen = item
        self.sheet_list.setCurrentItem(chosen or self.sheet_list.item(0))
        if chosen is None:
            self.status_label.setText(self.tr(
                "Tidak ada lembar dengan kolom NIP yang dikenali. Pilih lembarnya; baris judul dan kolom dapat "
                "diatur pada langkah berikut."))
        else:
            self.status_label.setText(self.tr("{name}: {count} lembar.").format(name=book.path.name,
                                                                               count=len(sheets)))
        self.completeChanged.emit()

    def _on_open_failed(self, handle: JobHandle, exc: BaseException) -> None:
        if handle is not self._opening:
            return
        self.status_label.setText(error_text(exc))
        show_error(self, exc, title=self.tr("Berkas tidak dapat dibuka"))

    def _sheet_text(self, choice: SheetChoice) -> str:
        if choice.header is None:
            return self.tr("{name} — tanpa baris judul NIP ({rows} baris)").format(
                name=choice.name, rows=format_number(choice.rows))
        return self.tr("{name} — judul kolom di baris {header}, {rows} baris").format(
            name=choice.name, header=choice.header.excel_row, rows=format_number(choice.rows))

    @property
    def chosen_sheet(self) -> str | None:
        item = self.sheet_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    # ---- QWizardPage ----

    def isComplete(self) -> bool:
        return self.state.book is not None and self.chosen_sheet is not None

    def validatePage(self) -> bool:
        name = self.chosen_sheet
        if self.state.book is None or name is None:
            return False
        self.state.choose_sheet(name)
        return True

    # ---- handlers ----

    def _ask_path_with_dialog(self) -> str:
        file_filter = self.tr("Lembar kerja (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv);;Semua berkas (*)")
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas daftar pegawai"), self._start_dir,
                                                    file_filter)
        return path

    def _on_browse_button_clicked(self) -> None:
        path = self.ask_path()
        if path:
            self.open_file(path)

    def _on_path_edit_return_pressed(self) -> None:
        self.open_file(self.path_edit.text())
