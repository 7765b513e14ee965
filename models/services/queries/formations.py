"""The Formasi table: formations with their bezetting (staff in post), vacancies and coming retirements.

A page is read in two steps: first the ids in sort order (only the keys the sort needs), then the
numbers of those ids. The per-formation counts are correlated subqueries over the index
ix_employee_bezetting (unit, jabatan, keadaan, birth date), so a page costs its own rows, not 41,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from models import clock
from models.entities import Employee, Formation, Position, Unit
from models.rules.retirement import MAX_BUP, MIN_BUP
from models.services.queries.employees import position_bup
from models.services.queries.paging import (
    DEFAULT_LIMIT,
    Cursor,
    Page,
    SortKeys,
    add_months,
    dialect_of,
    fetch_page,
    folded,
    rank,
    sort_keys,
    unit_roots,
    unit_subtree,
)
from models.vocabulary import EmploymentState, ProcurementKind

RETIRING_SOON_MONTHS = 12
RETIRING_LATER_MONTHS = 60


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
    # Active employees in post whose TMT pensiun falls within 1 (5) years of today, or has passed.
    retiring_1y: int = 0
    retiring_5y: int = 0
    version: int = 0
    opd_id: int | None = None
    unit_id: int | None = None
    position_id: int | None = None

    @property
    def procurement_kind_label(self) -> str:
        return self.procurement_kind.label

    @property
    def shortage(self) -> bool:
        return self.vacancies > 0


@dataclass(frozen=True)
class FormationFilter:
    year: int | None = None
    unit_id: int | None = None  # the unit and every unit beneath it (an OPD: the whole OPD)
    kecamatan_code: str | None = None
    procurement_kind: ProcurementKind | None = None
    shortage_only: bool = False  # needed > in post


def _staff_in_post(*conditions: ColumnElement[bool]) -> ColumnElement[int]:
    return (
        select(func.count(Employee.id))
        .where(
            Employee.unit_id == Formation.unit_id,
            Employee.position_id == Formation.position_id,
            Employee.employment_state == EmploymentState.ACTIVE,
            *conditions,
        )
        .correlate(Formation, Position)
        .scalar_subquery()
    )


def _in_post() -> ColumnElement[int]:
    return _staff_in_post()


def _birth_cutoff(horizon: date) -> ColumnElement[date]:
    """Born before this date, an employee of the formation's jabatan reaches TMT pensiun by `horizon`.

    TMT pensiun is the first of the month after the BUP birthday, so it is on or before `horizon`
    exactly when the birth month is before horizon's month, BUP years earlier."""
    first = {bup: date(horizon.year - bup, horizon.month, 1) for bup in range(MIN_BUP, MAX_BUP + 1)}
    return case(first, value=position_bup(), else_=first[58])


def _retiring(today: date, months: int) -> ColumnElement[int]:
    return _staff_in_post(Employee.birth_date < _birth_cutoff(add_months(today, months)))


def _vacancies(in_post: ColumnElement[int], dialect: str) -> ColumnElement[int]:
    """needed - in_post, floored at 0, with the bezetting counted once per row (a CASE would count twice)."""
    floor = func.max if dialect == "sqlite" else func.greatest  # SQLite's two-argument max() is scalar
    return floor(Formation.needed - in_post, 0)


def formation_sort_keys(dialect: str, opd: Any, today: date | None = None) -> SortKeys:
    """Sort keys; the group keys (OPD, then unit, with their ids) keep each unit's rows together."""
    today = today or clock.today()
    opd_name = folded(opd.name, dialect, nullable=False)
    unit = folded(Unit.name, dialect, nullable=False)
    position = folded(Position.name, dialect, nullable=False)
    group = (opd_name, opd.id, unit, Unit.id, position)
    in_post = _in_post()
    return {
        "opd": (*group, Formation.year),
        "unit": (unit, Unit.id, position, Formation.year),
        "kecamatan": (folded(Unit.kecamatan_name, dialect), unit, Unit.id, position, Formation.year),
        "position": (position, opd_name, unit, Formation.year),
        "year": (Formation.year, *group),
        "procurement_kind": (rank(Formation.procurement_kind, list(ProcurementKind)), *group),
        "needed": (Formation.needed, *group),
        "approved": (Formation.approved, *group),
        "in_post": (in_post, *group),
        "vacancies": (_vacancies(in_post, dialect), *group),
        "retiring_1y": (_retiring(today, RETIRING_SOON_MONTHS), *group),
        "retiring_5y": (_retiring(today, RETIRING_LATER_MONTHS), *group),
    }


FORMATION_SORTS = frozenset(formation_sort_keys("sqlite", Unit))


def _formation_select(
    session: Session, search: str, filters: FormationFilter | None, opd: Any, columns: Sequence[Any],
    *, unit_ids: Any = None,
) -> Select:
    roots = unit_roots(unit_ids)
    stmt = (
        select(*columns)
        .select_from(Formation)
        .join(Unit, Unit.id == Formation.unit_id)
        .join(Position, Position.id == Formation.position_id)
        .join(roots, roots.c.unit_id == Formation.unit_id)
        .join(opd, opd.id == roots.c.opd_id)
    )
    return stmt.where(*_formation_conditions(search, filters))


def _formation_conditions(search: str, filters: FormationFilter | None) -> list[ColumnElement[bool]]:
    """WHERE conditions of a search and filter (Unit and Position joined for the search and kecamatan)."""
    f = filters or FormationFilter()
    conditions: list[ColumnElement[bool]] = []
    text = " ".join(search.split()).lower()
    if text:
        # A substring match on unit or jabatan: handier than a prefix, and formations are not 100,000.
        conditions.append(or_(func.lower(Unit.name).contains(text, autoescape=True),
                              func.lower(Position.name).contains(text, autoescape=True)))
    if f.year is not None:
        conditions.append(Formation.year == f.year)
    if f.unit_id is not None:
        conditions.append(Formation.unit_id.in_(unit_subtree(f.unit_id)))
    if f.kecamatan_code is not None:
        conditions.append(Unit.kecamatan_code == f.kecamatan_code)
    if f.procurement_kind is not None:
        conditions.append(Formation.procurement_kind == f.procurement_kind)
    if f.shortage_only:
        conditions.append(Formation.needed > _in_post())
    return conditions


def _formation_row(r: Row[Any], opd_id: int, opd_name: str) -> FormationRow:
    return FormationRow(
        id=r.id, year=r.year, opd_name=opd_name, unit_name=r.unit_name, kecamatan_name=r.kecamatan_name,
        position_name=r.position_name, procurement_kind=r.procurement_kind, needed=r.needed, approved=r.approved,
        in_post=r.in_post, vacancies=r.vacancies, retiring_1y=r.retiring_1y, retiring_5y=r.retiring_5y,
        version=r.version, opd_id=opd_id, unit_id=r.unit_id, position_id=r.position_id,
    )


def _number_columns(today: date, dialect: str) -> tuple[Any, ...]:
    in_post = _in_post()
    return (
        Formation.id, Formation.version, Formation.year, Formation.unit_id, Unit.name.label("unit_name"),
        Unit.kecamatan_name, Formation.position_id, Position.name.label("position_name"), Formation.procurement_kind,
        Formation.needed, Formation.approved, in_post.label("in_post"), _vacancies(in_post, dialect).label("vacancies"),
        _retiring(today, RETIRING_SOON_MONTHS).label("retiring_1y"),
        _retiring(today, RETIRING_LATER_MONTHS).label("retiring_5y"),
    )


def formation_rows(session: Session, ids: Sequence[int], *, today: date | None = None,
                   opds: dict[int, tuple[int, str]] | None = None) -> list[FormationRow]:
    """The rows of these formations, in the order of `ids` (unknown ids are left out).

    `opds` ({formation id: (OPD id, OPD name)}) saves walking the unit tree when the caller knows them."""
    if not ids:
        return []
    today = today or clock.today()
    wanted = list(ids)
    if opds is None:
        opd = aliased(Unit, name="opd")
        units = select(Formation.unit_id).where(Formation.id.in_(wanted))
        columns = (*_number_columns(today, dialect_of(session)), opd.id.label("opd_id"), opd.name.label("opd_name"))
        stmt = _formation_select(session, "", None, opd, columns, unit_ids=units)
    else:
        stmt = (select(*_number_columns(today, dialect_of(session))).select_from(Formation)
                .join(Unit, Unit.id == Formation.unit_id).join(Position, Position.id == Formation.position_id))
    found = {}
    for r in session.execute(stmt.where(Formation.id.in_(wanted))):
        opd_id, opd_name = opds[r.id] if opds is not None else (r.opd_id, r.opd_name)
        found[r.id] = _formation_row(r, opd_id, opd_name)
    return [found[i] for i in ids if i in found]


def list_formations(
    session: Session,
    *,
    search: str = "",
    filters: FormationFilter | None = None,
    sort: str = "opd",
    descending: bool = False,
    after: Cursor | None = None,
    limit: int = DEFAULT_LIMIT,
    today: date | None = None,
) -> Page[FormationRow]:
    today = today or clock.today()
    opd = aliased(Unit, name="opd")
    keys = sort_keys(formation_sort_keys(dialect_of(session), opd, today), sort, Formation.id)
    stmt = _formation_select(session, search, filters, opd, (Formation.id, opd.id.label("opd_id"),
                                                              opd.name.label("opd_name")))
    page = fetch_page(session, stmt, keys, descending=descending, after=after, limit=limit,
                      make_row=lambda r: (r.id, r.opd_id, r.opd_name))
    opds = {fid: (opd_id, opd_name) for fid, opd_id, opd_name in page.rows}
    return Page(formation_rows(session, [fid for fid, _, _ in page.rows], today=today, opds=opds), page.next_cursor)


def count_formations(session: Session, search: str = "", filters: FormationFilter | None = None) -> int:
    f = filters or FormationFilter()
    stmt = select(func.count()).select_from(Formation)
    if search.strip() or f.kecamatan_code is not None:
        stmt = stmt.join(Unit, Unit.id == Formation.unit_id).join(Position, Position.id == Formation.position_id)
    # The unit tree and OPD joins of the list cannot drop a formation: count without them.
    stmt = stmt.where(*_formation_conditions(search, f))
    return session.execute(stmt).scalar_one()
