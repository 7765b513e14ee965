"""Formation and contract use cases: validation, upsert, default terms and the BUP cap."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Contract, Formation
from models.services.contracts.drafts import ContractInput, create_contract
from models.services.errors import ValidationFailed
from models.services.formations import FormationInput, record_formation
from models.storage.database import Database
from models.vocabulary import ContractKind, ContractStatus
from tests.factories import BUDI, CLERK, RINA, SITI, make_employee, make_position, make_unit


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each test here that needs a database runs on SQLite and again on PostgreSQL (tests/conftest.py any_db)."""
    return any_db


def test_record_formation_creates_then_updates(db) -> None:
    unit, position = make_unit(db), make_position(db)
    data = FormationInput(year=2026, unit_id=unit.id, position_id=position.id, procurement_kind="PPPK",
                          needed=5, approved=3)
    first = record_formation(db, data, CLERK)
    second = record_formation(db, FormationInput(**{**data.__dict__, "needed": 7}), CLERK)
    assert first.id == second.id
    with db.session_factory() as s:
        stored = s.get(Formation, first.id)
        assert (stored.needed, stored.approved) == (7, 3)
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "formation")).all()
    assert actions == ["create", "update"]


def test_formation_approved_above_needed_is_refused(db) -> None:
    unit, position = make_unit(db), make_position(db)
    with pytest.raises(ValidationFailed, match="melebihi kebutuhan"):
        record_formation(db, FormationInput(2026, unit.id, position.id, "CPNS", needed=2, approved=3), CLERK)


def test_full_time_contract_gets_five_years_minus_a_day(db) -> None:
    siti = make_employee(db, SITI, position_id=make_position(db, "Perawat Ahli Pertama", "kesehatan").id)
    contract = create_contract(db, ContractInput(siti.id, date(2024, 3, 1), salary=3_203_600), CLERK)
    assert contract.kind is ContractKind.FULL_TIME
    assert contract.end_date == date(2029, 2, 28)
    assert contract.status is ContractStatus.DRAFT and contract.number is None
    assert contract.golongan == "IX" and contract.salary == Decimal("3203600")


def test_part_time_contract_gets_one_year(db) -> None:
    rina = make_employee(db, RINA)
    contract = create_contract(db, ContractInput(rina.id, date(2025, 10, 1), salary="2.500.000"), CLERK)
    assert (contract.kind, contract.end_date) == (ContractKind.PART_TIME, date(2026, 9, 30))
    assert contract.salary == Decimal("2500000") and contract.weekly_minutes == 1200


def test_contract_is_capped_at_the_bup_month(db) -> None:
    # Born 15-01-1970, BUP 58 for a pelaksana: the contract may not pass 31-01-2028.
    older = make_employee(db, SITI, nip="197001152024212001", nik="6271015501700002", birth_date=date(1970, 1, 15))
    contract = create_contract(db, ContractInput(older.id, date(2024, 3, 1), salary=3_203_600), CLERK)
    assert contract.end_date == date(2028, 1, 31)


def test_contract_for_a_pns_is_refused(db) -> None:
    budi = make_employee(db, BUDI)
    with pytest.raises(ValidationFailed, match="hanya untuk PPPK"):
        create_contract(db, ContractInput(budi.id, date(2026, 1, 1), salary=3_000_000), CLERK)


def test_overlapping_contract_and_bad_salary_are_refused_and_nothing_is_stored(db) -> None:
    rina = make_employee(db, RINA)
    create_contract(db, ContractInput(rina.id, date(2025, 10, 1), salary=2_500_000), CLERK)
    with pytest.raises(ValidationFailed, match="bertumpang tindih"):
        create_contract(db, ContractInput(rina.id, date(2026, 1, 1), salary=2_500_000), CLERK)
    with pytest.raises(ValidationFailed, match="bukan jumlah uang"):
        create_contract(db, ContractInput(rina.id, date(2026, 10, 1), salary="dua juta"), CLERK)
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Contract)) == 1


def test_a_part_time_contract_runs_the_term_the_office_set(db) -> None:
    from datetime import date

    from models.services.contracts.drafts import ContractInput, create_contract
    from models.services.errors import ValidationFailed
    from models.services.organization import office_input, save_office
    from tests.factories import ADMIN, CLERK, RINA, make_employee
    from tests.unit.reports.conftest import office_input as sample_office

    save_office(db, sample_office(pw_term_months=24, pw_term_months_min=12, pw_term_months_max=60), ADMIN)
    with db.session_factory() as s:
        assert office_input(s).pw_term_months_max == 60
    rina = make_employee(db, RINA)
    contract = create_contract(db, ContractInput(rina.id, date(2025, 10, 1), salary=2_500_000), CLERK)
    assert contract.end_date == date(2027, 9, 30)  # the office's default: 2 years
    with pytest.raises(ValidationFailed, match="paling lama 5 tahun"):
        create_contract(db, ContractInput(rina.id, date(2027, 10, 1), end_date=date(2033, 9, 30),
                                          salary=2_500_000), CLERK)
    with pytest.raises(ValidationFailed, match="masa bawaan"):
        save_office(db, sample_office(pw_term_months=6, pw_term_months_min=12, pw_term_months_max=60), ADMIN)
