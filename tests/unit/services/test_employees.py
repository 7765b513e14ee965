"""Employee use cases: validation messages name the field, one transaction, audited, concurrent edits caught."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Contract, Employee, GradeHistory
from models.services.audit import Actor
from models.services.contracts.drafts import ContractInput, create_contract
from models.services.employee_history import EducationEntry, GradeEntry, Histories
from models.services.employees import (
    create_employee,
    delete_employee,
    end_employee,
    reinstate_employee,
    restore_employee,
    save_employee,
    update_employee,
)
from models.services.errors import ConcurrentEdit, DomainError, NotFound, ValidationFailed
from models.storage.database import Database
from models.vocabulary import EmploymentState
from tests.factories import BUDI, CLERK, RINA, SITI, make_employee, make_position, make_unit


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each test here that needs a database runs on SQLite and again on PostgreSQL (tests/conftest.py any_db)."""
    return any_db


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


def test_second_save_from_a_stale_copy_is_refused_naming_who_changed_what(db) -> None:
    budi = make_employee(db)
    update_employee(db, budi.id, {"golongan": "III/c"}, Actor("rina", "operator"), expected_version=1)
    with pytest.raises(ConcurrentEdit, match="telah diubah di tempat lain") as refused:
        update_employee(db, budi.id, {"golongan": "III/d"}, CLERK, expected_version=1)
    assert "oleh rina pada " in refused.value.message and "(Golongan)" in refused.value.message
    assert "versi 2" in refused.value.message


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


# ---- save (the form's use case), end and reinstate, delete and restore ----

TODAY = date(2026, 11, 25)


def test_save_creates_an_employee_with_histories_in_one_transaction(db) -> None:
    histories = Histories(grades=(GradeEntry("3a", date(2010, 1, 1)), GradeEntry("III/b", date(2014, 4, 1))),
                          educations=(EducationEntry("S1", "Pendidikan Matematika", "Univ. Palangka Raya", 2008),))
    saved = save_employee(db, None, BUDI, histories, CLERK, today=TODAY)
    assert saved.before is None and saved.version >= 1
    assert [g.golongan for g in saved.histories.grades] == ["III/a", "III/b"]
    assert saved.histories.educations[0].level == "40"
    assert all(g.uuid for g in saved.histories.grades)


def test_save_refuses_fields_and_rows_together_and_stores_nothing(db) -> None:
    histories = Histories(grades=(GradeEntry("IX", None),))
    with pytest.raises(ValidationFailed) as info:
        save_employee(db, None, replace(BUDI, name=""), histories, CLERK, today=TODAY)
    problems = {(p.field, p.message) for p in info.value.problems}
    assert ("name", "wajib diisi") in problems
    assert any(f == "grade_history" and m.startswith("baris 1:") and "TMT wajib diisi" in m for f, m in problems)
    assert count(db, Employee) == 0 and count(db, GradeHistory) == 0


def test_save_of_an_edit_returns_what_was_there_before_and_checks_the_version(db) -> None:
    first = save_employee(db, None, BUDI, Histories(grades=(GradeEntry("III/a", date(2010, 1, 1)),)), CLERK,
                          today=TODAY)
    edited = replace(BUDI, golongan="III/c")
    grades = (*first.histories.grades, GradeEntry("III/c", date(2018, 4, 1)))
    second = save_employee(db, first.id, edited, Histories(grades=grades), CLERK,
                           expected_version=first.version, today=TODAY)
    assert second.before.golongan == "III/b" and second.before_histories == first.histories
    assert second.version > first.version
    assert [g.golongan for g in second.histories.grades] == ["III/a", "III/c"]
    with pytest.raises(ConcurrentEdit):
        save_employee(db, first.id, BUDI, None, CLERK, expected_version=first.version, today=TODAY)
    # Undo writes the old values and rows back, from the version the edit produced.
    undone = save_employee(db, first.id, second.before, second.before_histories, CLERK,
                           expected_version=second.version, today=TODAY)
    assert undone.data.golongan == "III/b" and undone.histories == first.histories


def test_a_history_only_change_bumps_the_employee_version(db) -> None:
    first = save_employee(db, None, BUDI, Histories(), CLERK, today=TODAY)
    second = save_employee(db, first.id, BUDI, Histories(grades=(GradeEntry("III/a", date(2010, 1, 1)),)), CLERK,
                           expected_version=first.version, today=TODAY)
    assert second.version == first.version + 1


def test_end_and_reinstate_are_versioned(db) -> None:
    budi = make_employee(db)
    ended = end_employee(db, budi.id, "retired", date(2026, 4, 1), "BUP", CLERK, expected_version=1)
    with pytest.raises(ConcurrentEdit):
        reinstate_employee(db, budi.id, CLERK, expected_version=1)
    back = reinstate_employee(db, budi.id, CLERK, expected_version=ended.version)
    assert back.employment_state is EmploymentState.ACTIVE and back.ended_on is None and back.end_reason is None
    with pytest.raises(DomainError, match="sudah aktif"):
        reinstate_employee(db, budi.id, CLERK)


def test_delete_then_restore_gives_back_the_same_employee_and_histories(db) -> None:
    saved = save_employee(db, None, BUDI, Histories(grades=(GradeEntry("III/a", date(2010, 1, 1)),)), CLERK,
                          today=TODAY)
    snapshot = delete_employee(db, saved.id, CLERK, expected_version=saved.version)
    assert count(db, Employee) == 0 and count(db, GradeHistory) == 0
    assert snapshot.name == "Budi Santoso" and snapshot.uuid == saved.uuid
    restored = restore_employee(db, snapshot, CLERK)
    assert (restored.id, restored.uuid) == (saved.id, saved.uuid)
    with db.session_factory() as s:
        stored = s.get(Employee, saved.id)
        assert [g.uuid for g in stored.grade_history] == [g.uuid for g in saved.histories.grades]
        assert stored.nip == BUDI.nip and stored.birth_place == "Palangka Raya"
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_uuid == saved.uuid)).all()
    assert actions == ["create", "delete", "restore"]


def test_delete_refuses_an_employee_with_a_contract_and_says_what_to_do(db) -> None:
    siti = make_employee(db, SITI)
    create_contract(db, ContractInput(siti.id, date(2024, 3, 1), salary=3_000_000), CLERK)
    with pytest.raises(DomainError, match=r"memiliki 1 perjanjian kerja.*Akhiri"):
        delete_employee(db, siti.id, CLERK)
    assert count(db, Employee) == 1 and count(db, Contract) == 1


def test_delete_from_a_stale_list_is_refused(db) -> None:
    budi = make_employee(db)
    update_employee(db, budi.id, {"phone": "081234567890"}, CLERK)
    with pytest.raises(ConcurrentEdit, match="tidak dihapus"):
        delete_employee(db, budi.id, CLERK, expected_version=1)
    with pytest.raises(NotFound):
        delete_employee(db, 999, CLERK)


def test_restore_is_refused_when_the_nip_went_to_someone_else(db) -> None:
    budi = make_employee(db)
    snapshot = delete_employee(db, budi.id, CLERK)
    make_employee(db, name="Budi Baru")
    with pytest.raises(DomainError, match="kini dipakai oleh Budi Baru"):
        restore_employee(db, snapshot, CLERK)


def test_a_pppk_younger_than_20_at_the_tmt_is_warned_about() -> None:
    from dataclasses import asdict
    from datetime import date

    from models.services.employee_validation import check_employee_values
    from tests.factories import RINA

    young = {**asdict(RINA), "nip": "200607022025242001", "nik": "6271044207060003", "birth_date": date(2006, 7, 2),
             "tmt_pppk": date(2025, 10, 1)}
    _values, problems, warnings = check_employee_values(young, today=date(2026, 11, 25))
    assert not problems
    assert [w.message for w in warnings if w.field == "tmt_pppk"] == [
        "pada TMT PPPK pegawai baru berusia 19 tahun; PP 49/2018 Pasal 16 mensyaratkan pelamar PPPK berusia paling "
        "rendah 20 tahun"]
    _values, _problems, warnings = check_employee_values(asdict(RINA), today=date(2026, 11, 25))
    assert not [w for w in warnings if w.field == "tmt_pppk"]
