"""Rows of the Formasi tab: needs and approvals per unit, jabatan and year, against the staff in post."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from gui.table_models.paged import BaseSource, Column
from models.rules.formatting import format_number
from models.services.queries import FormationFilter, FormationRow, Page, count_formations, list_formations

NUMBER_KEYS = frozenset({"year", "needed", "approved", "in_post", "vacancies"})

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
}


class FormationSource(BaseSource):
    default_sort = "opd"

    def __init__(self) -> None:
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
        )

    def fetch(self, session: Any, search: str, filters: FormationFilter | None, sort: str, descending: bool,
              after: Any, limit: int) -> Page[FormationRow]:
        return list_formations(session, search=search, filters=filters, sort=sort, descending=descending,
                               after=after, limit=limit)

    def count(self, session: Any, search: str, filters: FormationFilter | None) -> int:
        return count_formations(session, search, filters)

    def display(self, row: FormationRow, key: str) -> str:
        return _TEXT[key](row)

    def header_tooltip(self, key: str) -> str | None:
        if key == "procurement_kind":
            return QCoreApplication.translate("FormationSource", "Jenis pengadaan: CPNS, PPPK, atau PPPK Paruh Waktu")
        if key == "needed":
            return QCoreApplication.translate("FormationSource", "Kebutuhan menurut analisis beban kerja")
        if key == "approved":
            return QCoreApplication.translate("FormationSource", "Formasi yang disetujui")
        if key == "in_post":
            return QCoreApplication.translate("FormationSource", "Bezetting: pegawai aktif pada unit dan jabatan ini")
        if key == "vacancies":
            return QCoreApplication.translate("FormationSource", "Kebutuhan dikurangi yang terisi (paling sedikit 0)")
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key in NUMBER_KEYS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
