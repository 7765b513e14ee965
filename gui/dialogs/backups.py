"""The backups window: the copies kept beside the database, a backup now, and restoring one.

Restoring replaces the open database, so the dialog does not do it itself: it asks, then emits
`restore_requested(path)`; whoever owns the open database closes it, calls
`models.storage.backups.restore_as`, and opens it again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.errors import show_error
from gui.workers import run_job
from models.rules.formatting import format_number
from models.services.audit import Actor
from models.services.jobs import Progress
from models.services.permissions import Permission, allows
from models.storage.backups import Backup, backup_with_rotation, list_backups

Confirm = Callable[[str], bool]


class BackupsDialog(QDialog):
    restore_requested = Signal(Path)

    def __init__(self, db_path: Path, actor: Actor, parent: QWidget | None = None, *,
                 confirm: Confirm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Cadangan basis data"))
        self.db_path = db_path
        self.actor = actor
        self.confirm = confirm or self._ask
        self.backups: list[Backup] = []
        intro = QLabel(self.tr(
            "Salinan dibuat otomatis sekali sehari dan sebelum impor, perpanjangan massal, pembaruan skema, "
            "dan pemulihan. Yang disimpan: 10 terakhir, 7 harian, 4 mingguan, 12 bulanan. Folder: {folder}"
        ).format(folder=str(db_path.parent / "cadangan")), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Alasan"), self.tr("Ukuran")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().resizeSection(0, 150)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("backups_status")
        self.backup_button = QPushButton(self.tr("Cadangkan sekarang"), self)
        self.backup_button.setObjectName("backups_backup_now")
        self.restore_button = QPushButton(self.tr("Pulihkan yang dipilih…"), self)
        self.restore_button.setObjectName("backups_restore")
        self.restore_button.setEnabled(False)
        if not allows(actor, Permission.RESTORE):
            self.restore_button.setToolTip(self.tr("Hanya admin yang boleh memulihkan cadangan."))
        close = QPushButton(self.tr("Tutup"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 460)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        close.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            size = self.tr("{mb} MB").format(mb=format_number(max(1, round(backup.size / 1e6))))
            for column, text in enumerate((backup.local_time.strftime("%d-%m-%Y %H:%M:%S"), backup.reason_label,
                                           size)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        self.status.setText(self.tr("{n} cadangan").format(n=len(self.backups)))

    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def backup_now(self):
        path = self.db_path

        def job(_token):
            yield Progress(0, 1, self.tr("Mencadangkan…"))
            return backup_with_rotation(path, "manual")

        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Mencadangkan…"))
        handle = run_job(self, job)
        handle.on_success(lambda _backup: self.reload())
        handle.on_failure(lambda exc, _details: show_error(self, exc))
        handle.on_finished(lambda: self.backup_button.setEnabled(True))
        return handle

    def _on_table_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None
                                       and allows(self.actor, Permission.RESTORE))

    def _on_restore_button_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        when = backup.local_time.strftime("%d-%m-%Y %H:%M")
        question = self.tr("Pulihkan cadangan {when} ({reason})? Data sekarang diganti isi cadangan itu; "
                           "sebelumnya data sekarang disalin dulu sebagai cadangan.").format(
            when=when, reason=backup.reason_label)
        if self.confirm(question):
            self.restore_requested.emit(backup.path)
            self.accept()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Pulihkan cadangan"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
