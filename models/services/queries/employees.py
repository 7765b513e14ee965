"""The Pegawai table: pages of employees sorted, searched and filtered by the database, and status counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, case, func, select
from sqlalchemy.orm import Session

from models.entities import Employee, Position, Unit
from models.rules.education import EDUCATION_LEVELS
from models.rules.formatting import full_name
from models.rules.grades import PNS_GRADES, PPPK_GRADES
from models.rules.retirement import retirement_date
from models.services.queries.paging import (
    DEFAULT_LIMIT,
    NO_DATE,
    Cursor,
    Page,
    SortKeys,
    dialect_of,
    fetch_page,
    folded,
    person_search,
    rank,
    search_digits,
    sort_keys,
    starts_with,
    unit_subtree,
)
from models.vocabulary import EmployeeStatus, EmploymentState, JenisJabatan, Jenjang, PositionGroup

GOLONGAN_ORDER = tuple(g.code for g in PNS_GRADES) + tuple(g.code for g in PPPK_GRADES)
# A NIP/NIK prefix shared by this many employees is read without the NIP/NIK indexes (see
# person_search(use_indexes=False)): a page walks the name index, and a filtered count scans the table
# once, which beats looking up each matching row from about 20,000 rows on.
BROAD_PAGE = 2_000
BROAD_COUNT = 20_000


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
    # Shown in optional columns (hidden until the clerk picks them).
    nik: str | None = None
    birth_date: date | None = None
    tmt: date | None = None  # appointment: TMT CPNS for PNS and CPNS, TMT PPPK for PPPK
    education_level: str | None = None  # SIASN code
    bup: int | None = None  # of the employee's jabatan

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def employment_state_label(self) -> str:
        return self.employment_state.label

    @property
    def education_label(self) -> str:
        return EDUCATION_LEVELS.get(self.education_level or "", self.education_level or "")

    @property
    def retirement_date(self) -> date | None:
        """TMT pensiun: the first day of the month after the BUP birthday."""
        if self.birth_date is None or self.bup is None:
            return None
        return retirement_date(self.birth_date, self.bup)


@dataclass(frozen=True)
class EmployeeFilter:
    status: EmployeeStatus | None = None
    unit_id: int | None = None  # the unit and every unit beneath it
    kecamatan_code: str | None = None
    golongan: str | None = None
    employment_state: EmploymentState | None = None


def position_bup() -> ColumnElement[int]:
    """The BUP of Position in SQL: its own value, else the default of models.rules.retirement.default_bup
    (58 without a jabatan or for a JF without jenjang, as the recap counts them)."""
    return func.coalesce(Position.bup, case(
        (Position.group == PositionGroup.GURU, 60),
        (Position.jenis_jabatan == JenisJabatan.JPT, 60),
        (Position.jenis_jabatan != JenisJabatan.FUNGSIONAL, 58),
        (Position.jenjang == Jenjang.AHLI_UTAMA, 65),
        (Position.jenjang == Jenjang.AHLI_MADYA, 60),
        else_=58,
    ))


def _tmt() -> ColumnElement[Any]:
    return func.coalesce(Employee.tmt_cpns, Employee.tmt_pppk)


def employee_sort_keys(dialect: str) -> SortKeys:
    name = folded(Employee.name, dialect, nullable=False)
    return {
        "name": (name,),
        "nip": (Employee.nip,),
        "nik": (func.coalesce(Employee.nik, ""), name),
        "status": (rank(Employee.status, list(EmployeeStatus)), name),
        "golongan": (rank(Employee.golongan, GOLONGAN_ORDER), name),
        "position": (folded(Position.name, dialect), name),
        "unit": (folded(Unit.name, dialect), name),
        "kecamatan": (folded(Unit.kecamatan_name, dialect), folded(Unit.name, dialect), name),
        "employment_state": (rank(Employee.employment_state, list(EmploymentState)), name),
        "birth_date": (Employee.birth_date, name),
        "tmt": (func.coalesce(_tmt(), NO_DATE), name),
        # SIASN codes grow with the level: 05 SD ... 50 S-3.
        "education": (func.coalesce(Employee.education_level, ""), name),
    }


EMPLOYEE_SORTS = frozenset(employee_sort_keys("sqlite"))


def broad_digit_search(session: Session, search: str, threshold: int | None = None) -> bool:
    """Does a NIP/NIK search match `threshold` employees or more? Two index probes of at most that
    many entries each (a millisecond or a few) decide how the list and the count are best read."""
    digits = search_digits(search)
    if digits is None:
        return False
    threshold = BROAD_PAGE if threshold is None else threshold
    dialect = dialect_of(session)
    found = 0
    for column in (Employee.nip, Employee.nik):
        probe = select(Employee.id).where(starts_with(column, digits, dialect)).limit(threshold).subquery()
        found += session.execute(select(func.count()).select_from(probe)).scalar_one()
    return found >= threshold


def _employee_select(session: Session, search: str, filters: EmployeeFilter | None, columns: Sequence[Any]) -> Select:
    stmt = (
        select(*columns)
        .select_from(Employee)
        .outerjoin(Position, Position.id == Employee.position_id)
        .outerjoin(Unit, Unit.id == Employee.unit_id)
    )
    found = person_search(search, dialect_of(session), Employee.name, Employee.nip, Employee.nik,
                          use_indexes=not broad_digit_search(session, search))
    if found is not None:
        stmt = stmt.where(found)
    return stmt.where(*employee_conditions(filters))


def employee_conditions(filters: EmployeeFilter | None, *, coarse_indexes: bool = False) -> list[ColumnElement[bool]]:
    """WHERE conditions of a filter (Unit must be joined for the kecamatan).

    Status and keadaan split 100,000 staff into a few large groups: their indexes only help a bare
    count. Elsewhere they are wrapped in COALESCE so that SQLite walks the name index (search, sort)
    and checks them row by row, instead of reading 95,000 active rows and sorting them."""
    f = filters or EmployeeFilter()
    conditions: list[ColumnElement[bool]] = []

    def coarse(column: Any) -> Any:
        return column if coarse_indexes else func.coalesce(column, "")

    if f.status is not None:
        conditions.append(coarse(Employee.status) == f.status)
    if f.unit_id is not None:
        conditions.append(Employee.unit_id.in_(unit_subtree(f.unit_id)))
    if f.kecamatan_code is not None:
        conditions.append(Unit.kecamatan_code == f.kecamatan_code)
    if f.golongan is not None:
        conditions.append(Employee.golongan == f.golongan)
    if f.employment_state is not None:
        conditions.append(coarse(Employee.employment_state) == f.employment_state)
    return conditions


def _employee_row(r: Row[Any]) -> EmployeeRow:
    return EmployeeRow(
        id=r.id, version=r.version, nip=r.nip, name=full_name(r.name, r.gelar_depan, r.gelar_belakang),
        status=r.status, golongan=r.golongan, position_name=r.position_name, unit_name=r.unit_name,
        kecamatan_name=r.kecamatan_name, employment_state=r.employment_state, nik=r.nik, birth_date=r.birth_date,
        tmt=r.tmt, education_level=r.education_level, bup=r.bup,
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
    keys = sort_keys(employee_sort_keys(dialect_of(session)), sort, Employee.id)
    columns = (
        Employee.id, Employee.version, Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang,
        Employee.status, Employee.golongan, Position.name.label("position_name"), Unit.name.label("unit_name"),
        Unit.kecamatan_name, Employee.employment_state, Employee.nik, Employee.birth_date, _tmt().label("tmt"),
        Employee.education_level, position_bup().label("bup"),
    )
    stmt = _employee_select(session, search, filters, columns)
    return fetch_page(session, stmt, keys, descending=descending, after=after, limit=limit, make_row=_employee_row)


def _narrow_count(session: Session, search: str, filters: EmployeeFilter | None, *columns: Any) -> Select:
    """The employees a search and filter select, without the outer joins of the list (Unit only for a
    kecamatan): SQLite then counts over a narrow index instead of the joined rows."""
    f = filters or EmployeeFilter()
    stmt = select(*columns).select_from(Employee)
    if f.kecamatan_code is not None:
        stmt = stmt.join(Unit, Unit.id == Employee.unit_id)
    # A broad NIP/NIK prefix with a filter is counted over ix_employee_state_status (keadaan, status, NIP,
    # NIK: every column the count reads, 10-25 ms at 100,000), not by gathering the matching NIP/NIK
    # index entries and looking up each row (150-300 ms).
    broad = f != EmployeeFilter() and broad_digit_search(session, search, BROAD_COUNT)
    found = person_search(search, dialect_of(session), Employee.name, Employee.nip, Employee.nik,
                          use_indexes=not broad)
    if found is not None:
        stmt = stmt.where(found)
    # Keadaan and status may lead only when nothing narrower does: a unit, kecamatan or golongan is read
    # through its own index or one scan, never through 95,000 active rows looked up one by one.
    narrower = f.unit_id is not None or f.kecamatan_code is not None or f.golongan is not None
    return stmt.where(*employee_conditions(f, coarse_indexes=not narrower and (found is None or broad)))


def count_employees(session: Session, search: str = "", filters: EmployeeFilter | None = None) -> int:
    return session.execute(_narrow_count(session, search, filters, func.count())).scalar_one()


def status_counts(
    session: Session,
    *,
    employment_state: EmploymentState | None = EmploymentState.ACTIVE,
    search: str = "",
    filters: EmployeeFilter | None = None,
) -> dict[EmployeeStatus, int]:
    """Employees per status, every status present (0 when none), in the order of EmployeeStatus.

    Counts active employees unless another employment state (or None: everyone) is asked for; with
    `search` or `filters`, only the employees they select (the filter's own employment state wins)."""
    if search.strip() or filters is not None:
        stmt = _narrow_count(session, search, filters, Employee.status, func.count()).group_by(Employee.status)
    else:
        stmt = select(Employee.status, func.count()).group_by(Employee.status)
        if employment_state is not None:
            stmt = stmt.where(Employee.employment_state == employment_state)
    found = dict(session.execute(stmt).tuples().all())
    return {status: found.get(status, 0) for status in EmployeeStatus}
