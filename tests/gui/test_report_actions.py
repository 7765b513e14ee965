"""The Laporan menu's report actions on a real database: recap and SIASN export to a chosen file, read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from gui.app import create_main_window
from models.storage.database import Database, open_database
from tests.staff import TODAY, build_office

STAFF = 30
RECAP_SHEETS = ["Ringkasan", "Per OPD", "Per Unit Kerja", "Golongan", "Pendidikan", "Jenis Kelamin", "Umur",
                "Jenis Jabatan", "Kecamatan", "Formasi per Kecamatan", "Pensiun 5 Tahun", "Formasi vs Bezetting",
                "Daftar Pensiun", "Kontrak Berakhir", "DUK", "Daftar Pegawai"]


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(tmp_path_factory.mktemp("reports") / "simpeg.sqlite")
    build_office(database, STAFF)
    yield database
    database.close()


@pytest.fixture
def actions(qtbot, office_db):
    window = create_main_window(office_db, today=lambda: TODAY)
    qtbot.addWidget(window)
    installed = window.report_actions
    installed.opened: list[QUrl] = []
    installed.open_url = installed.opened.append
    return installed


def choose(actions, path: Path) -> list[tuple[str, str, str]]:
    asked: list[tuple[str, str, str]] = []
    actions.ask_save_path = lambda title, suggested, file_filter: asked.append((title, suggested, file_filter)) or str(
        path)
    return asked


def wait_done_box(qtbot, actions) -> QMessageBox:
    qtbot.waitUntil(lambda: actions.done_box is not None and actions.done_box.isVisible(), timeout=20_000)
    return actions.done_box


def test_report_menu_lists_import_recap_and_siasn(actions) -> None:
    assert actions.window.report_actions is actions
    texts = [a.text() for a in actions.window.menu_reports.actions() if not a.isSeparator()]
    start = texts.index("&Impor daftar pegawai (Excel)…")
    assert texts[start:start + 3] == ["&Impor daftar pegawai (Excel)…", "&Rekap pegawai (Excel)…",
                                      "&Ekspor format SIASN (Excel)…"]
    assert texts.count("&Rekap pegawai (Excel)…") == 1


def test_recap_action_writes_the_workbook_and_offers_to_open_it(qtbot, actions, tmp_path) -> None:
    out = tmp_path / "rekap.xlsx"
    asked = choose(actions, out)
    actions.action_recap.trigger()
    assert asked[0][0] == "Simpan rekap pegawai" and asked[0][1].endswith("Rekap pegawai 2026-11-25.xlsx")
    progress = actions.window.findChild(QProgressDialog, "export_progress")
    assert progress is not None and progress.labelText() == "Membuat rekap pegawai…"
    box = wait_done_box(qtbot, actions)
    assert box.text() == f"Rekap pegawai aktif: {actions.window.status_counts.text().split()[2]} pegawai, 16 lembar."
    assert box.informativeText() == f"Disimpan di {out}"
    assert sorted(b.text() for b in box.buttons()) == ["&Tutup", "Buka &berkas", "Buka &folder"]
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == RECAP_SHEETS
    listed = book["Daftar Pegawai"]
    assert listed.max_row - 1 == STAFF  # one row per employee under the header
    folder = box.findChild(QPushButton, "open_folder_button")
    assert folder.text() == "Buka &folder"
    qtbot.mouseClick(folder, Qt.MouseButton.LeftButton)
    assert actions.opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.xlsx"]  # no temporary file left beside it


def test_siasn_export_writes_siasn_columns_with_identifiers_as_text(qtbot, actions, tmp_path) -> None:
    out = tmp_path / "siasn.xlsx"
    choose(actions, out)
    actions.action_siasn.trigger()
    box = wait_done_box(qtbot, actions)
    assert box.text() == f"{STAFF} pegawai diekspor dalam susunan kolom SIASN."
    qtbot.mouseClick(box.findChild(QPushButton, "open_file_button"), Qt.MouseButton.LeftButton)
    assert actions.opened == [QUrl.fromLocalFile(str(out))]
    sheet = openpyxl.load_workbook(out, read_only=True)["Data Pegawai"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("NIP BARU", "NAMA", "GELAR DEPAN") and "UNOR NAMA" in header
    data = [r for r in rows[1:] if r[0]]
    assert len(data) == STAFF
    nik = header.index("NIK")
    assert all(isinstance(r[0], str) and len(r[0]) == 18 for r in data)
    assert all(isinstance(r[nik], str) and len(r[nik]) == 16 for r in data)


def test_cancelled_export_leaves_no_file_and_keeps_an_older_one(qtbot, actions, tmp_path) -> None:
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(b"rekap minggu lalu")
    choose(actions, out)
    actions.action_recap.trigger()
    progress = actions.window.findChild(QProgressDialog, "export_progress")
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Batal, before it starts
    qtbot.waitUntil(lambda: not actions.call.is_running, timeout=20_000)
    assert actions.done_box is None
    assert actions.window.statusBar().currentMessage() == "Rekap pegawai dibatalkan; tidak ada berkas yang dibuat."
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.xlsx"] and out.read_bytes() == b"rekap minggu lalu"


def test_export_to_a_missing_folder_says_where(qtbot, actions, tmp_path) -> None:
    choose(actions, tmp_path / "tidak-ada" / "siasn.xlsx")
    actions.action_siasn.trigger()
    qtbot.waitUntil(lambda: actions.window.findChild(QMessageBox, "error_box") is not None, timeout=20_000)
    box = actions.window.findChild(QMessageBox, "error_box")
    assert box.windowTitle() == "Ekspor SIASN gagal"
    assert "tidak-ada" in box.text() and "tidak dapat disimpan" in box.text()
    box.close()
