"""Use cases for PPPK work contracts: create one with the terms the rules give."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Contract, Employee, Office
from models.rules.errors import RuleError
from models.services import audit
from models.services.audit import Actor
from models.services.contracts.terms import TermLimits, default_contract_term, validate_contract_dates
from models.services.errors import FieldProblem, NotFound, ValidationFailed
from models.services.jobs import Job, Progress
from models.services.organization import position_bup
from models.services.permissions import Permission, require
from models.storage.backups import backup_before
from models.storage.database import Database
from models.vocabulary import ContractKind, ContractStatus, EmployeeStatus, EmploymentState

# ASN working time is 37 jam 30 menit a week (Perpres 21/2023); PPPK Paruh Waktu offices mostly set 20 jam.
DEFAULT_WEEKLY_MINUTES = {ContractKind.FULL_TIME: 37 * 60 + 30, ContractKind.PART_TIME: 20 * 60}
WEEKLY_MINUTES_RANGE = (60, 48 * 60)
OPEN_STATUSES = (ContractStatus.DRAFT, ContractStatus.PRINTED, ContractStatus.SIGNED, ContractStatus.ACTIVE)


@dataclass(frozen=True)
class ContractInput:
    employee_id: int
    start_date: date
    salary: Decimal | int | str
    end_date: date | None = None  # None: the default term (5 years full-time, 1 year part-time, BUP cap)
    weekly_minutes: int | None = None  # None: the default for the kind
    signing_date: date | None = None
    signing_place: str | None = None
    renews_id: int | None = None


def weekly_minutes_problem(minutes: int) -> str | None:
    low, high = WEEKLY_MINUTES_RANGE
    if not low <= minutes <= high:
        return f"harus antara {low // 60} dan {high // 60} jam"
    return None


def contract_kind_for(status: EmployeeStatus) -> ContractKind:
    return ContractKind.PART_TIME if status is EmployeeStatus.PPPK_PW else ContractKind.FULL_TIME


def _salary(value: Decimal | int | str, problems: list[FieldProblem]) -> Decimal | None:
    try:
        amount = Decimal(str(value).replace(".", "").replace(",", ".")) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        problems.append(FieldProblem("salary", f"'{value}' bukan jumlah uang"))
        return None
    if amount <= 0:
        problems.append(FieldProblem("salary", "harus lebih dari nol"))
    elif amount > Decimal("100000000"):
        problems.append(FieldProblem("salary", "terlalu besar untuk gaji/upah bulanan"))
    return amount


def part_time_limits(session: Session) -> TermLimits:
    """The term the office gives PPPK Paruh Waktu contracts (office settings; one year until it says otherwise)."""
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        return TermLimits(12, 12, 12)
    return TermLimits(office.pw_term_months, office.pw_term_months_min, office.pw_term_months_max)


def _build_contract(s: Session, data: ContractInput, problems: list[FieldProblem],
                    label: str = "", limits: TermLimits | None = None) -> Contract | None:
    """Validate one contract's input inside a transaction; a Contract to add, or None with `problems` told why.

    `label` (e.g. the employee's name) is put before each problem when many contracts are checked at once.
    """
    own: list[FieldProblem] = []
    salary = _salary(data.salary, own)
    employee = s.get(Employee, data.employee_id)
    if employee is None:
        raise NotFound(f"Pegawai dengan id {data.employee_id} tidak ditemukan.")
    if not employee.status.is_pppk:
        raise ValidationFailed([FieldProblem("status", f"{employee.name} berstatus {employee.status.label}, "
                                                       "perjanjian kerja hanya untuk PPPK")])
    if employee.employment_state is not EmploymentState.ACTIVE:
        raise ValidationFailed([FieldProblem("status", f"{employee.name} sudah tidak aktif")])
    kind = contract_kind_for(employee.status)
    bup = position_bup(employee.position)
    end = data.end_date
    limits = limits or part_time_limits(s)
    try:
        if end is None:
            end = default_contract_term(data.start_date, kind.value, employee.birth_date, bup, part_time=limits).end
        validate_contract_dates(data.start_date, end, kind.value, employee.birth_date, bup, part_time=limits)
    except RuleError as exc:
        own.append(FieldProblem("end_date" if data.end_date else "start_date", exc.message))
    minutes = data.weekly_minutes or DEFAULT_WEEKLY_MINUTES[kind]
    problem = weekly_minutes_problem(minutes)
    if problem:
        own.append(FieldProblem("weekly_minutes", problem))
    if data.renews_id is not None:
        renewed = s.get(Contract, data.renews_id)
        if renewed is None or renewed.employee_id != employee.id:
            own.append(FieldProblem("renews_id", "perjanjian yang diperpanjang bukan milik pegawai ini"))
    if not own and end is not None:
        overlap = s.scalars(
            select(Contract).where(
                Contract.employee_id == employee.id,
                Contract.status.in_(OPEN_STATUSES),
                Contract.start_date <= end,
                Contract.end_date >= data.start_date,
                Contract.id != (data.renews_id or -1),
            )
        ).first()
        if overlap is not None:
            period = f"{overlap.start_date:%d-%m-%Y} s.d. {overlap.end_date:%d-%m-%Y}"
            own.append(FieldProblem("start_date", f"bertumpang tindih dengan perjanjian {period}"))
    problems.extend(FieldProblem(p.field, f"{label}: {p.message}") if label else p for p in own)
    if own:
        return None
    return Contract(
        employee_id=employee.id, kind=kind, start_date=data.start_date, end_date=end, golongan=employee.golongan,
        salary=salary, weekly_minutes=minutes, signing_date=data.signing_date, signing_place=data.signing_place,
        status=ContractStatus.DRAFT, renews_id=data.renews_id,
    )


def _record_created(s: Session, actor: Actor, contract: Contract) -> None:
    employee = contract.employee if "employee" in contract.__dict__ else s.get(Employee, contract.employee_id)
    audit.record_create(s, actor, contract, f"Perjanjian kerja {employee.name} ({employee.nip}) "
                                            f"{contract.start_date:%d-%m-%Y} s.d. {contract.end_date:%d-%m-%Y}")


def create_contract(db: Database, data: ContractInput, actor: Actor) -> Contract:
    """A draft contract for a PPPK or PPPK Paruh Waktu; it gets its number when first printed."""
    require(actor, Permission.EDIT_RECORDS)
    problems: list[FieldProblem] = []
    with db.session_factory.begin() as s:
        contract = _build_contract(s, data, problems)
        if problems or contract is None:
            raise ValidationFailed(problems)
        s.add(contract)
        _record_created(s, actor, contract)
    return contract


def create_contracts(db: Database, items: Sequence[ContractInput], actor: Actor) -> Job[list[int]]:
    """Draft contracts for many employees at once, all or none; a job returning the new ids in the order given.

    Closing the job while it checks the people rolls back: no contract is made.

    Every problem of every person is reported together (each prefixed with the person's name and NIP).
    """
    require(actor, Permission.EDIT_RECORDS)
    if not items:
        raise ValidationFailed([FieldProblem("contract", "belum ada pegawai yang dipilih")])
    if len(items) > 1:
        backup_before(db, "sebelum-perubahan-massal")
    employees = [i.employee_id for i in items]
    if len(set(employees)) != len(employees):
        raise ValidationFailed([FieldProblem("contract", "seorang pegawai hanya boleh mendapat satu perjanjian "
                                                         "baru sekaligus")])
    problems: list[FieldProblem] = []
    with db.session_factory.begin() as s:
        limits = part_time_limits(s)
        built: list[Contract] = []
        for done, data in enumerate(items, 1):
            employee = s.get(Employee, data.employee_id)
            label = f"{employee.name} ({employee.nip})" if employee is not None else ""
            contract = _build_contract(s, data, problems, label, limits)
            if contract is not None:
                built.append(contract)
            yield Progress(done, len(items))
        if problems:
            raise ValidationFailed(problems)
        for contract in built:
            s.add(contract)
            _record_created(s, actor, contract)
        s.flush()
        return [c.id for c in built]
