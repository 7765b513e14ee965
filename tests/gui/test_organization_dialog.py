"""Sunting > Unit kerja dan jabatan on an office started empty: an OPD, then a school beneath it in a
kecamatan; a jabatan fungsional refused without jenjang (the reason beside the field), then added with
its default BUP; the employee form and the filters then offer both. A viewer cannot add."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from gui.app import create_main_window
from gui.dialogs.organization import OrganizationDialog
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
