"""The numbers behind the recap workbook, aggregated in SQL, and the long lists as streams of rows.

Counts are of active employees (employment_state "active") by status (PNS, CPNS, PPPK, PPPK Paruh
Waktu) against one other dimension; each cross-table carries its own row labels, so a writer needs no
knowledge of the domain. Long lists (all employees, DUK, retirements, contracts ending, formasi) are
generators over one SQL query each, read in batches, so 100,000 rows never sit in memory as objects.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, case, func, select

from models.database import Database
from models.entities import Contract, Employee, Formation, Office, Position, Unit
from models.rules.contract_terms import add_years, renewal_due_date
from models.rules.education import EDUCATION_LEVELS
from models.rules.grades import PNS_GRADES, PPPK_GRADES
from models.rules.retirement import default_bup, retirement_date
from models.vocabulary import ContractStatus, EmployeeStatus, EmploymentState, JenisJabatan, Sex

STATUSES = tuple(EmployeeStatus)
STATUS_LABELS = tuple(s.label for s in STATUSES)
NONE_LABEL = "(belum diisi)"
AGE_BANDS = ((25, "< 25"), (30, "25-29"), (35, "30-34"), (40, "35-39"), (45, "40-44"), (50, "45-49"),
             (55, "50-54"), (60, "55-59"))
AGE_OLDEST = "60 ke atas"
RETIREMENT_YEARS = 5
CONTRACT_MONTHS = 6
OPEN_CONTRACTS = (ContractStatus.ACTIVE, ContractStatus.SIGNED, ContractStatus.PRINTED)
_GOLONGAN_ORDER = tuple(g.code for g in PNS_GRADES) + tuple(g.code for g in PPPK_GRADES)
_JENIS_ORDER = (JenisJabatan.JPT, JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS, JenisJabatan.FUNGSIONAL,
                JenisJabatan.PELAKSANA)
_BATCH = 5000


@dataclass(frozen=True)
class CrossTab:
    """Counts of active employees: one row per label, one column per status."""

    title: str
    dimension: str
    rows: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    columns: tuple[str, ...] = STATUS_LABELS
    extra: tuple[tuple[str, ...], ...] = ()  # leading label columns, e.g. the OPD before each unit

    @property
    def row_totals(self) -> list[int]:
        return [sum(r) for r in self.counts]

    @property
    def column_totals(self) -> list[int]:
        return [sum(col) for col in zip(*self.counts, strict=True)] if self.counts else [0] * len(self.columns)

    @property
    def total(self) -> int:
        return sum(self.row_totals)


@dataclass
class UnitTree:
    """Units by id with the OPD (top unit) above each, computed once from the unit table."""

    names: dict[int, str] = field(default_factory=dict)
    parents: dict[int, int | None] = field(default_factory=dict)
    kecamatan: dict[int, str | None] = field(default_factory=dict)
    _roots: dict[int, int] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection) -> UnitTree:
        tree = cls()
        for row in conn.execute(select(Unit.id, Unit.name, Unit.parent_id, Unit.kecamatan_name)):
            tree.names[row.id] = row.name
            tree.parents[row.id] = row.parent_id
            tree.kecamatan[row.id] = row.kecamatan_name
        return tree

    def root(self, unit_id: int) -> int:
        if unit_id not in self._roots:
            seen, current = {unit_id}, unit_id
            while self.parents.get(current) is not None and self.parents[current] not in seen:
                current = self.parents[current]
                seen.add(current)
            self._roots[unit_id] = current
        return self._roots[unit_id]

    def labels(self) -> dict[int | None, tuple[str | None, str | None, str | None]]:
        """{unit id: (unit name, OPD name, kecamatan)} for every unit, and (None, None, None) for None."""
        found: dict[int | None, tuple[str | None, str | None, str | None]] = {None: (None, None, None)}
        for unit_id, name in self.names.items():
            found[unit_id] = (name, self.names[self.root(unit_id)], self.kecamatan.get(unit_id))
        return found

    def opd_name(self, unit_id: int | None) -> str | None:
        return self.names[self.root(unit_id)] if unit_id is not None and unit_id in self.names else None


def add_months(d: date, months: int) -> date:
    """The same day `months` later, clamped to the last day of a shorter month."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


def _active() -> Any:
    return Employee.employment_state == EmploymentState.ACTIVE


def _status_counts(conn: Connection, key: Any, *joins: tuple[Any, Any]) -> dict[Any, list[int]]:
    """{dimension value: [count per status]} for active employees."""
    stmt = select(key.label("key"), Employee.status, func.count(Employee.id)).select_from(Employee)
    for target, on in joins:
        stmt = stmt.outerjoin(target, on)
    stmt = stmt.where(_active()).group_by(key, Employee.status)
    found: dict[Any, list[int]] = {}
    index = {s: i for i, s in enumerate(STATUSES)}
    for value, status, count in conn.execute(stmt):
        found.setdefault(value, [0] * len(STATUSES))[index[status]] += count
    return found


def _tab(title: str, dimension: str, found: dict[Any, list[int]], order: list[tuple[Any, str]]) -> CrossTab:
    """Rows in `order` (value, label) that have counts, then any other values, then blanks last."""
    rows, counts = [], []
    known = {value for value, _label in order}
    for value, label in order:
        if value in found:
            rows.append(label)
            counts.append(tuple(found[value]))
    for value in sorted((v for v in found if v not in known and v is not None), key=str):
        rows.append(str(value))
        counts.append(tuple(found[value]))
    if None in found and None not in known:
        rows.append(NONE_LABEL)
        counts.append(tuple(found[None]))
    return CrossTab(title, dimension, tuple(rows), tuple(counts))


@dataclass(frozen=True)
class RecapSummary:
    today: date
    office_name: str | None
    regency_name: str | None
    by_status: CrossTab
    by_opd: CrossTab
    by_unit: CrossTab
    by_golongan: CrossTab
    by_education: CrossTab
    by_sex: CrossTab
    by_age: CrossTab
    by_jenis_jabatan: CrossTab
    by_kecamatan: CrossTab
    all_employees: int
    formation_year: int | None


def recap_summary(db: Database, today: date | None = None) -> RecapSummary:
    today = today or date.today()
    with db.engine.connect() as conn:
        tree = UnitTree.load(conn)
        office = conn.execute(select(Office.name, Office.regency_name).order_by(Office.id)).first()
        total = conn.scalar(select(func.count(Employee.id))) or 0
        by_status = _status_counts(conn, Employee.status)
        units = _status_counts(conn, Employee.unit_id)
        opd: dict[Any, list[int]] = {}
        for unit_id, counts in units.items():
            key = tree.root(unit_id) if unit_id in tree.names else None
            opd[key] = [a + b for a, b in zip(opd.get(key, [0] * len(STATUSES)), counts, strict=True)]
        opd_order = sorted(((k, tree.names[k]) for k in opd if k is not None), key=lambda item: item[1])
        unit_order = sorted((k for k in units if k is not None), key=lambda k: (tree.opd_name(k), tree.names[k]))
        by_unit = _tab("Pegawai per unit kerja", "Unit kerja", units, [(k, tree.names[k]) for k in unit_order])
        extra = tuple((tree.opd_name(k) or "", tree.kecamatan.get(k) or "") for k in unit_order)
        if None in units:
            extra += (("", ""),)
        by_unit = CrossTab(by_unit.title, by_unit.dimension, by_unit.rows, by_unit.counts, extra=extra)
        sex = _status_counts(conn, Employee.sex)
        age = _status_counts(conn, _age_band(today))
        jenis = _status_counts(conn, Position.jenis_jabatan, (Position, Position.id == Employee.position_id))
        kecamatan = _status_counts(conn, Unit.kecamatan_name, (Unit, Unit.id == Employee.unit_id))
        year = conn.scalar(select(func.max(Formation.year)).where(Formation.year <= today.year)) or conn.scalar(
            select(func.min(Formation.year)))
        return RecapSummary(
            today=today,
            office_name=office.name if office else None,
            regency_name=office.regency_name if office else None,
            by_status=_tab("Pegawai menurut status", "Status", by_status, [(s, s.label) for s in STATUSES]),
            by_opd=_tab("Pegawai per OPD", "OPD", opd, opd_order),
            by_unit=by_unit,
            by_golongan=_tab("Pegawai menurut golongan", "Golongan", _status_counts(conn, Employee.golongan),
                             [(g, g) for g in _GOLONGAN_ORDER]),
            by_education=_tab("Pegawai menurut pendidikan", "Pendidikan",
                              _status_counts(conn, Employee.education_level), list(EDUCATION_LEVELS.items())),
            by_sex=_tab("Pegawai menurut jenis kelamin", "Jenis kelamin", sex, [(s, s.label) for s in Sex]),
            by_age=_tab("Pegawai menurut kelompok umur", "Umur", age,
                        [(label, label) for _years, label in AGE_BANDS] + [(AGE_OLDEST, AGE_OLDEST)]),
            by_jenis_jabatan=_tab("Pegawai menurut jenis jabatan", "Jenis jabatan", jenis,
                                  [(j, j.label) for j in _JENIS_ORDER]),
            by_kecamatan=_tab("Pegawai menurut kecamatan unit kerja", "Kecamatan", kecamatan,
                              sorted(((k, k) for k in kecamatan if k is not None), key=lambda item: item[0])),
            all_employees=total,
            formation_year=year,
        )


def _age_band(today: date) -> Any:
    """Age band label in SQL: born after the day someone turned N years ago means younger than N."""
    whens = [(Employee.birth_date > add_years(today, -years), label) for years, label in AGE_BANDS]
    return case(*whens, else_=AGE_OLDEST)


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
                .where(_active()).group_by(Employee.unit_id, Employee.position_id).subquery())
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
            .where(_active(), Employee.birth_date >= oldest_birth, Employee.birth_date <= youngest_birth))
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
            .where(_active(), Contract.status.in_(OPEN_CONTRACTS), Contract.end_date >= today,
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
        stmt = stmt.where(_active())
    if statuses:
        stmt = stmt.where(Employee.status.in_(statuses))
    with db.engine.connect() as conn:
        return conn.scalar(stmt) or 0


def iter_employees(db: Database, *, active_only: bool = False, statuses: tuple[EmployeeStatus, ...] = (),
                   duk_order: bool = False, columns: tuple[Any, ...] | None = None) -> Iterator[tuple[UnitTree, Any]]:
    """Employee rows in batches: LIST_COLUMNS (or `columns`) by name, or DUK_COLUMNS in DUK order.

    Yields (unit tree, row) so a writer can name each row's OPD and kecamatan without another query.
    """
    columns = columns or (DUK_COLUMNS if duk_order else LIST_COLUMNS)
    stmt = select(*columns).outerjoin(Position, Position.id == Employee.position_id)
    if active_only:
        stmt = stmt.where(_active())
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
    golongan_rank = case({code: i for i, code in enumerate(_GOLONGAN_ORDER)}, value=Employee.golongan, else_=-1)
    jenis_rank = case({j: i for i, j in enumerate(_JENIS_ORDER)}, value=Position.jenis_jabatan,
                      else_=len(_JENIS_ORDER))
    return (golongan_rank.desc(), Employee.tmt_golongan.asc().nulls_last(), jenis_rank,
            Employee.tmt_jabatan.asc().nulls_last(), Employee.tmt_cpns.asc().nulls_last(),
            Employee.education_level.desc().nulls_last(), Employee.birth_date, Employee.nip)
