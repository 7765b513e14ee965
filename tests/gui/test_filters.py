"""The filter bar and the column chooser of the Pegawai tab, driven through the widgets on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from gui.tabs.employees_tab import EmployeesTab
from models.services.employees import end_employee
from models.services.queries import EmployeeFilter, list_employees
from models.storage.database import Database, open_database
from tests.factories import CLERK
from tests.staff import TODAY, Office, build_office

STAFF = 40  # 16 PNS, 8 CPNS, 8 PPPK, 8 PPPK Paruh Waktu; 20 in Pahandut; 30 under Dinas Pendidikan


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Office]:
    database = open_database(tmp_path_factory.mktemp("filters") / "simpeg.sqlite")
    office = build_office(database, STAFF)
    with database.session_factory() as s:
        first = list_employees(s, filters=EmployeeFilter(unit_id=office.unit_ids["Puskesmas Pahandut"])).rows[0]
    end_employee(database, first.id, "retired", date(2026, 1, 1), "BUP", CLERK)
    yield database, office
    database.close()


@pytest.fixture
def tab(qtbot, office_db) -> EmployeesTab:
    widget = EmployeesTab(office_db[0].session_factory, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(tab: EmployeesTab, key: str) -> list[str]:
    c = tab.model.column_of(key)
    return [tab.model.index(r, c).data() for r in range(tab.model.rowCount())]


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the combo and type its first letters."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_active_staff_are_shown_by_default_and_the_bar_says_so(tab) -> None:
    keadaan = tab.filter_bar.widgets["employment_state"]
    assert keadaan.currentText() == "Aktif"
    assert tab.count_label.text() == "39 pegawai"
    assert set(column(tab, "employment_state")) == {"Aktif"}
    assert not tab.filter_bar.reset_button.isEnabled()


def test_status_filter_changes_rows_and_count(qtbot, tab) -> None:
    combo = tab.filter_bar.widgets["status"]
    assert combo.itemText(0) == "Semua status"
    choose(qtbot, combo, "PPPK Paruh Waktu")
    assert set(column(tab, "status")) == {"PPPK Paruh Waktu"}
    assert tab.count_label.text() == f"{tab.model.rowCount()} pegawai" and tab.model.rowCount() == 8
    assert tab.filter_bar.reset_button.isEnabled()


def test_unit_filter_with_completion_includes_sub_units(qtbot, tab) -> None:
    picker = tab.filter_bar.widgets["unit_id"]
    completer = picker.completer()
    qtbot.keyClicks(picker, "pahandut")
    completions = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert completions == ["Puskesmas Pahandut — Dinas Kesehatan", "SD Negeri 1 Pahandut — Dinas Pendidikan"]
    picker.clear()
    qtbot.keyClicks(picker, "Dinas Pendidikan")
    assert set(column(tab, "unit")) == {"Dinas Pendidikan", "SD Negeri 1 Pahandut", "SMP Negeri 2 Jekan Raya"}
    assert tab.count_label.text() == "30 pegawai"
    qtbot.keyClicks(picker, "x")  # no such unit: no unit filter, and the field says why
    assert picker.unit_id is None and tab.count_label.text() == "39 pegawai"
    assert picker.toolTip().startswith("Pilih unit kerja")


def test_kecamatan_and_golongan_filters_combine_with_search(qtbot, tab) -> None:
    choose(qtbot, tab.filter_bar.widgets["kecamatan_code"], "Pahandut")
    assert set(column(tab, "kecamatan")) == {"Pahandut"}
    assert tab.count_label.text() == "19 pegawai"  # 20 in Pahandut, one of them retired
    choose(qtbot, tab.filter_bar.widgets["kecamatan_code"], "Semua kecamatan")
    choose(qtbot, tab.filter_bar.widgets["golongan"], "IX")
    assert set(column(tab, "golongan")) == {"IX"}
    tab.search.setText("g")
    qtbot.waitUntil(lambda: tab.count_label.text() == "1 pegawai")
    assert column(tab, "name") == ["Gita Permata, S.Pd."]


def test_keadaan_filter_shows_the_retired_and_reset_restores_defaults(qtbot, tab) -> None:
    choose(qtbot, tab.filter_bar.widgets["employment_state"], "Pensiun")
    assert column(tab, "employment_state") == ["Pensiun"]
    choose(qtbot, tab.filter_bar.widgets["employment_state"], "Semua keadaan")
    assert tab.count_label.text() == "40 pegawai"
    choose(qtbot, tab.filter_bar.widgets["status"], "PNS")
    qtbot.mouseClick(tab.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    assert tab.filter_bar.widgets["status"].currentText() == "Semua status"
    assert tab.filter_bar.widgets["employment_state"].currentText() == "Aktif"
    assert tab.count_label.text() == "39 pegawai"
    assert tab.model.filters == EmployeeFilter(employment_state="active")


def test_total_changed_follows_the_filtered_total(qtbot, tab) -> None:
    totals: list[int] = []
    tab.total_changed.connect(totals.append)
    choose(qtbot, tab.filter_bar.widgets["status"], "CPNS")  # passes PNS on the way down
    assert totals == [16, 7]  # the retired employee was a CPNS


def test_column_chooser_hides_and_shows_columns_and_keeps_the_name(qtbot, tab) -> None:
    header = tab.table.horizontalHeader()
    nik = tab.model.column_of("nik")
    assert header.isSectionHidden(nik)  # optional columns start hidden
    menu = tab.show_column_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert {"NIK", "Tgl. lahir", "Umur", "TMT", "Pendidikan", "Pensiun (BUP)"} <= set(actions)
    assert not actions["Nama"].isEnabled() and actions["Nama"].isChecked()
    actions["NIK"].trigger()
    assert not header.isSectionHidden(nik)
    assert column(tab, "nik")[0].isdigit() and len(column(tab, "nik")[0]) == 16
    actions["Gol."].trigger()
    assert header.isSectionHidden(tab.model.column_of("golongan"))
    menu.close()


def test_optional_columns_show_age_tmt_and_retirement(qtbot, tab) -> None:
    row = tab.model.row_at(0)
    texts = {key: tab.model.index(0, tab.model.column_of(key)).data() for key in ("age", "retirement", "birth_date")}
    born = row.birth_date
    assert texts["birth_date"] == f"{born.day:02d}-{born.month:02d}-{born.year}"
    assert int(texts["age"]) == TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    assert texts["retirement"].endswith(f"({row.bup})") and row.bup in (58, 60)


def test_header_state_round_trips(qtbot, office_db, tab) -> None:
    header = tab.table.horizontalHeader()
    header.setSectionHidden(tab.model.column_of("nik"), False)
    header.setSectionHidden(tab.model.column_of("kecamatan"), True)
    header.resizeSection(tab.model.column_of("position"), 333)
    state = tab.header_state()
    other = EmployeesTab(office_db[0].session_factory, today=lambda: TODAY)
    qtbot.addWidget(other)
    assert other.table.horizontalHeader().isSectionHidden(other.model.column_of("nik"))
    assert other.restore_header_state(state)
    restored = other.table.horizontalHeader()
    assert not restored.isSectionHidden(other.model.column_of("nik"))
    assert restored.isSectionHidden(other.model.column_of("kecamatan"))
    assert restored.sectionSize(other.model.column_of("position")) == 333
    assert not other.restore_header_state(b"")
