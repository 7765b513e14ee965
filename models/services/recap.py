"""The numbers behind the recap workbook's summary sheets, aggregated in SQL.

Counts are of active employees (employment_state "active") by status (PNS, CPNS, PPPK, PPPK Paruh
Waktu) against one other dimension; each cross-table carries its own row labels, so a writer needs no
knowledge of the domain. The long lists (formasi, retirements, contracts ending, DUK, all employees) are
in models/services/recap_lists.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, case, func, select

from models import clock
from models.entities import Employee, Formation, Office, Position, Unit
from models.rules.education import EDUCATION_LEVELS
from models.rules.grades import PNS_GRADES, PPPK_GRADES
from models.services.contracts.terms import (
    add_months,  # noqa: F401 - re-exported for recap_lists
    add_years,
)
from models.storage.database import Database
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
GOLONGAN_ORDER = tuple(g.code for g in PNS_GRADES) + tuple(g.code for g in PPPK_GRADES)
JENIS_ORDER = (JenisJabatan.JPT, JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS, JenisJabatan.FUNGSIONAL,
                JenisJabatan.PELAKSANA)


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


def active() -> Any:
    return Employee.employment_state == EmploymentState.ACTIVE


def _status_counts(conn: Connection, key: Any, *joins: tuple[Any, Any]) -> dict[Any, list[int]]:
    """{dimension value: [count per status]} for active employees."""
    stmt = select(key.label("key"), Employee.status, func.count(Employee.id)).select_from(Employee)
    for target, on in joins:
        stmt = stmt.outerjoin(target, on)
    stmt = stmt.where(active()).group_by(key, Employee.status)
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
    today = today or clock.today()
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
                             [(g, g) for g in GOLONGAN_ORDER]),
            by_education=_tab("Pegawai menurut pendidikan", "Pendidikan",
                              _status_counts(conn, Employee.education_level), list(EDUCATION_LEVELS.items())),
            by_sex=_tab("Pegawai menurut jenis kelamin", "Jenis kelamin", sex, [(s, s.label) for s in Sex]),
            by_age=_tab("Pegawai menurut kelompok umur", "Umur", age,
                        [(label, label) for _years, label in AGE_BANDS] + [(AGE_OLDEST, AGE_OLDEST)]),
            by_jenis_jabatan=_tab("Pegawai menurut jenis jabatan", "Jenis jabatan", jenis,
                                  [(j, j.label) for j in JENIS_ORDER]),
            by_kecamatan=_tab("Pegawai menurut kecamatan unit kerja", "Kecamatan", kecamatan,
                              sorted(((k, k) for k in kecamatan if k is not None), key=lambda item: item[0])),
            all_employees=total,
            formation_year=year,
        )


def _age_band(today: date) -> Any:
    """Age band label in SQL: born after the day someone turned N years ago means younger than N."""
    whens = [(Employee.birth_date > add_years(today, -years), label) for years, label in AGE_BANDS]
    return case(*whens, else_=AGE_OLDEST)
