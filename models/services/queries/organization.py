"""The office's units as a tree and its jabatan, each with the number of active employees in it.

A few thousand units at most: read in one query each and arranged in Python, so the tree's order and
its totals do not depend on the database's recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import Employee, Position, Unit
from models.services.queries.employees import position_bup
from models.vocabulary import EmploymentState, JenisJabatan, Jenjang, PositionGroup, UnitKind


@dataclass(frozen=True)
class UnitRow:
    """A unit in tree order: `depth` 0 for an OPD (or any unit without a parent)."""

    id: int
    name: str
    kind: UnitKind
    parent_id: int | None
    kecamatan_code: str | None
    kecamatan_name: str | None
    depth: int
    employees: int  # active employees placed in this unit itself
    employees_beneath: int  # ... in this unit and every unit under it


@dataclass(frozen=True)
class PositionRow:
    id: int
    name: str
    jenis_jabatan: JenisJabatan
    group: PositionGroup
    jenjang: Jenjang | None
    own_bup: int | None  # None: the default for its jenis, jenjang and group
    bup: int  # what applies
    holders: int  # active employees holding it


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that reads numbers as numbers, case ignored: SD Negeri 2 before SD Negeri 10."""
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.split(r"(\d+)", name.casefold()) if part)


def _active_counts(session: Session, column) -> dict[int, int]:
    rows = session.execute(
        select(column, func.count())
        .where(column.is_not(None), Employee.employment_state == EmploymentState.ACTIVE)
        .group_by(column)
    )
    return {key: n for key, n in rows}


def unit_rows(session: Session) -> list[UnitRow]:
    """Every unit, each followed by the units beneath it; siblings by name (see natural_key)."""
    units = session.execute(
        select(Unit.id, Unit.name, Unit.kind, Unit.parent_id, Unit.kecamatan_code, Unit.kecamatan_name)
    ).all()
    counts = _active_counts(session, Employee.unit_id)
    known = {u.id for u in units}
    children: dict[int | None, list] = {}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in known else None
        children.setdefault(parent, []).append(unit)
    for siblings in children.values():
        siblings.sort(key=lambda u: (natural_key(u.name), u.id))

    totals: dict[int, int] = {}

    def total(unit_id: int, seen: frozenset[int]) -> int:
        if unit_id not in totals:
            beneath = sum(total(c.id, seen | {unit_id}) for c in children.get(unit_id, ()) if c.id not in seen)
            totals[unit_id] = counts.get(unit_id, 0) + beneath
        return totals[unit_id]

    rows: list[UnitRow] = []
    placed: set[int] = set()

    def walk(parent: int | None, depth: int) -> None:
        for unit in children.get(parent, ()):
            if unit.id in placed:  # a parent cycle in bad data: show each unit once
                continue
            placed.add(unit.id)
            rows.append(UnitRow(unit.id, unit.name, unit.kind, unit.parent_id, unit.kecamatan_code,
                                unit.kecamatan_name, depth, counts.get(unit.id, 0), total(unit.id, frozenset())))
            walk(unit.id, depth + 1)

    walk(None, 0)
    # Units on a parent cycle have no way up to a root: list them at the top rather than lose them.
    for unit in sorted((u for u in units if u.id not in placed), key=lambda u: (natural_key(u.name), u.id)):
        if unit.id not in placed:
            placed.add(unit.id)
            rows.append(UnitRow(unit.id, unit.name, unit.kind, unit.parent_id, unit.kecamatan_code,
                                unit.kecamatan_name, 0, counts.get(unit.id, 0), counts.get(unit.id, 0)))
    return rows


def position_rows(session: Session) -> list[PositionRow]:
    """Every jabatan by name (see natural_key), with the BUP that applies and how many hold it."""
    counts = _active_counts(session, Employee.position_id)
    rows = session.execute(
        select(Position.id, Position.name, Position.jenis_jabatan, Position.group, Position.jenjang, Position.bup,
               position_bup())
    ).all()
    result = [PositionRow(*row, holders=counts.get(row[0], 0)) for row in rows]
    return sorted(result, key=lambda p: (natural_key(p.name), p.id))
