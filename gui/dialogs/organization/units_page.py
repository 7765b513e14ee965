"""The Unit kerja tab: the units as a tree (OPD at the top, schools, puskesmas and kelurahan beneath) and
a form that adds one, or, for the unit the clerk picked in the tree, changes or deletes it. Each step is
an undoable command (commands.py)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.organization.commands import OrganizationCommands, command_text
from gui.dialogs.organization.confirm import ask_to_delete
from gui.dialogs.organization.field_rows import FieldRows
from gui.dialogs.organization.record_page import RecordPage
from gui.dialogs.organization.unit_tree import UnitTree
from models.services.audit import Actor
from models.services.lookups import kecamatan_choices
from models.services.organization_changes import unit_versions
from models.services.queries.organization import UnitRow, unit_rows
from models.storage.database import Database
from models.vocabulary import UnitKind

# Units other units are placed under; any unit that already has some is offered too.
PARENT_KINDS = {UnitKind.OPD, UnitKind.KECAMATAN, UnitKind.BIDANG}


class UnitsPage(RecordPage):
    """`tree` (columns NAME ... EMPLOYEES); `form_group` with its fields in `fields.inputs` (name, kind, parent_id,
    kecamatan), `add_button` while adding; `save_button`, `delete_button`, `new_button` while `editing` the
    unit picked in the tree; `status`. `unit_added(id)` fires after a unit is stored."""

    record_kind = "unit"

    NAME, KIND, KECAMATAN, EMPLOYEES = UnitTree.NAME, UnitTree.KIND, UnitTree.KECAMATAN, UnitTree.EMPLOYEES
    unit_added = Signal(int)

    def __init__(self, db: Database, actor: Actor, *, can_edit: bool, commands: OrganizationCommands,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_page")
        self.db = db
        self.actor = actor
        self.commands = commands
        self.can_edit = can_edit
        self.rows: dict[int, UnitRow] = {}
        self.versions: dict[int, int] = {}
        self.editing: UnitRow | None = None  # the unit the form shows; None while adding
        self._parent_choice: int | None = None  # kept while the kind is OPD, which has no parent
        self._quiet_selection = False  # selecting in code (after an add) does not open the unit for editing
        self._loading = False  # filling the form from a unit, or re-reading: no kecamatan offered on its behalf

        self.search = QLineEdit(self)
        self.search.setObjectName("units_search")
        self.search.setPlaceholderText(self.tr("Cari unit kerja…"))
        self.search.setClearButtonEnabled(True)
        self.tree = UnitTree(self)
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
        commands.changed.connect(self._on_commands_changed)
        self.tree.itemSelectionChanged.connect(self._on_tree_item_selection_changed)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
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
        self.viewer_text = self.tr("Peran Anda hanya dapat melihat; unit kerja ditambahkan dan diubah oleh operator "
                                   "atau admin.")
        self.buttons = self.fields.finish(
            button_text=self.tr("&Tambah unit"), button_name="add_unit", on_click=self._on_add_button_clicked,
            enter_from=self.name, status_name="units_status", can_edit=can_edit, viewer_text=self.viewer_text)
        self.add_button, self.status = self.buttons.add, self.buttons.status
        self.save_button, self.delete_button, self.new_button = self.buttons.save, self.buttons.delete, self.buttons.new
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        for widget in (self.name, self.kind, self.parent_id, self.kecamatan):
            widget.setEnabled(can_edit)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.parent_id.currentIndexChanged.connect(self._on_parent_id_current_index_changed)
        return group

    # ---- reading ----

    def reload(self, select: int | None = None) -> None:
        """Read the units again; a unit being edited is shown as it is now (adding again if it is gone)."""
        with self.db.session_factory() as session:
            rows = unit_rows(session)
            kecamatan = kecamatan_choices(session)
            self.versions = unit_versions(session)
        self.rows = {row.id: row for row in rows}
        self.tree.fill(rows)
        self.empty_label.setVisible(not rows)
        self._loading = self.editing is not None  # the choices are read again, nothing is offered
        self._fill_parents(rows)
        self._fill_kecamatan(kecamatan)
        self._on_kind_current_index_changed()
        self._loading = False
        self._on_search_text_changed(self.search.text())
        if self.editing is not None:
            row = self.rows.get(self.editing.id)
            if row is None:
                self.start_adding()
            else:
                if row != self.editing:  # changed (or undone): show it as it is; else keep what is typed
                    self.edit(row)
                self.editing = row
                select = row.id
        if select is not None:
            self._select_quietly(select)

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
        current, current_name = self.kecamatan.currentData(), self.kecamatan.currentText()
        self.kecamatan.clear()
        self.kecamatan.addItem(self.tr("— tidak diisi —"), None)
        for code, name in choices:
            self.kecamatan.addItem(name, code)
        if current is not None and self.kecamatan.findData(current) < 0:  # a unit's own, not in the region's list
            self.kecamatan.addItem(current_name, current)
        self.kecamatan.setCurrentIndex(max(0, self.kecamatan.findData(current)))

    def _select_quietly(self, unit_id: int) -> None:
        self._quiet_selection = True
        try:
            self.select_unit(unit_id)
        finally:
            self._quiet_selection = False

    def select_unit(self, unit_id: int) -> QTreeWidgetItem | None:
        """Make the unit the tree's current one (the clerk picking it opens it in the form)."""
        return self.tree.select(unit_id)

    def items(self) -> Iterator[QTreeWidgetItem]:
        """Every item of the tree, parents before their children."""
        return self.tree.items()

    # ---- adding ----

    def form_values(self) -> dict:
        """What the form says, as the keyword arguments of create_unit / update_unit."""
        kind = UnitKind(self.kind.currentData())
        code = self.kecamatan.currentData()
        return {"name": self.name.text(), "kind": kind.value,
                "parent_id": None if kind is UnitKind.OPD else self.parent_id.currentData(),
                "kecamatan_code": code, "kecamatan_name": self.kecamatan.currentText() if code else None}

    def add_unit(self) -> int | None:
        """Store the unit the form describes; returns its id, or None with the problems shown."""
        values = self.form_values()
        unit_id, failed = self.commands.add("unit", command_text("unit", "add", values["name"]), values)
        if failed is not None:
            self._show_failure(failed)
            return None
        self.fields.clear()
        kind, parent_id = UnitKind(values["kind"]), values["parent_id"]
        parent = self.rows.get(parent_id) if parent_id is not None else None
        name = self.rows[unit_id].name
        self.status.setText(
            self.tr("{kind} {name} ditambahkan di bawah {parent}.").format(
                kind=kind.label, name=name, parent=parent.name) if parent is not None
            else self.tr("{kind} {name} ditambahkan.").format(kind=kind.label, name=name))
        if kind in PARENT_KINDS:
            self._parent_choice = unit_id  # the next unit most likely goes beneath it
        self.name.clear()
        self._select_quietly(unit_id)
        self.name.setFocus()
        self.unit_added.emit(unit_id)
        return unit_id

    def _on_add_button_clicked(self) -> None:
        self.add_unit()

    # ---- editing ----

    def edit(self, row: UnitRow) -> None:
        """Show `row` in the form, to change or delete it."""
        self.editing = row
        self._loading = True
        self._parent_choice = row.parent_id
        self.kind.setCurrentIndex(self.kind.findData(row.kind.value))
        if row.kecamatan_code and self.kecamatan.findData(row.kecamatan_code) < 0:  # not in the region's list
            self.kecamatan.addItem(row.kecamatan_name or row.kecamatan_code, row.kecamatan_code)
        self.kecamatan.setCurrentIndex(max(0, self.kecamatan.findData(row.kecamatan_code)))
        self._on_kind_current_index_changed()
        self._loading = False
        self.name.setText(row.name)
        self.form_group.setTitle(self.tr("Ubah unit kerja"))
        self.buttons.set_editing(True)
        self.fields.clear()

    def start_adding(self) -> None:
        """Back to an empty form that adds a unit beside the one that was shown (or beneath it)."""
        row, self.editing = self.editing, None
        if row is not None:
            self._parent_choice = row.id if self.parent_id.findData(row.id) > 0 else row.parent_id
            self._select_parent(self._parent_choice)
        self.name.clear()
        self.kecamatan.setCurrentIndex(0)
        self.form_group.setTitle(self.tr("Tambah unit kerja"))
        self.buttons.set_editing(False)
        self.fields.clear()
        self._quiet_selection = True
        self.tree.clearSelection()
        self._quiet_selection = False

    def save_changes(self) -> bool:
        """Store the form over the unit being edited; False with the problems shown."""
        row = self.editing
        if row is None:
            return False
        old = {"name": row.name, "kind": row.kind.value, "parent_id": row.parent_id,
               "kecamatan_code": row.kecamatan_code, "kecamatan_name": row.kecamatan_name}
        return self.store_edit(old, lambda name: self.tr("Perubahan unit {name} disimpan.").format(name=name))

    def ask_to_delete(self) -> QMessageBox | None:
        """Ask before deleting the unit being edited (non-blocking); "Hapus" deletes it."""
        row = self.editing
        if row is None:
            return None
        return ask_to_delete(self, self.tr("Hapus unit kerja"),
                             self.tr("Hapus {kind} {name}? Unit yang masih dipakai pegawai, unit lain atau formasi "
                                     "tidak dapat dihapus. Dapat diurungkan dengan Ctrl+Z.").format(
                                 kind=row.kind.label, name=row.name),
                             self.delete_unit)

    def delete_unit(self) -> bool:
        """Delete the unit being edited (the service refuses one in use, and says what uses it)."""
        row = self.delete_edited()
        if row is None:
            return False
        self.status.setText(self.tr("{kind} {name} dihapus. Urungkan dengan Ctrl+Z bila keliru.").format(
            kind=row.kind.label, name=row.name))
        self.tree.setFocus()
        return True

    def _on_commands_changed(self) -> None:
        """A step went through (here, on the other tab, or an undo from the window): show the list as it is."""
        self.reload()

    def _on_save_button_clicked(self) -> None:
        self.save_changes()

    def _on_delete_button_clicked(self) -> None:
        self.ask_to_delete()

    def _on_new_button_clicked(self) -> None:
        self.start_adding()
        self.status.setText(self.idle_status())
        self.name.setFocus()

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
        if (not self._loading and parent is not None and parent.kind is UnitKind.KECAMATAN and parent.kecamatan_code
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
        row = self.rows.get(self.tree.unit_id(items[0]))
        if row is None:
            return
        if not self._quiet_selection:
            self.edit(row)
            return
        # Selected after an add: a new unit goes beside it, or beneath it when it is one others are placed under.
        target = row.id if self.parent_id.findData(row.id) > 0 else row.parent_id
        if target is not None:
            self._parent_choice = target
            self._select_parent(target)

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """A click on the unit already selected (after an add) opens it too."""
        row = self.rows.get(self.tree.unit_id(item))
        if row is not None and (self.editing is None or self.editing.id != row.id):
            self.edit(row)

    def _on_search_text_changed(self, text: str) -> None:
        self.tree.filter(text)
