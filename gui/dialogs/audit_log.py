"""The audit log window: who changed what and when, filtered by person, date, kind of record and action,
newest first, with the changed fields of the selected entry, and an Excel export of what is shown."""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.errors import show_error
from gui.workers import run_job
from models import clock
from models.rules.formatting import format_number
from models.services.audit_log import (
    AuditFilter,
    AuditRow,
    action_label,
    audit_actors,
    audit_entities,
    count_audit,
    entity_label,
    list_audit,
)
from models.services.jobs import Progress
from models.storage.database import Database

PAGE = 256
Index = QModelIndex | QPersistentModelIndex


def local_text(row: AuditRow) -> str:
    return row.at.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M:%S")


class AuditTableModel(QAbstractTableModel):
    """Entries a page at a time, as the view scrolls (canFetchMore/fetchMore), newest first."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filters = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0
        self._cursor: Any = None
        self._more = False
        self.headers = [self.tr("Waktu"), self.tr("Pengguna"), self.tr("Tindakan"), self.tr("Jenis data"),
                        self.tr("Ringkasan")]
        self.reload()

    def reload(self, filters: AuditFilter | None = None) -> None:
        if filters is not None:
            self.filters = filters
        self.beginResetModel()
        with self.db.session_factory() as session:
            self.total = count_audit(session, self.filters)
            self.rows, self._cursor = list_audit(session, self.filters, limit=PAGE)
        self._more = self._cursor is not None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's own signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        with self.db.session_factory() as session:
            rows, self._cursor = list_audit(session, self.filters, after=self._cursor, limit=PAGE)
        self._more = self._cursor is not None
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_text(row), row.actor, action_label(row.action), entity_label(row.entity),
                    row.summary or "")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return row.summary
        return None


class AuditLogDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_log_dialog")
        self.setWindowTitle(self.tr("Log audit — siapa mengubah apa"))
        self.db = db
        self.model = AuditTableModel(db, self)
        with db.session_factory() as session:
            actors, entities = audit_actors(session), audit_entities(session)

        self.actor = QComboBox(self)
        self.actor.setObjectName("audit_actor")
        self.actor.addItem(self.tr("Semua pengguna"), None)
        for name in actors:
            self.actor.addItem(name, name)
        self.entity = QComboBox(self)
        self.entity.setObjectName("audit_entity")
        self.entity.addItem(self.tr("Semua jenis data"), None)
        for name in entities:
            self.entity.addItem(entity_label(name), name)
        self.use_dates = QCheckBox(self.tr("Tanggal"), self)
        self.use_dates.setObjectName("audit_use_dates")
        day = clock.today()
        today = QDate(day.year, day.month, day.day)
        self.date_from = self._date_edit("audit_date_from", today.addDays(-30))
        self.date_to = self._date_edit("audit_date_to", today)
        self.text = QLineEdit(self)
        self.text.setObjectName("audit_text")
        self.text.setPlaceholderText(self.tr("Cari dalam ringkasan…"))
        self.text.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("audit_count")
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"), self)
        self.export_button.setObjectName("audit_export")

        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 110, 130, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("audit_details")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Pilih satu catatan untuk melihat isian yang berubah."))

        filters = QHBoxLayout()
        for widget in (self.actor, self.entity, self.use_dates, self.date_from, QLabel(self.tr("s.d."), self),
                       self.date_to):
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.apply_filters)
        for combo in (self.actor, self.entity):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.use_dates.toggled.connect(self._on_use_dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.text.textChanged.connect(self._timer.start)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self._on_use_dates_toggled(False)
        self._show_count()

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        return edit

    def current_filters(self) -> AuditFilter:
        dates = self.use_dates.isChecked()
        return AuditFilter(
            actor=self.actor.currentData(), entity=self.entity.currentData(),
            date_from=_py_date(self.date_from.date()) if dates else None,
            date_to=_py_date(self.date_to.date()) if dates else None,
            text=self.text.text(),
        )

    def apply_filters(self) -> None:
        self.model.reload(self.current_filters())
        self.details.clear()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{n} catatan").format(n=format_number(self.model.total)))
        self.export_button.setEnabled(self.model.total > 0)

    def _on_use_dates_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(checked)
        self.date_to.setEnabled(checked)
        self.apply_filters()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.rows[current.row()]
        heading = f"{local_text(row)} · {row.actor} · {action_label(row.action)} {entity_label(row.entity)}"
        body = row.changes_text or self.tr("(tidak ada isian yang berubah)")
        self.details.setPlainText(f"{heading}\n{row.summary or ''}\n\n{body}")

    def _on_export_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan log audit"), "log-audit.xlsx",
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path):
        from reports.audit_export import export_audit

        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        filters = self.current_filters()

        def job(_token):
            yield Progress(0, 1, self.tr("Menulis log audit…"))
            return export_audit(self.db, path, filters)

        self.export_button.setEnabled(False)
        handle = run_job(self, job)
        handle.on_success(lambda n: self.count_label.setText(
            self.tr("{n} catatan diekspor ke {file}").format(n=format_number(n), file=path.name)))
        handle.on_failure(lambda exc, _details: show_error(self, exc))
        handle.on_finished(lambda: self.export_button.setEnabled(True))
        return handle


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
