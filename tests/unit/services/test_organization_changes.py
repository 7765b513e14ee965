"""Changing and deleting units and jabatan: the same checks as adding, never below itself, never deleting
one in use (saying by how much), audited old -> new, and a deletion the exchange package carries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.entities import AuditEntry, Position, Unit
from models.services.audit import Actor
from models.services.employee_history import PositionEntry, add_history
from models.services.employees import end_employee
from models.services.errors import ConcurrentEdit, DomainError, ValidationFailed
from models.services.organization import create_position
from models.services.organization_changes import (
    delete_position,
    delete_unit,
    restore_position,
    restore_unit,
    update_position,
    update_unit,
)
from models.services.permissions import NotAllowed
from models.storage.database import Database
from tests.factories import CLERK, make_employee, make_position, make_unit
from tests.staff import build_office
from tests.unit.exchange.helpers import (
    PALANGKA,
    central_keys,
    export_package,
    import_package,
    make_office,
    register,
)

VIEWER = Actor("tamu", "viewer")


def audit_entries(db: Database, entity: str) -> list[AuditEntry]:
    with db.session_factory() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def unit_names(db: Database) -> set[str]:
    with db.session_factory() as s:
        return set(s.scalars(select(Unit.name)))


# ---- units: update ----

def test_a_school_is_renamed_moved_and_audited_old_to_new(db) -> None:
    staff = build_office(db, 4, contracts=False, formations=False)
    school = staff.unit_ids["SD Negeri 1 Pahandut"]
    kesehatan = staff.unit_ids["Dinas Kesehatan"]

    unit = update_unit(db, CLERK, school, name="  SD Negeri 1 Palangka ", kind="sekolah", parent_id=kesehatan,
                       kecamatan_code="62.71.04", kecamatan_name="Jekan Raya", expected_version=1)

    assert (unit.name, unit.parent_id, unit.kecamatan_name, unit.version) == ("SD Negeri 1 Palangka", kesehatan,
                                                                              "Jekan Raya", 2)
    last = audit_entries(db, "unit")[-1]
    assert (last.action, last.actor, last.summary) == ("update", CLERK.username, "Ubah unit SD Negeri 1 Pahandut")
    assert last.changes == {"kecamatan_code": ["62.71.01", "62.71.04"], "kecamatan_name": ["Pahandut", "Jekan Raya"],
                            "name": ["SD Negeri 1 Pahandut", "SD Negeri 1 Palangka"],
                            "parent_id": [staff.unit_ids["Dinas Pendidikan"], kesehatan]}


def test_fields_left_out_of_an_update_keep_their_values(db) -> None:
    opd = make_unit(db, "Dinas Pendidikan")
    school = make_unit(db, "SD Negeri 1", parent_id=opd.id)
    renamed = update_unit(db, CLERK, school.id, name="SD Negeri 1 Pahandut")
    assert (renamed.name, renamed.kind.value, renamed.parent_id, renamed.kecamatan_code) == (
        "SD Negeri 1 Pahandut", "sekolah", opd.id, "62.71.01")
    guru = create_position(db, CLERK, name="Guru", jenis_jabatan="fungsional", group="guru", jenjang="ahli_pertama",
                           bup=62)
    changed = update_position(db, CLERK, guru.id, name="Guru Ahli Pertama")
    assert (changed.name, changed.jenjang.value, changed.bup) == ("Guru Ahli Pertama", "ahli_pertama", 62)
    assert update_position(db, CLERK, guru.id, bup=None).bup is None  # back to the default for its jenjang


def test_an_update_is_refused_like_an_add_and_changes_nothing(db) -> None:
    opd = make_unit(db, "Dinas Pendidikan")
    one = make_unit(db, "SD Negeri 1", parent_id=opd.id)
    make_unit(db, "SD Negeri 2", parent_id=opd.id)

    with pytest.raises(ValidationFailed) as info:
        update_unit(db, CLERK, one.id, name="SD Negeri 2", kind="pasar", parent_id=opd.id)

    assert {(p.field, p.message) for p in info.value.problems} == {
        ("name", "unit 'SD Negeri 2' sudah ada di bawah induk yang sama"),
        ("kind", "jenis unit 'pasar' tidak dikenal")}
    assert unit_names(db) == {"Dinas Pendidikan", "SD Negeri 1", "SD Negeri 2"}
    # Keeping its own name is no duplicate of itself.
    assert update_unit(db, CLERK, one.id, name="SD Negeri 1", kind="sekolah", parent_id=opd.id).name == "SD Negeri 1"


def test_a_unit_cannot_be_placed_under_itself_or_a_unit_beneath_it(db) -> None:
    opd = make_unit(db, "Dinas Pendidikan")
    bidang = make_unit(db, "Bidang SD", parent_id=opd.id)
    school = make_unit(db, "SD Negeri 1", parent_id=bidang.id)

    for new_parent in (opd.id, school.id):
        with pytest.raises(ValidationFailed) as info:
            update_unit(db, CLERK, opd.id, name="Dinas Pendidikan", kind="opd", parent_id=new_parent)
        (problem,) = info.value.problems
        assert problem.field == "parent_id" and "di bawah dirinya sendiri" in problem.message

    # Moving down the other way is fine: the school to the top.
    assert update_unit(db, CLERK, school.id, name="SD Negeri 1", kind="sekolah", parent_id=None).parent_id is None


def test_an_update_over_a_newer_version_is_refused(db) -> None:
    unit = make_unit(db, "SD Negeri 1")
    update_unit(db, CLERK, unit.id, name="SD Negeri 1 Pahandut", kind="sekolah")

    with pytest.raises(ConcurrentEdit, match="diubah di tempat lain"):
        update_unit(db, CLERK, unit.id, name="SD Negeri Satu", kind="sekolah", expected_version=1)
    assert unit_names(db) == {"SD Negeri 1 Pahandut"}


# ---- units: delete ----

def test_a_unit_in_use_is_not_deleted_and_the_message_counts_what_uses_it(db) -> None:
    staff = build_office(db, 8, contracts=False, formations=True)
    school = staff.unit_ids["SD Negeri 1 Pahandut"]
    with pytest.raises(DomainError) as info:
        delete_unit(db, CLERK, school)
    assert info.value.message.startswith(
        "Unit SD Negeri 1 Pahandut tidak dapat dihapus karena masih dipakai oleh 2 pegawai, ")
    assert "formasi" in info.value.message

    with pytest.raises(DomainError, match=r"masih dipakai oleh 2 pegawai, 2 unit di bawahnya\."):
        delete_unit(db, CLERK, staff.unit_ids["Dinas Pendidikan"])
    assert len(unit_names(db)) == 5 and [e.action for e in audit_entries(db, "unit")].count("delete") == 0


def test_a_unit_whose_only_employee_has_retired_is_still_not_deleted(db) -> None:
    unit = make_unit(db, "SD Negeri 1")
    budi = make_employee(db, unit_id=unit.id)
    end_employee(db, budi.id, "retired", date(2025, 4, 1), "BUP", CLERK)

    with pytest.raises(DomainError, match="masih dipakai oleh 1 pegawai"):
        delete_unit(db, CLERK, unit.id)


def test_an_unused_unit_is_deleted_then_restored_with_its_uuid_and_id(db) -> None:
    opd = make_unit(db, "Dinas Pendidikan")
    school = make_unit(db, "SD Negeri 1", parent_id=opd.id)

    snapshot = delete_unit(db, CLERK, school.id)

    assert unit_names(db) == {"Dinas Pendidikan"}
    deleted = audit_entries(db, "unit")[-1]
    assert (deleted.action, deleted.entity_uuid, deleted.summary) == ("delete", school.uuid, "Hapus unit SD Negeri 1")
    assert deleted.changes["name"] == ["SD Negeri 1", None]

    back = restore_unit(db, CLERK, snapshot)
    assert (back.id, back.uuid, back.name, back.parent_id, back.kecamatan_name) == (
        school.id, school.uuid, "SD Negeri 1", opd.id, "Pahandut")
    assert audit_entries(db, "unit")[-1].action == "restore"
    with pytest.raises(DomainError, match="sudah ada"):
        restore_unit(db, CLERK, snapshot)


def test_a_restore_is_refused_when_its_name_was_taken_meanwhile(db) -> None:
    school = make_unit(db, "SD Negeri 1")
    snapshot = delete_unit(db, CLERK, school.id)
    make_unit(db, "SD Negeri 1")
    with pytest.raises(DomainError, match="SD Negeri 1 tidak dapat dikembalikan: unit 'SD Negeri 1' sudah ada"):
        restore_unit(db, CLERK, snapshot)


# ---- positions ----

def test_a_jabatan_is_changed_with_the_same_checks_as_adding(db) -> None:
    guru = make_position(db, "Guru Ahli Pertama")
    make_position(db, "Perawat Ahli Pertama", "kesehatan")

    with pytest.raises(ValidationFailed) as info:
        update_position(db, CLERK, guru.id, name="Perawat Ahli Pertama", jenis_jabatan="fungsional", group="guru",
                        jenjang=None, bup=75)
    assert {p.field for p in info.value.problems} == {"name", "jenjang", "bup"}

    changed = update_position(db, CLERK, guru.id, name="Guru Ahli Muda", jenis_jabatan="fungsional", group="guru",
                              jenjang="ahli_muda", bup=62, expected_version=1)
    assert (changed.name, changed.jenjang.value, changed.bup, changed.version) == ("Guru Ahli Muda", "ahli_muda", 62, 2)
    last = audit_entries(db, "position")[-1]
    assert last.changes == {"bup": [None, 62], "jenjang": ["ahli_pertama", "ahli_muda"],
                            "name": ["Guru Ahli Pertama", "Guru Ahli Muda"]}
    with pytest.raises(ConcurrentEdit):
        update_position(db, CLERK, guru.id, name="Guru", jenis_jabatan="fungsional", group="guru",
                        jenjang="ahli_muda", expected_version=1)


def test_a_jabatan_held_or_in_history_is_not_deleted(db) -> None:
    staff = build_office(db, 8, contracts=False, formations=False)
    with pytest.raises(DomainError, match=r"^Jabatan Guru Ahli Pertama tidak dapat dihapus karena masih dipakai "
                                          r"oleh 4 pegawai\."):
        delete_position(db, CLERK, staff.position_ids["Guru Ahli Pertama"])

    kepala = make_position(db, "Kepala Sekolah", "guru")
    add_history(db, staff.employee_ids[0], PositionEntry("Kepala Sekolah", date(2020, 1, 1), position_id=kepala.id),
                CLERK)
    with pytest.raises(DomainError, match="masih dipakai oleh 1 riwayat jabatan"):
        delete_position(db, CLERK, kepala.id)


def test_an_unused_jabatan_is_deleted_and_restored_with_its_uuid(db) -> None:
    position = make_position(db, "Guru Ahli Pertama")
    snapshot = delete_position(db, CLERK, position.id)
    with db.session_factory() as s:
        assert s.scalars(select(Position)).all() == []
    assert audit_entries(db, "position")[-1].action == "delete"

    back = restore_position(db, CLERK, snapshot)
    assert (back.id, back.uuid, back.name, back.jenjang.value) == (position.id, position.uuid, "Guru Ahli Pertama",
                                                                  "ahli_pertama")


def test_a_viewer_changes_and_deletes_nothing(db) -> None:
    unit = make_unit(db, "SD Negeri 1")
    position = make_position(db)
    calls = [
        lambda: update_unit(db, VIEWER, unit.id, name="SD", kind="sekolah"),
        lambda: delete_unit(db, VIEWER, unit.id),
        lambda: update_position(db, VIEWER, position.id, name="Guru", jenis_jabatan="pelaksana", group="guru"),
        lambda: delete_position(db, VIEWER, position.id),
    ]
    for call in calls:
        with pytest.raises(NotAllowed):
            call()
    assert unit_names(db) == {"SD Negeri 1"}


# ---- exchange ----

def test_the_next_package_carries_the_deletion_and_an_undone_one_not_at_all(tmp_path: Path, any_db) -> None:
    keys = central_keys(tmp_path / "pusat-kunci")
    office = make_office(tmp_path / "palangka", PALANGKA, keys)
    try:
        kept = make_unit(office, "SD Negeri 1")
        gone = make_unit(office, "SD Negeri 2")
        register(any_db, office)
        import_package(any_db, export_package(office, tmp_path, CLERK).path, keys.private, CLERK)

        restore_unit(office, CLERK, delete_unit(office, CLERK, kept.id))  # deleted, then undone
        delete_unit(office, CLERK, gone.id)
        delta = export_package(office, tmp_path, CLERK)
        result = import_package(any_db, delta.path, keys.private, CLERK)

        assert (delta.deleted, result.deleted) == (1, 1)
        assert unit_names(any_db) == {"SD Negeri 1"}
    finally:
        office.close()
