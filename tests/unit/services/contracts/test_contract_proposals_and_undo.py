"""Proposed terms for new contracts, bulk creation, renewal plans, and the services that take changes back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Contract
from models.services.contracts.drafts import ContractInput, create_contracts
from models.services.contracts.proposals import first_of_next_month, propose_contracts
from models.services.contracts.renewal_plans import renewal_plans
from models.services.contracts.undo import (
    delete_drafts,
    end_undoably,
    renew_undoably,
    reopen_contract,
    sign_undoably,
    unmark_signed,
)
from models.services.errors import ConcurrentEdit, ValidationFailed
from models.services.jobs import run_to_end
from models.vocabulary import ContractStatus
from tests.factories import CLERK
from tests.gui.contract_office import build_contract_office
from tests.staff import TODAY

S = ContractStatus


@pytest.fixture
def office(db):
    return build_contract_office(db)


def get(db, contract_id):
    with db.session_factory() as s:
        return s.get(Contract, contract_id)


def audit_actions(db) -> list[str]:
    with db.session_factory() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_first_of_next_month() -> None:
    assert first_of_next_month(date(2026, 11, 25)) == date(2026, 12, 1)
    assert first_of_next_month(date(2026, 12, 2)) == date(2027, 1, 1)
    assert first_of_next_month(date(2026, 12, 1)) == date(2026, 12, 1)


def test_proposals_follow_the_rules_and_say_why_others_are_skipped(db, office) -> None:
    with db.session_factory() as s:
        result = propose_contracts(s, office.staff.employee_ids, TODAY)
    by_name = {p.name: p for p in result.proposals}
    assert sorted(by_name) == ["Eko Prasetyo", "Hadi Wijaya", "Siti Aminah"]
    siti = by_name["Siti Aminah"]  # full-time, born 10-02-1971, BUP 58: capped at the end of February 2031
    assert (siti.start_date, siti.end_date, siti.capped_by_bup, siti.weekly_minutes) == (
        date(2026, 12, 1), date(2031, 2, 28), True, 37 * 60 + 30)
    assert (siti.salary, siti.salary_source) == (Decimal("3000000.00"), "perjanjian terakhir")
    skipped = {p.employee_id: p.reason for p in result.skipped}
    budi, indah = office.staff.employee_ids[0], office.staff.employee_ids[8]
    assert skipped[budi].startswith("berstatus PNS")
    assert skipped[indah] == "masih punya perjanjian berlaku sampai 28 Februari 2029; gunakan Perpanjang"


def test_create_contracts_is_all_or_none_and_names_each_person(db, office) -> None:
    eko, siti = office.staff.employee_ids[4], office.staff.employee_ids[13]
    good = ContractInput(eko, date(2026, 12, 1), salary=2_500_000)
    bad = ContractInput(siti, date(2026, 12, 1), salary=3_000_000, end_date=date(2032, 11, 30))  # past the BUP
    with pytest.raises(ValidationFailed) as refused:
        run_to_end(create_contracts(db, [good, bad], CLERK))
    assert "Siti Aminah (197102102024212014): Tanggal akhir kontrak (30 November 2032) melewati batas usia" \
        in refused.value.message
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Contract)) == 8  # nothing created
    ids = run_to_end(create_contracts(db, [good], CLERK))
    assert get(db, ids[0]).end_date == date(2027, 11, 30)


def test_closing_create_contracts_after_its_first_person_makes_none(db, office) -> None:
    eko, rina = office.staff.employee_ids[4], office.staff.employee_ids[2]
    job = create_contracts(db, [ContractInput(eko, date(2026, 12, 1), salary=2_500_000),
                                ContractInput(rina, date(2026, 12, 1), salary=2_500_000)], CLERK)
    assert next(job)[:2] == (1, 2)
    job.close()  # what Batal does
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Contract)) == 8


def test_closing_a_renewal_after_its_last_step_renews_nothing(db, office) -> None:
    running, expired = office.contract(1), office.contract(5)
    before = audit_actions(db)
    job = renew_undoably(db, CLERK, [running, expired], today=TODAY)
    assert tuple(next(job)) == (2, 2, "periksa")
    assert tuple(next(job)) == (2, 2, "")  # both drafts made, the expired one closed: not yet committed
    job.close()
    assert get(db, expired).status is S.EXPIRED and get(db, running).status is S.ACTIVE
    assert audit_actions(db) == before
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Contract)) == 8


def test_renewal_plans_show_the_new_term_or_the_reason(db, office) -> None:
    with db.session_factory() as s:
        plans = {p.contract_id: p for p in renewal_plans(s, [office.contract(1), office.contract(7)])}
    running = plans[office.contract(1)]
    assert (running.next_start, running.next_end, running.months, running.ok) == (
        date(2026, 12, 1), date(2031, 11, 30), 60, True)
    assert plans[office.contract(7)].problem.startswith("berstatus Draf")


def test_undo_of_a_renewal_deletes_the_drafts_and_reopens_the_expired_one(db, office) -> None:
    running, expired = office.contract(1), office.contract(5)
    change = run_to_end(renew_undoably(db, CLERK, [running, expired], today=TODAY))
    assert get(db, expired).status is S.RENEWED and change.previous == {running: S.ACTIVE, expired: S.EXPIRED}
    delete_drafts(db, CLERK, change.created_ids, reopen=change.previous)
    assert all(get(db, i) is None for i in change.created_ids)
    assert get(db, expired).status is S.EXPIRED and get(db, expired).ended_on == date(2026, 5, 31)
    assert get(db, running).status is S.ACTIVE
    assert audit_actions(db)[-3:] == ["delete", "delete", "reopen"]


def test_a_printed_draft_is_not_deleted_by_an_undo(db, office) -> None:
    with pytest.raises(ValidationFailed, match="hanya draf yang belum dicetak dapat dihapus"):
        delete_drafts(db, CLERK, [office.contract(6)])  # printed
    assert get(db, office.contract(6)) is not None


def test_undo_of_signing_returns_to_printed_unless_changed_since(db, office) -> None:
    printed = office.contract(6)
    change = sign_undoably(db, CLERK, [printed], date(2026, 11, 20), "Palangka Raya", today=TODAY)
    unmark_signed(db, CLERK, [printed], change.versions, previous=change.previous)
    back = get(db, printed)
    assert (back.status, back.signing_date, back.signing_place) == (S.PRINTED, None, None)
    again = sign_undoably(db, CLERK, [printed], date(2026, 11, 20), "Palangka Raya", today=TODAY)
    end_undoably(db, CLERK, printed, S.TERMINATED, date(2026, 11, 21), "Meninggal dunia", today=TODAY)
    with pytest.raises(ConcurrentEdit):  # terminated since it was signed: the undo is refused
        unmark_signed(db, CLERK, [printed], again.versions, previous=again.previous)
    assert get(db, printed).status is S.TERMINATED


def test_undo_of_an_ending_restores_status_date_and_reason(db, office) -> None:
    active = office.contract(3)
    change = end_undoably(db, CLERK, active, S.TERMINATED, date(2026, 11, 20), "Meninggal dunia", today=TODAY)
    reopen_contract(db, CLERK, change.contract_id, change.version, change.status, change.ended_on, change.end_reason)
    back = get(db, active)
    assert (back.status, back.ended_on, back.end_reason) == (S.ACTIVE, None, None)
    assert audit_actions(db)[-1] == "reopen"
