"""Perjanjian Kerja > Tabel gaji dan upah: write the tables out, fill them, read them back; a bad row is told."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from gui.app import create_main_window
from models.services.contracts.pay import pay_table, wage_rows
from models.services.organization import save_office
from tests.factories import ADMIN, make_unit
from tests.staff import TODAY
from tests.unit.reports.conftest import office_input


@pytest.fixture
def window(qtbot, db):
    save_office(db, office_input(), ADMIN)
    make_unit(db, "Puskesmas Pahandut")
    win = create_main_window(db, today=lambda: TODAY, actor=ADMIN)
    qtbot.addWidget(win)
    return win


def test_the_tables_go_out_to_excel_and_come_back_filled(qtbot, db, window, tmp_path) -> None:
    window.contract_actions.action_pay_tables.trigger()
    dialog = window.contract_actions.dialog
    assert dialog.objectName() == "pay_tables_dialog" and dialog.isVisible()
    assert "Belum ada sel yang diisi instansi" in dialog.pay_summary.text()
    assert dialog.wages.rowCount() == 0
    out = dialog.export_file(tmp_path / "tabel.xlsx")
    book = load_workbook(out)
    assert list(book["Gaji PPPK"].iter_rows(min_row=2, max_row=2, values_only=True)) == [("I", 0, 1938500)]
    book["Gaji PPPK"].append(("IX", 2, 3303500))
    book["Upah PW"].append(("Puskesmas Pahandut", None, 2900000))
    book["Upah PW"].append((None, "guru", 2750000))
    book.save(out)
    assert dialog.import_file(out)
    assert "gaji pokok PPPK: 18 sel; upah PPPK Paruh Waktu: 2 baris" in dialog.message.text()
    assert "18 sel diisi instansi" in dialog.pay_summary.text()
    assert [dialog.wages.item(0, c).text() for c in range(3)] == ["Puskesmas Pahandut", "—", "Rp2.900.000,00"]
    assert [dialog.wages.item(1, c).text() for c in range(3)] == ["—", "Guru", "Rp2.750.000,00"]
    with db.session_factory() as s:
        assert pay_table(s).cell("IX", 3) == Decimal(3303500) and len(wage_rows(s)) == 2


def test_a_bad_row_is_told_and_nothing_changes(qtbot, db, window, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    dialog = window.contract_actions.pay_tables()
    out = dialog.export_file(tmp_path / "tabel.xlsx")
    book = load_workbook(out)
    book["Upah PW"].append(("Puskesmas Tidak Ada", None, 2900000))
    book.save(out)
    assert not dialog.import_file(out)
    assert shown and "Upah PW baris 2: unit kerja 'Puskesmas Tidak Ada' tidak ada" in shown[0]
    with db.session_factory() as s:
        assert pay_table(s).cells == {} and wage_rows(s) == []
