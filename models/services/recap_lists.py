"""The recap's long lists, aggregated or streamed from SQL: formasi vs bezetting, retirements in the next
years, contracts ending soon, and every employee (by name, or in DUK order) read in batches, so 100,000
rows never sit in memory as objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select

from models.entities import Contract, Employee, Formation, Office, Position
from models.rules.retirement import default_bup, retirement_date
from models.services.contracts.terms import add_years, renewal_due_date
from models.services.recap import (
    CONTRACT_MONTHS,
    GOLONGAN_ORDER,
    JENIS_ORDER,
    OPEN_CONTRACTS,
    RETIREMENT_YEARS,
    UnitTree,
    active,
    add_months,
)
from models.storage.database import Database
from models.vocabulary import ContractStatus, EmployeeStatus, JenisJabatan

_BATCH = 5000


# ---- formasi vs bezetting ----


@dataclass(frozen=True)
class FormationLine:
    opd: str
    unit: str
    kecamatan: str
    position: str
    needed: int
    approved: int
    in_post: int

    @property
    def shortage(self) -> int:
        return max(0, self.needed - self.in_post)


def formation_lines(db: Database, year: int | None) -> list[FormationLine]:
    """Per unit and jabatan with a formasi in `year`: need and approved (all kinds together), staff in post."""
    if year is None:
        return []
    with db.engine.connect() as conn:
        tree = UnitTree.load(conn)
        need = (select(Formation.unit_id, Formation.position_id, func.sum(Formation.needed).label("needed"),
                       func.sum(Formation.approved).label("approved"))
                .where(Formation.year == year).group_by(Formation.unit_id, Formation.position_id).subquery())
        post = (select(Employee.unit_id, Employee.position_id, func.count(Employee.id).label("in_post"))
                .where(active()).group_by(Employee.unit_id, Employee.position_id).subquery())
        stmt = (select(need.c.unit_id, Position.name, need.c.needed, need.c.approved,
                       func.coalesce(post.c.in_post, 0))
                .join(Position, Position.id == need.c.position_id)
                .outerjoin(post, and_(post.c.unit_id == need.c.unit_id, post.c.position_id == need.c.position_id)))
        lines = [FormationLine(tree.opd_name(unit_id) or "", tree.names.get(unit_id, ""),
                               tree.kecamatan.get(unit_id) or "", position, int(needed or 0), int(approved or 0),
                               int(in_post or 0))
                 for unit_id, position, needed, approved, in_post in conn.execute(stmt)]
    lines.sort(key=lambda line: (line.opd, line.unit, line.position))
    return lines


# ---- retirements ----


@dataclass(frozen=True)
class Retirement:
    nip: str
    name: str
    gelar_depan: str | None
    gelar_belakang: str | None
    status: EmployeeStatus
    golongan: str | None
    position: str | None
    jenis_jabatan: JenisJabatan | None
    opd: str
    unit: str
    birth_date: date
    bup: int
    on: date


def retirements(db: Database, today: date, years: int = RETIREMENT_YEARS) -> list[Retirement]:
    """Active employees whose TMT pensiun falls from today through the end of the `years`-th year ahead."""
    last = date(today.year + years - 1, 12, 31)
    # Nobody retires later than at 65 + 1 month, nor earlier than at 58: narrow the rows in SQL first.
    oldest_birth, youngest_birth = add_years(today, -66), add_years(last, -58)
    stmt = (select(Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang, Employee.status,
                   Employee.golongan, Employee.birth_date, Employee.unit_id, Position.name, Position.jenis_jabatan,
                   Position.jenjang, Position.group, Position.bup)
            .outerjoin(Position, Position.id == Employee.position_id)
            .where(active(), Employee.birth_date >= oldest_birth, Employee.birth_date <= youngest_birth))
    found = []
    with db.engine.connect() as conn:
        tree = UnitTree.load(conn)
        for r in conn.execute(stmt):
            bup = _bup(r.bup, r.jenis_jabatan, r.jenjang, r.group)
            on = retirement_date(r.birth_date, bup)
            if today <= on <= last:
                found.append(Retirement(r.nip, r.name, r.gelar_depan, r.gelar_belakang, r.status, r.golongan,
                                        r[8], r.jenis_jabatan, tree.opd_name(r.unit_id) or "",
                                        tree.names.get(r.unit_id, ""), r.birth_date, bup, on))
    found.sort(key=lambda x: (x.on, x.opd, x.unit, x.name))
    return found


def _bup(bup: int | None, jenis: Any, jenjang: Any, group: Any) -> int:
    if bup is not None:
        return bup
    if jenis is None:
        return 58
    return default_bup(jenis.value, jenjang.value if jenjang else None, group.value if group else None)


# ---- contracts ending ----


@dataclass(frozen=True)
class EndingContract:
    nip: str
    name: str
    gelar_depan: str | None
    gelar_belakang: str | None
    status: EmployeeStatus
    position: str | None
    opd: str
    unit: str
    number: str | None
    kind: Any
    contract_status: ContractStatus
    start: date
    end: date
    renewal_due: date


def contracts_ending(db: Database, today: date, months: int = CONTRACT_MONTHS) -> list[EndingContract]:
    """Open contracts of active employees that end from today through `months` months ahead."""
    until = add_months(today, months)
    stmt = (select(Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang, Employee.status,
                   Position.name, Employee.unit_id, Contract.number, Contract.kind, Contract.status,
                   Contract.start_date, Contract.end_date)
            .join(Employee, Employee.id == Contract.employee_id)
            .outerjoin(Position, Position.id == Employee.position_id)
            .where(active(), Contract.status.in_(OPEN_CONTRACTS), Contract.end_date >= today,
                   Contract.end_date <= until)
            .order_by(Contract.end_date, Employee.name))
    with db.engine.connect() as conn:
        tree = UnitTree.load(conn)
        return [EndingContract(r[0], r[1], r[2], r[3], r[4], r[5], tree.opd_name(r[6]) or "",
                               tree.names.get(r[6], ""), r[7], r[8], r[9], r[10], r[11],
                               renewal_due_date(r[11], r[8].value))
                for r in conn.execute(stmt)]


# ---- long lists ----


# Only what each list shows: every column fetched costs time at 100,000 rows.
LIST_COLUMNS = (
    Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang, Employee.nik, Employee.sex,
    Employee.birth_place, Employee.birth_date, Employee.status, Employee.golongan,
    Position.name.label("position_name"), Position.jenis_jabatan, Employee.unit_id, Employee.education_level,
    Employee.education_major, Employee.tmt_cpns, Employee.tmt_pppk, Employee.employment_state,
)
EXPORT_COLUMNS = (
    Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang, Employee.birth_place,
    Employee.birth_date, Employee.sex, Employee.religion, Employee.nik, Employee.phone, Employee.email,
    Employee.address, Employee.status, Employee.employment_state, Employee.tmt_cpns, Employee.tmt_pns,
    Employee.tmt_pppk, Employee.golongan, Employee.tmt_golongan, Position.jenis_jabatan,
    Position.name.label("position_name"), Employee.tmt_jabatan, Employee.education_level, Employee.education_major,
    Employee.education_year, Employee.unit_id,
)
DUK_COLUMNS = (
    Employee.nip, Employee.name, Employee.gelar_depan, Employee.gelar_belakang, Employee.golongan,
    Employee.tmt_golongan, Position.name.label("position_name"), Position.jenis_jabatan, Employee.tmt_jabatan,
    Employee.tmt_cpns, Employee.education_level, Employee.education_year, Employee.birth_date, Employee.status,
    Employee.unit_id,
)


def count_employees(db: Database, *, active_only: bool = False, statuses: tuple[EmployeeStatus, ...] = ()) -> int:
    stmt = select(func.count(Employee.id))
    if active_only:
        stmt = stmt.where(active())
    if statuses:
        stmt = stmt.where(Employee.status.in_(statuses))
    with db.engine.connect() as conn:
        return conn.scalar(stmt) or 0


def office_regency(db: Database) -> str | None:
    """The office's regency or city name (SIASN's LOKASI KERJA NAMA), None before the office is set up."""
    with db.engine.connect() as conn:
        return conn.execute(select(Office.regency_name).order_by(Office.id)).scalar()


def iter_employees(db: Database, *, active_only: bool = False, statuses: tuple[EmployeeStatus, ...] = (),
                   duk_order: bool = False, columns: tuple[Any, ...] | None = None) -> Iterator[tuple[UnitTree, Any]]:
    """Employee rows in batches: LIST_COLUMNS (or `columns`) by name, or DUK_COLUMNS in DUK order.

    Yields (unit tree, row) so a writer can name each row's OPD and kecamatan without another query.
    """
    columns = columns or (DUK_COLUMNS if duk_order else LIST_COLUMNS)
    stmt = select(*columns).outerjoin(Position, Position.id == Employee.position_id)
    if active_only:
        stmt = stmt.where(active())
    if statuses:
        stmt = stmt.where(Employee.status.in_(statuses))
    # By name then id: the name index serves that order as it is, with no sort of 100,000 rows.
    stmt = stmt.order_by(*(duk_sort_keys() if duk_order else (Employee.name, Employee.id)))
    with db.engine.connect() as conn:
        tree = UnitTree.load(conn)
        result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(stmt)
        for batch in result.partitions(_BATCH):
            for row in batch:
                yield tree, row


def duk_sort_keys() -> tuple[Any, ...]:
    """DUK order: higher golongan, earlier TMT golongan, higher jabatan, longer service, higher education, older."""
    golongan_rank = case({code: i for i, code in enumerate(GOLONGAN_ORDER)}, value=Employee.golongan, else_=-1)
    jenis_rank = case({j: i for i, j in enumerate(JENIS_ORDER)}, value=Position.jenis_jabatan,
                      else_=len(JENIS_ORDER))
    return (golongan_rank.desc(), Employee.tmt_golongan.asc().nulls_last(), jenis_rank,
            Employee.tmt_jabatan.asc().nulls_last(), Employee.tmt_cpns.asc().nulls_last(),
            Employee.education_level.desc().nulls_last(), Employee.birth_date, Employee.nip)
