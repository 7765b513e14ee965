"""Read-only queries behind the tables: pages of plain rows that the database sorts, filters and counts.

Paging is by keyset, never by OFFSET: a page after another starts from the sort values and id of the
previous page's last row, so the hundredth page costs what the first does. Every sort key is made
non-NULL (COALESCE) because a keyset comparison with NULL matches nothing. Text keys are compared
case-insensitively: `COLLATE NOCASE` on SQLite (index ix_employee_name_nocase serves names), `lower()`
elsewhere (the same index there is on lower(name)).
"""

from __future__ import annotations

import calendar
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Row, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from models.entities import Contract, Employee, Formation, Position, Unit
from models.rules.contract_terms import renewal_due_date
from models.rules.formatting import full_name
from models.rules.grades import PNS_GRADES, PPPK_GRADES
from models.rules.nip import normalize_digits
from models.vocabulary import ContractKind, ContractStatus, EmployeeStatus, EmploymentState, ProcurementKind

DEFAULT_LIMIT = 256
# Sorts after every real character in a binary or NOCASE comparison: [p, p + MAX_CHAR) is "starts with p".
MAX_CHAR = "\U0010ffff"
Cursor = tuple[Any, ...]
RowT = TypeVar("RowT")
SortKeys = dict[str, tuple[ColumnElement[Any], ...]]


class Page(NamedTuple, Generic[RowT]):
    """One page of rows; pass next_cursor as `after` for the next page (None: this was the last)."""

    rows: list[RowT]
    next_cursor: Cursor | None


# ---- rows ----


@dataclass(frozen=True)
class EmployeeRow:
    id: int
    version: int
    nip: str
    name: str  # with titles, as printed
    status: EmployeeStatus
    golongan: str | None
    position_name: str | None
    unit_name: str | None
    kecamatan_name: str | None
    employment_state: EmploymentState

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def employment_state_label(self) -> str:
        return self.employment_state.label


@dataclass(frozen=True)
class FormationRow:
    """A formasi with its bezetting. `vacancies` is needed minus in post, never below 0: the ABK need,
    not the approval, says how many staff a unit lacks; approval only says how many may be recruited."""

    id: int
    year: int
    opd_name: str
    unit_name: str
    kecamatan_name: str | None
    position_name: str
    procurement_kind: ProcurementKind
    needed: int
    approved: int
    in_post: int  # active employees with this unit and position, whatever their status
    vacancies: int

    @property
    def procurement_kind_label(self) -> str:
        return self.procurement_kind.label


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


# ---- filters ----


@dataclass(frozen=True)
class EmployeeFilter:
    status: EmployeeStatus | None = None
    unit_id: int | None = None  # the unit and every unit beneath it
    kecamatan_code: str | None = None
    golongan: str | None = None
    employment_state: EmploymentState | None = None


@dataclass(frozen=True)
class FormationFilter:
    year: int | None = None
    unit_id: int | None = None  # the unit and every unit beneath it
    kecamatan_code: str | None = None
    procurement_kind: ProcurementKind | None = None


@dataclass(frozen=True)
class ContractFilter:
    status: ContractStatus | None = None
    kind: ContractKind | None = None
    ends_within_months: int | None = None  # not yet ended, ending on or before today + N months


def contract_alert(kind: ContractKind, status: ContractStatus, end: date, today: date) -> ContractAlert | None:
    """Expired, due for the renewal proposal, or nothing; renewed and terminated contracts need nothing."""
    if status in CLOSED_CONTRACT_STATUSES:
        return None
    if status is ContractStatus.EXPIRED or end < today:
        return ContractAlert.EXPIRED
    if today >= renewal_due_date(end, kind.value):
        return ContractAlert.ENDING_SOON
    return None


def add_months(d: date, months: int) -> date:
    """The same day `months` later, clamped to the last day of a shorter month."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


# ---- SQL building blocks ----


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _folded(column: Any, dialect: str, *, nullable: bool = True) -> ColumnElement[Any]:
    """A text column for case-insensitive comparing and ordering, never NULL.

    A column that cannot be NULL (not from an outer join) stays bare so that SQLite matches its index."""
    text = func.coalesce(column, "") if nullable else column
    return text.collate("NOCASE") if dialect == "sqlite" else func.lower(text)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _starts_with(column: ColumnElement[Any], prefix: str, dialect: str, *, nocase: bool = False) -> ColumnElement[bool]:
    if dialect == "sqlite":
        # A range rather than LIKE: it uses the index whatever PRAGMA case_sensitive_like says.
        key = column.collate("NOCASE") if nocase else column
        return and_(key >= prefix, key < prefix + MAX_CHAR)
    if nocase:
        return func.lower(column).like(_escape_like(prefix.lower()) + "%", escape="\\")
    return column.like(_escape_like(prefix) + "%", escape="\\")


def person_search(text: str, dialect: str, name: Any, nip: Any, nik: Any) -> ColumnElement[bool] | None:
    """Digits: NIP or NIK starting with them (spaces and dots allowed); otherwise a name prefix."""
    text = " ".join(text.split())
    if not text:
        return None
    digits = normalize_digits(text)
    if digits and digits.isascii() and digits.isdigit():
        return or_(_starts_with(nip, digits, dialect), _starts_with(nik, digits, dialect))
    return _starts_with(name, text, dialect, nocase=True)


def _unit_roots() -> Any:
    """Subquery (unit_id, opd_id): the top unit (OPD) above each unit, the unit itself at the top."""
    tree = select(Unit.id.label("unit_id"), Unit.id.label("ancestor_id"), Unit.parent_id.label("next_id"))
    tree_cte = tree.cte("unit_up", recursive=True)
    parent = aliased(Unit)
    # UNION, not UNION ALL: a parent cycle in bad data then ends instead of recursing forever.
    tree_cte = tree_cte.union(
        select(tree_cte.c.unit_id, parent.id, parent.parent_id).join(parent, parent.id == tree_cte.c.next_id)
    )
    return (
        select(tree_cte.c.unit_id, tree_cte.c.ancestor_id.label("opd_id"))
        .where(tree_cte.c.next_id.is_(None))
        .subquery("unit_root")
    )


def _unit_subtree(unit_id: int) -> Any:
    """Select of the ids of a unit and every unit beneath it."""
    down = select(Unit.id.label("id")).where(Unit.id == unit_id).cte("unit_down", recursive=True)
    child = aliased(Unit)
    down = down.union(select(child.id).join(down, child.parent_id == down.c.id))
    return select(down.c.id)


def _rank(column: ColumnElement[Any], order: Sequence[Any]) -> ColumnElement[int]:
    return case({value: i for i, value in enumerate(order, start=1)}, value=column, else_=0)


GOLONGAN_ORDER = tuple(g.code for g in PNS_GRADES) + tuple(g.code for g in PPPK_GRADES)


def _sort_keys(keys: SortKeys, sort: str, tie_breaker: ColumnElement[Any]) -> tuple[ColumnElement[Any], ...]:
    if sort not in keys:
        raise ValueError(f"Unknown sort key {sort!r}; allowed: {', '.join(sorted(keys))}")
    return (*keys[sort], tie_breaker)


def _beyond(keys: Sequence[ColumnElement[Any]], values: Cursor, descending: bool) -> ColumnElement[bool]:
    """Rows after the cursor in (k1, ..., id) order, spelled out because SQLite uses no index for a
    row-value comparison on a collated column; the leading `k1 >= v1` gives it an index range."""
    if len(values) != len(keys):
        raise ValueError(f"Cursor has {len(values)} values, the sort needs {len(keys)}")
    past = operator.lt if descending else operator.gt
    condition = past(keys[-1], values[-1])
    for key, value in zip(reversed(keys[:-1]), reversed(values[:-1]), strict=True):
        condition = or_(past(key, value), and_(key == value, condition))
    first = keys[0] <= values[0] if descending else keys[0] >= values[0]
    return and_(first, condition)


def _page(
    session: Session,
    stmt: Select[Any],
    keys: Sequence[ColumnElement[Any]],
    *,
    descending: bool,
    after: Cursor | None,
    limit: int,
    make_row: Callable[[Row[Any]], RowT],
) -> Page[RowT]:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    stmt = stmt.add_columns(*(key.label(f"sort_{i}") for i, key in enumerate(keys)))
    if after is not None:
        stmt = stmt.where(_beyond(keys, tuple(after), descending))
    stmt = stmt.order_by(*(key.desc() if descending else key.asc() for key in keys)).limit(limit + 1)
    result = session.execute(stmt).all()
    more = len(result) > limit
    result = result[:limit]
    cursor = tuple(result[-1][-len(keys):]) if more else None
    return Page([make_row(r) for r in result], cursor)


def _count(session: Session, stmt: Select[Any]) -> int:
    return session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()


# ---- employees ----


def employee_sort_keys(dialect: str) -> SortKeys:
    name = _folded(Employee.name, dialect, nullable=False)
    return {
        "name": (name,),
        "nip": (Employee.nip,),
        "status": (_rank(Employee.status, list(EmployeeStatus)), name),
        "golongan": (_rank(Employee.golongan, GOLONGAN_ORDER), name),
        "position": (_folded(Position.name, dialect), name),
        "unit": (_folded(Unit.name, dialect), name),
        "kecamatan": (_folded(Unit.kecamatan_name, dialect), _folded(Unit.name, dialect), name),
        "employment_state": (_rank(Employee.employment_state, list(EmploymentState)), name),
    }


EMPLOYEE_SORTS = frozenset(employee_sort_keys("sqlite"))


def _employee_select(session: Session, search: str, filters: EmployeeFilter | None, columns: Sequence[Any]) -> Select:
    stmt = (
        select(*columns)
        .select_from(Employee)
        .outerjoin(Position, Position.id == Employee.position_id)
        .outerjoin(Unit, Unit.id == Employee.unit_id)
    )
    found = person_search(search, _dialect(session), Employee.name, Employee.nip, Employee.nik)
    if found is not None:
        stmt = stmt.where(found)
    f = filters or EmployeeFilter()
    if f.status is not None:
        stmt = stmt.where(Employee.status == f.status)
    if f.unit_id is not None:
        stmt = stmt.where(Employee.unit_id.in_(_unit_subtree(f.unit_id)))
    if f.kecamatan_code is not None:
        stmt = stmt.where(Unit.kecamatan_code == f.kecamatan_code)
    if f.golongan is not None:
        stmt = stmt.where(Employee.golongan == f.golongan)
    if f.employment_state is not None:
        stmt = stmt.where(Employee.employment_state == f.employment_state)
    return stmt


def _employee_row(r: Row[Any]) -> EmployeeRow:
    return EmployeeRow(
        id=r.id, version=r.version, nip=r.nip, name=full_name(r.name, r.gelar_depan, r.gelar_belakang),
        status=r.status, golongan=r.golongan, position_name=r.position_name, unit_name=r.unit_name,
        kecamatan_name=r.kecamatan_name, employment_state=r.employment_state,
    )


def list_employees(
    session: Session,
    *,
    search: str = "",
    filters: EmployeeFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    after: Cursor | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Page[EmployeeRow]:
    keys = _sort_keys(employee_sort_keys(_dialect(session)), sort, Employee.id)
    columns = (
        Employee.id, Employee.version, Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang,
        Employee.status, Employee.golongan, Position.name.label("position_name"), Unit.name.label("unit_name"),
        Unit.kecamatan_name, Employee.employment_state,
    )
    stmt = _employee_select(session, search, filters, columns)
    return _page(session, stmt, keys, descending=descending, after=after, limit=limit, make_row=_employee_row)


def count_employees(session: Session, search: str = "", filters: EmployeeFilter | None = None) -> int:
    return _count(session, _employee_select(session, search, filters, (Employee.id,)))


def status_counts(
    session: Session, *, employment_state: EmploymentState | None = EmploymentState.ACTIVE
) -> dict[EmployeeStatus, int]:
    """Employees per status, every status present (0 when none), in the order of EmployeeStatus.

    Counts active employees unless another employment state (or None: everyone) is asked for."""
    stmt = select(Employee.status, func.count()).group_by(Employee.status)
    if employment_state is not None:
        stmt = stmt.where(Employee.employment_state == employment_state)
    found = dict(session.execute(stmt).tuples().all())
    return {status: found.get(status, 0) for status in EmployeeStatus}


# ---- formations ----


def _in_post() -> ColumnElement[int]:
    return (
        select(func.count(Employee.id))
        .where(
            Employee.unit_id == Formation.unit_id,
            Employee.position_id == Formation.position_id,
            Employee.employment_state == EmploymentState.ACTIVE,
        )
        .correlate(Formation)
        .scalar_subquery()
    )


def _vacancies(in_post: ColumnElement[int]) -> ColumnElement[int]:
    return case((Formation.needed > in_post, Formation.needed - in_post), else_=0)


def formation_sort_keys(dialect: str, opd: Any) -> SortKeys:
    opd_name = _folded(opd.name, dialect, nullable=False)
    unit = _folded(Unit.name, dialect, nullable=False)
    position = _folded(Position.name, dialect, nullable=False)
    in_post = _in_post()
    return {
        "opd": (opd_name, unit, position, Formation.year),
        "unit": (unit, position, Formation.year),
        "kecamatan": (_folded(Unit.kecamatan_name, dialect), unit, position, Formation.year),
        "position": (position, opd_name, unit, Formation.year),
        "year": (Formation.year, opd_name, unit, position),
        "procurement_kind": (_rank(Formation.procurement_kind, list(ProcurementKind)), opd_name, unit, position),
        "needed": (Formation.needed, opd_name, unit, position),
        "approved": (Formation.approved, opd_name, unit, position),
        "in_post": (in_post, opd_name, unit, position),
        "vacancies": (_vacancies(in_post), opd_name, unit, position),
    }


FORMATION_SORTS = frozenset(formation_sort_keys("sqlite", Unit))


def _formation_select(
    session: Session, search: str, filters: FormationFilter | None, opd: Any, columns: Sequence[Any]
) -> Select:
    roots = _unit_roots()
    stmt = (
        select(*columns)
        .select_from(Formation)
        .join(Unit, Unit.id == Formation.unit_id)
        .join(Position, Position.id == Formation.position_id)
        .join(roots, roots.c.unit_id == Formation.unit_id)
        .join(opd, opd.id == roots.c.opd_id)
    )
    text = " ".join(search.split()).lower()
    if text:
        # Formations are few (hundreds): a substring match on unit or jabatan is affordable and handier.
        stmt = stmt.where(or_(func.lower(Unit.name).contains(text, autoescape=True),
                              func.lower(Position.name).contains(text, autoescape=True)))
    f = filters or FormationFilter()
    if f.year is not None:
        stmt = stmt.where(Formation.year == f.year)
    if f.unit_id is not None:
        stmt = stmt.where(Formation.unit_id.in_(_unit_subtree(f.unit_id)))
    if f.kecamatan_code is not None:
        stmt = stmt.where(Unit.kecamatan_code == f.kecamatan_code)
    if f.procurement_kind is not None:
        stmt = stmt.where(Formation.procurement_kind == f.procurement_kind)
    return stmt


def _formation_row(r: Row[Any]) -> FormationRow:
    return FormationRow(
        id=r.id, year=r.year, opd_name=r.opd_name, unit_name=r.unit_name, kecamatan_name=r.kecamatan_name,
        position_name=r.position_name, procurement_kind=r.procurement_kind, needed=r.needed, approved=r.approved,
        in_post=r.in_post, vacancies=r.vacancies,
    )


def list_formations(
    session: Session,
    *,
    search: str = "",
    filters: FormationFilter | None = None,
    sort: str = "opd",
    descending: bool = False,
    after: Cursor | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Page[FormationRow]:
    opd = aliased(Unit, name="opd")
    keys = _sort_keys(formation_sort_keys(_dialect(session), opd), sort, Formation.id)
    in_post = _in_post()
    columns = (
        Formation.id, Formation.year, opd.name.label("opd_name"), Unit.name.label("unit_name"), Unit.kecamatan_name,
        Position.name.label("position_name"), Formation.procurement_kind, Formation.needed, Formation.approved,
        in_post.label("in_post"), _vacancies(in_post).label("vacancies"),
    )
    stmt = _formation_select(session, search, filters, opd, columns)
    return _page(session, stmt, keys, descending=descending, after=after, limit=limit, make_row=_formation_row)


def count_formations(session: Session, search: str = "", filters: FormationFilter | None = None) -> int:
    opd = aliased(Unit, name="opd")
    return _count(session, _formation_select(session, search, filters, opd, (Formation.id,)))


# ---- contracts ----


def contract_sort_keys(dialect: str) -> SortKeys:
    """Sorting by days left puts open contracts first, soonest end first: what needs attention."""
    name = _folded(Employee.name, dialect, nullable=False)
    closed = case((Contract.status.in_(CLOSED_CONTRACT_STATUSES), 1), else_=0)
    return {
        "nip": (Employee.nip, Contract.start_date),
        "name": (name, Contract.start_date),
        "number": (_folded(Contract.number, dialect),),
        "kind": (_rank(Contract.kind, list(ContractKind)), Contract.end_date),
        "start": (Contract.start_date, name),
        "end": (Contract.end_date, name),
        "days_left": (closed, Contract.end_date, name),
        "status": (_rank(Contract.status, list(ContractStatus)), Contract.end_date),
    }


CONTRACT_SORTS = frozenset(contract_sort_keys("sqlite"))


def _contract_select(
    session: Session, search: str, filters: ContractFilter | None, today: date, columns: Sequence[Any]
) -> Select:
    stmt = select(*columns).select_from(Contract).join(Employee, Employee.id == Contract.employee_id)
    found = person_search(search, _dialect(session), Employee.name, Employee.nip, Employee.nik)
    if found is not None:
        stmt = stmt.where(found)
    f = filters or ContractFilter()
    if f.status is not None:
        stmt = stmt.where(Contract.status == f.status)
    if f.kind is not None:
        stmt = stmt.where(Contract.kind == f.kind)
    if f.ends_within_months is not None:
        stmt = stmt.where(Contract.end_date >= today, Contract.end_date <= add_months(today, f.ends_within_months))
    return stmt


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
    today = today or date.today()
    keys = _sort_keys(contract_sort_keys(_dialect(session)), sort, Contract.id)
    columns = (
        Contract.id, Contract.employee_id, Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang,
        Contract.number, Contract.kind, Contract.start_date, Contract.end_date, Contract.status,
    )

    def make_row(r: Row[Any]) -> ContractRow:
        return ContractRow(
            id=r.id, employee_id=r.employee_id, employee_nip=r.nip,
            employee_name=full_name(r.name, r.gelar_depan, r.gelar_belakang), number=r.number, kind=r.kind,
            start_date=r.start_date, end_date=r.end_date, days_left=(r.end_date - today).days, status=r.status,
            alert=contract_alert(r.kind, r.status, r.end_date, today),
        )

    stmt = _contract_select(session, search, filters, today, columns)
    return _page(session, stmt, keys, descending=descending, after=after, limit=limit, make_row=make_row)


def count_contracts(
    session: Session, search: str = "", filters: ContractFilter | None = None, *, today: date | None = None
) -> int:
    return _count(session, _contract_select(session, search, filters, today or date.today(), (Contract.id,)))
