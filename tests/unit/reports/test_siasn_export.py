"""SIASN layout export: identifiers as text, and a file that imports into another database as it is."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
from sqlalchemy import select

from models.demo import build_demo
from models.entities import Employee
from models.services.audit import Actor
from models.services.jobs import run_to_end
from models.services.roster_import import import_roster
from models.storage.database import open_database
from reports.roster import load_roster
from reports.siasn import SIASN_COLUMNS, export_siasn

TODAY = date(2026, 11, 25)
FIELDS = ("nip", "nik", "name", "gelar_depan", "gelar_belakang", "birth_date", "sex", "status", "golongan",
          "education_level", "tmt_cpns", "tmt_pppk", "tmt_jabatan")


def _people(db) -> dict[str, tuple]:
    with db.session_factory() as s:
        return {e.nip: (*(getattr(e, f) for f in FIELDS), e.unit.name, e.position.name)
                for e in s.scalars(select(Employee))}


def test_export_then_import_into_an_empty_database_gives_the_same_employees(tmp_path) -> None:
    source = open_database(tmp_path / "asal.sqlite")
    build_demo(source, employees=150, seed=5, today=TODAY)
    path = run_to_end(export_siasn(source, tmp_path / "siasn.xlsx")).path
    sheet = openpyxl.load_workbook(path)["Data Pegawai"]
    assert [c.value for c in sheet[1]] == [c.header for c in SIASN_COLUMNS]
    assert sheet.cell(2, 1).data_type == "s" and sheet.cell(2, 9).data_type == "s"
    assert sheet.max_row == 151
    target = open_database(tmp_path / "baru.sqlite")
    loaded = run_to_end(load_roster(path))
    result = run_to_end(import_roster(target, loaded.rows, Actor("uji"), create_new=True))
    assert result.count("imported") == 150, result.rejected_rows[:3]
    assert _people(target) == _people(source)
    source.close()
    target.close()


def test_csv_export_marks_identifiers_with_an_apostrophe_and_imports_back(tmp_path) -> None:
    source = open_database(tmp_path / "asal.sqlite")
    build_demo(source, employees=40, seed=2, today=TODAY)
    path = run_to_end(export_siasn(source, tmp_path / "siasn.csv")).path
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "NIP BARU" and rows[1][0].startswith("'") and len(rows[1][0]) == 19
    target = open_database(tmp_path / "baru.sqlite")
    result = run_to_end(import_roster(target, run_to_end(load_roster(path)).rows, Actor("uji"), create_new=True))
    assert result.count("imported") == 40
    assert _people(target) == _people(source)
    source.close()
    target.close()
