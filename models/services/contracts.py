"""Use cases for PPPK work contracts: create one with the terms the rules give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from models.database import Database
from models.entities import Contract, Employee
from models.rules.contract_terms import default_contract_term, validate_contract_dates
from models.rules.errors import RuleError
from models.services import audit
from models.services.audit import Actor
from models.services.errors import FieldProblem, NotFound, ValidationFailed
from models.services.organization import position_bup
from models.vocabulary import ContractKind, ContractStatus, EmployeeStatus, EmploymentState

DEFAULT_WEEKLY_HOURS = {ContractKind.FULL_TIME: 40, ContractKind.PART_TIME: 20}
OPEN_STATUSES = (ContractStatus.DRAFT, ContractStatus.PRINTED, ContractStatus.SIGNED, ContractStatus.ACTIVE)


@dataclass(frozen=True)
class ContractInput:
    employee_id: int
    start_date: date
    salary: Decimal | int | str
    end_date: date | None = None  # None: the default term (5 years full-time, 1 year part-time, BUP cap)
    weekly_hours: int | None = None
    signing_date: date | None = None
    signing_place: str | None = None
    renews_id: int | None = None


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


def create_contract(db: Database, data: ContractInput, actor: Actor) -> Contract:
    """A draft contract for a PPPK or PPPK Paruh Waktu; it gets its number when first printed."""
    problems: list[FieldProblem] = []
    salary = _salary(data.salary, problems)
    with db.session_factory.begin() as s:
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
        try:
            if end is None:
                end = default_contract_term(data.start_date, kind.value, employee.birth_date, bup).end
            validate_contract_dates(data.start_date, end, kind.value, employee.birth_date, bup)
        except RuleError as exc:
            problems.append(FieldProblem("end_date" if data.end_date else "start_date", exc.message))
        hours = data.weekly_hours or DEFAULT_WEEKLY_HOURS[kind]
        if not 1 <= hours <= 48:
            problems.append(FieldProblem("weekly_hours", "harus antara 1 dan 48 jam"))
        if data.renews_id is not None:
            renewed = s.get(Contract, data.renews_id)
            if renewed is None or renewed.employee_id != employee.id:
                problems.append(FieldProblem("renews_id", "perjanjian yang diperpanjang bukan milik pegawai ini"))
        if not problems and end is not None:
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
                problems.append(FieldProblem("start_date", f"bertumpang tindih dengan perjanjian {period}"))
        if problems:
            raise ValidationFailed(problems)
        contract = Contract(
            employee_id=employee.id, kind=kind, start_date=data.start_date, end_date=end, golongan=employee.golongan,
            salary=salary, weekly_hours=hours, signing_date=data.signing_date, signing_place=data.signing_place,
            status=ContractStatus.DRAFT, renews_id=data.renews_id,
        )
        s.add(contract)
        audit.record_create(s, actor, contract, f"Perjanjian kerja {employee.name} ({employee.nip}) "
                                                f"{data.start_date:%d-%m-%Y} s.d. {end:%d-%m-%Y}")
    return contract
