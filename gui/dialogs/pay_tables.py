"""Perjanjian Kerja > Tabel gaji dan upah: the PPPK gaji pokok table and the PPPK Paruh Waktu upah the office uses
when contracts are made, shown as they are, written to a workbook to fill in, and read back from it (the same as
`main.py wages`; all or none, every row's problem told)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.errors import show_error
from models.rules.formatting import format_rupiah
from models.services.contracts.pay import SOURCE, pay_table, replace_pay_tables, wage_rows
from models.services.errors import DomainError
from models.vocabulary import PositionGroup


class PayTablesDialog(QDialog):
    """`import_file(path)` and `export_file(path)` do what the buttons do after asking for a file (tests call them)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pay_tables_dialog")
        self.setWindowTitle(self.tr("Tabel gaji dan upah"))
        self.context = context
        self.pay_summary = QLabel(self)
        self.pay_summary.setObjectName("pay_summary")
        self.pay_summary.setWordWrap(True)
        self.wages = QTableWidget(0, 3, self)
        self.wages.setObjectName("wage_table")
        self.wages.setHorizontalHeaderLabels([self.tr("Unit kerja"), self.tr("Kelompok jabatan"),
                                              self.tr("Upah sebulan")])
        self.wages.verticalHeader().hide()
        self.wages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.wages.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.wages.verticalHeader().setDefaultSectionSize(24)
        self.message = QLabel(self)
        self.message.setObjectName("pay_tables_message")
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Impor dari Excel…"), self)
        self.import_button.setObjectName("pay_tables_import")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = QPushButton(self.tr("&Tulis ke Excel untuk diisi…"), self)
        self.export_button.setObjectName("pay_tables_export")
        self.export_button.clicked.connect(self._on_export_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Gaji pokok PPPK</b> ({source})").format(source=SOURCE), self))
        layout.addWidget(self.pay_summary)
        layout.addWidget(QLabel(self.tr("<b>Upah PPPK Paruh Waktu</b> (menurut unit kerja, atau kelompok jabatan)"),
                                self))
        layout.addWidget(self.wages, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 480)
        self.refresh()

    def refresh(self) -> None:
        with self.context.session_factory() as s:
            table, rows = pay_table(s), wage_rows(s)
        entered = sorted({golongan for golongan, _ in table.cells})
        if entered:
            self.pay_summary.setText(self.tr("{count} sel diisi instansi (golongan {golongan}); golongan lain memakai "
                                             "gaji terendah untuk masa kerja 0 tahun dan rentang terendah–tertinggi "
                                             "untuk memeriksa.").format(count=len(table.cells),
                                                                        golongan=", ".join(entered)))
        else:
            self.pay_summary.setText(self.tr("Belum ada sel yang diisi instansi: perjanjian baru diusulkan gaji "
                                             "terendah golongannya untuk masa kerja 0 tahun, dan gaji yang diketik "
                                             "diperiksa terhadap rentang terendah–tertinggi. Tulis ke Excel, isi "
                                             "lembar 'Gaji PPPK' dari lampiran Perpres, lalu impor."))
        self.wages.setRowCount(len(rows))
        for row, (unit, group, amount) in enumerate(rows):
            label = PositionGroup(group).label if group else ""
            for column, text in enumerate((unit or "—", label or "—", format_rupiah(amount))):
                self.wages.setItem(row, column, QTableWidgetItem(text))

    def import_file(self, path: str | Path) -> bool:
        from reports.pay_tables import read_pay_workbook

        try:
            book = read_pay_workbook(path)
            cells, wages = replace_pay_tables(self.context.db, self.context.actor, book.cells, book.wages)
        except DomainError as exc:
            self.message.setText("")
            show_error(self, exc, title=self.tr("Tabel tidak diimpor"))
            return False
        parts = []
        if cells is not None:
            parts.append(self.tr("gaji pokok PPPK: {count} sel").format(count=cells))
        if wages is not None:
            parts.append(self.tr("upah PPPK Paruh Waktu: {count} baris").format(count=wages))
        self.message.setText(self.tr("Disimpan dari {name}: {parts}.").format(name=Path(path).name,
                                                                             parts="; ".join(parts)))
        self.refresh()
        return True

    def export_file(self, path: str | Path) -> Path:
        from reports.pay_tables import write_pay_workbook

        with self.context.session_factory() as s:
            table, rows = pay_table(s), wage_rows(s)
        written = write_pay_workbook(Path(path), table.cells, table.ranges, rows)
        self.message.setText(self.tr("Ditulis ke {path}.").format(path=written))
        return written

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Impor tabel gaji dan upah"), "",
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            self.import_file(path)

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tulis tabel gaji dan upah"), "tabel-gaji-upah.xlsx",
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            try:
                self.export_file(path)
            except OSError as exc:
                show_error(self, DomainError(f"Berkas {path} tidak dapat ditulis: {exc}"))
