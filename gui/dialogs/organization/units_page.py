"""The Unit kerja tab: the units as a tree (OPD at the top, schools, puskesmas and kelurahan beneath) and
a form that adds one through organization.create_unit."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.organization.field_rows import FieldRows
from gui.errors import show_error
from models.database import Database
from models.rules.formatting import format_number
from models.services.audit import Actor
from models.services.errors import DomainError, ValidationFailed
from models.services.lookups import kecamatan_choices
from models.services.organization import create_unit
from models.services.queries.organization import UnitRow, unit_rows
from models.vocabulary import UnitKind

ID_ROLE = Qt.ItemDataRole.UserRole
# Units other units are placed under; any unit that already has some is offered too.
PARENT_KINDS = {UnitKind.OPD, UnitKind.KECAMATAN, UnitKind.BIDANG}
EXPAND_ALL_UP_TO = 300  # units; a larger tree opens with its OPD closed


class UnitsPage(QWidget):
    """`tree` (columns NAME ... EMPLOYEES); `form_group` with its fields in `fields.inputs` (name, kind, parent_id,
    kecamatan), `add_button`, `status`. `unit_added(id)` fires after a unit is stored."""

    NAME, KIND, KECAMATAN, EMPLOYEES = range(4)
    unit_added = Signal(int)

    def __init__(self, db: Database, actor: Actor, *, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_page")
        self.db = db
        self.actor = actor
        self.rows: dict[int, UnitRow] = {}
        self._parent_choice: int | None = None  # kept while the kind is OPD, which has no parent

        self.search = QLineEdit(self)
        self.search.setObjectName("units_search")
        self.search.setPlaceholderText(self.tr("Cari unit kerja…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("units_tree")
        self.tree.setHeaderLabels([self.tr("Unit kerja"), self.tr("Jenis"), self.tr("Kecamatan"),
                                   self.tr("Pegawai aktif")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (self.KIND, self.KECAMATAN, self.EMPLOYEES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("Belum ada unit kerja. Mulailah dengan OPD-nya (mis. Dinas Pendidikan), "
                                          "lalu tambahkan sekolah, puskesmas atau kelurahan di bawahnya."), self)
        self.empty_label.setObjectName("units_empty")
        self.empty_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.tree, 1)
        left.addWidget(self.empty_label)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self._form_group(can_edit))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tree.itemSelectionChanged.connect(self._on_tree_item_selection_changed)
        self.reload()

    def _form_group(self, can_edit: bool) -> QGroupBox:
        group = QGroupBox(self.tr("Tambah unit kerja"), self)
        group.setObjectName("unit_form")
        self.form_group = group
        form = QFormLayout(group)
        self.fields = FieldRows(form, group)
        self.name = self.fields.add("name", self.tr("&Nama unit:"), QLineEdit(group))
        self.name.setPlaceholderText(self.tr("mis. SD Negeri 1 Pahandut"))
        self.kind = self.fields.add("kind", self.tr("J&enis:"), QComboBox(group))
        for kind in UnitKind:
            self.kind.addItem(kind.label, kind.value)
        self.parent_hint = self.fields.hint("hint_parent_id")
        self.parent_id = self.fields.add("parent_id", self.tr("Unit &induk:"), QComboBox(group), self.parent_hint)
        self.kecamatan = self.fields.add("kecamatan", self.tr("&Kecamatan:"), QComboBox(group))
        self.add_button, self.status = self.fields.finish(
            button_text=self.tr("&Tambah unit"), button_name="add_unit", on_click=self._on_add_button_clicked,
            enter_from=self.name, status_name="units_status", can_edit=can_edit,
            viewer_text=self.tr("Peran Anda hanya dapat melihat; unit kerja ditambahkan oleh operator atau admin."))
        for widget in (self.name, self.kind, self.parent_id, self.kecamatan):
            widget.setEnabled(can_edit)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.parent_id.currentIndexChanged.connect(self._on_parent_id_current_index_changed)
        return group

    # ---- reading ----

    def reload(self, select: int | None = None) -> None:
        with self.db.session_factory() as session:
            rows = unit_rows(session)
            kecamatan = kecamatan_choices(session)
        self.rows = {row.id: row for row in rows}
        self._fill_tree(rows)
        self._fill_parents(rows)
        self._fill_kecamatan(kecamatan)
        self._on_kind_current_index_changed()
        self._on_search_text_changed(self.search.text())
        if select is not None:
            self.select_unit(select)

    def _fill_tree(self, rows: list[UnitRow]) -> None:
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for row in rows:
            parent = items.get(row.parent_id) if row.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setText(self.NAME, row.name)
            item.setToolTip(self.NAME, row.name)  # a long name is cut off in the column
            item.setText(self.KIND, row.kind.label)
            item.setText(self.KECAMATAN, row.kecamatan_name or "")
            item.setText(self.EMPLOYEES, format_number(row.employees_beneath))
            item.setTextAlignment(self.EMPLOYEES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(self.NAME, ID_ROLE, row.id)
            items[row.id] = item
        if len(rows) <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        self.empty_label.setVisible(not rows)

    def _fill_parents(self, rows: list[UnitRow]) -> None:
        has_children = {row.parent_id for row in rows if row.parent_id is not None}
        candidates = [row for row in rows if row.kind in PARENT_KINDS or row.id in has_children]
        self.parent_id.blockSignals(True)
        self.parent_id.clear()
        self.parent_id.addItem(self.tr("— tidak ada (unit teratas) —"), None)
        for row in sorted(candidates, key=lambda r: r.depth):  # OPD first, in tree order
            parent = self.rows.get(row.parent_id) if row.parent_id is not None else None
            label = f"{row.name} — {parent.name}" if parent is not None else row.name
            self.parent_id.addItem(label, row.id)
        self.parent_id.blockSignals(False)
        self._select_parent(self._parent_choice)

    def _fill_kecamatan(self, choices: list[tuple[str, str]]) -> None:
        current = self.kecamatan.currentData()
        self.kecamatan.clear()
        self.kecamatan.addItem(self.tr("— tidak diisi —"), None)
        for code, name in choices:
            self.kecamatan.addItem(name, code)
        self.kecamatan.setCurrentIndex(max(0, self.kecamatan.findData(current)))

    def select_unit(self, unit_id: int) -> QTreeWidgetItem | None:
        for item in self.items():
            if item.data(self.NAME, ID_ROLE) == unit_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return item
        return None

    def items(self) -> Iterator[QTreeWidgetItem]:
        """Every item of the tree, parents before their children."""
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            yield iterator.value()
            iterator += 1

    # ---- adding ----

    def add_unit(self) -> int | None:
        """Store the unit the form describes; returns its id, or None with the problems shown."""
        kind = UnitKind(self.kind.currentData())
        parent_id = None if kind is UnitKind.OPD else self.parent_id.currentData()
        code = self.kecamatan.currentData()
        try:
            unit = create_unit(self.db, self.actor, name=self.name.text(), kind=kind.value, parent_id=parent_id,
                               kecamatan_code=code, kecamatan_name=self.kecamatan.currentText() if code else None)
        except ValidationFailed as exc:
            self.fields.show_problems(exc.problems)
            self.status.clear()
            return None
        except DomainError as exc:  # not allowed for this role
            self.fields.show_general(exc.message)
            show_error(self, exc)
            return None
        self.fields.clear()
        parent = self.rows.get(parent_id) if parent_id is not None else None
        self.status.setText(
            self.tr("{kind} {name} ditambahkan di bawah {parent}.").format(
                kind=kind.label, name=unit.name, parent=parent.name) if parent is not None
            else self.tr("{kind} {name} ditambahkan.").format(kind=kind.label, name=unit.name))
        if kind in PARENT_KINDS:
            self._parent_choice = unit.id  # the next unit most likely goes beneath it
        self.name.clear()
        self.reload(select=unit.id)
        self.name.setFocus()
        self.unit_added.emit(unit.id)
        return unit.id

    def _on_add_button_clicked(self) -> None:
        self.add_unit()

    # ---- reacting ----

    def _on_kind_current_index_changed(self, _index: int = 0) -> None:
        is_opd = self.kind.currentData() == UnitKind.OPD.value
        hint = self.parent_hint
        if is_opd:
            self.parent_id.blockSignals(True)
            self.parent_id.setCurrentIndex(0)
            self.parent_id.blockSignals(False)
            hint.setText(self.tr("OPD berada di puncak: tanpa unit induk."))
        else:
            self._select_parent(self._parent_choice)
            self._offer_parent_kecamatan()
            hint.setText(self.tr("Sekolah dan puskesmas di bawah dinasnya; kelurahan di bawah kecamatannya."))
        self.parent_id.setEnabled(not is_opd and self.add_button.isEnabled())

    def _on_parent_id_current_index_changed(self, _index: int) -> None:
        if self.kind.currentData() == UnitKind.OPD.value:
            return
        self._parent_choice = self.parent_id.currentData()
        self._offer_parent_kecamatan()

    def _offer_parent_kecamatan(self) -> None:
        """A kelurahan lies in the kecamatan of the kecamatan office above it: offer that, if none is chosen."""
        parent = self.rows.get(self.parent_id.currentData())
        if (parent is not None and parent.kind is UnitKind.KECAMATAN and parent.kecamatan_code
                and self.kecamatan.currentData() is None):
            self.kecamatan.setCurrentIndex(max(0, self.kecamatan.findData(parent.kecamatan_code)))

    def _select_parent(self, unit_id: int | None) -> None:
        if self.kind.currentData() == UnitKind.OPD.value:
            return
        self.parent_id.setCurrentIndex(max(0, self.parent_id.findData(unit_id)))

    def _on_tree_item_selection_changed(self) -> None:
        items = self.tree.selectedItems()
        if not items:
            return
        row = self.rows.get(items[0].data(self.NAME, ID_ROLE))
        if row is None:
            return
        # A new unit goes beside the selected one, or beneath it when it is a unit others are placed under.
        target = row.id if self.parent_id.findData(row.id) > 0 else row.parent_id
        if target is not None:
            self._parent_choice = target
            self._select_parent(target)

    def _on_search_text_changed(self, text: str) -> None:
        """Show the units whose name holds `text`, with the units above them (to see where they are)."""
        needle = text.strip().casefold()
        for item in self.items():
            item.setHidden(bool(needle))
        if not needle:
            return
        for item in self.items():
            if needle in item.text(self.NAME).casefold():
                while item is not None and item.isHidden():
                    item.setHidden(False)
                    if item.parent() is not None:
                        item.parent().setExpanded(True)
                    item = item.parent()
