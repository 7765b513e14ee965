"""The employee form, driven by keyboard and mouse on a real database: live NIP/NIK decoding, mismatches
beside their fields, refusals from the service, completion, Tab order, Enter/Ctrl+S/Esc, histories."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from gui.app import create_main_window
from gui.dialogs.employee_form import EmployeeForm
from models.services.employee_history import get_histories
from models.services.employees import get_employee
from tests.staff import TODAY, build_office

BUDI_NIP = "198503122010011003"


@pytest.fixture
def window(qtbot, db):
    office = build_office(db, 12)
    win = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(win)
    actions = win.employee_actions
    win.questions = []

    def confirm(_parent, title, text):
        win.questions.append(text)
        return win.answer

    win.answer = True
    actions.confirm = confirm
    win.office = office
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def new_form(qtbot, window) -> EmployeeForm:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.employees_tab.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.employee_actions.dialog
    assert isinstance(form, EmployeeForm) and form.isVisible()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def message(form: EmployeeForm, field: str) -> str:
    return form.view.messages[field].plain_text()


def type_budi(qtbot, form: EmployeeForm, *, birth: str = "12-03-1985") -> None:
    v = form.view
    qtbot.keyClicks(v.nip, "19850312 201001 1 003")
    qtbot.keyClicks(v.nik, "6271011203850001")
    qtbot.keyClicks(v.name, "Budi Hartono")
    qtbot.keyClicks(v.birth_date, birth)
    qtbot.keyClicks(v.sex, "L")


def test_typing_a_nip_decodes_it_and_a_different_birth_date_shows_beside_the_field(qtbot, window) -> None:
    form = new_form(qtbot, window)
    assert form.windowTitle() == "Pegawai baru"
    qtbot.keyClicks(form.view.nip, "19850312")
    qtbot.waitUntil(lambda: message(form, "nip") == "NIP: 8 dari 18 digit")
    qtbot.keyClicks(form.view.nip, "2010011003")
    qtbot.waitUntil(lambda: "Lahir 12 Maret 1985" in message(form, "nip"))
    assert message(form, "nip") == "✔ Lahir 12 Maret 1985 · TMT CPNS Januari 2010 · laki-laki · urut 3"
    qtbot.keyClicks(form.view.nik, "6271015203850001")  # day + 40: a woman's NIK
    qtbot.waitUntil(lambda: "Kec. Pahandut" in message(form, "nik"))
    assert "lahir 12 Maret 1985 · perempuan" in message(form, "nik")
    qtbot.keyClicks(form.view.birth_date, "13-03-1985")
    qtbot.waitUntil(lambda: "berbeda" in message(form, "birth_date"))
    assert form.view.messages["birth_date"].errors == [
        "Tanggal lahir pada NIP (12-03-1985) berbeda dengan tanggal lahir yang dicatat (13-03-1985)."]
    qtbot.keyClicks(form.view.sex, "L")
    qtbot.waitUntil(lambda: bool(form.view.messages["sex"].warnings))
    assert form.view.messages["sex"].warnings == [
        "Jenis kelamin pada NIK (perempuan) berbeda dengan jenis kelamin yang dicatat (laki-laki)."]
    assert form.view.messages["sex"].errors == []  # a NIK mismatch warns, it does not block


def test_a_nip_that_cannot_be_read_says_why(qtbot, window) -> None:
    form = new_form(qtbot, window)
    qtbot.keyClicks(form.view.nip, "198513122010011003")
    qtbot.waitUntil(lambda: bool(form.view.messages["nip"].errors))
    assert "bukan tanggal yang sah" in form.view.messages["nip"].errors[0]


def test_the_service_refusal_shows_beside_the_field_and_focuses_it(qtbot, window) -> None:
    taken = get_employee(window.context.db, window.office.employee_ids[0])
    form = new_form(qtbot, window)
    type_budi(qtbot, form)
    form.view.nip.clear()
    qtbot.keyClicks(form.view.nip, taken.nip)
    qtbot.keyClicks(form.view.birth_date, "")
    form.view.birth_date.setText(f"{taken.birth_date:%d-%m-%Y}")
    qtbot.keyClick(form.view.name, Qt.Key.Key_Return)  # Enter saves, even from a line edit
    assert form.isVisible()
    assert form.view.messages["nip"].errors == [f"NIP {taken.nip} sudah dipakai oleh {taken.name}"]
    assert QApplication.focusWidget() is form.view.nip
    assert form.view.summary.isVisible() and "1 isian perlu diperbaiki" in form.view.summary.text()
    assert window.context.undo_stack.count() == 0


def test_a_date_that_is_no_date_is_refused_before_saving(qtbot, window) -> None:
    form = new_form(qtbot, window)
    type_budi(qtbot, form, birth="31-02-1985")
    qtbot.keyClick(form.view.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert form.view.messages["birth_date"].errors == [
        "'31-02-1985' bukan tanggal; tulis hh-bb-tttt, mis. 12-03-1985"]
    assert QApplication.focusWidget() is form.view.birth_date


def test_required_fields_are_named_when_saving_an_empty_form(qtbot, window) -> None:
    form = new_form(qtbot, window)
    qtbot.mouseClick(form.view.save_button, Qt.MouseButton.LeftButton)
    for field in ("nip", "name", "birth_date", "sex"):
        assert "wajib diisi" in form.view.messages[field].errors, field
    assert QApplication.focusWidget() is form.view.nip
    assert form.view.labels["name"].text() == "Nama (tanpa gelar) *"


def test_golongan_choices_follow_the_status(qtbot, window) -> None:
    form = new_form(qtbot, window)
    golongan = form.view.golongan
    assert [golongan.itemData(i) for i in range(1, 4)] == ["I/a", "I/b", "I/c"]
    assert golongan.findText("III/a — Penata Muda") > 0
    assert form.view.tmt_cpns.isEnabled() and not form.view.tmt_pppk.isEnabled()
    form.view.status.setCurrentIndex(form.view.status.findData("PPPK"))
    assert [golongan.itemData(i) for i in range(1, golongan.count())][:3] == ["I", "II", "III"]
    assert golongan.count() == 18  # blank, I … XVII
    assert not form.view.tmt_cpns.isEnabled() and form.view.tmt_pppk.isEnabled()


def test_unit_and_jabatan_complete_from_any_part_of_the_name(qtbot, window) -> None:
    form = new_form(qtbot, window)
    qtbot.keyClicks(form.view.unit_id, "pahandut")
    completer = form.view.unit_id.completer()
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found == ["Puskesmas Pahandut — Dinas Kesehatan", "SD Negeri 1 Pahandut — Dinas Pendidikan"]
    qtbot.keyClicks(form.view.position_id, "PERAWAT")
    completer = form.view.position_id.completer()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Perawat Terampil"


def test_tab_goes_through_identity_then_employment(qtbot, window) -> None:
    form = new_form(qtbot, window)
    form.view.nip.setFocus()
    seen = []
    for _ in range(12):
        seen.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == ["nip", "nik", "name", "gelar_depan", "gelar_belakang", "birth_place", "birth_date", "sex",
                    "religion", "status", "golongan", "position_id"]


def test_escape_with_changes_asks_and_stays_when_the_clerk_says_no(qtbot, window) -> None:
    form = new_form(qtbot, window)
    qtbot.keyClick(form.view.name, Qt.Key.Key_Escape)
    assert not form.isVisible() and window.questions == []  # nothing typed: closes without asking
    form = new_form(qtbot, window)
    qtbot.keyClicks(form.view.name, "Siti")
    window.answer = False
    qtbot.keyClick(form.view.name, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert window.questions == ["Perubahan pada formulir ini belum disimpan. Tutup dan buang perubahan itu?"]
    window.answer = True
    qtbot.keyClick(form.view.name, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_histories_typed_into_the_tables_are_saved_with_the_employee(qtbot, window) -> None:
    form = new_form(qtbot, window)
    type_budi(qtbot, form)
    grades = form.view.grade_history
    qtbot.mouseClick(grades.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("III/a"))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.placeholderText() == "hh-bb-tttt"
    qtbot.keyClicks(editor, "01-01-2010")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "813/01/BKD/2010")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    form.view.histories.setCurrentWidget(form.view.education_history)
    education = form.view.education_history
    row = education.add_row({"level": "40", "major": "Pendidikan Matematika", "graduation_year": 2008})
    assert education.table.item(row, 0).text() == "S-1"
    qtbot.keyClick(form.view.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    employee_id = window.employees_tab.current_row().id
    histories = get_histories(window.context.db, employee_id)
    assert [(g.golongan, g.tmt, g.sk_number) for g in histories.grades] == [
        ("III/a", date(2010, 1, 1), "813/01/BKD/2010")]
    assert [(e.level, e.major, e.graduation_year) for e in histories.educations] == [
        ("40", "Pendidikan Matematika", 2008)]


def test_a_history_row_without_tmt_is_refused_on_its_tab(qtbot, window) -> None:
    form = new_form(qtbot, window)
    type_budi(qtbot, form)
    form.view.histories.setCurrentWidget(form.view.position_history)
    form.view.position_history.add_row({"position_name": "Guru Ahli Pertama"})
    form.view.histories.setCurrentWidget(form.view.grade_history)
    qtbot.keyClick(form.view.name, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.view.position_history.message.errors == ["baris 1: TMT wajib diisi"]
    assert form.view.histories.currentWidget() is form.view.position_history
    table = form.view.position_history.table
    assert QApplication.focusWidget() is table or table.isAncestorOf(QApplication.focusWidget())


def test_the_form_of_a_stored_employee_shows_its_values_and_grouped_nip(qtbot, window) -> None:
    employee_id = window.office.employee_ids[0]
    form = window.employee_actions.open_edit(employee_id)
    stored = get_employee(window.context.db, employee_id)
    assert form.windowTitle() == "Ubah data pegawai — Budi Santoso, S.Pd."
    assert form.view.nip.text() == f"{stored.nip[:8]} {stored.nip[8:14]} {stored.nip[14]} {stored.nip[15:]}"
    assert form.view.unit_id.text() == "SD Negeri 1 Pahandut — Dinas Pendidikan"
    assert form.view.golongan.currentData() == stored.golongan
    assert form.view.employment_state.text() == "Aktif"
    assert not form.is_dirty()


def test_a_complete_ni_pppk_sets_the_status_until_the_clerk_picks_one(qtbot, window) -> None:
    form = new_form(qtbot, window)
    qtbot.keyClicks(form.view.nip, "199507022025242001")
    assert form.view.status.currentText() == "PPPK Paruh Waktu"
    qtbot.waitUntil(lambda: message(form, "nip") != "")
    assert message(form, "nip").startswith("✔ Lahir 2 Juli 1995 · diangkat 2025 · PPPK paruh waktu")
    assert form.view.golongan.itemData(1) == "I"  # PPPK grades now
    form.view.status.setCurrentIndex(form.view.status.findData("PPPK"))
    form.view.nip.clear()
    qtbot.keyClicks(form.view.nip, "199507022025242001")
    assert form.view.status.currentText() == "PPPK"  # the clerk's choice stands


def test_f4_opens_a_calendar_that_fills_the_date(qtbot, window) -> None:
    form = new_form(qtbot, window)
    form.view.birth_date.setFocus()
    qtbot.keyClicks(form.view.birth_date, "12-03-1985")
    qtbot.keyClick(form.view.birth_date, Qt.Key.Key_F4)
    calendar = form.view.birth_date.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toString("dd-MM-yyyy") == "12-03-1985"
    days = calendar.findChild(QAbstractItemView)
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert form.view.birth_date.text() == "13-03-1985" and form.view.birth_date.calendar is None


def test_insert_adds_and_ctrl_delete_removes_a_history_row(qtbot, window) -> None:
    form = new_form(qtbot, window)
    table = form.view.grade_history.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the cell editor
    assert table.rowCount() == 1 and form.is_dirty()
    assert form.isVisible() and window.questions == []  # Esc closed the editor, not the form
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert table.rowCount() == 0
