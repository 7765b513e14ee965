"""History rows of an employee: added, edited and removed one by one, checked per row, audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.entities import AuditEntry, Employee
from models.services.employee_history import (
    EducationEntry,
    GradeEntry,
    PositionEntry,
    add_history,
    get_histories,
    remove_history,
    update_history,
)
from models.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from models.storage.database import Database
from tests.factories import CLERK, SITI, make_employee


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each test here that needs a database runs on SQLite and again on PostgreSQL (tests/conftest.py any_db)."""
    return any_db


TODAY = date(2026, 11, 25)


def version_of(db, employee_id: int) -> int:
    with db.session_factory() as s:
        return s.get(Employee, employee_id).version


def test_rows_are_added_normalised_and_listed_oldest_first(db) -> None:
    budi = make_employee(db)
    add_history(db, budi.id, GradeEntry("3 b", date(2014, 4, 1), sk_number="823/12/BKD"), CLERK, today=TODAY)
    add_history(db, budi.id, GradeEntry("III/a", date(2010, 1, 1)), CLERK, today=TODAY)
    add_history(db, budi.id, PositionEntry("Guru Ahli Pertama", date(2010, 1, 1), unit_name="SDN 1"), CLERK,
                today=TODAY)
    add_history(db, budi.id, EducationEntry("Sarjana", "Matematika", graduation_year=2008), CLERK, today=TODAY)
    histories = get_histories(db, budi.id)
    assert [(g.golongan, g.tmt) for g in histories.grades] == [("III/a", date(2010, 1, 1)),
                                                                 ("III/b", date(2014, 4, 1))]
    assert histories.positions[0].unit_name == "SDN 1"
    assert histories.educations[0].level == "40"
    assert version_of(db, budi.id) == 5  # each row bumps the employee's version


def test_a_row_is_checked_against_the_employee(db) -> None:
    siti = make_employee(db, SITI)
    with pytest.raises(ValidationFailed) as info:
        add_history(db, siti.id, GradeEntry("III/a", date(1980, 1, 1)), CLERK, today=TODAY)
    messages = [p.message for p in info.value.problems]
    assert {p.field for p in info.value.problems} == {"grade_history"}
    assert any("golongan PPPK tidak memakai huruf ruang" in m for m in messages)
    assert any("sebelum tanggal lahir" in m for m in messages)
    with pytest.raises(ValidationFailed, match="tahun lulus 1970 tidak masuk akal"):
        add_history(db, siti.id, EducationEntry("S1", graduation_year=1970), CLERK, today=TODAY)
    with pytest.raises(ValidationFailed, match="nama jabatan wajib diisi"):
        add_history(db, siti.id, PositionEntry(" ", date(2024, 3, 1)), CLERK, today=TODAY)


def test_edit_and_remove_are_audited_and_remove_returns_the_row_to_put_back(db) -> None:
    budi = make_employee(db)
    row = add_history(db, budi.id, GradeEntry("III/a", date(2010, 1, 1)), CLERK, today=TODAY)
    edited = update_history(db, GradeEntry("III/a", date(2010, 3, 1), sk_number="SK-1", uuid=row.uuid), CLERK,
                            today=TODAY)
    assert edited.tmt == date(2010, 3, 1) and edited.uuid == row.uuid
    employee_id, removed = remove_history(db, GradeEntry, row.uuid, CLERK)
    assert employee_id == budi.id and removed == edited
    assert get_histories(db, budi.id).grades == ()
    put_back = add_history(db, budi.id, removed, CLERK, today=TODAY)
    assert put_back.uuid == row.uuid
    with db.session_factory() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "grade_history")).all()
    assert actions == ["create", "update", "delete", "create"]


def test_a_stale_employee_version_or_a_gone_row_is_refused(db) -> None:
    budi = make_employee(db)
    with pytest.raises(ConcurrentEdit):
        add_history(db, budi.id, GradeEntry("III/a", date(2010, 1, 1)), CLERK, expected_version=7, today=TODAY)
    with pytest.raises(NotFound, match="tidak ditemukan"):
        remove_history(db, GradeEntry, "no-such-uuid", CLERK)
