"""Contract lifecycle: numbering on first print, signing, coming into force, ending, renewal list and bulk renewal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from models.entities import AuditEntry, Contract, ContractNumberSequence
from models.services.contracts import lifecycle as life
from models.services.contracts import printing as printing
from models.services.contracts import renewal as renewals
from models.services.contracts.drafts import ContractInput, create_contract
from models.services.errors import ConcurrentEdit, ValidationFailed
from models.services.jobs import run_to_end
from models.services.organization import OfficeInput, save_office
from models.storage.database import Database
from models.vocabulary import ContractStatus
from tests.factories import ADMIN, CLERK, RINA, SITI, make_employee, make_position


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each test here that needs a database runs on SQLite and again on PostgreSQL (tests/conftest.py any_db)."""
    return any_db


OCT_1 = date(2025, 10, 1)
OFFICE = OfficeInput(
    name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", regency_code="62.71",
    regency_name="Kota Palangka Raya", ppk_name="Drs. Yohanes Tingang, M.Si.", ppk_nip="197105141996031002",
    ppk_title="Sekretaris Daerah Kota Palangka Raya", signing_city="Palangka Raya",
    contract_number_pattern="{seq}/PPPK/BKPSDM/{roman_month}/{year}",
    contract_number_pattern_pw="800.1.2.5/{seq}/PPPK-PW/BKPSDM/{year}",
)


@pytest.fixture
def office(db):
    return save_office(db, OFFICE, ADMIN)


def part_timer(db, nip: str = RINA.nip, nik: str = RINA.nik, **changes) -> Contract:
    rina = make_employee(db, RINA, nip=nip, nik=nik, **changes)
    return create_contract(db, ContractInput(rina.id, OCT_1, salary=2_500_000), CLERK)


def full_timer(db) -> Contract:
    siti = make_employee(db, SITI, position_id=make_position(db, "Perawat Ahli Pertama", "kesehatan").id)
    return create_contract(db, ContractInput(siti.id, date(2024, 3, 1), salary=3_203_600), CLERK)


def statuses(db, *ids: int) -> list[ContractStatus]:
    with db.session_factory() as s:
        return [s.get(Contract, i).status for i in ids]


def audit_actions(db, contract: Contract) -> list[str]:
    with db.session_factory() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_uuid == contract.uuid)
                              .order_by(AuditEntry.id)))


def test_first_print_numbers_by_pattern_and_kind_then_reprint_keeps_the_number(db, office) -> None:
    pw = part_timer(db)
    ft = full_timer(db)
    printed = printing.mark_printed(db, CLERK, [pw.id, ft.id], on=date(2025, 9, 20))
    assert [c.number for c in printed] == ["800.1.2.5/1/PPPK-PW/BKPSDM/2025", "1/PPPK/BKPSDM/IX/2025"]
    assert [c.status for c in printed] == [ContractStatus.PRINTED] * 2
    assert printed[0].printed_by == "operator1"
    with db.session_factory() as s:
        assert s.get(Contract, pw.id).status_changed_by == "operator1"
    again = printing.mark_printed(db, CLERK, [pw.id], on=date(2025, 12, 1))
    assert again[0].number == "800.1.2.5/1/PPPK-PW/BKPSDM/2025"
    assert again[0].printed_at == printed[0].printed_at
    assert audit_actions(db, pw) == ["create", "number", "print"]


def test_a_deleted_contract_never_frees_its_number(db, office) -> None:
    first = part_timer(db)
    printing.mark_printed(db, CLERK, [first.id], on=OCT_1)
    with db.session_factory.begin() as s:
        s.execute(delete(Contract).where(Contract.id == first.id))
    second = part_timer(db, nip="199507022025242002", nik="6271044207950004")
    (printed,) = printing.mark_printed(db, CLERK, [second.id], on=OCT_1)
    assert printed.number == "800.1.2.5/2/PPPK-PW/BKPSDM/2025"


def test_numbering_starts_after_numbers_already_in_the_database(db, office) -> None:
    old = part_timer(db)
    with db.session_factory.begin() as s:
        s.get(Contract, old.id).number = "800.1.2.5/41/PPPK-PW/BKPSDM/2025"
    new = part_timer(db, nip="199507022025242002", nik="6271044207950004", tmt_pppk=date(2026, 10, 1))
    # The new one starts 2026 but is numbered by its print date, in the year 2025 sequence.
    with db.session_factory.begin() as s:
        s.get(Contract, new.id).start_date = date(2026, 10, 1)
        s.get(Contract, new.id).end_date = date(2027, 9, 30)
    (printed,) = printing.mark_printed(db, CLERK, [new.id], on=date(2025, 12, 1))
    assert printed.number == "800.1.2.5/42/PPPK-PW/BKPSDM/2025"
    with db.session_factory() as s:
        seq = s.scalars(select(ContractNumberSequence)).one()
    assert (seq.year, seq.last_seq) == (2025, 42)


def test_signing_needs_a_printed_contract_and_a_date_that_has_come(db, office) -> None:
    pw = part_timer(db)
    with pytest.raises(ValidationFailed) as refused:
        life.mark_signed(db, CLERK, [pw.id], date(2025, 10, 1), today=date(2025, 9, 30))
    message = refused.value.message
    assert "Tanggal penandatanganan" in message and "belum terjadi" in message
    assert "hanya perjanjian berstatus Dicetak" in message
    printing.mark_printed(db, CLERK, [pw.id], on=date(2025, 9, 20))
    (signed,) = life.mark_signed(db, CLERK, [pw.id], date(2025, 10, 1), today=date(2025, 10, 1))
    assert signed.status is ContractStatus.SIGNED
    assert (signed.signing_date, signed.signing_place) == (date(2025, 10, 1), "Palangka Raya")


def test_activation_waits_for_the_start_and_closes_the_renewed_contract(db, office) -> None:
    pw = part_timer(db)
    printing.mark_printed(db, CLERK, [pw.id], on=date(2025, 9, 20))
    life.mark_signed(db, CLERK, [pw.id], date(2025, 9, 25), today=date(2025, 9, 25))
    with pytest.raises(ValidationFailed, match="baru mulai berlaku 1 Oktober 2025"):
        life.activate(db, CLERK, [pw.id], today=date(2025, 9, 30))
    assert life.activate_due(db, CLERK, today=date(2025, 10, 1)) == [pw.id]
    (renewal,) = run_to_end(renewals.renew_contracts(db, CLERK, [pw.id], today=date(2026, 8, 1)))
    assert (renewal.start_date, renewal.end_date, renewal.renews_id) == (date(2026, 10, 1), date(2027, 9, 30), pw.id)
    assert statuses(db, pw.id) == [ContractStatus.ACTIVE]  # still running until the successor takes over
    printing.mark_printed(db, CLERK, [renewal.id], on=date(2026, 9, 1))
    life.mark_signed(db, CLERK, [renewal.id], date(2026, 9, 15), today=date(2026, 9, 15))
    life.activate(db, CLERK, [renewal.id], today=date(2026, 10, 1))
    assert statuses(db, pw.id, renewal.id) == [ContractStatus.RENEWED, ContractStatus.ACTIVE]
    with db.session_factory() as s:
        assert s.get(Contract, pw.id).ended_on == date(2026, 9, 30)


def test_termination_needs_a_reason_and_is_dated_and_audited(db, office) -> None:
    pw = part_timer(db)
    printing.mark_printed(db, CLERK, [pw.id], on=date(2025, 9, 20))
    with pytest.raises(ValidationFailed, match="Alasan berakhir: wajib diisi"):
        life.terminate(db, CLERK, pw.id, "  ", date(2026, 1, 31))
    ended = life.terminate(db, CLERK, pw.id, "Mengundurkan diri atas permintaan sendiri", date(2026, 1, 31))
    assert (ended.status, ended.ended_on) == (ContractStatus.TERMINATED, date(2026, 1, 31))
    assert ended.end_reason.startswith("Mengundurkan diri")
    assert audit_actions(db, pw)[-1] == "terminated"
    with pytest.raises(ValidationFailed, match="berstatus Diputus"):
        life.terminate(db, CLERK, pw.id, "lagi", date(2026, 2, 1))


def test_a_stale_version_is_refused_and_nothing_changes(db, office) -> None:
    pw = part_timer(db)
    with pytest.raises(ConcurrentEdit, match="telah diubah di tempat lain"):
        printing.mark_printed(db, CLERK, [pw.id], expected_versions={pw.id: pw.version - 1})
    assert statuses(db, pw.id) == [ContractStatus.DRAFT]
    with db.session_factory() as s:
        assert s.get(Contract, pw.id).number is None


def test_expiry_closes_ended_contracts_as_renewed_or_expired(db, office) -> None:
    renewed = part_timer(db)
    lapsed = part_timer(db, nip="199507022025242002", nik="6271044207950004")
    ids = [renewed.id, lapsed.id]
    printing.mark_printed(db, CLERK, ids, on=date(2025, 9, 20))
    life.mark_signed(db, CLERK, ids, date(2025, 9, 25), today=date(2025, 9, 25))
    life.activate(db, CLERK, ids, today=date(2025, 10, 1))
    (successor,) = run_to_end(renewals.renew_contracts(db, CLERK, [renewed.id], today=date(2026, 8, 1)))
    printing.mark_printed(db, CLERK, [successor.id], on=date(2026, 9, 1))
    life.mark_signed(db, CLERK, [successor.id], date(2026, 9, 20), today=date(2026, 9, 20))
    result = life.expire_due(db, CLERK, today=date(2026, 10, 1))
    assert (result.expired, result.renewed) == (1, 1)
    assert statuses(db, *ids) == [ContractStatus.RENEWED, ContractStatus.EXPIRED]


def test_renewal_list_uses_six_months_full_time_and_three_months_part_time(db, office) -> None:
    pw = part_timer(db)  # ends 30-09-2026
    ft = full_timer(db)  # ends 28-02-2029
    ids = [pw.id, ft.id]
    printing.mark_printed(db, CLERK, ids, on=date(2024, 2, 20))
    life.mark_signed(db, CLERK, ids, date(2024, 2, 25), today=date(2025, 12, 1))
    with db.session_factory() as s:
        assert renewals.renewal_list(s, today=date(2026, 6, 29)) == []
        (due,) = renewals.renewal_list(s, today=date(2026, 6, 30))
        assert (due.contract_id, due.due_date, due.days_left) == (pw.id, date(2026, 6, 30), 92)
        assert (due.next_start, due.next_end) == (date(2026, 10, 1), date(2027, 9, 30))
        assert [c.contract_id for c in renewals.renewal_list(s, today=date(2028, 8, 28))] == [pw.id, ft.id]
        assert [c.contract_id for c in renewals.renewal_list(s, today=date(2028, 8, 27))] == [pw.id]
    run_to_end(renewals.renew_contracts(db, CLERK, [pw.id], today=date(2026, 7, 1)))
    with db.session_factory() as s:
        assert renewals.renewal_list(s, today=date(2026, 7, 1)) == []


def test_bulk_renewal_caps_at_the_bup_month_and_is_all_or_nothing(db, office) -> None:
    # Born 15-01-1969, BUP 58 (no position): the next full-time term must end by 31-01-2027.
    older = make_employee(db, SITI, nip="196901152024212001", nik="6271015501690002", birth_date=date(1969, 1, 15))
    ft = create_contract(db, ContractInput(older.id, date(2024, 3, 1), salary=3_203_600,
                                           end_date=date(2025, 2, 28)), CLERK)
    pw = part_timer(db)
    ids = [ft.id, pw.id]
    printing.mark_printed(db, CLERK, ids, on=date(2024, 2, 20))
    life.mark_signed(db, CLERK, ids, date(2024, 2, 25), today=date(2025, 1, 1))
    run_to_end(renewals.renew_contracts(db, CLERK, [pw.id], today=date(2025, 1, 1), salary=2_600_000))
    with pytest.raises(ValidationFailed, match="sudah diperpanjang"):
        run_to_end(renewals.renew_contracts(db, CLERK, ids, today=date(2025, 1, 1)))
    with db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Contract).where(Contract.renews_id == ft.id)) == 0
        pw_next = s.scalars(select(Contract).where(Contract.renews_id == pw.id)).one()
    assert pw_next.salary == Decimal("2600000") and pw_next.status is ContractStatus.DRAFT
    (ft_next,) = run_to_end(renewals.renew_contracts(db, CLERK, [ft.id], today=date(2025, 3, 5)))
    assert (ft_next.start_date, ft_next.end_date) == (date(2025, 3, 1), date(2027, 1, 31))
    assert statuses(db, ft.id) == [ContractStatus.RENEWED]  # it had already run out


def test_renewal_of_someone_past_the_bup_is_refused_with_the_reason(db, office) -> None:
    older = make_employee(db, SITI, nip="196801152024212001", nik="6271015501680002", birth_date=date(1968, 1, 15))
    ft = create_contract(db, ContractInput(older.id, date(2024, 3, 1), salary=3_203_600), CLERK)
    assert ft.end_date == date(2026, 1, 31)
    printing.mark_printed(db, CLERK, [ft.id], on=date(2024, 2, 20))
    life.mark_signed(db, CLERK, [ft.id], date(2024, 2, 25), today=date(2024, 2, 25))
    with db.session_factory() as s:
        (candidate,) = renewals.renewal_list(s, today=date(2025, 9, 1))
    assert candidate.next_start is None and "batas usia pensiun" in candidate.blocked_reason
    with pytest.raises(ValidationFailed, match="batas usia pensiun"):
        run_to_end(renewals.renew_contracts(db, CLERK, [ft.id], today=date(2025, 9, 1)))
