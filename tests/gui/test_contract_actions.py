"""Contract actions through the window: new contract, renew and undo, mark signed, end with a reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from gui.app import create_main_window
from gui.features.contract_actions import ContractActions
from gui.main_window import MainWindow
from models.entities import Contract
from models.vocabulary import ContractStatus
from tests.gui.contract_office import ContractOffice, build_contract_office
from tests.staff import TODAY

S = ContractStatus


@pytest.fixture
def office(db) -> ContractOffice:
    return build_contract_office(db)


@pytest.fixture
def window(qtbot, db, office) -> MainWindow:
    win = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def actions(window: MainWindow) -> ContractActions:
    return window.contract_actions


def select_rows(tab, predicate) -> int:
    """Select, like a ctrl-click on each, the rows whose row object satisfies `predicate`; returns how many."""
    model, selection = tab.model, tab.table.selectionModel()
    selection.clearSelection()
    chosen = [r for r in range(model.rowCount()) if predicate(model.row_at(r))]
    for r in chosen:
        selection.select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    if chosen:
        selection.setCurrentIndex(model.index(chosen[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    return len(chosen)


def click_action(qtbot, tab, action) -> None:
    button = tab.action_bar.widgetForAction(action)
    assert button is not None and button.isEnabled(), action.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def contract(db, contract_id: int) -> Contract | None:
    with db.session_factory() as s:
        return s.get(Contract, contract_id)


def contracts_of(db, employee_id: int) -> list[Contract]:
    with db.session_factory() as s:
        return list(s.query(Contract).filter_by(employee_id=employee_id).order_by(Contract.id))


def tab_texts(window, employee_name: str, key: str) -> list[str]:
    model = window.contracts_tab.model
    column = model.column_of(key)
    return [model.index(r, column).data() for r in range(model.rowCount())
            if model.row_at(r).employee_name == employee_name]


def wait_job(qtbot, window) -> None:
    qtbot.waitUntil(lambda: actions(window).job is None, timeout=15000)


def test_actions_are_on_the_tabs_and_in_the_menu(window) -> None:
    texts = [a.text() for a in window.menu_contracts.actions() if not a.isSeparator()]
    assert texts == ["Perjanjian &baru…", "&Perpanjang…", "Daftar perpanjangan &jatuh tempo…",
                     "Tandai &ditandatangani…", "&Akhiri…", "&Cetak perjanjian…", "Periksa &keaslian perjanjian…",
                     "Tabel &gaji dan upah…", "&Templat perjanjian…"]
    assert actions(window).action_print.shortcut().toString() == "Ctrl+P"
    # Actions on the selection are off until a row is selected.
    assert not actions(window).action_renew.isEnabled()
    assert not actions(window).action_new_for_employees.isEnabled()


def test_new_contract_for_a_selected_pppk_through_the_dialog_and_undo(qtbot, window, db, office) -> None:
    eko, budi = office.staff.employee_ids[4], office.staff.employee_ids[0]  # PPPK Paruh Waktu (contract ended), PNS
    window.tabs.setCurrentWidget(window.employees_tab)
    assert select_rows(window.employees_tab, lambda r: r.id in (eko, budi)) == 2
    click_action(qtbot, window.employees_tab, actions(window).action_new_for_employees)
    dialog = actions(window).dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Eko Prasetyo"
    assert dialog.start_edits[0].date() == QDate(2026, 12, 1)  # the first of next month
    assert dialog.end_edits[0].date() == QDate(2027, 11, 30)  # one year for PPPK Paruh Waktu
    assert dialog.hours_edits[0].value() == 20 and dialog.hours_edits[0].text() == "20,0 jam"
    skipped = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert skipped == ["Budi Santoso, S.Pd. (19700101 1994 01 1 001): berstatus PNS; perjanjian kerja hanya untuk "
                       "PPPK dan PPPK Paruh Waktu"]
    salary = dialog.salary_edits[0]
    salary.clear()
    click(qtbot, dialog.create_button)  # a blank wage is refused in the dialog, beside the row
    assert "Baris 1 (Eko Prasetyo): gaji/upah belum diisi" in dialog.problem.text() and dialog.isVisible()
    qtbot.keyClicks(salary, "3.250.000")
    click(qtbot, dialog.create_button)
    wait_job(qtbot, window)

    created = [c for c in contracts_of(db, eko) if c.status is S.DRAFT]
    assert len(created) == 1
    assert (created[0].start_date, created[0].end_date, created[0].salary) == (
        date(2026, 12, 1), date(2027, 11, 30), Decimal("3250000.00"))
    assert "01-12-2026" in tab_texts(window, "Eko Prasetyo", "start")
    assert window.action_undo.text() == "&Urungkan Perjanjian baru (1)"

    window.action_undo.trigger()
    assert contract(db, created[0].id) is None
    assert "01-12-2026" not in tab_texts(window, "Eko Prasetyo", "start")
    window.action_redo.trigger()
    again = [c for c in contracts_of(db, eko) if c.status is S.DRAFT]
    assert [(c.start_date, c.salary) for c in again] == [(date(2026, 12, 1), Decimal("3250000.00"))]


def test_renew_two_contracts_then_undo_and_redo(qtbot, window, db, office) -> None:
    window.tabs.setCurrentWidget(window.contracts_tab)
    running, expired = office.contract(1), office.contract(5)  # dewi (active, ends 30-11-2026), Siti (expired)
    assert select_rows(window.contracts_tab, lambda r: r.id in (running, expired)) == 2
    click_action(qtbot, window.contracts_tab, actions(window).action_renew)
    dialog = actions(window).dialog
    assert dialog.summary.text() == "2 perjanjian akan diperpanjang."
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(1, 8)]
            for r in range(dialog.table.rowCount())}
    assert rows["dewi lestari, S.Pd."][3:6] == ["01-12-2026", "30-11-2031", "60"]
    assert rows["Siti Aminah"][3:7] == ["01-06-2026", "28-02-2031", "57", "dibatasi akhir bulan BUP"]
    click(qtbot, dialog.renew_button)
    wait_job(qtbot, window)

    with db.session_factory() as s:
        new = list(s.query(Contract).filter(Contract.renews_id.in_((running, expired))).order_by(Contract.renews_id))
    assert [(c.renews_id, c.status, c.start_date) for c in new] == [
        (running, S.DRAFT, date(2026, 12, 1)), (expired, S.DRAFT, date(2026, 6, 1))]
    assert contract(db, expired).status is S.RENEWED  # it had run out: closed as renewed
    assert contract(db, running).status is S.ACTIVE  # still running until its successor takes over
    assert tab_texts(window, "Siti Aminah", "status").count("Draf") == 1

    window.action_undo.trigger()
    assert all(contract(db, c.id) is None for c in new)
    assert contract(db, expired).status is S.EXPIRED and contract(db, running).status is S.ACTIVE
    assert "Draf" not in tab_texts(window, "Siti Aminah", "status")

    window.action_redo.trigger()
    with db.session_factory() as s:
        assert s.query(Contract).filter(Contract.renews_id.in_((running, expired))).count() == 2
    assert contract(db, expired).status is S.RENEWED


def test_mark_signed_with_date_and_place_then_undo_returns_it_to_printed(qtbot, window, db, office) -> None:
    printed = office.contract(6)  # Agus, printed
    window.tabs.setCurrentWidget(window.contracts_tab)
    assert select_rows(window.contracts_tab, lambda r: r.id == printed) == 1
    click_action(qtbot, window.contracts_tab, actions(window).action_sign)
    dialog = actions(window).dialog
    assert dialog.place_edit.text() == "Palangka Raya"  # the office's signing city
    dialog.date_edit.setDate(QDate(2026, 11, 20))
    dialog.place_edit.clear()
    qtbot.keyClicks(dialog.place_edit, "Aula Jayang Tingang")
    click(qtbot, dialog.ok_button)
    wait_job(qtbot, window)

    signed = contract(db, printed)
    assert (signed.status, signed.signing_date, signed.signing_place) == (
        S.SIGNED, date(2026, 11, 20), "Aula Jayang Tingang")
    assert tab_texts(window, "Agus Salim", "status") == ["Ditandatangani"]
    window.action_undo.trigger()
    back = contract(db, printed)
    assert (back.status, back.signing_date, back.signing_place) == (S.PRINTED, None, None)
    assert tab_texts(window, "Agus Salim", "status") == ["Dicetak"]


def test_mark_signed_refuses_a_draft_with_a_clear_message(qtbot, window, db, office) -> None:
    window.tabs.setCurrentWidget(window.contracts_tab)
    select_rows(window.contracts_tab, lambda r: r.id == office.contract(7))  # Gita, draft
    click_action(qtbot, window.contracts_tab, actions(window).action_sign)
    click(qtbot, actions(window).dialog.ok_button)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_box") is not None, timeout=15000)
    box = window.findChild(QMessageBox, "error_box")
    assert "berstatus Draf" in box.text() and "cetak dahulu agar bernomor" in box.text()
    assert contract(db, office.contract(7)).status is S.DRAFT
    assert window.context.undo_stack.count() == 0


def test_end_a_contract_with_a_reason_and_undo(qtbot, window, db, office) -> None:
    active = office.contract(3)  # Indah, active until 2029
    window.tabs.setCurrentWidget(window.contracts_tab)
    assert select_rows(window.contracts_tab, lambda r: r.id == active) == 1
    click_action(qtbot, window.contracts_tab, actions(window).action_end)
    dialog = actions(window).dialog
    assert dialog.outcome.currentText() == "Diputus sebelum masanya habis"  # still running: only a termination
    dialog.date_edit.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(dialog.reason.lineEdit(), "Diberhentikan dengan hormat atas permintaan sendiri")
    click(qtbot, dialog.ok_button)

    ended = contract(db, active)
    assert (ended.status, ended.ended_on, ended.end_reason) == (
        S.TERMINATED, date(2026, 11, 20), "Diberhentikan dengan hormat atas permintaan sendiri")
    assert tab_texts(window, "Indah Sari", "status") == ["Diputus"]
    window.action_undo.trigger()
    back = contract(db, active)
    assert (back.status, back.ended_on, back.end_reason) == (S.ACTIVE, None, None)


def test_terminating_without_a_reason_says_which_field(qtbot, window, db, office) -> None:
    window.tabs.setCurrentWidget(window.contracts_tab)
    select_rows(window.contracts_tab, lambda r: r.id == office.contract(3))
    click_action(qtbot, window.contracts_tab, actions(window).action_end)
    click(qtbot, actions(window).dialog.ok_button)
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and "Alasan berakhir: wajib diisi untuk pemutusan perjanjian" in box.text()
    assert contract(db, office.contract(3)).status is S.ACTIVE
    assert window.context.undo_stack.count() == 0


def test_the_renewal_list_offers_every_contract_due_for_renewal(qtbot, window, office) -> None:
    window.contract_actions.action_renewal_list.trigger()  # Perjanjian Kerja > Daftar perpanjangan jatuh tempo…
    dialog = actions(window).dialog
    names = sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
    # Ending within 6 months (full-time) or 3 months (part-time), or already ended without a successor.
    assert names == ["Eko Prasetyo", "Joko Susilo, S.Pd.", "Siti Aminah", "dewi lestari, S.Pd."]
    tick = dialog.same_start
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(8, tick.height() // 2))  # on its box
    assert tick.isChecked() and dialog.start_edit.isEnabled()
    dialog.start_edit.setDate(QDate(2027, 1, 1))
    starts = {dialog.table.item(r, 0).text(): dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert starts["Joko Susilo, S.Pd."] == "01-01-2027"
    assert dialog.summary.text() == "4 perjanjian akan diperpanjang."
