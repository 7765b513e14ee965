"""Renewal in the contract lifecycle: the list of contracts due for renewal, and renewing many at once.

PermenPANRB 70/2020 asks for the renewal 6 months before a full-time contract ends; offices work to 3 months
for PPPK Paruh Waktu, whose contracts run one year at a time. A renewal is a new draft contract linked to
the one it continues (renews_id), with the default term capped at the end of the BUP month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.exc import StaleDataError

from models.entities import Contract, Employee, Unit
from models.rules.errors import RuleError
from models.rules.formatting import format_date_id, full_name
from models.services import audit
from models.services.audit import Actor
from models.services.contracts.drafts import (
    OPEN_STATUSES,
    contract_kind_for,
    part_time_limits,
    weekly_minutes_problem,
)
from models.services.contracts.lifecycle import (
    ALLOWED_FROM,
    RENEWABLE_STATUSES,
    change_contract,
    check_versions,
    contract_label,
    load_contracts,
    progress_due,
    raise_problems,
    stale_edit,
    today_or,
)
from models.services.contracts.terms import (
    TermLimits,
    add_months,
    default_contract_term,
    renewal_due_date,
    renewal_notice_months,
)
from models.services.errors import FieldProblem, ValidationFailed
from models.services.jobs import Job, Progress
from models.services.organization import position_bup
from models.services.permissions import Permission, require
from models.storage.backups import backup_before
from models.storage.database import Database
from models.vocabulary import ContractKind, ContractStatus, EmploymentState

S = ContractStatus
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class RenewalCandidate:
    """A contract that ends within its renewal notice (6 months full-time, 3 part-time) and has no successor yet."""

    contract_id: int
    contract_version: int
    employee_id: int
    nip: str
    name: str  # with titles
    unit_name: str | None
    kind: ContractKind
    number: str | None
    status: ContractStatus
    start_date: date
    end_date: date
    due_date: date  # last day to propose the renewal
    days_left: int  # negative once it has ended
    next_start: date | None  # the default next term; None when the BUP leaves no room for one
    next_end: date | None
    capped_by_bup: bool
    blocked_reason: str | None






def renewal_list(session: Session, today: date | None = None, *, kind: ContractKind | None = None,
                 unit_id: int | None = None) -> list[RenewalCandidate]:
    """Contracts of active employees ending within their renewal notice (or already ended) with no successor."""
    today = today_or(today)
    successor = aliased(Contract)
    windows = [
        and_(Contract.kind == k, Contract.end_date <= add_months(today, renewal_notice_months(k.value)))
        for k in ContractKind if kind is None or k is kind
    ]
    stmt = (
        select(Contract, Employee, Unit.name)
        .join(Employee, Contract.employee_id == Employee.id)
        .outerjoin(Unit, Employee.unit_id == Unit.id)
        .where(
            Contract.status.in_(RENEWABLE_STATUSES),
            Employee.employment_state == EmploymentState.ACTIVE,
            or_(*windows),
            ~exists().where(successor.renews_id == Contract.id),
        )
        .options(selectinload(Contract.employee).selectinload(Employee.position))
        .order_by(Contract.end_date, Employee.name, Contract.id)
    )
    if unit_id is not None:
        stmt = stmt.where(Employee.unit_id == unit_id)
    out = []
    limits = part_time_limits(session)
    for contract, employee, unit_name in session.execute(stmt):
        next_start = contract.end_date + ONE_DAY
        blocked = None
        try:
            term = default_contract_term(next_start, contract_kind_for(employee.status).value, employee.birth_date,
                                         position_bup(employee.position), part_time=limits)
        except RuleError as exc:
            term, blocked = None, exc.message
        out.append(RenewalCandidate(
            contract_id=contract.id, contract_version=contract.version, employee_id=employee.id, nip=employee.nip,
            name=full_name(employee.name, employee.gelar_depan, employee.gelar_belakang), unit_name=unit_name,
            kind=contract.kind, number=contract.number, status=contract.status, start_date=contract.start_date,
            end_date=contract.end_date, due_date=renewal_due_date(contract.end_date, contract.kind.value),
            days_left=(contract.end_date - today).days, next_start=term.start if term else None,
            next_end=term.end if term else None, capped_by_bup=bool(term and term.capped_by_bup),
            blocked_reason=blocked,
        ))
    return out


def renew_contracts(db: Database, actor: Actor, contract_ids: Sequence[int], *, start_date: date | None = None,
                    salary: Decimal | int | None = None, weekly_minutes: int | None = None, today: date | None = None,
                    expected_versions: Mapping[int, int] | None = None) -> Job[list[Contract]]:
    """New draft contracts continuing the chosen ones, all or none, each linked to the one it renews (a job).

    Each starts the day after the old one ends (or on `start_date`), runs the default term (5 years full-time,
    1 year part-time) capped at the end of the BUP month, and keeps the old salary and hours unless given.
    An old contract that has already run out is closed as renewed; one still running stays in force until
    its successor is activated.
    """
    require(actor, Permission.EDIT_RECORDS)
    if len(contract_ids) > 1:
        backup_before(db, "sebelum-perpanjangan")
    today = today_or(today)
    if salary is not None and (Decimal(salary) <= 0 or Decimal(salary) > Decimal("100000000")):
        raise ValidationFailed([FieldProblem("salary", "harus lebih dari nol dan wajar untuk sebulan")])
    if weekly_minutes is not None and (problem := weekly_minutes_problem(weekly_minutes)):
        raise ValidationFailed([FieldProblem("weekly_minutes", problem)])
    problems: list[FieldProblem] = []
    plans: list[tuple[Contract, date, date]] = []
    try:
        with db.session_factory.begin() as s:
            limits = part_time_limits(s)
            contracts = load_contracts(s, contract_ids)
            check_versions(contracts, expected_versions)
            has_successor = set(s.scalars(select(Contract.renews_id).where(Contract.renews_id.in_(
                [c.id for c in contracts]))))
            for done, contract in enumerate(contracts, 1):
                plan = _plan_renewal(s, contract, start_date, contract.id in has_successor, problems, limits)
                if plan is not None:
                    plans.append((contract, *plan))
                if progress_due(done, len(contracts)):
                    yield Progress(done, len(contracts), "periksa")
            if problems:
                raise_problems(problems)
            created = []
            for done, (old, start, end) in enumerate(plans, 1):
                employee = old.employee
                new = Contract(
                    employee_id=employee.id, kind=contract_kind_for(employee.status), start_date=start, end_date=end,
                    golongan=employee.golongan, salary=Decimal(salary) if salary is not None else old.salary,
                    weekly_minutes=weekly_minutes or old.weekly_minutes, status=S.DRAFT, renews_id=old.id,
                )
                s.add(new)
                audit.record_create(s, actor, new, f"Perpanjangan perjanjian {employee.name} ({employee.nip}) "
                                                   f"{start:%d-%m-%Y} s.d. {end:%d-%m-%Y}")
                if old.status in ALLOWED_FROM[S.RENEWED] and (old.status is S.EXPIRED or old.end_date < today):
                    change_contract(s, actor, old, "renewed", "Diperpanjang", status=S.RENEWED,
                            ended_on=old.ended_on or old.end_date)
                created.append(new)
                if progress_due(done, len(plans)):
                    yield Progress(done, len(plans))
    except StaleDataError as exc:
        raise stale_edit() from exc
    return created


def _plan_renewal(session: Session, contract: Contract, start_date: date | None, has_successor: bool,
                  problems: list[FieldProblem], limits: TermLimits | None = None) -> tuple[date, date] | None:
    employee = contract.employee
    label = contract_label(contract)
    if has_successor:
        problems.append(FieldProblem("renews_id", f"{label} sudah diperpanjang"))
        return None
    if contract.status not in RENEWABLE_STATUSES:
        names = ", ".join(s.label for s in RENEWABLE_STATUSES)
        problems.append(FieldProblem("contract_status", f"{label} berstatus {contract.status.label}; yang dapat "
                                                        f"diperpanjang hanya yang berstatus {names}"))
        return None
    if employee.employment_state is not EmploymentState.ACTIVE or not employee.status.is_pppk:
        problems.append(FieldProblem("contract", f"{label}: pegawai sudah tidak aktif sebagai PPPK"))
        return None
    start = start_date or contract.end_date + ONE_DAY
    if start <= contract.start_date:
        problems.append(FieldProblem("start_date", f"{label}: perpanjangan harus mulai sesudah "
                                                   f"{format_date_id(contract.start_date)}"))
        return None
    try:
        term = default_contract_term(start, contract_kind_for(employee.status).value, employee.birth_date,
                                     position_bup(employee.position), part_time=limits or part_time_limits(session))
    except RuleError as exc:
        problems.append(FieldProblem("start_date", f"{label}: {exc.message}"))
        return None
    overlap = session.scalars(
        select(Contract).where(
            Contract.employee_id == employee.id, Contract.status.in_(OPEN_STATUSES), Contract.id != contract.id,
            Contract.start_date <= term.end, Contract.end_date >= term.start,
        ).limit(1)
    ).first()
    if overlap is not None:
        problems.append(FieldProblem("start_date", f"{label}: masa baru {term.start:%d-%m-%Y} s.d. "
                                                   f"{term.end:%d-%m-%Y} bertumpang tindih dengan perjanjian "
                                                   f"{overlap.start_date:%d-%m-%Y} s.d. {overlap.end_date:%d-%m-%Y}"))
        return None
    return term.start, term.end
