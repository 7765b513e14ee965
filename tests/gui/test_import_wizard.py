"""The roster import wizard on a real database: a roster with title rows and odd headers, from file to summary."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import func, select

from gui.app import create_main_window
from gui.dialogs.import_wizard.preview_page import labelled
from gui.table_models.roster_preview import COLUMN_OUTCOME, COLUMN_PROBLEMS, COLUMN_ROW
from models.entities import AuditEntry, Employee, Unit
from models.rules.nip import build_pns_nip, build_pppk_nip
from models.services.jobs import Progress, run_to_end
from reports.roster import IGNORED
from tests.factories import make_position, make_unit
from tests.staff import TODAY, build_office

BUDI_NIP = build_pns_nip(date(1985, 3, 12), date(2010, 1, 1), "L", 3)
SITI_NIP = build_pppk_nip(date(1990, 1, 15), 2024, "21", "P", 1)
AGUS_NIP = build_pns_nip(date(1979, 7, 2), date(2005, 3, 1), "L", 11)
HEADERS = ["No.", "NIP Baru", "Nama Lengkap", "Tgl. Lahir", "L/P", "Gol/Ruang", "Sts", "Jabatan", "Unit Kerja",
           "Kec.", "TMT P3K"]
STATUS_COLUMN = 6  # "Sts": no office writes it so; the clerk maps it by hand


def write_roster(path: Path, extra_rows: int = 0) -> Path:
    """Two sheets: notes first, then the roster under two title rows and a blank row (header on row 4)."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Catatan"
    notes.append(["Diisi oleh operator tiap OPD"])
    sheet = book.create_sheet("Pegawai")
    sheet.append(["DAFTAR PEGAWAI DINAS PENDIDIKAN"])
    sheet.append(["Keadaan per 1 November 2026"])
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append([1, f"'{BUDI_NIP}", "Budi Santoso", "12-03-1985", "L", "III/b", "PNS", "Guru Kelas Ahli Pertama",
                  "SD Negeri 3 Menteng", "Jekan Raya", ""])
    # An 18-digit NIP typed into a number cell has already lost its last digits: Excel row 6 is refused.
    sheet.append([2, 199001152024212001, "Siti Aminah", "15/01/1990", "P", "IX", "PPPK", "Perawat Ahli Pertama",
                  "Puskesmas Menteng", "Jekan Raya", "01-03-2024"])
    sheet.append([3, SITI_NIP, "Siti Aminah", date(1990, 1, 15), "Perempuan", "IX", "PPPK", "Perawat Ahli Pertama",
                  "Puskesmas Menteng", "Jekan Raya", date(2024, 3, 1)])
    sheet.append([4, AGUS_NIP, "Agus Salim", "2 Juli 1979", "L", "3c", "PNS", "Pengadministrasi Umum",
                  "SD Negeri 3 Menteng", "Jekan Raya"])
    for i in range(extra_rows):
        born = date(1960, 1, 1) + timedelta(days=i % 5000)  # with the sequence below: every NIP differs
        sheet.append([5 + i, build_pns_nip(born, date(2000, 1, 1), "L", 1 + i // 5000), f"Pegawai {i}", born,
                      "L", "III/a", "PNS", "Pengadministrasi Umum", "SD Negeri 3 Menteng", "Jekan Raya"])
    sheet.append([])
    sheet.append(["", "", "Kepala Dinas Pendidikan"])
    book.save(path)
    return path


@pytest.fixture
def window(qtbot, db):
    win = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(win)
    return win


def employee_count(db) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Employee))


def table_snapshot(db) -> tuple:
    with db.session_factory() as session:
        return (session.scalar(select(func.count()).select_from(Employee)),
                session.scalar(select(func.count()).select_from(Unit)),
                session.scalar(select(func.count()).select_from(AuditEntry)),
                tuple(session.execute(select(Employee.nip, Employee.name, Employee.version)
                                      .order_by(Employee.nip)).all()))


def click(qtbot, wizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_wizard(qtbot, window, roster: Path, actions=None):
    actions = actions or window.report_actions
    menu_texts = [a.text() for a in window.menu_reports.actions()]
    assert "&Impor daftar pegawai (Excel)…" in menu_texts
    assert actions.action_import in window.menu_file.actions()
    assert actions.action_import in window.employees_tab.action_bar.actions()
    actions.action_import.trigger()
    wizard = actions.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.keyClicks(wizard.file_page.path_edit, str(roster))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.file_page.sheet_list.count() == 2)
    return actions, wizard


def wait_preview(qtbot, preview) -> None:
    # Its result arrives a moment before its job has finished (and the Impor button can be enabled).
    qtbot.waitUntil(lambda: preview.state.preview is not None and not preview.is_running, timeout=10_000)


def to_preview(qtbot, wizard, create_new: bool = True) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    mapping = wizard.mapping_page
    combo = mapping.field_combo(STATUS_COLUMN)
    if mapping.state.remembered:  # this window imported a file with these headers: its mapping comes back
        assert combo.currentData() == "status" and mapping.remembered_label.isVisible()
    else:
        assert combo.currentData() == IGNORED and mapping.remembered_label.isHidden()
        combo.setCurrentIndex(combo.findText("Status kepegawaian"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page
    wait_preview(qtbot, preview)
    if create_new and not preview.create_new.isChecked():  # no units known yet: the clerk confirms new ones
        preview.create_new.setChecked(True)
        wait_preview(qtbot, preview)


def test_wizard_finds_header_guesses_columns_previews_and_imports(qtbot, window, db, tmp_path) -> None:
    _actions, wizard = open_wizard(qtbot, window, write_roster(tmp_path / "daftar pegawai.xlsx"))
    files = wizard.file_page
    assert files.chosen_sheet == "Pegawai"  # the sheet with a header row, not the first one
    assert files.sheet_list.currentItem().text() == "Pegawai — judul kolom di baris 4, 10 baris"

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    mapping = wizard.mapping_page
    assert mapping.header_spin.value() == 4
    guessed = {column: mapping.field_combo(column).currentData() for column in range(len(HEADERS))}
    assert guessed == {0: IGNORED, 1: "nip", 2: "name", 3: "birth_date", 4: "sex", 5: "golongan", 6: IGNORED,
                       7: "position", 8: "unit", 9: "kecamatan", 10: "tmt_pppk"}
    assert mapping.table.item(1, 2).text() == f"'{BUDI_NIP}"  # an example value under each header
    # Two columns for one field: the page says so and will not go on.
    mapping.field_combo(0).setCurrentIndex(mapping.field_combo(0).findText("NIP / NI PPPK"))
    assert "dipetakan ke dua kolom (B dan A)" in mapping.problems_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    mapping.field_combo(0).setCurrentIndex(mapping.field_combo(0).findText("— abaikan —"))
    assert mapping.problems_label.isHidden()
    # A header row set by hand is read again: row 3 is blank, so nothing is mapped and NIP is missing.
    mapping.header_spin.setValue(3)
    assert "Kolom NIP belum dipetakan" in mapping.problems_label.text()
    mapping.header_spin.setValue(4)
    assert mapping.field_combo(1).currentData() == "nip"
    combo = mapping.field_combo(STATUS_COLUMN)
    combo.setCurrentIndex(combo.findText("Status kepegawaian"))

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page
    wait_preview(qtbot, preview)
    assert preview.counts_label.text() == "Baru 0 · Diubah 0 · Tetap 0 · Ditolak 4"  # no unit is known yet
    preview.create_new.setChecked(True)
    wait_preview(qtbot, preview)
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert preview.counts_label.text() == "Baru 3 · Diubah 0 · Tetap 0 · Ditolak 1"
    assert preview.model.rowCount() == 4
    qtbot.mouseClick(preview.problems_only, Qt.MouseButton.LeftButton)
    assert preview.model.rowCount() == 4  # the rejected row, and the new ones saying which units they create
    rows = [[preview.model.index(r, c).data() for c in range(preview.model.columnCount())] for r in range(4)]
    (row,) = [r for r in rows if r[COLUMN_OUTCOME] == "ditolak"]
    assert row[COLUMN_ROW] == "6" and "tersimpan sebagai angka" in row[COLUMN_PROBLEMS]
    assert all("Unit kerja baru: " in r[COLUMN_PROBLEMS] for r in rows if r[COLUMN_OUTCOME] == "baru")
    assert employee_count(db) == 0  # the preview wrote nothing

    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Impor"
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.import_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.status_label.text() == "Impor selesai: Baru 3 · Diubah 0 · Tetap 0 · Ditolak 1."
    counts = {key: label.text() for key, label in page.count_labels.items()}
    assert counts == {"imported": "3", "updated": "0", "unchanged": "0", "rejected": "1", "created_units": "2",
                      "created_positions": "3", "new_kecamatan": "1"}
    created = page.created_text.toPlainText()
    assert "Unit kerja baru (2):\n  SD Negeri 3 Menteng" in created and "  Puskesmas Menteng" in created
    assert "Kecamatan baru (1):\n  Jekan Raya" in created
    assert employee_count(db) == 3
    # The window read the new staff again.
    assert window.employees_tab.model.rowCount() == 3
    assert "Pegawai aktif: 3" in window.status_counts.text()

    report = tmp_path / "laporan.xlsx"
    asked: list[str] = []
    page.ask_report_path = lambda suggested: asked.append(suggested) or str(report)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path / "Laporan impor daftar pegawai.xlsx")]
    qtbot.waitUntil(lambda: page.report_label.text().startswith("Laporan disimpan"), timeout=10_000)
    rejected = openpyxl.load_workbook(report)["Ditolak"]
    assert [c.value for c in rejected[1]] == [*HEADERS, "Alasan penolakan"]
    assert rejected.max_row == 2 and rejected["C2"].value == "Siti Aminah"
    assert "tersimpan sebagai angka" in rejected.cell(2, len(HEADERS) + 1).value

    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()


def test_importing_the_same_file_again_changes_nothing(qtbot, window, db, tmp_path) -> None:
    roster = write_roster(tmp_path / "daftar.xlsx")
    actions, wizard = open_wizard(qtbot, window, roster)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    before = table_snapshot(db)

    _actions, again = open_wizard(qtbot, window, roster, actions)
    assert again is not wizard
    to_preview(qtbot, again)
    assert again.mapping_page.state.remembered  # the clerk mapped "Sts" by hand once; not again
    assert again.preview_page.counts_label.text() == "Baru 0 · Diubah 0 · Tetap 3 · Ditolak 1"
    # Nothing to add or change: the Impor button stays off and the page says why.
    assert not again.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert again.preview_page.status_label.text() == "Tidak ada baris yang akan ditambahkan atau diubah."
    assert table_snapshot(db) == before


def test_cancelled_import_leaves_the_database_as_it_was(qtbot, window, db, tmp_path, monkeypatch) -> None:
    import models.services.roster_import as roster_import

    build_office(db, 12)
    before = table_snapshot(db)
    # Hold the import at its start (in its worker thread) until the clerk has pressed the cancel button.
    entered, release = threading.Event(), threading.Event()
    release.set()  # the preview passes
    real_load = roster_import.OrganizationPlan.load

    def held_load(conn):
        entered.set()
        release.wait(10)
        return real_load(conn)

    monkeypatch.setattr(roster_import.OrganizationPlan, "load", staticmethod(held_load))
    _actions, wizard = open_wizard(qtbot, window, write_roster(tmp_path / "daftar.xlsx", extra_rows=1500))
    to_preview(qtbot, wizard)
    assert wizard.preview_page.counts_label.text().startswith("Baru 1.503 ·")
    entered.clear()
    release.clear()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.import_page
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert page.cancel_button.isVisible() and not page.isComplete()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.status_label.text() == "Impor dibatalkan; tidak ada perubahan yang disimpan."
    assert wizard.state.result is None and page.report_button.isHidden() and page.created_text.isHidden()
    assert table_snapshot(db) == before


def test_an_import_cancelled_once_it_writes_finishes_and_keeps_its_result(qtbot, window, db, tmp_path,
                                                                          monkeypatch) -> None:
    import models.services.roster_import as roster_import

    # Hold the import in its write (in its worker thread) until the clerk has pressed the cancel button.
    entered, release = threading.Event(), threading.Event()
    real_write = roster_import._write

    def held_write(*args):
        entered.set()
        release.wait(10)
        return real_write(*args)

    monkeypatch.setattr(roster_import, "_write", held_write)
    _actions, wizard = open_wizard(qtbot, window, write_roster(tmp_path / "daftar.xlsx"))
    to_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.import_page
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "Membatalkan…"
    release.set()
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.status_label.text() == "Impor selesai: Baru 3 · Diubah 0 · Tetap 0 · Ditolak 1."
    assert wizard.state.result is not None and employee_count(db) == 3


def test_a_phase_of_the_preview_carries_its_text_and_closing_the_preview_closes_the_phase() -> None:
    closed: list[str] = []

    def phase():
        try:
            yield Progress(0, 2)
            yield Progress(1, 2)
            return "baris"
        finally:
            closed.append("phase")

    steps: list[Progress] = []
    assert run_to_end(labelled(phase(), "Membaca baris…"), steps.append) == "baris"
    assert steps == [Progress(0, 2, "Membaca baris…"), Progress(1, 2, "Membaca baris…")]
    inner = phase()  # still referenced here, so only the wrapper can close it
    outer = labelled(inner, "Memeriksa baris…")
    next(outer)
    outer.close()
    assert closed == ["phase", "phase"]
    with pytest.raises(StopIteration):
        next(inner)


def test_failed_import_leaves_the_database_as_it_was(qtbot, window, db, tmp_path, monkeypatch) -> None:
    import models.services.roster_import as roster_import

    build_office(db, 12)
    before = table_snapshot(db)
    real_insert = roster_import.bulk_insert

    def failing_insert(conn, table, rows):
        if table is Employee.__table__:  # units and jabatan are already written in this transaction
            raise OSError("disk penuh")
        return real_insert(conn, table, rows)

    monkeypatch.setattr(roster_import, "bulk_insert", failing_insert)
    _actions, wizard = open_wizard(qtbot, window, write_roster(tmp_path / "daftar.xlsx"))
    to_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.import_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.status_label.text().startswith("Impor gagal; tidak ada perubahan yang disimpan.")
    box = page.findChild(QMessageBox, "error_box")
    assert box is not None and "disk penuh" in box.text()
    box.close()
    assert table_snapshot(db) == before


def test_cancel_while_previewing_closes_the_wizard_once_the_preview_stopped(qtbot, window, db, tmp_path,
                                                                            monkeypatch) -> None:
    import models.services.roster_import as roster_import

    entered, release = threading.Event(), threading.Event()
    real_load = roster_import.OrganizationPlan.load

    def held_load(conn):
        entered.set()
        release.wait(10)
        return real_load(conn)

    monkeypatch.setattr(roster_import.OrganizationPlan, "load", staticmethod(held_load))
    actions, wizard = open_wizard(qtbot, window, write_roster(tmp_path / "daftar.xlsx", extra_rows=300))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert wizard.busy
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isEnabled() and wizard.isVisible()  # waits for the preview to stop before it closes
    release.set()
    qtbot.waitUntil(lambda: actions.wizard is None, timeout=10_000)  # closed and deleted
    assert employee_count(db) == 0


def test_unreadable_file_is_reported_and_nothing_goes_on(qtbot, window, tmp_path) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_text("bukan excel")
    actions = window.report_actions
    actions.action_import.trigger()
    files = actions.wizard.file_page
    files.ask_path = lambda: str(broken)
    qtbot.mouseClick(files.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tidak dapat dibaca" in files.status_label.text(), timeout=10_000)
    box = files.findChild(QMessageBox, "error_box")
    assert box is not None and "rusak.xlsx" in box.text()
    box.close()
    assert not actions.wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_unknown_units_wait_with_the_nearest_known_name_until_the_clerk_confirms(qtbot, window, db,
                                                                                  tmp_path) -> None:
    make_unit(db, "Puskesmas Pahandut")
    _actions, wizard = open_wizard(qtbot, window, write_roster(tmp_path / "daftar.xlsx"))
    to_preview(qtbot, wizard, create_new=False)
    preview = wizard.preview_page
    rejected = [o for o in preview.state.preview.outcomes if o.outcome == "rejected"]
    assert rejected and all(any("belum ada di daftar" in r for r in o.reasons) for o in rejected)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled() or preview.state.preview.count("imported")
    preview.create_new.setChecked(True)
    wait_preview(qtbot, preview)
    assert preview.state.preview.count("rejected") < len(rejected)
    assert any(any("Unit kerja baru: " in w for w in o.warnings) for o in preview.state.preview.outcomes)


def test_a_field_without_a_column_takes_one_value_for_every_row(qtbot, window, db, tmp_path) -> None:
    _actions, wizard = open_wizard(qtbot, window, write_roster(tmp_path / "daftar.xlsx"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    mapping = wizard.mapping_page
    mapping.set_fixed("kecamatan", "Jekan Raya")  # the roster's own Kec. column gives way to the value
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    mapping.set_fixed("status", "Honorer")
    assert "Nilai untuk semua baris 'status=Honorer'" in mapping.problems_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    mapping.set_fixed("status", "PPPK")
    assert mapping.problems_label.isHidden() and mapping.state.fixed == {"status": "PPPK"}
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page
    wait_preview(qtbot, preview)
    assert all(row.values.get("status") == "PPPK" for row in preview.state.rows)


def test_the_roster_a_new_user_tried_a_typo_no_status_titles_and_three_errors_in_one_row(qtbot, window, db,
                                                                                          tmp_path) -> None:
    """The issue's own roster: a misspelt known unit, no status column (the identifiers tell), "Maria Ulfa,
    S.Kep., Ners" in the name cell, and a row with three mistakes that all show in the first preview."""
    make_unit(db, "Puskesmas Pahandut")
    make_position(db, "Guru Kelas Ahli Pertama")
    make_position(db, "Perawat Terampil", "kesehatan")
    make_position(db, "Pengadministrasi Umum", "teknis")
    maria = build_pppk_nip(date(1993, 5, 20), 2025, "24", "P", 7)  # code 24: PPPK Paruh Waktu
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "JABATAN", "UNIT KERJA", "TMT"])
    sheet.append([f"'{maria}", "Maria Ulfa, S.Kep., Ners", "20-05-1993", "P", "Perawat Terampil",
                  "Puskesmas Pahandt", "01-10-2025"])
    sheet.append([f"'{BUDI_NIP}", "Drs. Budi Santoso, M.Pd.", "12-03-1985", "L", "Guru Kelas Ahli Pertama",
                  "Puskesmas Pahandut", ""])
    sheet.append(["'198503122010011", "Rudi", "31-02-1985", "X", "Pengadministrasi Umum", "Puskesmas Pahandut", ""])
    roster = tmp_path / "daftar-baru.xlsx"
    book.save(roster)
    actions = window.report_actions
    actions.action_import.trigger()
    wizard = actions.wizard
    qtbot.keyClicks(wizard.file_page.path_edit, str(roster))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.file_page.sheet_list.count() == 1)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)  # no status column, and none is asked for
    preview = wizard.preview_page
    wait_preview(qtbot, preview)
    by_row = {o.row: o for o in preview.state.preview.outcomes}

    typo = by_row[2]  # waits, naming the unit it is probably meant to be
    assert typo.outcome == "rejected"
    assert any("Puskesmas Pahandt" in r and "Puskesmas Pahandut" in r for r in typo.reasons), typo.reasons
    assert "Gelar dipisahkan dari nama: belakang 'S.Kep., Ners'" in typo.warnings
    assert any("PPPK Paruh Waktu dibaca dari NI PPPK (kode 24)" in w for w in typo.warnings)
    budi = by_row[3]
    assert budi.outcome != "rejected", budi.reasons
    assert budi.name == "Budi Santoso"
    assert any("Drs." in w and "M.Pd." in w for w in budi.warnings)
    three = by_row[4]
    assert three.outcome == "rejected" and len(three.reasons) >= 3, three.reasons
    text = "\n".join(three.reasons)
    assert "NIP" in text and "Tanggal lahir" in text and "Jenis kelamin" in text
    model = preview.table.model()
    shown = next(model.index(r, COLUMN_PROBLEMS).data() for r in range(model.rowCount())
                 if model.index(r, COLUMN_ROW).data() == "4")
    assert shown.count("\n") >= 2 and ".;" not in shown  # one reason a line
    # The identifiers told the status; the short NIP's row has no second reason for it (it follows the NIP).
    assert all("Status kepegawaian" not in r for o in by_row.values() for r in o.reasons)
    preview.grab().save(str(tmp_path / "pratinjau.png"))

    click(qtbot, wizard, QWizard.WizardButton.CommitButton)  # the good row goes in, the others wait
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20_000)
    with db.session_factory() as session:
        stored = {e.nip: e for e in session.scalars(select(Employee))}
    assert set(stored) == {BUDI_NIP}
    assert (stored[BUDI_NIP].gelar_depan, stored[BUDI_NIP].name, stored[BUDI_NIP].gelar_belakang) == (
        "Drs.", "Budi Santoso", "M.Pd.")
    assert stored[BUDI_NIP].status.value == "PNS"
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 1  # the typo made no unit
