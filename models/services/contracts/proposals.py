"""Proposed terms of new contracts for chosen employees: who can get one, from when, until when, for how much.

The proposal follows the domain rules (models/services/contracts/terms): the default term for the kind (5 years
full-time, 1 year part-time) from the first day of the next month, or the day after the last contract ended
when that is later, capped at the end of the BUP month; the salary/wage of the person's last contract, else
the highest one the office pays for the same kind and golongan (the office's own data, not a table in code);
the default weekly working time. Those who cannot get one are listed with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models.entities import Contract, Employee
from models.rules.errors import RuleError
from models.rules.formatting import format_date_id, full_name
from models.rules.retirement import bup_month_end
from models.services.contracts.drafts import (
    DEFAULT_WEEKLY_MINUTES,
    OPEN_STATUSES,
    contract_kind_for,
    part_time_limits,
)
from models.services.contracts.pay import SOURCE, PayTable, masa_kerja_golongan, pay_table, wage_table
from models.services.contracts.selection import unit_tree
from models.services.contracts.terms import default_contract_term
from models.services.organization import position_bup
from models.vocabulary import ContractKind, EmploymentState

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ContractProposal:
    employee_id: int
    nip: str
    name: str  # with titles
    kind: ContractKind
    golongan: str | None
    start_date: date
    end_date: date
    capped_by_bup: bool
    salary: Decimal | None  # None: nothing to go by; the clerk types it
    salary_source: str  # where the amount came from, for the dialog
    weekly_minutes: int
    bup_limit: date  # the last day any contract may run to
    masa_kerja: int = 0  # masa kerja golongan at the start, whole years
    salary_warning: str | None = None  # the proposed amount disagrees with the pay table



@dataclass(frozen=True)
class SkippedEmployee:
    employee_id: int
    nip: str
    name: str
    reason: str


@dataclass(frozen=True)
class Proposals:
    proposals: list[ContractProposal]
    skipped: list[SkippedEmployee]


def first_of_next_month(today: date) -> date:
    """Contracts start on the first of a month; today itself when today is the first."""
    if today.day == 1:
        return today
    return date(today.year + today.month // 12, today.month % 12 + 1, 1)


def _office_salaries(session: Session) -> dict[tuple[ContractKind, str | None], Decimal]:
    rows = session.execute(select(Contract.kind, Contract.golongan, func.max(Contract.salary))
                           .group_by(Contract.kind, Contract.golongan))
    return {(kind, golongan): Decimal(amount) for kind, golongan, amount in rows if amount is not None}


def _unit_chain(tree: dict[int, tuple[int | None, str]], unit_id: int | None) -> list[int]:
    """The unit's id and those above it, the top first."""
    chain: list[int] = []
    while unit_id is not None and unit_id in tree and unit_id not in chain:
        chain.append(unit_id)
        unit_id = tree[unit_id][0]
    return list(reversed(chain))


def propose_contracts(session: Session, employee_ids: Sequence[int], today: date) -> Proposals:
    """Terms for a new contract per chosen employee, and the reasons for those who cannot get one."""
    ids = list(dict.fromkeys(employee_ids))
    employees: dict[int, Employee] = {}
    for start in range(0, len(ids), 900):
        employees.update((e.id, e) for e in session.scalars(
            select(Employee).where(Employee.id.in_(ids[start:start + 900]))
            .options(selectinload(Employee.position), selectinload(Employee.contracts))))
    salaries: dict[tuple[ContractKind, str | None], Decimal] | None = None
    pay: PayTable | None = None
    limits = part_time_limits(session)
    proposals: list[ContractProposal] = []
    skipped: list[SkippedEmployee] = []
    for employee_id in ids:
        employee = employees.get(employee_id)
        if employee is None:
            continue
        name = full_name(employee.name, employee.gelar_depan, employee.gelar_belakang)

        def skip(reason: str, employee: Employee = employee, name: str = name) -> None:
            skipped.append(SkippedEmployee(employee.id, employee.nip, name, reason))

        if not employee.status.is_pppk:
            skip(f"berstatus {employee.status.label}; perjanjian kerja hanya untuk PPPK dan PPPK Paruh Waktu")
            continue
        if employee.employment_state is not EmploymentState.ACTIVE:
            skip(f"sudah tidak aktif ({employee.employment_state.label})")
            continue
        contracts = sorted(employee.contracts, key=lambda c: c.end_date)
        running = [c for c in contracts if c.status in OPEN_STATUSES and c.end_date >= today]
        if running:
            current = running[-1]
            skip(f"masih punya perjanjian {current.status.label.lower()} sampai {format_date_id(current.end_date)}; "
                 "gunakan Perpanjang")
            continue
        kind = contract_kind_for(employee.status)
        start = first_of_next_month(today)
        if contracts and contracts[-1].end_date + ONE_DAY > start:
            start = contracts[-1].end_date + ONE_DAY
        bup = position_bup(employee.position)
        try:
            term = default_contract_term(start, kind.value, employee.birth_date, bup, part_time=limits)
        except RuleError as exc:
            skip(exc.message)
            continue
        last = contracts[-1] if contracts else None
        if pay is None:
            pay, wages, tree = pay_table(session), wage_table(session), unit_tree(session)
        salary, source = None, ""
        mkg = masa_kerja_golongan(employee.tmt_pppk, term.start)
        if kind is ContractKind.FULL_TIME:
            salary = pay.cell(employee.golongan, mkg)
            source = f"tabel gaji {SOURCE}, golongan {employee.golongan} masa kerja {mkg} tahun" if salary else ""
        else:
            group = employee.position.group.value if employee.position is not None else None
            salary, source = wages.wage(_unit_chain(tree, employee.unit_id), group)
        if salary is None and last is not None and last.kind is kind:
            salary, source = Decimal(last.salary), "perjanjian terakhir"
        if salary is None:
            if salaries is None:
                salaries = _office_salaries(session)
            salary = salaries.get((kind, employee.golongan))
            source = "tertinggi untuk golongan yang sama" if salary is not None else "belum ada: isi sendiri"
        warning = pay.warning(employee.golongan, mkg, salary) if kind is ContractKind.FULL_TIME else None
        minutes = (last.weekly_minutes if last is not None and last.kind is kind else None) \
            or DEFAULT_WEEKLY_MINUTES[kind]
        proposals.append(ContractProposal(
            employee_id=employee.id, nip=employee.nip, name=name, kind=kind, golongan=employee.golongan,
            start_date=term.start, end_date=term.end, capped_by_bup=term.capped_by_bup, salary=salary,
            salary_source=source, weekly_minutes=minutes, bup_limit=bup_month_end(employee.birth_date, bup),
            masa_kerja=mkg, salary_warning=warning,
        ))
    return Proposals(proposals, skipped)
