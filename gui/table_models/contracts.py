"""Rows of the Perjanjian Kerja tab, tinted when a contract has ended or is due for its renewal proposal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from gui.table_models.paged import BaseSource, Column
from models import clock
from models.rules.formatting import format_date_short, format_number, format_rupiah
from models.rules.nip import KIND_PPPK, format_nip
from models.services.queries import ContractAlert, ContractFilter, ContractRow, Page, count_contracts, list_contracts

ENDING_SOON_COLOR = QColor("#ffedc2")  # light amber
EXPIRED_COLOR = QColor("#f9d3cf")  # light red
TINTED_TEXT_COLOR = QColor("#1a1a1a")  # the tints are light, so keep dark text on them in a dark theme too

_TEXT: dict[str, Callable[[ContractRow], str]] = {
    "nip": lambda r: format_nip(r.employee_nip, KIND_PPPK),
    "name": lambda r: r.employee_name,
    "number": lambda r: r.number or "",
    "kind": lambda r: r.kind_label,
    "start": lambda r: format_date_short(r.start_date),
    "end": lambda r: format_date_short(r.end_date),
    "days_left": lambda r: "" if r.closed else format_number(r.days_left),
    "status": lambda r: r.status_label,
    "unit": lambda r: r.unit_name or "",
    "salary": lambda r: format_rupiah(r.salary) if r.salary is not None else "",
    "signing_date": lambda r: format_date_short(r.signing_date) if r.signing_date else "",
}


class ContractSource(BaseSource):
    default_sort = "days_left"  # open contracts first, the most urgent on top

    def __init__(self, today: Callable[[], date] = clock.today) -> None:
        self.today = today
        self.columns = (
            Column("nip", QCoreApplication.translate("ContractSource", "NI PPPK")),
            Column("name", QCoreApplication.translate("ContractSource", "Nama")),
            Column("kind", QCoreApplication.translate("ContractSource", "Jenis")),
            Column("start", QCoreApplication.translate("ContractSource", "Mulai")),
            Column("end", QCoreApplication.translate("ContractSource", "Selesai")),
            Column("days_left", QCoreApplication.translate("ContractSource", "Sisa hari")),
            Column("status", QCoreApplication.translate("ContractSource", "Status")),
            Column("unit", QCoreApplication.translate("ContractSource", "Unit kerja")),
            Column("number", QCoreApplication.translate("ContractSource", "Nomor"), hidden=True),
            Column("salary", QCoreApplication.translate("ContractSource", "Gaji/upah"), hidden=True),
            Column("signing_date", QCoreApplication.translate("ContractSource", "Tgl. tanda tangan"), hidden=True),
        )

    def fetch(self, session: Any, search: str, filters: ContractFilter | None, sort: str, descending: bool,
              after: Any, limit: int) -> Page[ContractRow]:
        return list_contracts(session, search=search, filters=filters, sort=sort, descending=descending,
                              after=after, limit=limit, today=self.today())

    def count(self, session: Any, search: str, filters: ContractFilter | None) -> int:
        return count_contracts(session, search, filters, today=self.today())

    def display(self, row: ContractRow, key: str) -> str:
        return _TEXT[key](row)

    def tooltip(self, row: ContractRow, key: str) -> str | None:
        days = format_number(abs(row.days_left))
        if row.alert is ContractAlert.EXPIRED:
            if row.days_left < 0:
                return QCoreApplication.translate("ContractSource", "Berakhir {days} hari yang lalu").format(days=days)
            return QCoreApplication.translate("ContractSource", "Perjanjian sudah berakhir")
        if row.alert is ContractAlert.ENDING_SOON:
            text = QCoreApplication.translate("ContractSource", "Berakhir dalam {days} hari: usulkan perpanjangan")
            return text.format(days=days)
        if key == "days_left" and row.days_left >= 0:
            return QCoreApplication.translate("ContractSource", "Berakhir dalam {days} hari").format(days=days)
        return None

    def header_tooltip(self, key: str) -> str | None:
        if key == "days_left":
            return QCoreApplication.translate("ContractSource", "Hari sampai perjanjian berakhir; negatif bila lewat")
        if key == "salary":
            return QCoreApplication.translate("ContractSource", "Gaji (PPPK penuh waktu) atau upah (PPPK paruh waktu) "
                                              "per bulan")
        return None

    def background(self, row: ContractRow) -> QColor | None:
        if row.alert is ContractAlert.EXPIRED:
            return EXPIRED_COLOR
        if row.alert is ContractAlert.ENDING_SOON:
            return ENDING_SOON_COLOR
        return None

    def decoration(self, row: ContractRow, key: str) -> QIcon | None:
        """Beside the days left, a sign that does not rely on the tint: warning (renew) or critical (ended)."""
        if key != "days_left" or row.alert is None:
            return None
        icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if row.alert is ContractAlert.EXPIRED
                else QStyle.StandardPixmap.SP_MessageBoxWarning)
        return QApplication.style().standardIcon(icon)

    def foreground(self, row: ContractRow) -> QColor | None:
        return TINTED_TEXT_COLOR if row.alert is not None else None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key in ("days_left", "salary"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
