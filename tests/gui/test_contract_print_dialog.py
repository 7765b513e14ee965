"""The print dialog: print chosen contracts off the UI thread and read the PDF back, cancel half-way, preview."""

from __future__ import annotations

import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from sqlalchemy import select

import reports.contracts.batch as batch
from gui.app import create_main_window
from gui.main_window import MainWindow
from models.entities import Contract
from models.vocabulary import ContractStatus
from tests.gui.contract_office import ContractOffice, build_contract_office, database_state
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


def open_print_dialog(qtbot, window, contract_ids):
    tab = window.contracts_tab
    window.tabs.setCurrentWidget(tab)
    selection = tab.table.selectionModel()
    for r in range(tab.model.rowCount()):
        if tab.model.row_at(r).id in contract_ids:
            selection.select(tab.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    button = tab.action_bar.widgetForAction(window.contract_actions.action_print)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.contract_actions.dialog
    assert dialog.objectName() == "print_dialog" and dialog.isVisible()
    return dialog


def tick(qtbot, box) -> None:
    """Click the check box where a person clicks it: on its box (its middle may be blank space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def set_output(qtbot, dialog, path) -> None:
    dialog.out_edit.clear()
    qtbot.keyClicks(dialog.out_edit, str(path))


def test_print_selected_contracts_and_read_the_pdf_back(qtbot, window, db, office, tmp_path) -> None:
    chosen = [office.contract(1), office.contract(7), office.contract(8)]  # one numbered, two drafts
    dialog = open_print_dialog(qtbot, window, chosen)
    assert dialog.choice.use_selected.isChecked()
    assert dialog.count_label.text().startswith("3 perjanjian akan dicetak.")
    out = tmp_path / "upacara.pdf"
    set_output(qtbot, dialog, out)
    tick(qtbot, dialog.excel)
    assert dialog.excel.isChecked()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not dialog.print_button.isEnabled() and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)

    reader = PdfReader(out)
    assert len(reader.pages) == 9  # three contracts of three pages
    first = " ".join(reader.pages[0].extract_text().split())
    assert "PERJANJIAN KERJA" in first and "dewi lestari" in first  # Dinas Pendidikan first, then by name
    assert "Hadi Wijaya" in " ".join(reader.pages[3].extract_text().split())
    assert (tmp_path / "upacara - daftar hadir.pdf").exists() and (tmp_path / "upacara - daftar.xlsx").exists()
    assert not list(tmp_path.glob("*.sebagian"))
    with db.session_factory() as s:
        rows = {c.id: c for c in s.scalars(select(Contract).where(Contract.id.in_(chosen)))}
    assert rows[office.contract(7)].status is S.PRINTED and rows[office.contract(7)].number == "4/PPPK/BKPSDM/XI/2026"
    assert rows[office.contract(8)].number == "800.1.2.5/4/PPPK-PW/BKPSDM/2026"
    assert rows[office.contract(8)].number in " ".join(reader.pages[3].extract_text().split())
    assert rows[office.contract(1)].status is S.ACTIVE  # a reprint keeps status and number
    assert dialog.progress_label.text().startswith("Selesai: 3 perjanjian, 9 halaman")
    assert "Dicetak" in [window.contracts_tab.model.index(r, window.contracts_tab.model.column_of("status")).data()
                         for r in range(window.contracts_tab.model.rowCount())]  # the tab was reloaded

    opened = []
    dialog.open_url = opened.append
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(out), str(tmp_path)]


def test_cancel_mid_batch_leaves_the_database_and_the_folder_unchanged(qtbot, window, db, office, tmp_path,
                                                                       monkeypatch) -> None:
    real = batch.render_chunk

    def slow_render(job):  # a quarter second per chunk, so Batal lands half-way for sure
        time.sleep(0.25)
        return real(job)

    monkeypatch.setattr(batch, "render_chunk", slow_render)
    dialog = open_print_dialog(qtbot, window, [])
    dialog.choice.status.setCurrentIndex(0)  # Semua status: all eight contracts
    assert dialog.count_label.text().startswith("8 perjanjian")
    dialog.workers, dialog.chunk_size = 1, 1
    tick(qtbot, dialog.per_person)
    assert dialog.per_person.isChecked()
    folder = tmp_path / "cetak"
    folder.mkdir()
    set_output(qtbot, dialog, folder / "batal.pdf")
    before = database_state(db)
    seen = []

    def on_progress(done: int, total: int, _text: str) -> None:
        seen.append(done)
        if done == 2:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    dialog.job.on_progress(on_progress)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)

    assert 2 in seen and max(seen) < 8 and dialog.result is None
    assert dialog.progress_label.text().startswith("Dibatalkan.")
    assert database_state(db) == before  # no number given, nothing marked printed, no audit entry
    assert list(folder.iterdir()) == []  # no merged, partial or per-person file, no empty unit folder
    assert dialog.print_button.isEnabled()


def test_preview_shows_the_first_contracts_and_changes_nothing(qtbot, window, db, office) -> None:
    dialog = open_print_dialog(qtbot, window, [office.contract(7), office.contract(8)])
    before = database_state(db)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=30000)
    assert dialog.preview.page_count() == 6
    assert dialog.preview.caption.text().startswith("Pratinjau 2 perjanjian pertama (6 halaman)")
    assert database_state(db) == before  # the numbers shown are planned, not given
