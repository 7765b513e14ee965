"""Employee actions in the window: add, edit, delete and end through the widgets, each undone with Ctrl+Z
and redone with Ctrl+Y, on a real database; a stale undo fails with the service's message."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app import create_main_window
from gui.dialogs.employee_form import EmployeeForm
from gui.dialogs.end_employment import EndEmploymentDialog
from models.services.employee_history import GradeEntry, add_history, get_histories
from models.services.employees import get_employee, update_employee
from models.services.errors import NotFound
from models.services.queries import count_employees
from tests.factories import CLERK
from tests.staff import TODAY, build_office


@pytest.fixture
def window(qtbot, db):
    office = build_office(db, 12)
    win = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(win)
    actions = win.employee_actions
    win.questions = []
    win.answer = True

    def confirm(_parent, _title, text):
        win.questions.append(text)
        return win.answer

    actions.confirm = confirm
    win.office = office
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    return win


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def undo(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)


def names(window) -> list[str]:
    model = window.employees_tab.model
    return [model.row_at(i).name for i in range(model.rowCount())]


def select(qtbot, window, employee_id: int) -> None:
    assert window.employee_actions.select_employee(employee_id)
    window.employees_tab.table.setFocus()


def employees(window) -> int:
    with window.context.session_factory() as session:
        return count_employees(session)


def open_form(qtbot, window) -> EmployeeForm:
    form = window.employee_actions.dialog
    assert isinstance(form, EmployeeForm) and form.isVisible()
    qtbot.waitExposed(form)
    activate(qtbot, form)
    return form


def test_the_tab_offers_the_actions_with_their_keys(window) -> None:
    actions = window.employee_actions
    bar = [a.text() for a in window.employees_tab.action_bar.actions()]
    assert {"&Tambah pegawai", "&Ubah", "&Hapus", "A&khiri kepegawaian…"} <= set(bar)
    assert actions.action_new.shortcut().toString() == "Ctrl+N"
    assert actions.action_delete.shortcut().toString() == "Del"
    assert not actions.action_delete.isEnabled()  # nothing selected yet
    assert actions.action_new in window.menu_edit.actions() and actions.action_delete in window.menu_edit.actions()


def test_add_by_typing_then_undo_removes_and_redo_brings_back_the_same_employee(qtbot, window) -> None:
    before = employees(window)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = open_form(qtbot, window)
    v = form.view
    qtbot.keyClicks(v.nip, "198503122010011003")
    qtbot.keyClicks(v.name, "Bambang Sutrisno")
    qtbot.keyClicks(v.birth_date, "12-03-1985")
    qtbot.keyClicks(v.sex, "L")
    v.unit_id.setFocus()
    qtbot.keyClicks(v.unit_id, "negeri 1")  # completion: pick the one suggestion with Down and Enter
    popup = v.unit_id.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(20)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert v.unit_id.text() == "SD Negeri 1 Pahandut — Dinas Pendidikan"
    qtbot.keyClick(v.name, Qt.Key.Key_Return)
    assert not form.isVisible()
    row = window.employees_tab.current_row()
    assert row.name == "Bambang Sutrisno" and row.unit_name == "SD Negeri 1 Pahandut"  # selected after saving
    created = get_employee(window.context.db, row.id)
    assert created.tmt_cpns == date(2010, 1, 1)  # taken from the NIP
    assert employees(window) == before + 1
    assert window.status_counts.text().startswith(f"Pegawai aktif: {before + 1} ")
    assert window.action_undo.text() == "&Urungkan Tambah pegawai Bambang Sutrisno"

    undo(qtbot, window)
    assert employees(window) == before and "Bambang Sutrisno" not in names(window)
    assert window.status_counts.text().startswith(f"Pegawai aktif: {before} ")
    redo(qtbot, window)
    back = window.employees_tab.current_row()
    assert back.name == "Bambang Sutrisno"
    assert get_employee(window.context.db, back.id).uuid == created.uuid


def test_edit_then_undo_writes_the_old_values_back_and_redo_again(qtbot, window) -> None:
    employee_id = window.office.employee_ids[1]
    select(qtbot, window, employee_id)
    table = window.employees_tab.table
    rect = table.visualRect(table.currentIndex())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = open_form(qtbot, window)
    form.view.phone.clear()
    qtbot.keyClicks(form.view.phone, "0812 3456 7890")
    qtbot.keyClick(form.view.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    assert get_employee(window.context.db, employee_id).phone == "0812 3456 7890"
    assert window.employees_tab.current_row().id == employee_id
    undo(qtbot, window)
    assert get_employee(window.context.db, employee_id).phone is None
    redo(qtbot, window)
    assert get_employee(window.context.db, employee_id).phone == "0812 3456 7890"
    undo(qtbot, window)
    assert get_employee(window.context.db, employee_id).phone is None


def test_undo_after_someone_else_saved_fails_with_the_reason_and_overwrites_nothing(qtbot, window) -> None:
    employee_id = window.office.employee_ids[1]
    select(qtbot, window, employee_id)
    press(qtbot, window, Qt.Key.Key_Return)  # Enter on the list opens the form
    form = open_form(qtbot, window)
    qtbot.keyClicks(form.view.email, "siti@contoh.go.id")
    qtbot.keyClick(form.view.email, Qt.Key.Key_Return)
    assert not form.isVisible()
    update_employee(window.context.db, employee_id, {"phone": "081111111111"}, CLERK)  # another clerk
    undo(qtbot, window)
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and "telah diubah di tempat lain" in box.text()
    stored = get_employee(window.context.db, employee_id)
    assert (stored.email, stored.phone) == ("siti@contoh.go.id", "081111111111")
    assert window.context.undo_stack.count() == 0  # the failed step left the stack


def test_delete_asks_with_name_and_nip_then_undo_restores_the_histories(qtbot, window) -> None:
    employee_id = window.office.employee_ids[0]  # Budi Santoso, PNS, no contract
    add_history(window.context.db, employee_id, GradeEntry("III/a", date(1995, 1, 1)), CLERK, today=TODAY)
    window.employees_tab.refresh()
    stored = get_employee(window.context.db, employee_id)
    select(qtbot, window, employee_id)
    window.answer = False
    qtbot.keyClick(window.employees_tab.table, Qt.Key.Key_Delete)
    nip = f"{stored.nip[:8]} {stored.nip[8:14]} {stored.nip[14]} {stored.nip[15:]}"
    assert window.questions[0].startswith(f"Hapus pegawai Budi Santoso, S.Pd. (NIP {nip})?")
    assert get_employee(window.context.db, employee_id).id == employee_id  # declined: still there

    window.answer = True
    qtbot.keyClick(window.employees_tab.table, Qt.Key.Key_Delete)
    with pytest.raises(NotFound):
        get_employee(window.context.db, employee_id)
    assert employee_id not in [window.employees_tab.model.row_at(i).id
                               for i in range(window.employees_tab.model.rowCount())]
    undo(qtbot, window)
    restored = get_employee(window.context.db, employee_id)
    assert restored.uuid == stored.uuid
    assert [g.golongan for g in get_histories(window.context.db, employee_id).grades] == ["III/a"]
    assert window.employees_tab.current_row().id == employee_id
    redo(qtbot, window)
    with pytest.raises(NotFound):
        get_employee(window.context.db, employee_id)


def test_deleting_a_pppk_with_a_contract_is_refused_with_what_to_do(qtbot, window) -> None:
    employee_id = window.office.employee_ids[3]  # PPPK with a contract
    select(qtbot, window, employee_id)
    qtbot.keyClick(window.employees_tab.table, Qt.Key.Key_Delete)
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.text() == (
        "dewi lestari, S.Pd. tidak dapat dihapus karena memiliki perjanjian kerja (dokumen bernomor). "
        "Gunakan Akhiri kepegawaian untuk pegawai yang keluar.")
    assert window.questions == []  # nothing to ask about
    assert get_employee(window.context.db, employee_id).id == employee_id
    assert window.context.undo_stack.count() == 0


def test_deleting_several_asks_once_and_undoes_as_one_step(qtbot, window) -> None:
    ids = window.office.employee_ids[0], window.office.employee_ids[1]  # PNS, no contracts
    table, model = window.employees_tab.table, window.employees_tab.model
    for position in range(model.rowCount()):
        if model.row_at(position).id in ids:
            table.selectionModel().select(model.index(position, 0), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.questions[0].startswith("Hapus 2 pegawai: ")
    assert window.context.undo_stack.count() == 1
    undo(qtbot, window)
    assert all(get_employee(window.context.db, i).id == i for i in ids)


def test_end_employment_then_undo_makes_the_employee_active_again(qtbot, window) -> None:
    employee_id = window.office.employee_ids[1]
    select(qtbot, window, employee_id)
    window.employee_actions.action_end.trigger()
    dialog = window.employee_actions.dialog
    assert isinstance(dialog, EndEmploymentDialog)
    dialog.state.setCurrentIndex(dialog.state.findData("retired"))
    dialog.on.clear()
    qtbot.keyClicks(dialog.on, "01-12-2026")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert dialog.isVisible() and "alasan wajib diisi" in dialog.message.plain_text()
    qtbot.keyClicks(dialog.reason, "Mencapai batas usia pensiun")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    ended = get_employee(window.context.db, employee_id)
    assert (ended.employment_state.value, ended.ended_on) == ("retired", date(2026, 12, 1))
    undo(qtbot, window)
    back = get_employee(window.context.db, employee_id)
    assert back.employment_state.value == "active" and back.end_reason is None


def test_deleting_a_selection_skips_those_with_a_contract_and_names_them(qtbot, window) -> None:
    pns, pppk, pppk_pw = (window.office.employee_ids[i] for i in (0, 3, 4))  # the PPPK have contracts
    table, model = window.employees_tab.table, window.employees_tab.model
    for position in range(model.rowCount()):
        if model.row_at(position).id in (pns, pppk, pppk_pw):
            table.selectionModel().select(model.index(position, 0), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    question = window.questions[0]
    assert question.startswith("Hapus pegawai Budi Santoso, S.Pd. (NIP ")
    assert "tidak dapat dihapus karena memiliki perjanjian kerja" in question
    with pytest.raises(NotFound):
        get_employee(window.context.db, pns)
    assert get_employee(window.context.db, pppk).id == pppk and get_employee(window.context.db, pppk_pw).id == pppk_pw
    assert window.context.undo_stack.count() == 1


def test_the_edit_form_shows_who_changed_the_record(qtbot, window) -> None:
    employee_id = window.office.employee_ids[1]
    window.employee_actions.open_edit(employee_id)
    first = open_form(qtbot, window)
    before = first.record_history.rowCount()
    first.view.phone.clear()
    qtbot.keyClicks(first.view.phone, "0812 3456 7890")
    qtbot.keyClick(first.view.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not first.isVisible()
    form = window.employee_actions.open_edit(employee_id)
    history = form.record_history
    assert history.rowCount() == before + 1
    assert history.item(history.rowCount() - 1, 2).text() == "Ubah"
    assert "Nomor HP" in history.item(history.rowCount() - 1, 3).text()
    assert form.view.histories.tabText(form.view.histories.count() - 1).startswith("Riwayat perubahan")
    form.reject()


def test_a_new_employee_the_search_hides_is_shown_and_selected(qtbot, window) -> None:
    tab = window.employees_tab
    tab.search.setText("tidak ada yang bernama begini")
    tab.model.set_search("tidak ada yang bernama begini")
    tab.refresh()
    assert tab.model.rowCount() == 0
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = open_form(qtbot, window)
    v = form.view
    qtbot.keyClicks(v.nip, "198503122010011003")
    qtbot.keyClicks(v.name, "Bambang Sutrisno")
    qtbot.keyClicks(v.birth_date, "12-03-1985")
    qtbot.keyClicks(v.sex, "L")
    qtbot.keyClick(v.name, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert tab.search.text() == "198503122010011003"
    assert tab.current_row().name == "Bambang Sutrisno"
    qtbot.waitUntil(lambda: "agar pegawai yang baru disimpan terlihat" in window.statusBar().currentMessage())
