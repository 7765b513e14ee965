"""Employee use cases: validation messages name the field, one transaction, audited, concurrent edits caught."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Employee
from models.services.employees import create_employee, end_employee, update_employee
from models.services.errors import ConcurrentEdit, DomainError, ValidationFailed
from models.vocabulary import EmploymentState
from tests.factories import BUDI, CLERK, RINA, SITI, make_employee, make_position, make_unit


def count(db, entity) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(entity))


def test_create_employee_stores_row_and_audit_entry(db) -> None:
    unit, position = make_unit(db), make_position(db)
    budi = make_employee(db, unit_id=unit.id, position_id=position.id)
    assert budi.id and budi.uuid and budi.version == 1
    with db.session_factory() as s:
        stored = s.get(Employee, budi.id)
        assert stored.nip == "198503122010011003"
        assert stored.golongan == "III/b"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_uuid == budi.uuid)).one()
    assert entry.actor == "operator1" and entry.action == "create"
    assert entry.changes["nip"] == [None, "198503122010011003"]


def test_nip_is_accepted_with_spaces_and_apostrophe(db) -> None:
    budi = make_employee(db, nip="'19850312 201001 1 003")
    assert budi.nip == "198503122010011003"


def test_pppk_and_part_time_pppk_are_accepted(db) -> None:
    assert make_employee(db, SITI).status.value == "PPPK"
    assert make_employee(db, RINA).status.value == "PPPK_PW"


def test_missing_fields_are_named_in_indonesian(db) -> None:
    with pytest.raises(ValidationFailed) as info:
        create_employee(db, replace(BUDI, name=" ", birth_date=None), CLERK)
    fields = {p.field for p in info.value.problems}
    assert {"name", "birth_date"} <= fields
    assert "Nama: wajib diisi" in info.value.message
    assert count(db, Employee) == 0


def test_nip_birth_date_mismatch_is_an_error(db) -> None:
    with pytest.raises(ValidationFailed) as info:
        make_employee(db, birth_date=date(1985, 3, 13))
    assert any(p.field in ("nip", "birth_date") for p in info.value.problems)
    assert count(db, Employee) == 0


def test_nik_birth_date_mismatch_is_only_a_warning(db) -> None:
    # NIK of a man born 11-03-1985: a NIK never changes even when wrong, so it does not block.
    budi = make_employee(db, nik="6271011103850001")
    assert budi.nik == "6271011103850001"


def test_golongan_must_fit_the_status(db) -> None:
    with pytest.raises(ValidationFailed) as info:
        make_employee(db, SITI, golongan="III/a")
    assert [p.field for p in info.value.problems] == ["golongan"]


def test_golongan_spellings_are_normalised(db) -> None:
    assert make_employee(db, golongan="3b").golongan == "III/b"


def test_duplicate_nip_is_refused_with_the_holder_named(db) -> None:
    make_employee(db)
    with pytest.raises(ValidationFailed, match="sudah dipakai oleh Budi Santoso"):
        make_employee(db, name="Budi Lain")
    assert count(db, Employee) == 1


def test_pppk_without_tmt_is_refused(db) -> None:
    with pytest.raises(ValidationFailed, match="TMT PPPK"):
        make_employee(db, SITI, tmt_pppk=None)


def test_update_records_old_and_new_values(db) -> None:
    budi = make_employee(db)
    updated = update_employee(db, budi.id, {"golongan": "III/c", "phone": "0812 3456 7890"}, CLERK,
                              expected_version=1)
    assert updated.golongan == "III/c" and updated.version == 2
    with db.session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert entry.changes == {"golongan": ["III/b", "III/c"], "phone": [None, "0812 3456 7890"]}


def test_failed_update_leaves_the_record_as_it_was(db) -> None:
    budi = make_employee(db)
    with pytest.raises(ValidationFailed):
        update_employee(db, budi.id, {"golongan": "IX", "name": "Nama Baru"}, CLERK)
    with db.session_factory() as s:
        stored = s.get(Employee, budi.id)
        assert (stored.name, stored.golongan, stored.version) == ("Budi Santoso", "III/b", 1)
    assert count(db, AuditEntry) == 1


def test_second_save_from_a_stale_copy_is_refused(db) -> None:
    budi = make_employee(db)
    update_employee(db, budi.id, {"golongan": "III/c"}, CLERK, expected_version=1)
    with pytest.raises(ConcurrentEdit, match="telah diubah di tempat lain"):
        update_employee(db, budi.id, {"golongan": "III/d"}, CLERK, expected_version=1)


def test_two_sessions_editing_the_same_row_cannot_both_win(db) -> None:
    budi = make_employee(db)
    first, second = db.session_factory(), db.session_factory()
    a, b = first.get(Employee, budi.id), second.get(Employee, budi.id)
    a.phone = "081111111111"
    first.commit()
    b.phone = "082222222222"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        second.commit()
    first.close()
    second.close()


def test_end_employee_marks_and_audits(db) -> None:
    budi = make_employee(db)
    ended = end_employee(db, budi.id, "retired", date(2043, 4, 1), "Batas usia pensiun", CLERK)
    assert ended.employment_state is EmploymentState.RETIRED
    with pytest.raises(DomainError, match="sudah tidak aktif"):
        end_employee(db, budi.id, "ended", date(2043, 5, 1), "lagi", CLERK)
