"""The Jabatan tab: every jabatan with its jenis, jenjang and BUP, and a form that adds one, or changes or
deletes the one picked in the list (each an undoable command, see commands.py). The BUP field shows the
default for the choices made; a value the clerk types in is kept for this jabatan, the default is stored
as "follows the rule" (no value)."""

from __future__ import annotations

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
    QMessageBox,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.organization.commands import OrganizationCommands, command_text
from gui.dialogs.organization.confirm import ask_to_delete
from gui.dialogs.organization.field_rows import FieldRows
from gui.dialogs.organization.record_page import RecordPage
from models.rules.errors import RuleError
from models.rules.formatting import format_number
from models.rules.retirement import MAX_BUP, MIN_BUP, default_bup
from models.services.audit import Actor
from models.services.organization_changes import position_versions
from models.services.queries.organization import PositionRow, position_rows
from models.storage.database import Database
from models.vocabulary import JenisJabatan, Jenjang, PositionGroup

ID_ROLE = Qt.ItemDataRole.UserRole


class PositionsPage(RecordPage):
    """`table` (a flat tree, columns NAME ... HOLDERS); `form_group` with its fields in `fields.inputs` (name,
    jenis_jabatan, group, jenjang, bup), `bup_hint`, `add_button` while adding; `save_button`, `delete_button`,
    `new_button` while `editing` the jabatan picked in the list; `status`. `position_added(id)` fires after a
    jabatan is stored."""

    record_kind = "position"

    NAME, JENIS, GROUP, JENJANG, BUP, HOLDERS = range(6)
    position_added = Signal(int)

    def __init__(self, db: Database, actor: Actor, *, can_edit: bool, commands: OrganizationCommands,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positions_page")
        self.db = db
        self.actor = actor
        self.commands = commands
        self.rows: list[PositionRow] = []
        self.versions: dict[int, int] = {}
        self.editing: PositionRow | None = None  # the jabatan the form shows; None while adding
        self._quiet_selection = False  # selecting in code (after an add) does not open the jabatan for editing
        self.bup_default: int | None = None
        self.bup_overridden = False

        self.search = QLineEdit(self)
        self.search.setObjectName("positions_search")
        self.search.setPlaceholderText(self.tr("Cari jabatan…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("positions_table")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Jabatan"), self.tr("Jenis"), self.tr("Kelompok"), self.tr("Jenjang"),
                                    self.tr("BUP"), self.tr("Pemangku aktif")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(self.JENIS, self.HOLDERS + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("Belum ada jabatan. Tambahkan jabatan yang dipangku pegawai, mis. "
                                          "Guru Ahli Pertama atau Pengadministrasi Perkantoran."), self)
        self.empty_label.setObjectName("positions_empty")
        self.empty_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty_label)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self._form_group(can_edit))
        self.search.textChanged.connect(self._on_search_text_changed)
        commands.changed.connect(self._on_commands_changed)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemClicked.connect(self._on_table_item_clicked)
        self._update_choices()
        self.reload()

    def _form_group(self, can_edit: bool) -> QGroupBox:
        group = QGroupBox(self.tr("Tambah jabatan"), self)
        group.setObjectName("position_form")
        self.form_group = group
        form = QFormLayout(group)
        self.fields = FieldRows(form, group)
        self.name = self.fields.add("name", self.tr("&Nama jabatan:"), QLineEdit(group))
        self.name.setPlaceholderText(self.tr("mis. Guru Ahli Pertama"))
        self.jenis_jabatan = self.fields.add("jenis_jabatan", self.tr("J&enis jabatan:"), QComboBox(group))
        for jenis in JenisJabatan:
            self.jenis_jabatan.addItem(jenis.label, jenis.value)
        self.jenis_jabatan.setCurrentIndex(self.jenis_jabatan.findData(JenisJabatan.FUNGSIONAL.value))
        self.group = self.fields.add("group", self.tr("&Kelompok:"), QComboBox(group))
        for position_group in PositionGroup:
            self.group.addItem(position_group.label, position_group.value)
        self.jenjang_hint = self.fields.hint("hint_jenjang")
        self.jenjang = self.fields.add("jenjang", self.tr("Jenjan&g:"), QComboBox(group), self.jenjang_hint)
        self.jenjang.addItem(self.tr("— pilih jenjang —"), None)
        for level in Jenjang:
            self.jenjang.addItem(level.label, level.value)
        self.bup_hint = self.fields.hint("hint_bup")
        self.bup = self.fields.add("bup", self.tr("&BUP:"), QSpinBox(group), self.bup_hint)
        # One below the range stands for "not known yet": a JF's default waits for its jenjang.
        self.bup.setRange(MIN_BUP - 1, MAX_BUP)
        self.bup.setSpecialValueText(self.tr("— menurut jenjang —"))
        self.bup.setSuffix(self.tr(" tahun"))
        self.bup.setToolTip(self.tr("Batas usia pensiun. Biarkan bawaannya kecuali jabatan ini diatur lain oleh "
                                    "undang-undangnya."))
        self.viewer_text = self.tr("Peran Anda hanya dapat melihat; jabatan ditambahkan dan diubah oleh operator "
                                   "atau admin.")
        self.buttons = self.fields.finish(
            button_text=self.tr("&Tambah jabatan"), button_name="add_position", on_click=self._on_add_button_clicked,
            enter_from=self.name, status_name="positions_status", can_edit=can_edit, viewer_text=self.viewer_text)
        self.add_button, self.status = self.buttons.add, self.buttons.status
        self.save_button, self.delete_button, self.new_button = self.buttons.save, self.buttons.delete, self.buttons.new
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.can_edit = can_edit
        for widget in (self.name, self.jenis_jabatan, self.group, self.jenjang, self.bup):
            widget.setEnabled(can_edit)
        for combo in (self.jenis_jabatan, self.group, self.jenjang):
            combo.currentIndexChanged.connect(self._update_choices)
        self.bup.valueChanged.connect(self._on_bup_value_changed)
        return group

    # ---- reading ----

    def reload(self, select: int | None = None) -> None:
        """Read the jabatan again; one being edited is shown as it is now (adding again if it is gone)."""
        with self.db.session_factory() as session:
            self.rows = position_rows(session)
            self.versions = position_versions(session)
        if self.editing is not None:
            row = next((r for r in self.rows if r.id == self.editing.id), None)
            if row is None:
                self.start_adding()
            else:
                if row != self.editing:  # changed (or undone): show it as it is; else keep what is typed
                    self.edit(row)
                self.editing = row
                select = row.id
        self._quiet_selection = True
        self.table.clear()
        for row in self.rows:
            item = QTreeWidgetItem(self.table)
            item.setText(self.NAME, row.name)
            item.setToolTip(self.NAME, row.name)  # a long name is cut off in the column
            item.setText(self.JENIS, row.jenis_jabatan.label)
            item.setText(self.GROUP, row.group.label)
            item.setText(self.JENJANG, row.jenjang.label if row.jenjang else "")
            if row.own_bup is not None:
                item.setText(self.BUP, self.tr("{bup} (khusus)").format(bup=row.bup))
                item.setToolTip(self.BUP, self.tr("Diisi khusus untuk jabatan ini; bawaannya berbeda."))
            else:
                item.setText(self.BUP, str(row.bup))
            item.setText(self.HOLDERS, format_number(row.holders))
            for column in (self.BUP, self.HOLDERS):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(self.NAME, ID_ROLE, row.id)
            if row.id == select:
                self.table.setCurrentItem(item)
                self.table.scrollToItem(item)
        self._quiet_selection = False
        self.empty_label.setVisible(not self.rows)
        self._on_search_text_changed(self.search.text())

    # ---- the form's choices ----

    def chosen_jenjang(self) -> str | None:
        return self.jenjang.currentData() if self.jenis_jabatan.currentData() == JenisJabatan.FUNGSIONAL else None

    def _update_choices(self, _index: int = 0) -> None:
        fungsional = self.jenis_jabatan.currentData() == JenisJabatan.FUNGSIONAL.value
        self.jenjang.setEnabled(fungsional and self.can_edit)
        if not fungsional:  # a disabled "Ahli Muda" beside a pelaksana would read as if it were stored
            self.jenjang.blockSignals(True)
            self.jenjang.setCurrentIndex(0)
            self.jenjang.blockSignals(False)
        self.jenjang_hint.setText(self.tr("Wajib untuk jabatan fungsional: BUP bergantung padanya.") if fungsional
                                  else self.tr("Hanya untuk jabatan fungsional."))
        try:
            self.bup_default = default_bup(self.jenis_jabatan.currentData(), self.chosen_jenjang(),
                                           self.group.currentData())
        except RuleError:  # a JF without jenjang: its default is not known yet
            self.bup_default = None
        if self.bup_overridden and self.bup.value() == self.bup_default:
            self.bup_overridden = False  # the typed value is the default now: follow the rule from here on
        if not self.bup_overridden:
            self.bup.blockSignals(True)
            self.bup.setValue(self.bup_default if self.bup_default is not None else self.bup.minimum())
            self.bup.blockSignals(False)
        self._show_bup_hint()

    def _on_bup_value_changed(self, value: int) -> None:
        self.bup_overridden = value >= MIN_BUP and value != self.bup_default
        self._show_bup_hint()

    def _show_bup_hint(self) -> None:
        if self.bup_default is None:
            text = self.tr("Bawaan mengikuti jenjang: pilih jenjangnya dulu.")
        elif self.bup_overridden:
            text = self.tr("Bawaan untuk pilihan ini {default} tahun; diisi lain khusus untuk jabatan ini.").format(
                default=self.bup_default)
        else:
            text = self.tr("Bawaan untuk pilihan ini: {default} tahun (PP 11/2017; guru menurut UU 14/2005).").format(
                default=self.bup_default)
        self.bup_hint.setText(text)

    # ---- adding ----

    def form_values(self) -> dict:
        """What the form says, as the keyword arguments of create_position / update_position."""
        return {"name": self.name.text(), "jenis_jabatan": self.jenis_jabatan.currentData(),
                "group": self.group.currentData(), "jenjang": self.chosen_jenjang(),
                "bup": self.bup.value() if self.bup_overridden else None}

    def add_position(self) -> int | None:
        """Store the jabatan the form describes; returns its id, or None with the problems shown."""
        values = self.form_values()
        position_id, failed = self.commands.add("position", command_text("position", "add", values["name"]), values)
        if failed is not None:
            self._show_failure(failed)
            return None
        self.fields.clear()
        bup = values["bup"]
        self.status.setText(self.tr("Jabatan {name} ditambahkan (BUP {bup} tahun).").format(
            name=values["name"].strip(), bup=bup if bup is not None else self.bup_default))
        self.name.clear()
        self.bup_overridden = False  # a BUP typed for this jabatan is not carried over to the next one
        self._update_choices()
        self.reload(select=position_id)
        self.name.setFocus()
        self.position_added.emit(position_id)
        return position_id

    def _on_add_button_clicked(self) -> None:
        self.add_position()

    # ---- editing ----

    def edit(self, row: PositionRow) -> None:
        """Show `row` in the form, to change or delete it."""
        self.editing = row
        for combo, value in ((self.jenis_jabatan, row.jenis_jabatan.value), (self.group, row.group.value),
                             (self.jenjang, row.jenjang.value if row.jenjang else None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.bup_overridden = row.own_bup is not None
        self._update_choices()
        if row.own_bup is not None:
            self.bup.blockSignals(True)
            self.bup.setValue(row.own_bup)
            self.bup.blockSignals(False)
            self._show_bup_hint()
        self.name.setText(row.name)
        self.form_group.setTitle(self.tr("Ubah jabatan"))
        self.buttons.set_editing(True)
        self.fields.clear()

    def start_adding(self) -> None:
        """Back to an empty form that adds a jabatan (the choices of the one shown stay as a start)."""
        self.editing = None
        self.name.clear()
        self.bup_overridden = False
        self._update_choices()
        self.form_group.setTitle(self.tr("Tambah jabatan"))
        self.buttons.set_editing(False)
        self.fields.clear()
        self._quiet_selection = True
        self.table.clearSelection()
        self._quiet_selection = False

    def save_changes(self) -> bool:
        """Store the form over the jabatan being edited; False with the problems shown."""
        row = self.editing
        if row is None:
            return False
        old = {"name": row.name, "jenis_jabatan": row.jenis_jabatan.value, "group": row.group.value,
               "jenjang": row.jenjang.value if row.jenjang else None, "bup": row.own_bup}
        return self.store_edit(old, lambda name: self.tr("Perubahan jabatan {name} disimpan.").format(name=name))

    def ask_to_delete(self) -> QMessageBox | None:
        """Ask before deleting the jabatan being edited (non-blocking); "Hapus" deletes it."""
        row = self.editing
        if row is None:
            return None
        question = self.tr("Hapus jabatan {name}? Jabatan yang masih dipangku pegawai, tercatat di formasi atau "
                           "riwayat jabatan tidak dapat dihapus. Dapat diurungkan dengan Ctrl+Z.").format(name=row.name)
        return ask_to_delete(self, self.tr("Hapus jabatan"), question, self.delete_position)

    def delete_position(self) -> bool:
        """Delete the jabatan being edited (the service refuses one in use, and says what uses it)."""
        row = self.delete_edited()
        if row is None:
            return False
        self.status.setText(self.tr("Jabatan {name} dihapus. Urungkan dengan Ctrl+Z bila keliru.").format(
            name=row.name))
        self.table.setFocus()
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

    def _row_of(self, item: QTreeWidgetItem) -> PositionRow | None:
        position_id = item.data(self.NAME, ID_ROLE)
        return next((r for r in self.rows if r.id == position_id), None)

    def _on_table_item_selection_changed(self) -> None:
        items = self.table.selectedItems()
        row = self._row_of(items[0]) if items else None
        if row is not None and not self._quiet_selection:
            self.edit(row)

    def _on_table_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """A click on the jabatan already selected (after an add) opens it too."""
        row = self._row_of(item)
        if row is not None and (self.editing is None or self.editing.id != row.id):
            self.edit(row)

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setHidden(bool(needle) and needle not in item.text(self.NAME).casefold())
