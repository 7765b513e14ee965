"""What a list says when it has no rows: an empty database offers the way in, a search that finds nothing
offers to clear the search and the filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QPushButton

from gui.app import create_main_window
from gui.dialogs.employee_form import EmployeeForm
from gui.features.report_actions import ReportActions
from gui.main_window import MainWindow
from models.services.employees import end_employee
from models.storage.database import Database
from models.vocabulary import EmployeeStatus
from tests.factories import CLERK
from tests.staff import TODAY, build_office


def show(qtbot, db: Database) -> MainWindow:
    window = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def button_texts(state) -> list[str]:
    return [b.text() for b in state.buttons]


def search(qtbot, tab, text: str) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: tab.model.search == " ".join(text.split()))


@pytest.fixture
def empty_window(qtbot, db: Database) -> MainWindow:
    return show(qtbot, db)


@pytest.fixture
def office_window(qtbot, db: Database) -> MainWindow:
    build_office(db, 12)
    return show(qtbot, db)


def test_empty_database_says_there_are_no_employees_and_offers_import_and_add(empty_window) -> None:
    state = empty_window.employees_tab.empty_state
    assert state.isVisible() and state.kind == "empty"
    assert state.title_label.text() == "Belum ada pegawai."
    assert "Impor daftar pegawai" in state.text_label.text()
    assert button_texts(state) == ["Impor daftar pegawai…", "Unit kerja dan jabatan…", "Tambah pegawai"]
    # The message lies over the table, inside it, where the rows would be.
    viewport = empty_window.employees_tab.table.viewport()
    assert state.parentWidget() is viewport and state.geometry() == viewport.rect()
    assert viewport.rect().contains(state.card.geometry())


def test_empty_state_import_button_opens_the_import_wizard(qtbot, empty_window) -> None:
    actions = empty_window.findChild(ReportActions, "report_actions")
    assert actions.wizard is None
    click(qtbot, empty_window.employees_tab.empty_state.buttons[0])
    assert actions.wizard is not None and actions.wizard.isVisible()
    actions.wizard.reject()


def test_empty_state_units_button_opens_the_units_and_jabatan_dialog(qtbot, empty_window) -> None:
    actions = empty_window.findChild(QObject, "organization_actions")
    click(qtbot, empty_window.employees_tab.empty_state.buttons[1])
    assert actions.dialog is not None and actions.dialog.isVisible()
    actions.dialog.close()


def test_empty_state_add_button_opens_the_new_employee_form(qtbot, empty_window) -> None:
    click(qtbot, empty_window.employees_tab.empty_state.buttons[2])
    form = empty_window.employee_actions.dialog
    assert isinstance(form, EmployeeForm) and form.isVisible()
    form.reject()


def test_empty_formations_and_contracts_say_how_they_fill(qtbot, empty_window) -> None:
    formations = empty_window.formations_tab.empty_state
    empty_window.tabs.setCurrentWidget(empty_window.formations_tab)
    qtbot.waitUntil(formations.isVisible)
    assert formations.title_label.text() == "Belum ada formasi."
    assert "kebutuhan pegawai per unit kerja" in formations.text_label.text()

    contracts = empty_window.contracts_tab.empty_state
    empty_window.tabs.setCurrentWidget(empty_window.contracts_tab)
    assert contracts.isVisible() and contracts.title_label.text() == "Belum ada perjanjian kerja."
    assert "pilih pegawai PPPK" in contracts.text_label.text()
    assert button_texts(contracts) == ["Buka tab Pegawai"]
    click(qtbot, contracts.buttons[0])
    assert empty_window.tabs.currentWidget() is empty_window.employees_tab


def test_a_full_list_shows_no_message(office_window) -> None:
    for tab in office_window.table_tabs.values():
        assert tab.model.total > 0
        assert not tab.empty_state.isVisible() and tab.empty_state.isHidden()


def test_search_without_match_says_so_and_clear_brings_the_rows_back(qtbot, office_window) -> None:
    tab = office_window.employees_tab
    before = tab.model.total
    search(qtbot, tab, "tidak ada nama begini")
    state = tab.empty_state
    qtbot.waitUntil(state.isVisible)
    assert state.kind == "no_match"
    assert state.title_label.text() == "Tidak ada yang cocok dengan pencarian atau filter."
    assert button_texts(state) == ["Hapus pencarian dan filter"]
    assert tab.count_label.text() == "0 pegawai"

    click(qtbot, state.buttons[0])
    assert tab.search.text() == "" and tab.model.total == before
    assert not state.isVisible()


def test_filters_that_select_nothing_offer_to_clear_them_too(qtbot, office_window) -> None:
    tab = office_window.employees_tab
    before = tab.model.total
    status = tab.filter_bar.widgets["status"]
    status.setCurrentIndex(status.findData(EmployeeStatus.CPNS))
    search(qtbot, tab, "Budi")  # Budi Santoso is a PNS: nobody is both
    qtbot.waitUntil(tab.empty_state.isVisible)
    assert tab.empty_state.kind == "no_match"

    click(qtbot, tab.empty_state.buttons[0])
    assert status.currentData() is None and tab.filter_bar.is_default()
    assert tab.model.total == before and not tab.empty_state.isVisible()


def test_no_match_on_contracts_clears_its_own_filters(qtbot, office_window) -> None:
    office_window.tabs.setCurrentWidget(office_window.contracts_tab)
    tab = office_window.contracts_tab
    before = tab.model.total
    search(qtbot, tab, "zzz")
    qtbot.waitUntil(tab.empty_state.isVisible)
    click(qtbot, tab.empty_state.buttons[0])
    assert tab.model.total == before and not tab.empty_state.isVisible()


def test_employees_who_all_left_are_not_called_missing(qtbot, db: Database) -> None:
    """Only retired staff: the default 'Aktif' filter shows none, but the database is not empty."""
    office = build_office(db, 3, contracts=False, formations=False)
    for employee_id in office.employee_ids:
        end_employee(db, employee_id, "retired", TODAY, "Mencapai batas usia pensiun", CLERK)
    tab = show(qtbot, db).employees_tab
    assert tab.model.total == 0 and tab.empty_state.kind == "empty"
    assert tab.empty_state.title_label.text() == "Tidak ada pegawai aktif."
    assert "Semua keadaan" in tab.empty_state.text_label.text()
    tab.filter_bar.widgets["employment_state"].setCurrentIndex(0)  # Semua keadaan: the three are there
    assert tab.model.total == 3 and not tab.empty_state.isVisible()


def test_empty_state_buttons_follow_their_actions(qtbot, empty_window) -> None:
    action = empty_window.employee_actions.action_new
    button = empty_window.employees_tab.empty_state.buttons[2]
    action.setEnabled(False)
    assert not button.isEnabled()
    action.setEnabled(True)
    assert button.isEnabled()
