"""Rows of the Formasi tab: needs and approvals per unit, jabatan and year, against the staff in post.

Sorted by OPD (the default), the rows read as groups: the OPD name in bold on the first row of its OPD,
the OPD, unit and kecamatan faint where they repeat the row above, and GROUP_START_ROLE tells the view
where a new OPD begins (the tab draws a line there). Kebutuhan is editable in place; the model hands the
new number to `needs_editor` (the tab runs the service through the undo stack) and never writes to the
database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from gui.table_models.paged import BaseSource, Column, PagedTableModel
from models import clock
from models.rules.formatting import format_date_short, format_number
from models.services.queries import (
    RETIRING_LATER_MONTHS,
    RETIRING_SOON_MONTHS,
    FormationFilter,
    FormationRow,
    Page,
    add_months,
    count_formations,
    list_formations,
)

NUMBER_KEYS = frozenset({"year", "needed", "approved", "in_post", "vacancies", "retiring_1y", "retiring_5y"})
GROUP_SORT = "opd"
GROUP_START_ROLE = Qt.ItemDataRole.UserRole + 2  # True on the first row of an OPD in the grouped order
SHORTAGE_COLOR = QColor("#f9d3cf")  # light red: fewer in post than needed
RETIRING_COLOR = QColor("#ffedc2")  # light amber: someone in post reaches the BUP within a year
TINTED_TEXT_COLOR = QColor("#1a1a1a")
REPEATED_TEXT_COLOR = QColor("#a0a0a0")  # the OPD or unit of the row above, repeated

_TEXT: dict[str, Callable[[FormationRow], str]] = {
    "year": lambda r: str(r.year),
    "opd": lambda r: r.opd_name,
    "unit": lambda r: r.unit_name,
    "kecamatan": lambda r: r.kecamatan_name or "",
    "position": lambda r: r.position_name,
    "procurement_kind": lambda r: r.procurement_kind_label,
    "needed": lambda r: format_number(r.needed),
    "approved": lambda r: format_number(r.approved),
    "in_post": lambda r: format_number(r.in_post),
    "vacancies": lambda r: format_number(r.vacancies),
    "retiring_1y": lambda r: format_number(r.retiring_1y),
    "retiring_5y": lambda r: format_number(r.retiring_5y),
}



class FormationSource(BaseSource):
    default_sort = GROUP_SORT

    def __init__(self, today: Callable[[], date] = clock.today) -> None:
        self.today = today
        self.columns = (
            Column("year", QCoreApplication.translate("FormationSource", "Tahun")),
            Column("opd", QCoreApplication.translate("FormationSource", "OPD")),
            Column("unit", QCoreApplication.translate("FormationSource", "Unit kerja")),
            Column("kecamatan", QCoreApplication.translate("FormationSource", "Kecamatan")),
            Column("position", QCoreApplication.translate("FormationSource", "Jabatan")),
            Column("procurement_kind", QCoreApplication.translate("FormationSource", "Pengadaan")),
            Column("needed", QCoreApplication.translate("FormationSource", "Kebutuhan")),
            Column("approved", QCoreApplication.translate("FormationSource", "Disetujui")),
            Column("in_post", QCoreApplication.translate("FormationSource", "Terisi")),
            Column("vacancies", QCoreApplication.translate("FormationSource", "Kurang")),
            Column("retiring_1y", QCoreApplication.translate("FormationSource", "Pensiun 1 th")),
            Column("retiring_5y", QCoreApplication.translate("FormationSource", "Pensiun 5 th")),
        )

    def fetch(self, session: Any, search: str, filters: FormationFilter | None, sort: str, descending: bool,
              after: Any, limit: int) -> Page[FormationRow]:
        return list_formations(session, search=search, filters=filters, sort=sort, descending=descending,
                               after=after, limit=limit, today=self.today())

    def count(self, session: Any, search: str, filters: FormationFilter | None) -> int:
        return count_formations(session, search, filters)

    def display(self, row: FormationRow, key: str) -> str:
        return _TEXT[key](row)

    def horizon(self, months: int) -> str:
        return format_date_short(add_months(self.today(), months))

    def header_tooltip(self, key: str) -> str | None:
        if key in ("retiring_1y", "retiring_5y"):
            months = RETIRING_SOON_MONTHS if key == "retiring_1y" else RETIRING_LATER_MONTHS
            return QCoreApplication.translate(
                "FormationSource",
                "Pegawai yang menjabat dan mencapai TMT pensiun (BUP jabatan) paling lambat {date}, termasuk yang "
                "sudah melewatinya").format(date=self.horizon(months))
        return {
            "procurement_kind": QCoreApplication.translate(
                "FormationSource", "Jenis pengadaan: CPNS, PPPK, atau PPPK Paruh Waktu"),
            "needed": QCoreApplication.translate(
                "FormationSource",
                "Kebutuhan menurut analisis beban kerja (ABK); klik dua kali atau tekan F2 untuk mengubah"),
            "approved": QCoreApplication.translate(
                "FormationSource", "Formasi yang disetujui untuk pengadaan tahun itu"),
            "in_post": QCoreApplication.translate(
                "FormationSource",
                "Bezetting: pegawai aktif di unit ini dengan jabatan ini, apa pun status kepegawaiannya"),
            "vacancies": QCoreApplication.translate(
                "FormationSource", "Kebutuhan dikurangi yang menjabat, paling kecil 0"),
        }.get(key)

    def tooltip(self, row: FormationRow, key: str) -> str | None:
        if key == "in_post":
            return QCoreApplication.translate(
                "FormationSource", "{n} pegawai aktif di {unit} dengan jabatan {position}").format(
                n=format_number(row.in_post), unit=row.unit_name, position=row.position_name)
        if key == "vacancies":
            text = QCoreApplication.translate(
                "FormationSource", "Kebutuhan {needed} dikurangi yang menjabat {in_post}, paling kecil 0").format(
                needed=format_number(row.needed), in_post=format_number(row.in_post))
            if row.shortage:
                text += "\n" + QCoreApplication.translate(
                    "FormationSource", "Kekurangan {n} pegawai").format(n=format_number(row.vacancies))
            return text
        if key == "needed":
            return QCoreApplication.translate(
                "FormationSource", "Kebutuhan menurut ABK; klik dua kali atau tekan F2 untuk mengubah")
        if key in ("retiring_1y", "retiring_5y"):
            n = row.retiring_1y if key == "retiring_1y" else row.retiring_5y
            months = RETIRING_SOON_MONTHS if key == "retiring_1y" else RETIRING_LATER_MONTHS
            return QCoreApplication.translate(
                "FormationSource", "{n} dari {in_post} yang menjabat mencapai TMT pensiun paling lambat {date}").format(
                n=format_number(n), in_post=format_number(row.in_post), date=self.horizon(months))
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key in NUMBER_KEYS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class FormationTableModel(PagedTableModel):
    """PagedTableModel with the OPD -> unit grouping, the shortage marks and Kebutuhan editable."""

    def __init__(self, source: FormationSource, *args: Any, **kwargs: Any) -> None:
        super().__init__(source, *args, **kwargs)
        # Called with (row, new number); returns whether the edit was accepted. None: read-only.
        self.needs_editor: Callable[[FormationRow, int], bool] | None = None
        self._needed_column = self.column_of("needed")

    @property
    def grouped(self) -> bool:
        return self.source_sort == GROUP_SORT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self._needed_column and self.needs_editor is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.loaded:
            return None
        row: FormationRow = self.row_at(index.row())
        key = self.source_keys[index.column()]
        previous: FormationRow | None = self.row_at(index.row() - 1) if index.row() > 0 else None
        new_opd = previous is None or previous.opd_id != row.opd_id
        new_unit = new_opd or previous.unit_id != row.unit_id
        repeated = (key == "opd" and not new_opd) or (key in ("unit", "kecamatan") and not new_unit)
        if role == Qt.ItemDataRole.ForegroundRole and self.grouped and repeated:
            return REPEATED_TEXT_COLOR  # said on the group's first row; kept, faint, for reading across
        if role == Qt.ItemDataRole.EditRole and key == "needed":
            return row.needed
        if role == GROUP_START_ROLE:
            return self.grouped and new_opd
        if role == Qt.ItemDataRole.FontRole and self.grouped and key == "opd" and new_opd:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if key == "vacancies" and row.shortage:
                return SHORTAGE_COLOR
            if key == "retiring_1y" and row.retiring_1y:
                return RETIRING_COLOR
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key in ("vacancies", "retiring_1y"):
            return TINTED_TEXT_COLOR if (row.shortage if key == "vacancies" else row.retiring_1y) else None
        if role == Qt.ItemDataRole.DecorationRole and key == "vacancies" and row.shortage:
            # Not colour alone: a warning sign beside every shortage.
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self._needed_column or self.needs_editor is None:
            return False
        row = self.row_at(index.row())
        try:
            needed = int(value)
        except (TypeError, ValueError):
            return False
        if needed == row.needed:
            return False
        return bool(self.needs_editor(row, needed))
