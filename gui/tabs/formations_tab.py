"""The Formasi tab: needs and approvals per unit, jabatan and year, with the staff in post, vacancies and
coming retirements; grouped OPD -> unit, shortages marked, Kebutuhan editable in place with undo.

Why a flat paged table and not a tree: 41,000 formations on 5,000 units still page in 256 rows at a time
and sort in the database by any column (the worst shortages first, across the whole office), and the
selection, editing and undo work on plain rows. In the default OPD order the rows read as a tree: a line
and the OPD name in bold where an OPD begins, the OPD, unit and kecamatan faint where they repeat.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QSpinBox, QStyleOptionViewItem, QWidget

from gui.errors import show_error
from gui.table_models.formations import (
    GROUP_START_ROLE,
    RETIRING_COLOR,
    SHORTAGE_COLOR,
    FormationSource,
    FormationTableModel,
)
from gui.table_models.paged import PAGE_SIZE, SessionFactory
from gui.tabs.table_tab import FullTextTooltipDelegate, TableTab
from gui.undo import ServiceCommand
from gui.widgets.filter_bar import FilterBar
from gui.widgets.legend import Legend
from gui.widgets.unit_picker import load_units
from models import clock
from models.rules.formatting import format_number
from models.services.formations import update_formation_needs
from models.services.lookups import formation_year_choices, kecamatan_choices
from models.services.queries import FormationFilter, FormationRow, formation_rows
from models.vocabulary import ProcurementKind

if TYPE_CHECKING:
    from gui.context import AppContext

MAX_NEEDED = 100_000


class FormationDelegate(FullTextTooltipDelegate):
    """A line above the first row of each OPD, and a spin box (0 or more) to edit Kebutuhan."""

    def __init__(self, needed_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needed_column = needed_column

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if index.row() > 0 and index.data(GROUP_START_ROLE):
            painter.save()
            painter.setPen(option.palette.dark().color())
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() != self.needed_column:
            return super().createEditor(parent, option, index)
        editor = QSpinBox(parent)
        editor.setObjectName("formations_needed_editor")
        editor.setRange(0, MAX_NEEDED)
        editor.setGroupSeparatorShown(False)
        editor.setFrame(False)
        return editor


class FormationsTab(TableTab):
    object_prefix = "formations"
    column_samples: ClassVar[dict[str, str]] = {
        "year": "2026", "opd": "Dinas Kesehatan Daerah", "kecamatan": "Jekan Raya",
        "position": "Analis Kebijakan Ahli Muda", "procurement_kind": "PPPK Paruh Waktu", "needed": "1.000",
        "approved": "1.000", "in_post": "1.000", "vacancies": "⚠ 1.000", "retiring_1y": "1.000",
        "retiring_5y": "1.000",
    }
    stretch_key = "unit"
    fixed_key = "position"
    model: FormationTableModel

    def __init__(self, session_factory: SessionFactory, *, page_size: int = PAGE_SIZE,
                 today: Callable[[], date] | None = None, context: AppContext | None = None,
                 parent: QWidget | None = None) -> None:
        self._today = today or (context.today if context is not None else clock.today)
        # Sorts by the computed numbers cost 0.1-0.2 s at 41,000 formations: reloads run in a worker.
        model = FormationTableModel(FormationSource(self._today), session_factory, page_size=page_size,
                                    background=True)
        super().__init__(model, parent)
        self.context = context
        self._session_factory = session_factory
        self.table.setItemDelegate(FormationDelegate(model.column_of("needed"), self.table))
        if context is not None:
            model.needs_editor = self._on_needs_edited
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed)
        self._build_filters()
        self.legend = Legend([
            (SHORTAGE_COLOR, self.tr("⚠ Kurang: yang menjabat lebih sedikit dari kebutuhan")),
            (RETIRING_COLOR, self.tr("Ada yang mencapai batas usia pensiun dalam 1 tahun")),
            (None, self.tr("Kebutuhan dapat diubah: klik dua kali atau F2; Ctrl+Z mengurungkan")
             if context is not None else ""),
        ], self)
        self.legend.setObjectName("formations_legend")
        self.add_below_table(self.legend)

    def placeholder_text(self) -> str:
        return self.tr("Cari unit kerja atau jabatan…")

    def count_text(self, total: str) -> str:
        return self.tr("{total} formasi").format(total=total)

    def empty_message(self) -> tuple[str, str]:
        return (self.tr("Belum ada formasi."),
                self.tr("Formasi (kebutuhan pegawai per unit kerja, jabatan dan tahun) belum tercatat di basis data "
                        "ini. Setelah tercatat, yang menjabat, kekosongan dan pensiun dihitung dari data pegawai, "
                        "dan Kebutuhan dapat diubah di sini."))

    def current_filter(self) -> FormationFilter:
        values: dict[str, Any] = self.filter_bar.values() if self.filter_bar is not None else {}
        return FormationFilter(**values)

    # ---- editing ----

    def _on_needs_edited(self, row: FormationRow, needed: int) -> bool:
        assert self.context is not None
        db, actor = self.context.db, self.context.actor
        state = {"version": row.version}
        old = row.needed

        def write(value: int) -> Callable[[], None]:
            def call() -> None:
                state["version"] = update_formation_needs(db, row.id, value, actor, expected_version=state["version"])
            return call

        text = self.tr("Ubah kebutuhan {position} di {unit} ({year}): {old} → {new}").format(
            position=row.position_name, unit=row.unit_name, year=row.year, old=format_number(old),
            new=format_number(needed))
        command = ServiceCommand(text, write(needed), write(old), on_done=lambda: self.reload_rows([row.id]),
                                 on_error=lambda exc: show_error(self, exc))
        self.context.undo_stack.push(command)
        return command.failed is None

    def reload_rows(self, ids: list[int]) -> None:
        """Read these formations again and put them in place, keeping the scroll position."""
        with self._session_factory() as session:
            rows = formation_rows(session, ids, today=self._today())
        self.model.replace_rows(rows)

    # ---- filters ----

    def _build_filters(self) -> None:
        with self._session_factory() as session:
            kecamatan = kecamatan_choices(session)
            years = formation_year_choices(session)
        bar = FilterBar(self.object_prefix, self)
        bar.add_combo("year", self.tr("Tahun"), self.tr("Semua tahun"), [(str(y), y) for y in years])
        bar.add_unit("unit_id", self.tr("OPD/unit"), lambda: load_units(self._session_factory)).setToolTip(
            self.tr("OPD atau unit kerja beserta unit di bawahnya; ketik sebagian nama lalu pilih"))
        bar.add_combo("kecamatan_code", self.tr("Kecamatan"), self.tr("Semua kecamatan"),
                      [(name, code) for code, name in kecamatan])
        bar.add_combo("procurement_kind", self.tr("Pengadaan"), self.tr("Semua pengadaan"),
                      [(k.label, k) for k in ProcurementKind])
        bar.add_check("shortage_only", self.tr("Hanya yang kurang"),
                      self.tr("Hanya formasi yang terisi lebih sedikit dari kebutuhannya"))
        bar.reset_button.setEnabled(False)
        bar.changed.connect(self._on_filter_bar_changed)
        self.set_filter_bar(bar)

    def _on_filter_bar_changed(self) -> None:
        self.model.set_filters(self.current_filter())
