"""Sunting > Unit kerja dan jabatan on an office started empty: an OPD, then a school beneath it in a
kecamatan; a jabatan fungsional refused without jenjang (the reason beside the field), then added with
its default BUP; the employee form and the filters then offer both. A viewer cannot add.
Then, picked in the list: renamed (the Pegawai tab follows), deleted after asking and brought back with
Ctrl+Z, refused while employees use it (with how many); a viewer only looks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from gui.app import create_main_window
from gui.dialogs.organization import OrganizationDialog
from models.entities import Unit
from models.services.audit import Actor
from models.services.organization import OfficeInput, save_office
from models.services.queries.organization import position_rows, unit_rows
from tests.factories import ADMIN
from tests.staff import TODAY, build_office

OFFICE = OfficeInput(name="BKPSDM Kota Palangka Raya", regency_code="62.71", regency_name="Kota Palangka Raya")


def make_window(qtbot, db, role: str):
    save_office(db, OFFICE, ADMIN)
    window = create_main_window(db, today=lambda: TODAY, actor=Actor("siti", role))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, db):
    return make_window(qtbot, db, "operator")


def open_dialog(qtbot, window) -> OrganizationDialog:
    action = window.findChild(QAction, "action_organization")
    assert action in window.menu_edit.actions() and action.text() == "Unit &kerja dan jabatan…"
    action.trigger()
    dialog = window.organization_actions.dialog
    assert isinstance(dialog, OrganizationDialog)
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def tree_lines(tree) -> list[str]:
    """What the tree shows, one line per unit, indented by depth."""
    lines = []

    def walk(item, depth):
        lines.append("  " * depth + " | ".join(item.text(c) for c in range(tree.columnCount())))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i), 0)
    return lines


def table_lines(table) -> list[str]:
    return [" | ".join(table.topLevelItem(r).text(c) for c in range(table.columnCount()))
            for r in range(table.topLevelItemCount())]


def test_an_opd_then_a_school_beneath_it_in_a_kecamatan(qtbot, db, window) -> None:
    filter_picker = window.employees_tab.filter_bar.widgets["unit_id"]
    filter_picker.ensure_loaded()  # the clerk used the Unit filter before: it read the (empty) list
    dialog = open_dialog(qtbot, window)
    units = dialog.units_page
    assert dialog.tabs.currentWidget() is units and units.empty_label.isVisible()
    assert units.kind.currentText() == "OPD" and not units.parent_id.isEnabled()

    qtbot.keyClicks(units.name, "Dinas Pendidikan")
    click(qtbot, units.add_button)
    assert tree_lines(units.tree) == ["Dinas Pendidikan | OPD |  | 0"]
    assert units.status.text() == "OPD Dinas Pendidikan ditambahkan."
    assert units.name.text() == "" and not units.empty_label.isVisible()

    choose(units.kind, "Sekolah")
    assert units.parent_id.isEnabled() and units.parent_id.currentText() == "Dinas Pendidikan"  # the OPD just added
    choose(units.kecamatan, "Pahandut")
    qtbot.keyClicks(units.name, "SD Negeri 1 Pahandut")
    qtbot.keyClick(units.name, Qt.Key.Key_Return)
    assert tree_lines(units.tree) == ["Dinas Pendidikan | OPD |  | 0",
                                      "  SD Negeri 1 Pahandut | Sekolah | Pahandut | 0"]
    assert units.status.text() == "Sekolah SD Negeri 1 Pahandut ditambahkan di bawah Dinas Pendidikan."
    assert units.tree.currentItem().text(0) == "SD Negeri 1 Pahandut"
    with db.session_factory() as s:
        school = unit_rows(s)[1]
    assert (school.name, school.kecamatan_code, school.kecamatan_name) == ("SD Negeri 1 Pahandut", "62.71.01",
                                                                          "Pahandut")

    # The same name under the same OPD: refused, and the reason stands under the name.
    qtbot.keyClicks(units.name, "SD Negeri 1 Pahandut")
    click(qtbot, units.add_button)
    problem = units.fields.problem_labels["name"]
    assert problem.isVisible() and "sudah ada di bawah induk yang sama" in problem.text()
    assert len(tree_lines(units.tree)) == 2 and units.status.text() == ""

    # The Pegawai filter that had read the list offers the new units without a restart.
    labels = filter_picker.completer().model().stringList()
    assert "SD Negeri 1 Pahandut — Dinas Pendidikan" in labels and "Dinas Pendidikan" in labels


def test_a_jabatan_fungsional_needs_its_jenjang_then_shows_its_default_bup(qtbot, db, window) -> None:
    dialog = open_dialog(qtbot, window)
    page = dialog.positions_page
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentWidget() is page
    assert page.jenis_jabatan.currentText() == "Fungsional" and page.jenjang.isEnabled()

    qtbot.keyClicks(page.name, "Penata Kelola Sistem dan Teknologi Informasi")
    choose(page.group, "Teknis")
    assert page.bup.text() == "— menurut jenjang —" and "pilih jenjangnya dulu" in page.bup_hint.text()
    click(qtbot, page.add_button)
    problem = page.fields.problem_labels["jenjang"]
    assert problem.isVisible() and problem.text() == "✖ wajib diisi untuk jabatan fungsional (menentukan BUP)"
    assert dialog.focusWidget() is page.jenjang and table_lines(page.table) == []

    choose(page.jenjang, "Ahli Utama")
    assert page.bup.value() == 65 and "Bawaan untuk pilihan ini: 65 tahun" in page.bup_hint.text()
    choose(page.jenjang, "Ahli Pertama")
    assert page.bup.value() == 58
    click(qtbot, page.add_button)
    assert not problem.isVisible()
    assert table_lines(page.table) == ["Penata Kelola Sistem dan Teknologi Informasi | Fungsional | Teknis | "
                                       "Ahli Pertama | 58 | 0"]
    assert page.status.text() == "Jabatan Penata Kelola Sistem dan Teknologi Informasi ditambahkan (BUP 58 tahun)."

    # A guru retires at 60 whatever the jenjang; a value typed in is kept for this jabatan only.
    qtbot.keyClicks(page.name, "Guru Ahli Pertama")
    choose(page.group, "Guru")
    assert page.bup.value() == 60
    page.bup.setValue(62)
    assert "diisi lain" in page.bup_hint.text()
    click(qtbot, page.add_button)
    assert table_lines(page.table)[0] == "Guru Ahli Pertama | Fungsional | Guru | Ahli Pertama | 62 (khusus) | 0"

    assert page.bup.value() == 60 and "diisi lain" not in page.bup_hint.text()  # not carried to the next one

    choose(page.jenis_jabatan, "Pelaksana")
    choose(page.group, "Teknis")
    assert not page.jenjang.isEnabled() and page.jenjang.currentText() == "— pilih jenjang —"
    assert page.bup.value() == 58 and "Bawaan untuk pilihan ini: 58 tahun" in page.bup_hint.text()
    with db.session_factory() as s:
        stored = {p.name: (p.jenjang, p.own_bup) for p in position_rows(s)}
    assert stored == {"Guru Ahli Pertama": ("ahli_pertama", 62),
                      "Penata Kelola Sistem dan Teknologi Informasi": ("ahli_pertama", None)}


def test_the_employee_form_offers_the_unit_and_jabatan_just_added(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window)
    units, positions = dialog.units_page, dialog.positions_page
    qtbot.keyClicks(units.name, "Dinas Kesehatan")
    click(qtbot, units.add_button)
    choose(units.kind, "Puskesmas")
    qtbot.keyClicks(units.name, "Puskesmas Pahandut")
    click(qtbot, units.add_button)
    dialog.tabs.setCurrentWidget(positions)
    qtbot.keyClicks(positions.name, "Perawat Terampil")
    choose(positions.group, "Kesehatan")
    choose(positions.jenjang, "Terampil")
    click(qtbot, positions.add_button)
    dialog.close()

    window.findChild(QAction, "action_new_employee").trigger()
    form = window.employee_actions.dialog
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.view.unit_id, "pahandut")
    completer = form.view.unit_id.completer()
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found == ["Puskesmas Pahandut — Dinas Kesehatan"]
    qtbot.keyClicks(form.view.position_id, "perawat")
    assert form.view.position_id.completer().currentCompletion() == "Perawat Terampil"
    form.view.unit_id.setText("Puskesmas Pahandut — Dinas Kesehatan")
    form.view.position_id.setText("Perawat Terampil")
    assert form.view.unit_id.chosen_id() is not None and form.view.position_id.chosen_id() is not None
    window.employee_actions.confirm = lambda *_args: True  # closing the window drops the unsaved form unasked


def test_a_viewer_sees_the_lists_but_cannot_add(qtbot, db) -> None:
    build_office(db, 4, contracts=False, formations=False)
    window = make_window(qtbot, db, "viewer")
    dialog = open_dialog(qtbot, window)
    units, positions = dialog.units_page, dialog.positions_page
    assert not units.add_button.isEnabled() and not positions.add_button.isEnabled()
    assert not units.name.isEnabled() and not positions.name.isEnabled()
    assert "hanya dapat melihat" in units.status.text()
    assert len(tree_lines(units.tree)) == 5 and len(table_lines(positions.table)) == 3
    # Even reached some other way, the service refuses, and the form says why.
    assert units.add_unit() is None and "tidak berhak" in units.fields.general.text()
    box = window.findChild(QMessageBox, "error_box") or dialog.findChild(QMessageBox, "error_box")
    assert box is not None and "tidak berhak" in box.text()
    box.close()


def test_the_search_shows_matching_units_with_the_opd_above_them(qtbot, db, window) -> None:
    build_office(db, 8, contracts=False, formations=False)
    units = open_dialog(qtbot, window).units_page
    assert tree_lines(units.tree)[:2] == ["Dinas Kesehatan | OPD |  | 2",
                                          "  Puskesmas Pahandut | Puskesmas | Pahandut | 2"]
    qtbot.keyClicks(units.search, "pahandut")
    shown = [item.text(0) for item in units.items() if not item.isHidden()]
    assert shown == ["Dinas Kesehatan", "Puskesmas Pahandut", "Dinas Pendidikan", "SD Negeri 1 Pahandut"]
    units.search.clear()
    assert all(not item.isHidden() for item in units.items())


def test_a_kelurahan_under_its_kecamatan_office_takes_that_kecamatan(qtbot, window) -> None:
    units = open_dialog(qtbot, window).units_page
    choose(units.kind, "Kecamatan")
    choose(units.kecamatan, "Jekan Raya")
    qtbot.keyClicks(units.name, "Kecamatan Jekan Raya")
    click(qtbot, units.add_button)
    choose(units.kecamatan, "— tidak diisi —")
    choose(units.kind, "Kelurahan")
    assert units.parent_id.currentText() == "Kecamatan Jekan Raya" and units.kecamatan.currentText() == "Jekan Raya"
    qtbot.keyClicks(units.name, "Kelurahan Bukit Tunggal")
    click(qtbot, units.add_button)
    assert tree_lines(units.tree) == ["Kecamatan Jekan Raya | Kecamatan | Jekan Raya | 0",
                                      "  Kelurahan Bukit Tunggal | Kelurahan | Jekan Raya | 0"]


# ---- changing and deleting ----

def open_in_form(qtbot, view, name: str):
    """Click the unit or jabatan called `name` in the tree or list, as a clerk picks it."""
    item = next(item for item in iter_items(view) if item.text(0) == name)
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())
    return item


def iter_items(view):
    stack = [view.topLevelItem(i) for i in reversed(range(view.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))


def confirm_delete(qtbot, page, *, answer: str = "Hapus") -> str:
    """Press the page's Hapus… button, then `answer` in the question it asks; returns the question."""
    click(qtbot, page.delete_button)
    (box,) = [b for b in page.findChildren(QMessageBox, "confirm_delete") if b.isVisible()]
    question = box.text()
    (button,) = [b for b in box.buttons() if b.text() == answer]
    click(qtbot, button)
    return question


def error_box_text(window, dialog) -> str:
    boxes = [b for b in dialog.findChildren(QMessageBox, "error_box") + window.findChildren(QMessageBox, "error_box")
             if b.isVisible()]
    assert boxes, "no error was shown"
    text = boxes[-1].text()
    boxes[-1].close()
    return text


def employee_units(window) -> list[str]:
    tab = window.employees_tab
    column = tab.model.column_of("unit")
    return sorted({tab.model.index(r, column).data() for r in range(tab.model.rowCount())})


def unit_uuid(db, name: str) -> str | None:
    with db.session_factory() as s:
        return s.scalar(select(Unit.uuid).where(Unit.name == name))


def press_ctrl(qtbot, widget, key) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    qtbot.keyClick(QApplication.focusWidget() or widget, key, Qt.KeyboardModifier.ControlModifier)


def test_a_renamed_school_shows_in_the_pegawai_tab_and_ctrl_z_in_the_window_renames_it_back(qtbot, db) -> None:
    build_office(db, 4, contracts=False, formations=False)
    window = make_window(qtbot, db, "operator")
    assert "SD Negeri 1 Pahandut" in employee_units(window)
    dialog = open_dialog(qtbot, window)
    units = dialog.units_page
    assert units.add_button.isVisible() and not units.save_button.isVisible()

    open_in_form(qtbot, units.tree, "SD Negeri 1 Pahandut")
    assert units.form_group.title() == "Ubah unit kerja"
    assert (units.name.text(), units.kind.currentText(), units.parent_id.currentText(),
            units.kecamatan.currentText()) == ("SD Negeri 1 Pahandut", "Sekolah", "Dinas Pendidikan", "Pahandut")
    assert units.save_button.isVisible() and units.delete_button.isVisible() and not units.add_button.isVisible()
    units.name.clear()
    qtbot.keyClicks(units.name, "SD Negeri 1 Palangka Raya")
    click(qtbot, units.save_button)

    assert units.status.text() == "Perubahan unit SD Negeri 1 Palangka Raya disimpan."
    assert "  SD Negeri 1 Palangka Raya | Sekolah | Pahandut | 1" in tree_lines(units.tree)
    assert units.form_group.title() == "Ubah unit kerja" and units.name.text() == "SD Negeri 1 Palangka Raya"
    qtbot.waitUntil(lambda: "SD Negeri 1 Palangka Raya" in employee_units(window))
    assert "SD Negeri 1 Pahandut" not in employee_units(window)
    # The Unit filter offers the new name without a restart.
    picker = window.employees_tab.filter_bar.widgets["unit_id"]
    picker.ensure_loaded()
    assert "SD Negeri 1 Palangka Raya — Dinas Pendidikan" in picker.completer().model().stringList()

    # Closed, then Ctrl+Z in the window: the old name is back in the Pegawai tab.
    dialog.close()
    assert window.action_undo.text() == "&Urungkan Ubah unit SD Negeri 1 Pahandut"
    press_ctrl(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: "SD Negeri 1 Pahandut" in employee_units(window))
    with db.session_factory() as s:
        assert "SD Negeri 1 Palangka Raya" not in {u.name for u in unit_rows(s)}


def test_a_unit_cannot_be_moved_beneath_itself_and_the_reason_stands_beside_the_field(qtbot, db, window) -> None:
    build_office(db, 4, contracts=False, formations=False)
    units = open_dialog(qtbot, window).units_page
    open_in_form(qtbot, units.tree, "Dinas Pendidikan")
    choose(units.kind, "Bidang/Bagian")
    choose(units.parent_id, "Dinas Pendidikan")
    click(qtbot, units.save_button)
    problem = units.fields.problem_labels["parent_id"]
    assert problem.isVisible() and "di bawah dirinya sendiri" in problem.text()
    assert tree_lines(units.tree)[0].startswith("Dinas Kesehatan | OPD")


def test_an_unused_unit_is_deleted_after_asking_and_ctrl_z_brings_it_back(qtbot, db, window) -> None:
    build_office(db, 4, contracts=False, formations=False)
    dialog = open_dialog(qtbot, window)
    units = dialog.units_page
    with db.session_factory() as s:
        before = {u.name: u.id for u in unit_rows(s)}
    choose(units.kind, "Sekolah")
    choose(units.parent_id, "Dinas Pendidikan")
    qtbot.keyClicks(units.name, "SD Negeri 9 Pahandut")  # a typo: there is no ninth school
    click(qtbot, units.add_button)
    lines = tree_lines(units.tree)
    assert "  SD Negeri 9 Pahandut | Sekolah |  | 0" in lines
    added = unit_uuid(db, "SD Negeri 9 Pahandut")

    open_in_form(qtbot, units.tree, "SD Negeri 9 Pahandut")
    question = confirm_delete(qtbot, units, answer="Batal")
    assert question.startswith("Hapus Sekolah SD Negeri 9 Pahandut?")
    assert tree_lines(units.tree) == lines  # Batal keeps it
    confirm_delete(qtbot, units)
    assert "  SD Negeri 9 Pahandut | Sekolah |  | 0" not in tree_lines(units.tree)
    assert units.status.text() == "Sekolah SD Negeri 9 Pahandut dihapus. Urungkan dengan Ctrl+Z bila keliru."
    assert units.form_group.title() == "Tambah unit kerja" and units.add_button.isVisible()
    assert dialog.undo_button.text() == "Urungkan Hapus unit SD Negeri 9 Pahandut"

    press_ctrl(qtbot, dialog, Qt.Key.Key_Z)
    assert tree_lines(units.tree) == lines and unit_uuid(db, "SD Negeri 9 Pahandut") == added  # the same row
    press_ctrl(qtbot, dialog, Qt.Key.Key_Z)  # and the add itself
    with db.session_factory() as s:
        assert {u.name: u.id for u in unit_rows(s)} == before
    press_ctrl(qtbot, dialog, Qt.Key.Key_Y)  # redone: the same unit again, not a new one
    press_ctrl(qtbot, dialog, Qt.Key.Key_Y)
    assert "  SD Negeri 9 Pahandut | Sekolah |  | 0" not in tree_lines(units.tree)


def test_deleting_a_unit_with_employees_is_refused_with_the_count(qtbot, db, window) -> None:
    build_office(db, 8, contracts=False, formations=False)
    dialog = open_dialog(qtbot, window)
    units = dialog.units_page
    lines = tree_lines(units.tree)
    open_in_form(qtbot, units.tree, "SD Negeri 1 Pahandut")
    confirm_delete(qtbot, units)
    message = error_box_text(window, dialog)
    assert message.startswith("Unit SD Negeri 1 Pahandut tidak dapat dihapus karena masih dipakai oleh 2 pegawai.")
    assert "2 pegawai" in units.fields.general.text() and tree_lines(units.tree) == lines
    assert units.save_button.isVisible()  # still open in the form, to rename instead
    assert not window.context.undo_stack.canUndo()


def test_a_jabatan_is_changed_refused_when_held_and_deleted_when_unused(qtbot, db, window) -> None:
    build_office(db, 8, contracts=False, formations=False)
    dialog = open_dialog(qtbot, window)
    page = dialog.positions_page
    dialog.tabs.setCurrentWidget(page)

    open_in_form(qtbot, page.table, "Perawat Terampil")
    assert page.form_group.title() == "Ubah jabatan"
    assert (page.name.text(), page.jenis_jabatan.currentText(), page.group.currentText(), page.jenjang.currentText(),
            page.bup.value()) == ("Perawat Terampil", "Fungsional", "Kesehatan", "Terampil", 58)
    choose(page.jenjang, "— pilih jenjang —")
    click(qtbot, page.save_button)
    assert page.fields.problem_labels["jenjang"].text() == "✖ wajib diisi untuk jabatan fungsional (menentukan BUP)"
    choose(page.jenjang, "Mahir")
    page.bup.setValue(60)
    click(qtbot, page.save_button)
    assert page.status.text() == "Perubahan jabatan Perawat Terampil disimpan."
    (line,) = [line for line in table_lines(page.table) if line.startswith("Perawat")]
    assert line == "Perawat Terampil | Fungsional | Kesehatan | Mahir | 60 (khusus) | 2"

    confirm_delete(qtbot, page)
    assert error_box_text(window, dialog).startswith(
        "Jabatan Perawat Terampil tidak dapat dihapus karena masih dipakai oleh 2 pegawai.")

    click(qtbot, page.new_button)
    assert page.form_group.title() == "Tambah jabatan" and page.name.text() == ""
    qtbot.keyClicks(page.name, "Bidan Terampil")
    click(qtbot, page.add_button)
    open_in_form(qtbot, page.table, "Bidan Terampil")
    confirm_delete(qtbot, page)
    assert not any(line.startswith("Bidan") for line in table_lines(page.table))
    press_ctrl(qtbot, dialog, Qt.Key.Key_Z)
    assert any(line.startswith("Bidan Terampil | Fungsional | Kesehatan | Mahir") for line in table_lines(page.table))
    press_ctrl(qtbot, dialog, Qt.Key.Key_Z)  # the change of Perawat Terampil is next
    press_ctrl(qtbot, dialog, Qt.Key.Key_Z)
    assert "Perawat Terampil | Fungsional | Kesehatan | Terampil | 58 | 2" in table_lines(page.table)


def test_a_viewer_sees_a_unit_in_the_form_but_cannot_change_or_delete_it(qtbot, db) -> None:
    build_office(db, 4, contracts=False, formations=False)
    window = make_window(qtbot, db, "viewer")
    units = open_dialog(qtbot, window).units_page
    open_in_form(qtbot, units.tree, "Puskesmas Pahandut")
    assert units.name.text() == "Puskesmas Pahandut" and not units.name.isEnabled()
    assert not units.save_button.isEnabled() and not units.delete_button.isEnabled()
    assert "hanya dapat melihat" in units.status.text()
