"""Pengaturan Instansi: fields, live feedback beside them, saving through the service, undo, logo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from gui import file_dialogs
from gui.app import create_main_window
from models.entities.audit import AuditEntry
from models.services.organization import OfficeInput, get_office, save_office
from tests.factories import ADMIN
from tests.staff import TODAY

OFFICE = OfficeInput(
    name="BKPSDM Kota Palangka Raya", regency_code="62.71", regency_name="Kota Palangka Raya",
    ppk_name="Drs. Yohanes Tingang, M.Si.", ppk_nip="197105141996031002", ppk_title="Sekretaris Daerah",
    signing_city="Palangka Raya", contract_number_pattern="{seq}/PPPK/BKPSDM/{roman_month}/{year}",
    contract_number_pattern_pw="800.1.2.5/{seq}/PPPK-PW/{year}",
)


@pytest.fixture
def window(qtbot, db):
    win = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_dialog_shows_the_saved_settings_with_a_decoded_nip_and_example_numbers(qtbot, db, window) -> None:
    save_office(db, OFFICE, ADMIN)
    window.action_office_settings.trigger()
    dialog = window.dialogs["office_settings"]
    assert dialog.isVisible() and dialog.windowTitle() == "Pengaturan Instansi"
    assert dialog.edits["name"].text() == "BKPSDM Kota Palangka Raya"
    assert dialog.edits["ppk_nip"].text() == "197105141996031002"
    assert dialog.hints["ppk_nip"].text() == "Lahir 14 Mei 1971, TMT CPNS Maret 1996, laki-laki, nomor urut 2."
    assert dialog.hints["contract_number_pattern"].text() == "Contoh: 12/PPPK/BKPSDM/XI/2026"
    assert dialog.hints["contract_number_pattern_pw"].text() == "Contoh: 800.1.2.5/12/PPPK-PW/2026"
    assert dialog.paper_size.currentText().startswith("A4")
    assert not any(label.isVisible() for label in dialog.problem_labels.values())


def test_problems_show_beside_the_fields_as_the_clerk_types(qtbot, db, window) -> None:
    save_office(db, OFFICE, ADMIN)
    dialog = window.open_office_settings()
    retype(qtbot, dialog.edits["ppk_nip"], "19711514")
    assert dialog.problem_labels["ppk_nip"].isVisible()
    assert "18" in dialog.problem_labels["ppk_nip"].text()
    assert dialog.hints["ppk_nip"].text() == ""
    retype(qtbot, dialog.edits["contract_number_pattern"], "PPPK/{tahun}/{year}")
    problem = dialog.problem_labels["contract_number_pattern"].text()
    assert "{tahun} tidak dikenal" in problem and "{seq}" in problem
    assert dialog.hints["contract_number_pattern"].text() == ""
    assert not dialog.problem_labels["name"].isVisible()  # untouched fields stay quiet

    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing saved
    assert get_office(db).contract_number_pattern == OFFICE.contract_number_pattern
    assert dialog.edits["ppk_nip"].hasFocus() or dialog.focusWidget() is dialog.edits["ppk_nip"]


def test_saving_an_empty_form_names_every_missing_field(qtbot, db, window) -> None:
    dialog = window.open_office_settings()
    dialog.edits["contract_number_pattern"].clear()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and get_office(db) is None
    assert dialog.problem_labels["name"].text() == "wajib diisi"
    assert "62.71" in dialog.problem_labels["regency_code"].text()
    assert dialog.problem_labels["regency_name"].isVisible()
    assert "{seq}" in dialog.problem_labels["contract_number_pattern"].text()


def test_saving_changes_the_office_is_audited_and_can_be_undone(qtbot, db, window) -> None:
    save_office(db, OFFICE, ADMIN)
    dialog = window.open_office_settings()
    retype(qtbot, dialog.edits["signing_city"], "Sampit")
    dialog.paper_size.setCurrentIndex(dialog.paper_size.findData("F4"))
    retype(qtbot, dialog.edits["contract_number_pattern_pw"], "{seq}/PW/{month}/{year}")
    assert dialog.hints["contract_number_pattern_pw"].text() == "Contoh: 12/PW/11/2026"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    office = get_office(db)
    assert (office.signing_city, office.paper_size.value, office.contract_number_pattern_pw) == (
        "Sampit", "F4", "{seq}/PW/{month}/{year}")
    assert office.ppk_nip == "197105141996031002"
    with db.session_factory() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.entity, entry.summary) == ("office", "Pengaturan instansi")
    assert entry.actor == window.context.actor.username
    assert entry.changes["signing_city"] == ["Palangka Raya", "Sampit"]

    assert window.action_undo.text() == "&Urungkan Ubah pengaturan instansi"
    window.action_undo.trigger()
    assert get_office(db).signing_city == "Palangka Raya" and get_office(db).paper_size.value == "A4"
    window.action_redo.trigger()
    assert get_office(db).signing_city == "Sampit"


def test_a_logo_is_chosen_previewed_saved_and_removed(qtbot, monkeypatch, db, window, tmp_path: Path) -> None:
    save_office(db, OFFICE, ADMIN)
    picture = tmp_path / "logo.png"
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(picture))
    monkeypatch.setattr(file_dialogs, "choose_image", lambda *_args: str(picture))
    dialog = window.open_office_settings()
    assert dialog.logo_preview.text() == "(tanpa logo)" and not dialog.remove_logo_button.isEnabled()
    qtbot.mouseClick(dialog.choose_logo_button, Qt.MouseButton.LeftButton)
    assert not dialog.logo_preview.pixmap().isNull() and dialog.remove_logo_button.isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    stored = QImage.fromData(get_office(db).logo)
    assert (stored.width(), stored.height()) == (600, 400)  # shrunk: printed 22 mm wide

    dialog = window.open_office_settings()
    assert not dialog.logo_preview.pixmap().isNull()
    qtbot.mouseClick(dialog.remove_logo_button, Qt.MouseButton.LeftButton)
    assert dialog.logo_preview.text() == "(tanpa logo)"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert get_office(db).logo is None


def test_a_file_that_is_not_an_image_is_refused_beside_the_logo(qtbot, monkeypatch, db, window, tmp_path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("bukan gambar", encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "choose_image", lambda *_args: str(text))
    dialog = window.open_office_settings()
    qtbot.mouseClick(dialog.choose_logo_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_labels["logo"].text() == "Berkas 'logo.png' bukan gambar yang dapat dibaca."
    assert dialog.logo is None


def test_saving_without_changes_leaves_nothing_to_undo(qtbot, db, window) -> None:
    save_office(db, OFFICE, ADMIN)
    dialog = window.open_office_settings()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.context.undo_stack.count() == 0


def test_the_delegated_signer_the_part_time_term_and_the_number_date_are_set_in_the_window(qtbot, db,
                                                                                          window) -> None:
    save_office(db, OFFICE, ADMIN)
    window.action_office_settings.trigger()
    dialog = window.dialogs["office_settings"]
    retype(qtbot, dialog.edits["signer_name"], "Drs. Ahmad Yani, M.Si.")
    retype(qtbot, dialog.edits["signer_nip"], "19700101199003100")
    assert dialog.problem_labels["signer_nip"].isVisible()  # 17 digits
    retype(qtbot, dialog.edits["signer_nip"], "197001011990031001")
    assert dialog.hints["signer_nip"].text().startswith("Lahir 1 Januari 1970")
    retype(qtbot, dialog.edits["signer_title"], "Kepala BKPSDM Kota Palangka Raya")
    retype(qtbot, dialog.edits["delegation_basis"], "Keputusan Wali Kota Palangka Raya Nomor 45 Tahun 2025")
    dialog.term_spins["pw_term_months"].setValue(24)
    assert "masa bawaan (24 bulan)" in dialog.problem_labels["pw_term_months"].text()  # above the longest, 12
    dialog.term_spins["pw_term_months_max"].setValue(60)
    assert not dialog.problem_labels["pw_term_months"].isVisible()
    dialog.number_date.setCurrentIndex(dialog.number_date.findData("start"))
    dialog.edits["signer_title"].clear()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # refused: a signer needs a jabatan
    assert dialog.isVisible() and "wajib diisi bila ada pejabat" in dialog.problem_labels["signer_title"].text()
    retype(qtbot, dialog.edits["signer_title"], "Kepala BKPSDM Kota Palangka Raya")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    office = get_office(db)
    assert (office.signer_name, office.signer_nip, office.signer_title) == (
        "Drs. Ahmad Yani, M.Si.", "197001011990031001", "Kepala BKPSDM Kota Palangka Raya")
    assert office.delegation_basis.startswith("Keputusan Wali Kota")
    assert (office.pw_term_months, office.pw_term_months_min, office.pw_term_months_max) == (24, 12, 60)
    assert office.number_date == "start"
    window.action_undo.trigger()
    office = get_office(db)
    assert (office.signer_name, office.pw_term_months, office.number_date) == (None, 12, "print")


def test_a_saved_change_and_its_undo_say_so_in_the_status_bar(qtbot, db, window) -> None:
    save_office(db, OFFICE, ADMIN)
    window.action_office_settings.trigger()
    dialog = window.dialogs["office_settings"]
    retype(qtbot, dialog.edits["signing_city"], "Sampit")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Selesai: Ubah pengaturan instansi."
    window.action_undo.trigger()
    assert window.statusBar().currentMessage() == "Diurungkan: Ubah pengaturan instansi. Ctrl+Y mengulanginya."
    window.action_redo.trigger()
    assert window.statusBar().currentMessage() == "Selesai: Ubah pengaturan instansi."
