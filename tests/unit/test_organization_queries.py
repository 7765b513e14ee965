"""The units as a tree and the jabatan list behind the Unit kerja dan jabatan dialog, with their counts."""

from __future__ import annotations

from datetime import date

from models.services.employees import end_employee
from models.services.organization import create_position, create_unit
from models.services.queries.organization import position_rows, unit_rows
from models.vocabulary import JenisJabatan, Jenjang, UnitKind
from tests.factories import CLERK
from tests.staff import build_office


def test_an_empty_database_has_no_units_and_no_jabatan(db) -> None:
    with db.session_factory() as s:
        assert unit_rows(s) == [] and position_rows(s) == []


def test_units_come_in_tree_order_with_active_employees_counted_beneath(db) -> None:
    office = build_office(db, 12, contracts=False, formations=False)
    # One of the three at SD Negeri 1 Pahandut retires: only active employees count.
    end_employee(db, office.employee_ids[0], "retired", date(2026, 1, 1), "BUP", CLERK)
    create_unit(db, CLERK, name="bidang Umum", kind="bidang", parent_id=office.unit_ids["Dinas Pendidikan"])
    with db.session_factory() as s:
        rows = unit_rows(s)
    assert [(r.depth, r.name) for r in rows] == [
        (0, "Dinas Kesehatan"), (1, "Puskesmas Pahandut"),
        (0, "Dinas Pendidikan"), (1, "bidang Umum"), (1, "SD Negeri 1 Pahandut"), (1, "SMP Negeri 2 Jekan Raya"),
    ]
    by_name = {r.name: r for r in rows}
    school = by_name["SD Negeri 1 Pahandut"]
    assert school.kind is UnitKind.SEKOLAH and school.kecamatan_name == "Pahandut"
    assert school.parent_id == office.unit_ids["Dinas Pendidikan"]
    # 12 staff placed round-robin over SD, SMP, Puskesmas, Dinas Pendidikan: 3 each, one SD teacher retired.
    assert (school.employees, school.employees_beneath) == (2, 2)
    opd = by_name["Dinas Pendidikan"]
    assert (opd.employees, opd.employees_beneath) == (3, 3 + 2 + 3)
    assert by_name["Dinas Kesehatan"].employees_beneath == 3
    assert by_name["bidang Umum"].employees_beneath == 0


def test_positions_by_name_with_the_bup_that_applies_and_their_holders(db) -> None:
    build_office(db, 12, contracts=False, formations=False)
    create_position(db, CLERK, name="analis kebijakan ahli madya", jenis_jabatan="fungsional", group="teknis",
                    jenjang="ahli_madya")
    create_position(db, CLERK, name="Kepala Dinas", jenis_jabatan="JPT", group="teknis", bup=62)
    with db.session_factory() as s:
        rows = position_rows(s)
    assert [r.name for r in rows] == ["analis kebijakan ahli madya", "Guru Ahli Pertama", "Kepala Dinas",
                                      "Pengadministrasi Umum", "Perawat Terampil"]
    by_name = {r.name: r for r in rows}
    assert by_name["analis kebijakan ahli madya"].jenjang is Jenjang.AHLI_MADYA
    assert (by_name["analis kebijakan ahli madya"].own_bup, by_name["analis kebijakan ahli madya"].bup) == (None, 60)
    assert (by_name["Kepala Dinas"].jenis_jabatan, by_name["Kepala Dinas"].own_bup) == (JenisJabatan.JPT, 62)
    assert by_name["Kepala Dinas"].bup == 62
    assert by_name["Guru Ahli Pertama"].bup == 60  # every guru: 60
    assert by_name["Pengadministrasi Umum"].bup == 58
    assert by_name["Guru Ahli Pertama"].holders == 6  # SD and SMP teachers
    assert by_name["Kepala Dinas"].holders == 0


def test_numbers_in_names_sort_as_numbers(db) -> None:
    opd = create_unit(db, CLERK, name="Dinas Pendidikan", kind="opd")
    for name in ("SD Negeri 10 Pahandut", "SD Negeri 2 Pahandut", "sd negeri 1 Pahandut"):
        create_unit(db, CLERK, name=name, kind="sekolah", parent_id=opd.id)
    with db.session_factory() as s:
        names = [r.name for r in unit_rows(s)]
    assert names == ["Dinas Pendidikan", "sd negeri 1 Pahandut", "SD Negeri 2 Pahandut", "SD Negeri 10 Pahandut"]
