"""Office settings, units and positions: validation, audit, and the BUP of a jabatan."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.entities import AuditEntry
from models.services.errors import ValidationFailed
from models.services.organization import OfficeInput, get_office, position_bup, save_office
from models.storage.database import Database
from tests.factories import ADMIN, make_position, make_unit


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each test here that needs a database runs on SQLite and again on PostgreSQL (tests/conftest.py any_db)."""
    return any_db


OFFICE = OfficeInput(name="BKPSDM Kota Palangka Raya", regency_code="62.71", regency_name="Kota Palangka Raya",
                     ppk_name="Wali Kota Palangka Raya", signing_city="Palangka Raya")


def test_office_is_created_then_updated_with_audit(db) -> None:
    save_office(db, OFFICE, ADMIN)
    save_office(db, OfficeInput(**{**OFFICE.__dict__, "paper_size": "F4"}), ADMIN)
    office = get_office(db)
    assert office.paper_size.value == "F4"
    with db.session_factory() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "office").order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].changes == {"paper_size": ["A4", "F4"]}


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [("PPPK/BKPSDM/{year}", "{seq}"), ("{seq}/{tahun}", "{tahun} tidak dikenal")],
)
def test_number_pattern_with_unknown_placeholder_or_without_seq_is_refused(db, pattern, reason) -> None:
    with pytest.raises(ValidationFailed) as info:
        save_office(db, OfficeInput(**{**OFFICE.__dict__, "contract_number_pattern": pattern}), ADMIN)
    assert reason in info.value.message
    assert get_office(db) is None


def test_unit_names_are_unique_under_one_parent(db) -> None:
    opd = make_unit(db, "Dinas Pendidikan")
    make_unit(db, "SD Negeri 1", parent_id=opd.id)
    with pytest.raises(ValidationFailed, match="sudah ada"):
        make_unit(db, "SD Negeri 1", parent_id=opd.id)


def test_position_bup_defaults_by_jenis_and_group(db) -> None:
    guru = make_position(db, "Guru Ahli Pertama", "guru")
    perawat = make_position(db, "Perawat Ahli Pertama", "kesehatan")
    assert position_bup(guru) == 60
    assert position_bup(perawat) == 58
