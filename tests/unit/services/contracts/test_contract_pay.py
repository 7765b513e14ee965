"""Pay: the PPPK gaji pokok table (Perpres 11/2024) and the office's PPPK Paruh Waktu upah, proposed when a
contract is made and read from a workbook (all or none, every row's problem told)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from models.services.contracts.pay import (
    PayCellInput,
    WageInput,
    masa_kerja_golongan,
    pay_table,
    replace_pay_tables,
    shipped_ranges,
    wage_table,
)
from models.services.contracts.proposals import propose_contracts
from models.services.errors import ValidationFailed
from models.services.organization import save_office
from models.services.permissions import NotAllowed
from tests.factories import ADMIN, CLERK, RINA, SITI, make_employee, make_position, make_unit
from tests.unit.reports.conftest import office_input

ROOT = Path(__file__).resolve().parents[4]


def test_the_shipped_ranges_hold_every_golongan_from_the_perpres() -> None:
    ranges = shipped_ranges()
    assert list(ranges) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                            "XV", "XVI", "XVII"]
    assert ranges["I"] == (Decimal(1938500), Decimal(2900900))
    assert ranges["IX"] == (Decimal(3203600), Decimal(5261500))
    assert ranges["XVII"] == (Decimal(4462500), Decimal(7329000))
    assert all(low < high for low, high in ranges.values())
    lows = [low for low, _ in ranges.values()]
    assert lows == sorted(lows)


def test_masa_kerja_golongan_counts_whole_years() -> None:
    assert masa_kerja_golongan(date(2024, 3, 1), date(2026, 2, 28)) == 1
    assert masa_kerja_golongan(date(2024, 3, 1), date(2026, 3, 1)) == 2
    assert masa_kerja_golongan(None, date(2026, 3, 1)) == 0


def test_a_cell_and_a_warning_from_the_table(db) -> None:
    save_office(db, office_input(), ADMIN)
    with db.session_factory() as s:
        table = pay_table(s)
    assert table.cell("IX", 0) == Decimal(3203600)  # the start of the scale is shipped
    assert table.cell("IX", 4) is None  # in between: the office enters it
    assert table.warning("IX", 0, Decimal(3203600)) is None
    assert "menurut tabel Perpres 11/2024 adalah Rp3.203.600,00, bukan Rp3.000.000,00" in table.warning(
        "IX", 0, Decimal(3000000))
    assert "di luar rentang gaji pokok golongan IX" in table.warning("IX", 4, Decimal(6000000))
    replace_pay_tables(db, ADMIN, [PayCellInput(2, "IX", 4, 3408000), PayCellInput(3, "ix", "2", "3.303.500")])
    with db.session_factory() as s:
        table = pay_table(s)
    assert (table.cell("IX", 2), table.cell("IX", 3), table.cell("IX", 5)) == (
        Decimal(3303500), Decimal(3303500), Decimal(3408000))  # the step at or below the MKG
    assert table.cell("IX", 0) == Decimal(3203600)


def test_a_bad_table_says_every_row_and_saves_nothing(db) -> None:
    save_office(db, office_input(), ADMIN)
    replace_pay_tables(db, ADMIN, [PayCellInput(2, "IX", 4, 3408000)])
    with pytest.raises(ValidationFailed) as refused:
        replace_pay_tables(db, ADMIN, [PayCellInput(2, "XVIII", 0, 4000000), PayCellInput(3, "IX", 50, 4000000),
                                       PayCellInput(4, "IX", 2, "banyak"), PayCellInput(5, "I", 2, 9000000)],
                           [WageInput(2, 2500000, unit_name="SD Negeri 99")])
    message = refused.value.message
    for part in ("Gaji PPPK baris 2: golongan 'XVIII' bukan golongan PPPK", "baris 3: masa kerja golongan '50'",
                 "baris 4: 'banyak' bukan jumlah rupiah", "baris 5: Rp9.000.000,00 di luar rentang golongan I",
                 "Upah PW baris 2: unit kerja 'SD Negeri 99' tidak ada"):
        assert part in message
    with db.session_factory() as s:
        assert pay_table(s).cells == {("IX", 4): Decimal(3408000)}
    with pytest.raises(NotAllowed, match="tidak berhak"):  # an operator may not change the office's pay
        replace_pay_tables(db, CLERK, [])


def test_new_contracts_propose_the_table_and_the_office_upah(db) -> None:
    save_office(db, office_input(), ADMIN)
    school = make_unit(db, "SD Negeri 1 Pahandut")
    teacher = make_position(db, "Guru Kelas", "guru")
    rina = make_employee(db, RINA, unit_id=school.id, position_id=teacher.id)
    siti = make_employee(db, SITI, tmt_pppk=date(2026, 12, 1))  # starts now: MKG 0
    replace_pay_tables(db, ADMIN, wages=[WageInput(2, 2_750_000, group="guru"),
                                         WageInput(3, 2_400_000, group="teknis")])
    with db.session_factory() as s:
        proposals = {p.employee_id: p for p in propose_contracts(s, [rina.id, siti.id], date(2026, 11, 25)).proposals}
        assert wage_table(s).by_group == {"guru": Decimal(2750000), "teknis": Decimal(2400000)}
    assert (proposals[rina.id].salary, proposals[rina.id].salary_source) == (Decimal(2750000),
                                                                              "tabel upah kelompok guru")
    assert proposals[siti.id].salary == Decimal(3203600) and proposals[siti.id].salary_warning is None
    assert "golongan IX masa kerja 0 tahun" in proposals[siti.id].salary_source
    replace_pay_tables(db, ADMIN, wages=[WageInput(2, 3_000_000, unit_name="SD Negeri 1 Pahandut")])
    with db.session_factory() as s:
        (rina_now,) = propose_contracts(s, [rina.id], date(2026, 11, 25)).proposals
    assert (rina_now.salary, rina_now.salary_source) == (Decimal(3000000), "tabel upah unit kerja")


def test_main_py_wages_reads_a_workbook_and_writes_it_back(tmp_path) -> None:
    from models.storage.database import open_database

    path = tmp_path / "kantor.sqlite"
    db = open_database(path)
    save_office(db, office_input(), ADMIN)
    make_unit(db, "Puskesmas Pahandut")
    db.close()
    book = Workbook()
    pay = book.active
    pay.title = "Gaji PPPK"
    pay.append(("Golongan", "Masa kerja", "Gaji pokok"))
    pay.append(("IX", 2, 3303500))
    wages = book.create_sheet("Upah PW")
    wages.append(("Unit kerja", "Kelompok jabatan", "Upah"))
    wages.append(("Puskesmas Pahandut", None, 2900000))
    wages.append((None, "kesehatan", 2800000))
    source = tmp_path / "tabel.xlsx"
    book.save(source)
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "wages", "--db", str(path), str(source), "--json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1]) == {"file": str(source), "pay_cells": 1, "wages": 2}
    out = tmp_path / "keluar.xlsx"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "wages", "--db", str(path), str(out), "--export"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    from openpyxl import load_workbook

    written = load_workbook(out)
    rows = list(written["Gaji PPPK"].iter_rows(min_row=2, values_only=True))
    assert ("IX", 2, 3303500) in rows and ("I", 0, 1938500) in rows
    assert list(written["Upah PW"].iter_rows(min_row=2, values_only=True)) == [
        ("Puskesmas Pahandut", None, 2900000), (None, "kesehatan", 2800000)]
    bad = Workbook()
    bad.active.title = "Upah PW"
    bad.active.append(("Unit kerja", "Kelompok jabatan", "Upah"))
    bad.active.append((None, "dosen", 2800000))
    bad.save(tmp_path / "salah.xlsx")
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "wages", "--db", str(path),
                          str(tmp_path / "salah.xlsx")], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode != 0 and "Upah PW baris 2" in run.stderr + run.stdout and "'dosen' tidak dikenal" in \
        run.stderr + run.stdout
