"""The Perjanjian Kerja table: contracts with days left and the alert that tints them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, case, func, select
from sqlalchemy.orm import Session

from models import clock
from models.entities import Contract, Employee, Unit
from models.rules.formatting import full_name
from models.services.contracts.terms import renewal_due_date
from models.services.queries.paging import (
    DEFAULT_LIMIT,
    NO_DATE,
    Cursor,
    Page,
    SortKeys,
    add_months,
    dialect_of,
    fetch_page,
    folded,
    person_search,
    rank,
    sort_keys,
    unit_subtree,
)
from models.vocabulary import ContractKind, ContractStatus

CLOSED_CONTRACT_STATUSES = (ContractStatus.TERMINATED, ContractStatus.RENEWED)


class ContractAlert(StrEnum):
    EXPIRED = "expired"
    ENDING_SOON = "ending_soon"  # within the renewal notice: 6 months full-time, 3 months part-time


@dataclass(frozen=True)
class ContractRow:
    id: int
    employee_id: int
    employee_nip: str
    employee_name: str
    number: str | None
    kind: ContractKind
    start_date: date
    end_date: date
    days_left: int  # negative once the contract has ended
    status: ContractStatus
    alert: ContractAlert | None
    # Shown in optional columns.
    unit_name: str | None = None
    salary: Decimal | None = None  # gaji (full-time) or upah (part-time)
    signing_date: date | None = None
    version: int = 0

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def closed(self) -> bool:
        """Renewed or terminated: its end date no longer asks anything of the clerk."""
        return self.status in CLOSED_CONTRACT_STATUSES

    @property
    def status_label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class ContractFilter:
    status: ContractStatus | None = None
    kind: ContractKind | None = None
    # Still open (not renewed or terminated), not yet ended, ending on or before today + N months.
    ends_within_months: int | None = None
    unit_id: int | None = None  # the employee's unit and every unit beneath it


def contract_alert(kind: ContractKind, status: ContractStatus, end: date, today: date) -> ContractAlert | None:
    """Expired, due for the renewal proposal, or nothing; renewed and terminated contracts need nothing."""
    if status in CLOSED_CONTRACT_STATUSES:
        return None
    if status is ContractStatus.EXPIRED or end < today:
        return ContractAlert.EXPIRED
    if today >= renewal_due_date(end, kind.value):
        return ContractAlert.ENDING_SOON
    return None


def contract_sort_keys(dialect: str) -> SortKeys:
    """Sorting by days left puts open contracts first, soonest end first: what needs attention."""
    name = folded(Employee.name, dialect, nullable=False)
    closed = case((Contract.status.in_(CLOSED_CONTRACT_STATUSES), 1), else_=0)
    return {
        "nip": (Employee.nip, Contract.start_date),
        "name": (name, Contract.start_date),
        "number": (folded(Contract.number, dialect),),
        "kind": (rank(Contract.kind, list(ContractKind)), Contract.end_date),
        "start": (Contract.start_date, name),
        "end": (Contract.end_date, name),
        "days_left": (closed, Contract.end_date, name),
        "status": (rank(Contract.status, list(ContractStatus)), Contract.end_date),
        "unit": (folded(Unit.name, dialect), name),
        "salary": (Contract.salary, name),
        "signing_date": (func.coalesce(Contract.signing_date, NO_DATE), name),
    }


CONTRACT_SORTS = frozenset(contract_sort_keys("sqlite"))


def contract_conditions(
    search: str, filters: ContractFilter | None, today: date, dialect: str
) -> list[ColumnElement[bool]]:
    """WHERE conditions of a search and filter (Employee joined)."""
    conditions: list[ColumnElement[bool]] = []
    found = person_search(search, dialect, Employee.name, Employee.nip, Employee.nik)
    if found is not None:
        conditions.append(found)
    f = filters or ContractFilter()
    if f.status is not None:
        conditions.append(Contract.status == f.status)
    if f.kind is not None:
        conditions.append(Contract.kind == f.kind)
    if f.ends_within_months is not None:
        conditions += [Contract.end_date >= today, Contract.end_date <= add_months(today, f.ends_within_months),
                       Contract.status.not_in(CLOSED_CONTRACT_STATUSES)]
    if f.unit_id is not None:
        conditions.append(Employee.unit_id.in_(unit_subtree(f.unit_id)))
    return conditions


def _contract_select(
    session: Session, search: str, filters: ContractFilter | None, today: date, columns: Sequence[Any]
) -> Select:
    stmt = (
        select(*columns)
        .select_from(Contract)
        .join(Employee, Employee.id == Contract.employee_id)
        .outerjoin(Unit, Unit.id == Employee.unit_id)
    )
    return stmt.where(*contract_conditions(search, filters, today, dialect_of(session)))


def list_contracts(
    session: Session,
    *,
    search: str = "",
    filters: ContractFilter | None = None,
    sort: str = "days_left",
    descending: bool = False,
    after: Cursor | None = None,
    limit: int = DEFAULT_LIMIT,
    today: date | None = None,
) -> Page[ContractRow]:
    today = today or clock.today()
    keys = sort_keys(contract_sort_keys(dialect_of(session)), sort, Contract.id)
    columns = (
        Contract.id, Contract.version, Contract.employee_id, Employee.nip, Employee.name, Employee.gelar_depan,
        Employee.gelar_belakang, Contract.number, Contract.kind, Contract.start_date, Contract.end_date,
        Contract.status, Unit.name.label("unit_name"), Contract.salary, Contract.signing_date,
    )

    def make_row(r: Row[Any]) -> ContractRow:
        return ContractRow(
            id=r.id, employee_id=r.employee_id, employee_nip=r.nip,
            employee_name=full_name(r.name, r.gelar_depan, r.gelar_belakang), number=r.number, kind=r.kind,
            start_date=r.start_date, end_date=r.end_date, days_left=(r.end_date - today).days, status=r.status,
            alert=contract_alert(r.kind, r.status, r.end_date, today), unit_name=r.unit_name, salary=r.salary,
            signing_date=r.signing_date, version=r.version,
        )

    stmt = _contract_select(session, search, filters, today, columns)
    return fetch_page(session, stmt, keys, descending=descending, after=after, limit=limit, make_row=make_row)


def count_contracts(
    session: Session, search: str = "", filters: ContractFilter | None = None, *, today: date | None = None
) -> int:
    today = today or clock.today()
    f = filters or ContractFilter()
    stmt = select(func.count()).select_from(Contract)
    if search.strip() or f.unit_id is not None:  # every contract has its employee: join only to filter by one
        stmt = stmt.join(Employee, Employee.id == Contract.employee_id)
    return session.execute(stmt.where(*contract_conditions(search, f, today, dialect_of(session)))).scalar_one()
