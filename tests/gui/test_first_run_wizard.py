"""The first-run wizard driven as a clerk would: every page, problems beside the fields blocking Next, the
number preview, Finish saving once, Cancel saving nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

import models.rules.passwords as passwords
from gui.dialogs.first_run import FirstRunWizard, StartChoice
from models.services.errors import FieldProblem, ValidationFailed
from models.services.first_run import needs_setup
from models.services.organization import get_office
from models.services.users import create_first_admin, has_users, sign_in

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


@pytest.fixture
def wizard(qtbot, db) -> FirstRunWizard:
    w = FirstRunWizard(db, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.open()
    qtbot.waitExposed(w)
    return w


def click(qtbot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def pick_regency(qtbot, wizard: FirstRunWizard, typed: str) -> None:
    """Type part of the name and take the first suggestion, as with the keyboard."""
    page = wizard.office_page
    qtbot.keyClicks(page.search, typed)
    popup = page.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def fill_to_admin(qtbot, wizard: FirstRunWizard) -> None:
    next_page(qtbot, wizard)
    pick_regency(qtbot, wizard, "palangka")
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.ppk_page.edits["ppk_name"], "Drs. Yohanes Tingang, M.Si.")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.admin_page


def fill_admin(qtbot, wizard: FirstRunWizard) -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.edits["full_name"], "Siti Rahmawati")
    qtbot.keyClicks(page.edits["password"], "rahasia-kantor-1")
    qtbot.keyClicks(page.edits["password_repeat"], "rahasia-kantor-1")


def test_every_page_then_finish_saves_the_office_and_the_admin_once(qtbot, db, wizard) -> None:
    assert "simpeg.sqlite" in wizard.welcome_page.privacy.text()
    next_page(qtbot, wizard)
    office = wizard.office_page
    assert wizard.currentPage() is office
    next_page(qtbot, wizard)  # no regency yet: stays, and says why beside the combo
    assert wizard.currentPage() is office
    assert office.problem_labels["regency_code"].isVisible()
    assert "pilih kabupaten/kota" in office.problem_labels["regency_code"].text()

    pick_regency(qtbot, wizard, "palangka")
    assert office.province.currentText() == "Kalimantan Tengah"
    assert office.regency_combo.currentText() == "Kota Palangka Raya"
    assert office.edits["name"].text() == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palangka Raya"
    assert office.kecamatan_list.count() == 5 and office.kecamatan_list.item(0).text() == "Pahandut"
    assert office.kecamatan_count.text().startswith("5 kecamatan di Kota Palangka Raya")
    assert not office.problem_labels["regency_code"].isVisible()
    qtbot.keyClicks(office.edits["address"], "Jl. Tjilik Riwut Km. 5,5")
    next_page(qtbot, wizard)

    ppk = wizard.ppk_page
    assert wizard.currentPage() is ppk
    assert ppk.edits["ppk_title"].text() == "Wali Kota Palangka Raya"
    assert ppk.edits["signing_city"].text() == "Palangka Raya"
    qtbot.keyClicks(ppk.edits["ppk_name"], "Drs. Yohanes Tingang, M.Si.")
    qtbot.keyClicks(ppk.edits["ppk_nip"], "197105141996131002")  # month 13 of the TMT CPNS
    assert ppk.problem_labels["ppk_nip"].isVisible() and ppk.problem_labels["ppk_nip"].text()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is ppk  # an invalid NIP blocks Next
    assert ppk.edits["ppk_nip"].hasFocus()
    retype(qtbot, ppk.edits["ppk_nip"], "19710514 199603 1 002")
    assert not ppk.problem_labels["ppk_nip"].isVisible()
    assert ppk.hints["ppk_nip"].text() == "Lahir 14 Mei 1971, TMT CPNS Maret 1996, laki-laki, nomor urut 2."
    next_page(qtbot, wizard)

    numbering = wizard.numbering_page
    assert wizard.currentPage() is numbering
    pattern = numbering.edits["contract_number_pattern"]
    assert numbering.hints["contract_number_pattern"].text() == "Nomor pertama: 1/PPPK/BKPSDM/XI/2026"
    retype(qtbot, pattern, "800.1.2.5/PPPK/{year}")
    assert "{seq}" in numbering.problem_labels["contract_number_pattern"].text()
    assert not numbering.hints["contract_number_pattern"].isVisible()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is numbering  # a pattern without {seq} blocks Next
    pattern.setCursorPosition(len("800.1.2.5/"))
    qtbot.mouseClick(numbering.placeholder_buttons["seq"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pattern, "/")
    assert pattern.text() == "800.1.2.5/{seq}/PPPK/{year}"
    assert numbering.hints["contract_number_pattern"].text() == "Nomor pertama: 800.1.2.5/1/PPPK/2026"
    assert not numbering.problem_labels["contract_number_pattern"].isVisible()
    assert numbering.hints["contract_number_pattern_pw"].text() == "Memakai pola PPPK."
    qtbot.keyClicks(numbering.edits["contract_number_pattern_pw"], "{seq}/PPPK-PW/{roman_month}/{year}")
    assert numbering.hints["contract_number_pattern_pw"].text() == "Nomor pertama: 1/PPPK-PW/XI/2026"
    next_page(qtbot, wizard)

    admin = wizard.admin_page
    assert wizard.currentPage() is admin and admin.edits["username"].text() == "admin"
    qtbot.keyClicks(admin.edits["full_name"], "Siti Rahmawati")
    qtbot.keyClicks(admin.edits["password"], "rahasia-kantor-1")
    qtbot.keyClicks(admin.edits["password_repeat"], "rahasia-kantor-2")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is admin
    assert "tidak sama" in admin.problem_labels["password_repeat"].text()
    retype(qtbot, admin.edits["password_repeat"], "rahasia-kantor-1")
    assert not admin.problem_labels["password_repeat"].isVisible()
    next_page(qtbot, wizard)

    start = wizard.start_page
    assert wizard.currentPage() is start
    summary = start.summary.text()
    for shown in ("Kota Palangka Raya (62.71), 5 kecamatan", "Wali Kota Palangka Raya",
                  "800.1.2.5/1/PPPK/2026", "1/PPPK-PW/XI/2026", "admin (Siti Rahmawati)"):
        assert shown in summary
    assert not has_users(db)  # nothing is written before Finish
    demo = start.buttons[StartChoice.DEMO]
    qtbot.mouseClick(demo, Qt.MouseButton.LeftButton, pos=QPoint(8, demo.height() // 2))  # on its circle
    assert demo.isChecked() and not start.buttons[StartChoice.EMPTY].isChecked()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    assert wizard.user.username == "admin" and wizard.user.role.value == "admin"
    assert wizard.start_choice is StartChoice.DEMO and wizard.regency_code == "62.71"
    assert wizard.admin_input.username == "admin" and wizard.admin_input.password == "rahasia-kantor-1"
    saved = get_office(db)
    assert saved.name == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palangka Raya"
    assert (saved.address, saved.ppk_nip, saved.signing_city) == ("Jl. Tjilik Riwut Km. 5,5", "197105141996031002",
                                                                  "Palangka Raya")
    assert saved.contract_number_pattern == "800.1.2.5/{seq}/PPPK/{year}"
    assert sign_in(db, "admin", "rahasia-kantor-1").id == wizard.user.id


def test_cancel_saves_nothing_and_returns_no_user(qtbot, db, wizard) -> None:
    fill_to_admin(qtbot, wizard)
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.user is None and wizard.start_choice is None and wizard.admin_input is None
    assert needs_setup(db) and get_office(db) is None


def test_escape_closes_without_asking_or_saving(qtbot, db, wizard) -> None:
    next_page(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and needs_setup(db)


def test_a_kabupaten_fills_the_bupati_and_asks_for_its_capital(qtbot, wizard) -> None:
    next_page(qtbot, wizard)
    office = wizard.office_page
    office.province.setCurrentIndex(office.province.findText("Kalimantan Tengah"))
    office.regency_combo.setCurrentIndex(office.regency_combo.findText("Kabupaten Kapuas"))
    assert office.edits["name"].text().endswith("Kabupaten Kapuas")
    assert office.kecamatan_count.text().startswith(f"{office.kecamatan_list.count()} kecamatan di Kabupaten Kapuas")
    assert office.kecamatan_list.count() > 10
    next_page(qtbot, wizard)
    ppk = wizard.ppk_page
    assert ppk.edits["ppk_title"].text() == "Bupati Kapuas" and ppk.edits["signing_city"].text() == ""
    assert "ibu kota Kabupaten Kapuas" in ppk.hints["signing_city"].text()
    qtbot.keyClicks(ppk.edits["signing_city"], "Kuala Kapuas")
    assert not ppk.hints["signing_city"].isVisible()

    # Back to another regency: the filled-in names follow, what the clerk typed stays.
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    office.regency_combo.setCurrentIndex(office.regency_combo.findText("Kota Palangka Raya"))
    assert office.edits["name"].text().endswith("Kota Palangka Raya")
    next_page(qtbot, wizard)
    assert ppk.edits["ppk_title"].text() == "Wali Kota Palangka Raya"
    assert ppk.edits["signing_city"].text() == "Kuala Kapuas"


def test_a_name_typed_by_the_clerk_is_kept_when_the_regency_changes(qtbot, wizard) -> None:
    next_page(qtbot, wizard)
    pick_regency(qtbot, wizard, "kapuas")
    office = wizard.office_page
    assert office.regency_combo.currentText() == "Kabupaten Kapuas"
    retype(qtbot, office.edits["name"], "BKPSDM Kabupaten Kapuas")
    office.regency_combo.setCurrentIndex(office.regency_combo.findText("Kota Palangka Raya"))
    assert office.edits["name"].text() == "BKPSDM Kabupaten Kapuas"


def test_finish_on_a_database_set_up_meanwhile_says_why_and_stays(qtbot, db, wizard) -> None:
    fill_to_admin(qtbot, wizard)
    fill_admin(qtbot, wizard)
    next_page(qtbot, wizard)
    create_first_admin(db, "lain", "Orang Lain", "rahasia-kantor-9")  # another window got there first
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and wizard.currentPage() is wizard.start_page
    assert wizard.start_page.error.isVisible() and "sudah disiapkan" in wizard.start_page.error.text()
    assert wizard.user is None and get_office(db) is None


def test_a_problem_found_on_finish_is_shown_on_its_page(qtbot, db, wizard, monkeypatch) -> None:
    import gui.dialogs.first_run.wizard as wizard_module

    def refuse(_db, _office, _admin):
        raise ValidationFailed([FieldProblem("ppk_nip", "NIP ini sudah dipakai pegawai lain")])

    monkeypatch.setattr(wizard_module, "set_up_office", refuse)
    fill_to_admin(qtbot, wizard)
    fill_admin(qtbot, wizard)
    next_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.currentPage() is wizard.ppk_page and wizard.isVisible()
    label = wizard.ppk_page.problem_labels["ppk_nip"]
    assert label.isVisible() and label.text() == "NIP ini sudah dipakai pegawai lain"
    assert needs_setup(db)


def test_the_wizard_fits_a_1366_by_768_screen(wizard) -> None:
    for page in wizard.pages():
        wizard.setStartId(wizard.page_ids[page])
        wizard.restart()
        assert wizard.sizeHint().height() <= 700 and wizard.sizeHint().width() <= 1000
    assert wizard.width() <= 760 and wizard.height() <= 600


def test_without_the_demo_choice_import_is_chosen_and_no_password_is_kept(qtbot, db) -> None:
    wizard = FirstRunWizard(db, allow_demo=False, today=lambda: TODAY)
    qtbot.addWidget(wizard)
    wizard.open()
    fill_to_admin(qtbot, wizard)
    fill_admin(qtbot, wizard)
    next_page(qtbot, wizard)
    start = wizard.start_page
    assert not start.buttons[StartChoice.DEMO].isVisible() and start.buttons[StartChoice.IMPORT].isVisible()
    importing = start.buttons[StartChoice.IMPORT]
    qtbot.mouseClick(importing, Qt.MouseButton.LeftButton, pos=QPoint(8, importing.height() // 2))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.start_choice is StartChoice.IMPORT and wizard.admin_input is None
    assert wizard.user is not None and wizard.office.regency_code == "62.71"


def test_search_takes_the_suggestion_chosen_and_enter_takes_the_first_without_leaving_the_page(qtbot, wizard) -> None:
    next_page(qtbot, wizard)
    office = wizard.office_page
    qtbot.keyClicks(office.search, "kapuas")
    popup = office.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [office.search_model.index(i).data() for i in range(office.search_model.rowCount())] == [
        "Kabupaten Kapuas — Kalimantan Tengah", "Kabupaten Kapuas Hulu — Kalimantan Barat"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert office.regency_combo.currentText() == "Kabupaten Kapuas Hulu"
    assert office.province.currentText() == "Kalimantan Barat"
    assert office.search.text() == "Kabupaten Kapuas Hulu — Kalimantan Barat"

    retype(qtbot, office.search, "palangkaraya")
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(office.search, Qt.Key.Key_Return)
    assert office.regency_combo.currentText() == "Kota Palangka Raya"
    assert wizard.currentPage() is office  # Enter in the search chose; it did not go on
