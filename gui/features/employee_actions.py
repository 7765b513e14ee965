"""Employee actions of the Pegawai tab: Tambah pegawai (Ctrl+N), Ubah (Enter, double-click), Hapus (Delete,
asks first) and Akhiri (pensiun/berhenti). Every change is undoable (Ctrl+Z / Ctrl+Y)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from gui.dialogs.employee_form import EmployeeForm, ask_yes_no
from gui.dialogs.end_employment import EndEmploymentDialog
from gui.errors import show_error
from gui.features.employee_commands import EmployeeCommands
from gui.widgets.record_history import RecordHistoryTable
from models.rules.nik_region import nik_region_name
from models.rules.nip import format_nip
from models.services.employee_removal import ids_with_contracts
from models.services.employees import load_employee_record
from models.services.errors import DomainError
from models.services.lookups import position_choices, unit_choices
from models.vocabulary import EmploymentState

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from models.services.queries import EmployeeRow

WARM_UP_DELAY_MS = 1500


class EmployeeActions(QObject):
    """Owns the actions, the open form and the commands (`window.employee_actions`).

    `confirm(parent, title, text) -> bool` asks the clerk; tests replace it so no modal box blocks them.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("employee_actions")
        self.window = window
        self.context = window.context
        self.tab = window.employees_tab
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.dialog: QDialog | None = None  # the form or dialog opened last (tests read it)
        self.commands = EmployeeCommands(self.context, self._on_employee_changed, self._on_command_failed)

        self.action_new = self._action("action_new_employee", self.tr("&Tambah pegawai"), QKeySequence("Ctrl+N"),
                                       self.open_new)
        self.action_new.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_edit = self._action("action_edit_employee", self.tr("&Ubah"), None, self.open_edit_current)
        self.action_edit.setToolTip(self.tr("Ubah data pegawai terpilih (Enter atau klik ganda)"))
        self.action_delete = self._action("action_delete_employee", self.tr("&Hapus"), QKeySequence("Delete"),
                                          self.delete_selected)
        # Only while the list has the focus: Delete in the search box deletes text.
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_end = self._action("action_end_employee", self.tr("A&khiri kepegawaian…"), None,
                                       self.open_end_current)
        self.action_end.setToolTip(self.tr("Catat pegawai terpilih pensiun atau berhenti"))

        self.tab.add_action(self.action_new)
        self.tab.add_action(self.action_edit, selection=True)
        self.tab.add_action(self.action_delete, selection=True)
        self.tab.add_action(self.action_end, selection=True)
        window.addAction(self.action_new)  # Ctrl+N from any tab
        window.menu_edit.addSeparator()
        for action in (self.action_new, self.action_edit, self.action_delete, self.action_end):
            window.menu_edit.addAction(action)
        self.tab.row_activated.connect(self._on_tab_row_activated)
        # The region names behind the NIK line take about 0.5 s to load: do it once the window is idle,
        # not on the first form's time.
        QTimer.singleShot(WARM_UP_DELAY_MS, self, _load_region_names_in_background)

    def _action(self, name: str, text: str, shortcut: QKeySequence | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # ---- the form ----

    def open_new(self) -> EmployeeForm:
        return self._open_form(None)

    def open_edit_current(self) -> EmployeeForm | None:
        row = self.tab.current_row() or next(iter(self.tab.selected_rows()), None)
        return self.open_edit(row.id) if row is not None else None

    def open_edit(self, employee_id: int) -> EmployeeForm | None:
        try:
            with self.context.session_factory() as session:
                record = load_employee_record(session, employee_id)
        except Exception as exc:
            show_error(self.window, exc)
            return None
        return self._open_form(record)

    def _open_form(self, record: Any) -> EmployeeForm:
        with self.context.session_factory() as session:
            units, positions = unit_choices(session), position_choices(session)
        form = EmployeeForm(units=units, positions=positions, submit=self.commands.save, today=self.context.today,
                            record=record, confirm=lambda *args: self.confirm(*args), parent=self.window)
        if record is not None:  # who changed what in this record, from the audit log
            history = RecordHistoryTable(form.view.histories)
            history.show_record(self.context.db, "employee", record.uuid)
            form.view.histories.addTab(history, self.tr("Riwayat perubahan ({n})").format(n=history.rowCount()))
            form.record_history = history
        form.finished.connect(form.deleteLater)
        self.dialog = form
        form.open()
        return form

    def _on_tab_row_activated(self, row: EmployeeRow) -> None:
        self.open_edit(row.id)

    # ---- delete ----

    def delete_selected(self) -> None:
        """Ask, then delete the selected employees (one undo step). Those with a work contract are never
        deleted: they are named, and the clerk is pointed to Akhiri."""
        rows = self.tab.selected_rows()
        if not rows:
            return
        with self.context.session_factory() as session:
            blocked = ids_with_contracts(session, [r.id for r in rows])
        kept = [r for r in rows if r.id in blocked]
        rows = [r for r in rows if r.id not in blocked]
        note = ""
        if kept:
            note = self.tr("{names} tidak dapat dihapus karena memiliki perjanjian kerja (dokumen bernomor). "
                           "Gunakan Akhiri kepegawaian untuk pegawai yang keluar.").format(names=_names(kept))
            if not rows:
                show_error(self.window, DomainError(note))
                return
        if len(rows) == 1:
            row = rows[0]
            question = self.tr("Hapus pegawai {name} (NIP {nip})?").format(name=row.name, nip=_nip(row))
        else:
            question = self.tr("Hapus {n} pegawai: {names}?").format(n=len(rows), names=_names(rows))
        question += "\n\n" + self.tr("Riwayat golongan, jabatan dan pendidikannya ikut terhapus. "
                                     "Ctrl+Z mengembalikannya.")
        if note:
            question += "\n\n" + note
        if not self.confirm(self.window, self.tr("Hapus pegawai"), question):
            return
        stack = self.context.undo_stack
        if len(rows) > 1:
            stack.beginMacro(self.tr("Hapus {n} pegawai").format(n=len(rows)))
        try:
            for row in rows:
                self.commands.delete(row.id, row.version, row.name)
        finally:
            if len(rows) > 1:
                stack.endMacro()

    # ---- end ----

    def open_end_current(self) -> EndEmploymentDialog | None:
        row = self.tab.current_row() or next(iter(self.tab.selected_rows()), None)
        if row is None:
            return None
        if row.employment_state is not EmploymentState.ACTIVE:
            show_error(self.window, DomainError(self.tr("{name} sudah tidak aktif ({state}).").format(
                name=row.name, state=row.employment_state_label)))
            return None

        def submit(state: str, on: date, reason: str) -> Exception | None:
            with self.commands.quietly():
                return self.commands.end(row.id, row.version, row.name, state, on, reason).failed

        dialog = EndEmploymentDialog(row.name, self.context.today(), submit, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    # ---- after every step ----

    def _on_employee_changed(self, employee_id: int | None) -> None:
        self.tab.refresh()
        if employee_id is not None and not self.select_employee(employee_id):
            self._show_hidden_employee(employee_id)
        self.window.refresh_status_counts()

    def _show_hidden_employee(self, employee_id: int) -> None:
        """The employee just saved is not among the rows shown (the search or a filter hides it, or it is further
        down the list): search for its NIP instead, with the filters back at their defaults, and select it."""
        try:
            with self.context.session_factory() as s:
                nip = load_employee_record(s, employee_id).data.nip
        except DomainError:  # removed meanwhile: nothing to show
            return
        self.tab.clear_search_and_filters()
        self.tab.search.blockSignals(True)
        self.tab.search.setText(nip)
        self.tab.search.blockSignals(False)
        self.tab.model.set_search(nip)
        self.tab.refresh()
        if self.select_employee(employee_id):  # said after the undo stack's "Selesai: …", which comes first
            message = self.tr("Pencarian diganti dengan NIP {nip} agar pegawai yang baru disimpan terlihat.").format(
                nip=nip)
            QTimer.singleShot(0, self.window, lambda: self.window.statusBar().showMessage(message, 8000))

    def select_employee(self, employee_id: int) -> bool:
        """Select the employee's row when it is among the rows loaded; False when it is not shown."""
        model, table = self.tab.model, self.tab.table
        for position in range(model.rowCount()):
            if model.row_at(position).id == employee_id:
                index = model.index(position, 0)
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                table.selectionModel().setCurrentIndex(index, flags)
                table.scrollTo(index)
                return True
        return False

    def _on_command_failed(self, exc: Exception) -> None:
        self.tab.refresh()
        show_error(self.window, exc)


def _load_region_names_in_background() -> None:
    # A plain daemon thread: nothing to report back, and nothing left running when the program quits.
    threading.Thread(target=nik_region_name, args=("62.71.01",), name="region-names", daemon=True).start()


def _names(rows: list[EmployeeRow]) -> str:
    return ", ".join(r.name for r in rows[:5]) + ("…" if len(rows) > 5 else "")


def _nip(row: EmployeeRow) -> str:
    return format_nip(row.nip, row.status.nip_kind)

