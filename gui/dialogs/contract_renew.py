"""The "Perpanjang" dialog: what each renewal will create (start, end, months), and which cannot be renewed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.rules.formatting import format_date_short
from models.rules.nip import KIND_PPPK, format_nip
from models.services.contracts.renewal_plans import RenewalPlan

BLOCKED_COLOR = QColor("#f9d3cf")
DATE_FORMAT = "dd-MM-yyyy"

PlanLoader = Callable[[date | None], list[RenewalPlan]]


class RenewContractsDialog(QDialog):
    """Lists the renewals; `start_date()` (None: the day after each end) and `chosen_ids()` say what to do."""

    def __init__(self, plans: list[RenewalPlan], load_plans: PlanLoader, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renew_dialog")
        self.setWindowTitle(self.tr("Perpanjang perjanjian kerja"))
        self._load_plans = load_plans
        self.plans = plans
        intro = QLabel(self.tr(
            "Setiap perpanjangan menjadi perjanjian baru berstatus draf, tertaut pada perjanjian lamanya, dengan "
            "masa baku (5 tahun PPPK, 1 tahun PPPK Paruh Waktu) dan paling lama sampai akhir bulan BUP. "
            "Gaji/upah dan jam kerja mengikuti perjanjian lama."), self)
        intro.setWordWrap(True)
        self.same_start = QCheckBox(self.tr("Semua mulai pada tanggal:"), self)
        self.same_start.setObjectName("renew_same_start")
        self.start_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.start_edit.setObjectName("renew_start")
        self.start_edit.setDisplayFormat(DATE_FORMAT)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setEnabled(False)
        start_row = QHBoxLayout()
        start_row.addWidget(self.same_start)
        start_row.addWidget(self.start_edit)
        start_row.addWidget(QLabel(self.tr("(tanpa centang: sehari sesudah perjanjian lama berakhir)"), self))
        start_row.addStretch(1)

        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("renew_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Nama"), self.tr("NI PPPK"), self.tr("Jenis"), self.tr("Berakhir"), self.tr("Mulai baru"),
            self.tr("Selesai baru"), self.tr("Bulan"), self.tr("Keterangan")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("renew_summary")
        self.buttons = QDialogButtonBox(self)
        self.renew_button = self.buttons.addButton(self.tr("Perpanjang"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.renew_button.setObjectName("renew_accept")
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(start_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.same_start.toggled.connect(self._on_same_start_toggled)
        self.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self._show(plans)
        self.resize(1050, 420)

    def start_date(self) -> date | None:
        return self.start_edit.date().toPython() if self.same_start.isChecked() else None

    def chosen_ids(self) -> list[int]:
        return [p.contract_id for p in self.plans if p.ok]

    def _show(self, plans: list[RenewalPlan]) -> None:
        self.plans = plans
        self.table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            note = plan.problem or (self.tr("dibatasi akhir bulan BUP") if plan.capped_by_bup else "")
            cells = (plan.name, format_nip(plan.nip, KIND_PPPK), plan.kind.label, format_date_short(plan.end_date),
                     format_date_short(plan.next_start) if plan.next_start else "—",
                     format_date_short(plan.next_end) if plan.next_end else "—",
                     str(plan.months) if plan.months is not None else "—", note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not plan.ok:
                    item.setBackground(BLOCKED_COLOR)
                    item.setForeground(QColor("#1a1a1a"))
                self.table.setItem(row, column, item)
        ok = len(self.chosen_ids())
        blocked = len(plans) - ok
        text = self.tr("{ok} perjanjian akan diperpanjang.").format(ok=ok)
        if blocked:
            text += " " + self.tr("{blocked} tidak dapat diperpanjang (lihat keterangan) dan dilewati.").format(
                blocked=blocked)
        self.summary.setText(text)
        self.renew_button.setText(self.tr("Perpanjang {count} perjanjian").format(count=ok))
        self.renew_button.setEnabled(ok > 0)

    def _on_same_start_toggled(self, checked: bool) -> None:
        self.start_edit.setEnabled(checked)
        self._show(self._load_plans(self.start_date()))

    def _on_start_edit_date_changed(self, _date: QDate) -> None:
        if self.same_start.isChecked():
            self._show(self._load_plans(self.start_date()))
