"""The life of a PPPK work contract: draft -> printed -> signed -> active -> ended (expired, terminated, renewed).

Every change is validated first, runs in one transaction, is dated and signed with the acting clerk
(status_changed_at/by) and leaves an audit entry. Bulk functions take a list of contract ids, so a signing
ceremony of thousands is one call; with `expected_versions` a contract someone changed since it was read is
refused with ConcurrentEdit instead of being overwritten. Printing (numbers, marking printed) lives in
printing.py, renewal (the renewal list, bulk renewal) in renewal.py; both build on the helpers here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.exc import StaleDataError

from models import clock
from models.clock import utcnow
from models.entities import Contract, Employee, Office
from models.rules.formatting import format_date_id
from models.services import audit
from models.services.audit import Actor
from models.services.contracts.signed_papers import freeze_signed
from models.services.errors import ConcurrentEdit, FieldProblem, NotFound, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import ContractStatus

PROGRESS_EVERY = 200  # a bulk job reports every this many contracts
S = ContractStatus
# For each status, the statuses a contract may come from.
ALLOWED_FROM: dict[ContractStatus, tuple[ContractStatus, ...]] = {
    S.PRINTED: (S.DRAFT,),
    S.SIGNED: (S.PRINTED,),
    S.ACTIVE: (S.SIGNED,),
    S.EXPIRED: (S.SIGNED, S.ACTIVE),
    S.TERMINATED: (S.PRINTED, S.SIGNED, S.ACTIVE),
    S.RENEWED: (S.SIGNED, S.ACTIVE, S.EXPIRED),
}
ENDED_STATUSES = (S.EXPIRED, S.TERMINATED, S.RENEWED)
RENEWABLE_STATUSES = (S.SIGNED, S.ACTIVE, S.EXPIRED)
MAX_LISTED_PROBLEMS = 30
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ExpiryResult:
    expired: int
    renewed: int


# ---- helpers ----


def today_or(today: date | None) -> date:
    return today or clock.today()


def contract_label(contract: Contract) -> str:
    employee = contract.employee
    number = contract.number or f"#{contract.id} (belum bernomor)"
    return f"Perjanjian {number} a.n. {employee.name} ({employee.nip})"


def raise_problems(problems: list[FieldProblem]) -> None:
    if len(problems) > MAX_LISTED_PROBLEMS:
        rest = len(problems) - MAX_LISTED_PROBLEMS
        problems = [*problems[:MAX_LISTED_PROBLEMS], FieldProblem("contract", f"dan {rest} perjanjian lain")]
    raise ValidationFailed(problems)


def load_contracts(session: Session, contract_ids: Sequence[int]) -> list[Contract]:
    """The contracts in the order given, with employee and position; NotFound names any missing id."""
    ids = list(dict.fromkeys(contract_ids))
    if not ids:
        raise ValidationFailed([FieldProblem("contract", "belum ada perjanjian yang dipilih")])
    by_id: dict[int, Contract] = {}
    for start in range(0, len(ids), 900):  # stay under the bound-parameter limit of older SQLite builds
        rows = session.scalars(
            select(Contract)
            .where(Contract.id.in_(ids[start:start + 900]))
            .options(selectinload(Contract.employee).selectinload(Employee.position))
        )
        by_id.update((c.id, c) for c in rows)
    missing = [i for i in ids if i not in by_id]
    if missing:
        shown = ", ".join(str(i) for i in missing[:10])
        raise NotFound(f"Perjanjian kerja dengan id {shown} tidak ditemukan.")
    return [by_id[i] for i in ids]


def check_versions(contracts: Sequence[Contract], expected: Mapping[int, int] | None) -> None:
    if not expected:
        return
    for contract in contracts:
        want = expected.get(contract.id)
        if want is not None and contract.version != want:
            raise ConcurrentEdit(
                f"{contract_label(contract)} telah diubah di tempat lain sejak Anda membukanya. "
                "Muat ulang daftar lalu ulangi; belum ada yang disimpan."
            )


def check_from(contract: Contract, target: ContractStatus, verb: str, problems: list[FieldProblem]) -> bool:
    allowed = ALLOWED_FROM[target]
    if contract.status in allowed:
        return True
    names = " atau ".join(s.label for s in allowed)
    problems.append(FieldProblem(
        "contract_status",
        f"{contract_label(contract)} berstatus {contract.status.label}; hanya perjanjian berstatus {names} "
        f"yang dapat {verb}",
    ))
    return False


def change_contract(session: Session, actor: Actor, contract: Contract, action: str, summary: str, **values) -> None:
    """Set values (a new status is dated and signed), then log old -> new in the audit trail."""
    before = audit.snapshot(contract)
    if "status" in values and values["status"] is not contract.status:
        values.setdefault("status_changed_at", utcnow())
        values.setdefault("status_changed_by", actor.username)
    for key, value in values.items():
        setattr(contract, key, value)
    changes = audit.diff(before, audit.snapshot(contract))
    if changes:
        audit.record(session, actor, action, contract, changes, f"{summary}: {contract_label(contract)}")


def first_office(session: Session) -> Office | None:
    return session.scalars(select(Office).order_by(Office.id).limit(1)).first()


def progress_due(done: int, total: int) -> bool:
    """Whether a bulk job reports this step: every PROGRESS_EVERY contracts and the last."""
    return done == total or done % PROGRESS_EVERY == 0


def stale_edit() -> ConcurrentEdit:
    return ConcurrentEdit("Perjanjian yang sama baru saja diubah di tempat lain. Muat ulang lalu ulangi; "
                          "belum ada yang disimpan.")


# ---- signing and taking effect ----


def mark_signed(db: Database, actor: Actor, contract_ids: Sequence[int], signing_date: date,
                place: str | None = None, *, today: date | None = None,
                expected_versions: Mapping[int, int] | None = None) -> list[Contract]:
    """Record that printed contracts were signed on `signing_date` at `place` (default: the office's city)."""
    require(actor, Permission.EDIT_RECORDS)
    today = today_or(today)
    problems: list[FieldProblem] = []
    if signing_date > today:
        problems.append(FieldProblem("signing_date", f"{format_date_id(signing_date)} belum terjadi; catat "
                                                     "penandatanganan pada hari itu atau sesudahnya"))
    try:
        with db.session_factory.begin() as s:
            where = (place or "").strip()
            if not where:
                office = first_office(s)
                where = (office.signing_city or "").strip() if office else ""
            if not where:
                problems.append(FieldProblem("signing_place", "wajib diisi (atau isi kota penandatanganan pada "
                                                              "pengaturan instansi)"))
            contracts = load_contracts(s, contract_ids)
            check_versions(contracts, expected_versions)
            for contract in contracts:
                if check_from(contract, S.SIGNED, "ditandatangani (cetak dahulu agar bernomor)", problems) \
                        and signing_date > contract.end_date:
                    problems.append(FieldProblem("signing_date", f"{contract_label(contract)} berakhir "
                                                                 f"{format_date_id(contract.end_date)}, sebelum "
                                                                 "tanggal penandatanganan"))
            if problems:
                raise_problems(problems)
            for contract in contracts:
                change_contract(s, actor, contract, "sign", "Ditandatangani", status=S.SIGNED,
                                signing_date=signing_date, signing_place=where)
            s.flush()
            freeze_signed(s, contracts)  # a reprint reproduces this paper, whatever the records say later
    except StaleDataError as exc:
        raise stale_edit() from exc
    return contracts


def activate(db: Database, actor: Actor, contract_ids: Sequence[int], *, today: date | None = None,
             expected_versions: Mapping[int, int] | None = None) -> list[Contract]:
    """Signed contracts whose term has begun come into force; the contract each one renews is then closed."""
    require(actor, Permission.EDIT_RECORDS)
    today = today_or(today)
    problems: list[FieldProblem] = []
    try:
        with db.session_factory.begin() as s:
            contracts = load_contracts(s, contract_ids)
            check_versions(contracts, expected_versions)
            for contract in contracts:
                if not check_from(contract, S.ACTIVE, "diberlakukan", problems):
                    continue
                if contract.start_date > today:
                    problems.append(FieldProblem("start_date", f"{contract_label(contract)} baru mulai berlaku "
                                                               f"{format_date_id(contract.start_date)}"))
                elif contract.end_date < today:
                    problems.append(FieldProblem("end_date", f"{contract_label(contract)} sudah berakhir "
                                                             f"{format_date_id(contract.end_date)}"))
            if problems:
                raise_problems(problems)
            _activate(s, actor, contracts)
    except StaleDataError as exc:
        raise stale_edit() from exc
    return contracts


def _activate(session: Session, actor: Actor, contracts: Sequence[Contract]) -> None:
    for contract in contracts:
        change_contract(session, actor, contract, "activate", "Mulai berlaku", status=S.ACTIVE)
        previous = contract.renews
        if previous is not None and previous.status in ALLOWED_FROM[S.RENEWED]:
            ended = min(previous.end_date, contract.start_date - ONE_DAY)
            change_contract(session, actor, previous, "renewed", "Diperpanjang", status=S.RENEWED,
                    ended_on=previous.ended_on or ended)


def activate_due(db: Database, actor: Actor, today: date | None = None) -> list[int]:
    """Bring every signed contract whose term has begun (and not ended) into force; returns their ids."""
    require(actor, Permission.EDIT_RECORDS)
    today = today_or(today)
    try:
        with db.session_factory.begin() as s:
            contracts = list(s.scalars(
                select(Contract)
                .where(Contract.status == S.SIGNED, Contract.start_date <= today, Contract.end_date >= today)
                .options(selectinload(Contract.employee), selectinload(Contract.renews))
            ))
            _activate(s, actor, contracts)
            return [c.id for c in contracts]
    except StaleDataError as exc:
        raise stale_edit() from exc


# ---- ending ----


def end_contract(db: Database, actor: Actor, contract_id: int, outcome: ContractStatus | str, on: date,
                 reason: str | None = None, *, today: date | None = None,
                 expected_version: int | None = None) -> Contract:
    """End one contract as expired (its term ran out), terminated (with a reason) or renewed (a successor took over)."""
    require(actor, Permission.EDIT_RECORDS)
    today = today_or(today)
    try:
        outcome = ContractStatus(outcome)
    except ValueError as exc:
        raise ValidationFailed([FieldProblem("contract_status", f"cara berakhir '{outcome}' tidak dikenal")]) from exc
    if outcome not in ENDED_STATUSES:
        raise ValidationFailed([FieldProblem("contract_status", "pilih berakhir, diputus, atau diperpanjang")])
    problems: list[FieldProblem] = []
    reason = (reason or "").strip() or None
    try:
        with db.session_factory.begin() as s:
            (contract,) = load_contracts(s, [contract_id])
            check_versions([contract], {contract.id: expected_version} if expected_version is not None else None)
            verbs = {S.EXPIRED: "dinyatakan berakhir", S.TERMINATED: "diputus", S.RENEWED: "dinyatakan diperpanjang"}
            if check_from(contract, outcome, verbs[outcome], problems):
                _check_ending(s, contract, outcome, on, reason, today, problems)
            if problems:
                raise_problems(problems)
            summaries = {S.EXPIRED: "Berakhir", S.TERMINATED: "Diputus", S.RENEWED: "Diperpanjang"}
            change_contract(s, actor, contract, outcome.value, summaries[outcome], status=outcome, ended_on=on,
                    end_reason=reason if reason is not None else contract.end_reason)
    except StaleDataError as exc:
        raise stale_edit() from exc
    return contract


def _check_ending(session: Session, contract: Contract, outcome: ContractStatus, on: date, reason: str | None,
                  today: date, problems: list[FieldProblem]) -> None:
    if on > contract.end_date:
        problems.append(FieldProblem("ended_on", f"{format_date_id(on)} sesudah akhir perjanjian "
                                                 f"({format_date_id(contract.end_date)})"))
    if outcome is S.TERMINATED:
        if reason is None:
            problems.append(FieldProblem("end_reason", "wajib diisi untuk pemutusan perjanjian"))
        if contract.status is S.ACTIVE and on < contract.start_date:
            problems.append(FieldProblem("ended_on", f"{format_date_id(on)} sebelum perjanjian mulai berlaku "
                                                     f"({format_date_id(contract.start_date)})"))
    elif outcome is S.EXPIRED:
        if contract.end_date >= today:
            problems.append(FieldProblem("ended_on", f"masa perjanjian baru berakhir "
                                                     f"{format_date_id(contract.end_date)}"))
        elif on != contract.end_date:
            problems.append(FieldProblem("ended_on", f"perjanjian yang habis masanya berakhir pada tanggal "
                                                     f"akhirnya, {format_date_id(contract.end_date)}"))
    elif session.scalar(select(Contract.id).where(Contract.renews_id == contract.id).limit(1)) is None:
        problems.append(FieldProblem("renews_id", f"{contract_label(contract)} belum punya perjanjian lanjutan"))


def terminate(db: Database, actor: Actor, contract_id: int, reason: str, on: date, *,
              expected_version: int | None = None) -> Contract:
    """Terminate a contract early (with honour, not at own request, or without honour: say so in `reason`)."""
    require(actor, Permission.EDIT_RECORDS)
    return end_contract(db, actor, contract_id, S.TERMINATED, on, reason, expected_version=expected_version)


def expire_due(db: Database, actor: Actor, today: date | None = None) -> ExpiryResult:
    """Close every signed or active contract whose term ended before `today`: renewed when a signed or active
    successor took over, expired otherwise."""
    require(actor, Permission.EDIT_RECORDS)
    today = today_or(today)
    successor = aliased(Contract)
    taken_over = exists().where(successor.renews_id == Contract.id, successor.status.in_((S.SIGNED, S.ACTIVE)))
    expired = renewed = 0
    try:
        with db.session_factory.begin() as s:
            rows = s.execute(
                select(Contract, taken_over)
                .where(Contract.status.in_((S.SIGNED, S.ACTIVE)), Contract.end_date < today)
                .options(selectinload(Contract.employee))
            ).all()
            for contract, was_renewed in rows:
                if was_renewed:
                    change_contract(s, actor, contract, "renewed", "Diperpanjang", status=S.RENEWED,
                            ended_on=contract.end_date)
                    renewed += 1
                else:
                    change_contract(s, actor, contract, "expired", "Berakhir", status=S.EXPIRED,
                                    ended_on=contract.end_date)
                    expired += 1
    except StaleDataError as exc:
        raise stale_edit() from exc
    return ExpiryResult(expired=expired, renewed=renewed)
