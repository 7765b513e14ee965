"""The recap workbook: every total agrees with the database, counted here independently with the ORM."""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from models.demo import build_demo
from models.entities import Contract, Employee, Formation
from models.rules.grades import grade_by_code
from models.rules.retirement import retirement_date
from models.services.contracts.terms import add_years
from models.services.jobs import run_to_end
from models.services.organization import position_bup
from models.services.recap import OPEN_CONTRACTS, add_months
from models.storage.database import open_database
from models.vocabulary import EmployeeStatus, EmploymentState
from reports.recap import build_recap

TODAY = date(2026, 11, 25)
STATUS_COLUMNS = ["PNS", "CPNS", "PPPK", "PPPK Paruh Waktu"]


@pytest.fixture(scope="module")
def recap(tmp_path_factory):
    folder = tmp_path_factory.mktemp("recap")
    db = open_database(folder / "demo.sqlite")
    build_demo(db, employees=400, seed=3, today=TODAY)
    with db.session_factory() as s:  # a few who left, so "active" matters
        for employee in s.scalars(select(Employee).order_by(Employee.id).limit(5)):
            employee.employment_state = EmploymentState.RETIRED
        s.commit()
    seen: list[tuple[int, int]] = []
    result = run_to_end(build_recap(db, folder / "rekap.xlsx", today=TODAY), lambda step: seen.append(tuple(step[:2])))
    book = openpyxl.load_workbook(result.path)
    with db.session_factory() as s:
        employees = list(s.scalars(select(Employee)))
        for e in employees:  # load what the checks need while the session is open
            _ = (e.unit, e.unit.parent if e.unit else None, e.position)
        formations = list(s.scalars(select(Formation)))
        contracts = list(s.scalars(select(Contract)))
        for c in contracts:
            _ = c.employee
    yield result, book, employees, formations, contracts, seen
    db.close()


def table(sheet) -> dict[str, list]:
    """{row label: [cells right of it]} of the table every summary sheet starts in row 4 (header) and 5."""
    rows = {}
    for row in sheet.iter_rows(min_row=5, values_only=True):
        if row[0] is None:
            break
        rows[row[0]] = list(row[1:])
    return rows


def active(employees):
    return [e for e in employees if e.employment_state is EmploymentState.ACTIVE]


def opd_of(employee) -> str:
    unit = employee.unit
    while unit.parent is not None:
        unit = unit.parent
    return unit.name


def test_sheets_and_result(recap) -> None:
    result, book, employees, *_rest, seen = recap
    assert book.sheetnames == result.sheets == [
        "Ringkasan", "Per OPD", "Per Unit Kerja", "Golongan", "Pendidikan", "Jenis Kelamin", "Umur",
        "Jenis Jabatan", "Kecamatan", "Formasi per Kecamatan", "Pensiun 5 Tahun", "Formasi vs Bezetting",
        "Daftar Pensiun", "Kontrak Berakhir", "DUK", "Daftar Pegawai"]
    assert result.employees == len(active(employees)) == 395
    assert seen[-1] == (6, 6)


def test_status_counts_agree(recap) -> None:
    _result, book, employees, *_ = recap
    rows = table(book["Ringkasan"])
    counts = Counter(e.status for e in active(employees))
    for status in EmployeeStatus:
        assert rows[status.label][0] == counts[status]
    assert rows["Jumlah"][0] == len(active(employees))


def test_per_opd_and_per_unit_agree(recap) -> None:
    _result, book, employees, *_ = recap
    rows = table(book["Per OPD"])
    expected = Counter((opd_of(e), e.status.label) for e in active(employees))
    for opd, cells in rows.items():
        if opd == "Jumlah":
            assert cells[-1] == len(active(employees))
            continue
        assert cells[:4] == [expected[(opd, s)] for s in STATUS_COLUMNS]
    units = Counter(e.unit.name for e in active(employees))
    sheet = book["Per Unit Kerja"]
    listed = {r[2]: r[-1] for r in sheet.iter_rows(min_row=5, values_only=True) if r[2]}
    assert listed == dict(units)


@pytest.mark.parametrize(("sheet", "key"), [
    ("Golongan", lambda e: e.golongan or "(belum diisi)"),
    ("Jenis Kelamin", lambda e: e.sex.label),
    ("Jenis Jabatan", lambda e: e.position.jenis_jabatan.label if e.position else "(belum diisi)"),
    ("Kecamatan", lambda e: e.unit.kecamatan_name if e.unit else "(belum diisi)"),
])
def test_dimension_tables_agree(recap, sheet, key) -> None:
    _result, book, employees, *_ = recap
    rows = table(book[sheet])
    expected = Counter(key(e) for e in active(employees))
    assert {label: cells[-1] for label, cells in rows.items() if label != "Jumlah"} == dict(expected)
    assert rows["Jumlah"][-1] == len(active(employees))


def test_golongan_rows_are_in_rank_order(recap) -> None:
    _result, book, *_ = recap
    labels = [label for label in table(book["Golongan"]) if label not in ("Jumlah", "(belum diisi)")]
    grades = [grade_by_code(code) for code in labels]
    assert grades == sorted(grades, key=lambda g: (g.system != "PNS", g.rank))


def test_age_bands_agree(recap) -> None:
    _result, book, employees, *_ = recap
    rows = table(book["Umur"])

    def band(e) -> str:
        age = TODAY.year - e.birth_date.year - ((TODAY.month, TODAY.day) < (e.birth_date.month, e.birth_date.day))
        for limit, label in ((25, "< 25"), (30, "25-29"), (35, "30-34"), (40, "35-39"), (45, "40-44"),
                             (50, "45-49"), (55, "50-54"), (60, "55-59")):
            if age < limit:
                return label
        return "60 ke atas"

    assert {k: v[-1] for k, v in rows.items() if k != "Jumlah"} == dict(Counter(band(e) for e in active(employees)))
    assert add_years(TODAY, -25) < TODAY


def test_formation_totals_agree(recap) -> None:
    _result, book, employees, formations, *_ = recap
    year = max(f.year for f in formations)
    rows = table(book["Formasi per Kecamatan"])
    needed = sum(f.needed for f in formations if f.year == year)
    pairs = {(f.unit_id, f.position_id) for f in formations if f.year == year}
    in_post = sum(1 for e in active(employees) if (e.unit_id, e.position_id) in pairs)
    assert rows["Jumlah"][0] == needed and rows["Jumlah"][2] == in_post
    detail = book["Formasi vs Bezetting"]
    assert detail.max_row - 1 == len(pairs)
    assert sum(r[5] for r in detail.iter_rows(min_row=2, values_only=True)) == needed
    assert sum(r[8] for r in detail.iter_rows(min_row=2, values_only=True)) == rows["Jumlah"][3]


def test_retirements_agree(recap) -> None:
    _result, book, employees, *_ = recap
    last = date(TODAY.year + 4, 12, 31)
    expected = sorted(e.nip for e in active(employees)
                      if TODAY <= retirement_date(e.birth_date, position_bup(e.position)) <= last)
    listed = sorted(r[2] for r in book["Daftar Pensiun"].iter_rows(min_row=2, values_only=True))
    assert listed == expected
    assert table(book["Pensiun 5 Tahun"])["Jumlah"][-1] == len(expected)


def test_contracts_ending_agree(recap) -> None:
    _result, book, _employees, _formations, contracts, _seen = recap
    until = add_months(TODAY, 6)
    expected = sorted(c.employee.nip for c in contracts if c.status in OPEN_CONTRACTS and TODAY <= c.end_date <= until
                      and c.employee.employment_state is EmploymentState.ACTIVE)
    listed = sorted(r[1] for r in book["Kontrak Berakhir"].iter_rows(min_row=2, values_only=True))
    assert listed == expected and expected


def test_duk_lists_active_pns_and_cpns_highest_grade_first(recap) -> None:
    _result, book, employees, *_ = recap
    rows = list(book["DUK"].iter_rows(min_row=2, values_only=True))
    expected = [e for e in active(employees) if e.status in (EmployeeStatus.PNS, EmployeeStatus.CPNS)]
    assert len(rows) == len(expected)
    ranks = [grade_by_code(r[3]).rank if r[3] else 0 for r in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))


def test_employee_list_is_complete_with_text_identifiers_and_real_dates(recap) -> None:
    _result, book, employees, *_ = recap
    sheet = book["Daftar Pegawai"]
    assert sheet.max_row - 1 == len(employees)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:T{len(employees) + 1}"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToHeight == 0  # 1 page wide
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    nips = {e.nip for e in employees}
    for row in sheet.iter_rows(min_row=2, max_row=30):
        assert row[1].data_type == "s" and row[1].value in nips
        assert row[3].data_type == "s" and len(row[3].value) == 16
        assert row[6].is_date and row[6].number_format == "dd-mm-yyyy"
    states = Counter(r[19] for r in sheet.iter_rows(min_row=2, values_only=True))
    assert states["Pensiun"] == 5


def test_summary_sheets_are_styled_for_print_with_charts(recap) -> None:
    result, book, *_ = recap
    sheet = book["Golongan"]
    assert sheet.freeze_panes == "A5" and sheet.page_setup.orientation == "landscape"
    header = sheet["A4"]
    assert header.font.bold and header.fill.fgColor.rgb.endswith("1F4E78")
    assert sheet["B5"].number_format == "#,##0"
    with zipfile.ZipFile(result.path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 10
