"""Changing and deleting units and jabatan, and putting a deleted one back (undo).

A unit or jabatan that anything refers to is never deleted: employees in any state (a retired
employee's record still names their unit), units beneath it, formations and position history rows.
Renaming is the way to fix a typo in one that is in use. A deletion is audited with action "delete",
which is the tombstone the exchange package sends to the centre (exchange/export.py); a restore puts
the row back with the same uuid, so a deletion undone before the next package is not sent at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import Employee, Formation, Position, PositionHistory, Unit
from models.rules.formatting import format_number
from models.services import audit
from models.services.audit import Actor
from models.services.errors import ConcurrentEdit, DomainError, FieldProblem, ValidationFailed
from models.services.organization import position_problems, require_row, unit_problems
from models.services.permissions import Permission, require
from models.storage.base import Base
from models.storage.database import Database
from models.vocabulary import JenisJabatan, Jenjang, PositionGroup, UnitKind

_OWN = ("id", "uuid", "version", "created_at", "updated_at")
KEEP: Any = object()  # an update_* argument left out: the field keeps its value


@dataclass(frozen=True)
class RowSnapshot:
    """A deleted unit or jabatan as it was: enough for restore_unit / restore_position to put it back."""

    id: int
    uuid: str
    created_at: datetime
    values: dict[str, Any]  # column -> Python value (enums)

    @property
    def name(self) -> str:
        return self.values["name"]


def _snapshot(row: Base) -> RowSnapshot:
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in _OWN}
    return RowSnapshot(id=row.id, uuid=row.uuid, created_at=row.created_at, values=values)


def _check_version(row: Unit | Position, expected_version: int | None, label: str) -> None:
    if expected_version is not None and row.version != expected_version:
        raise ConcurrentEdit(f"{label} telah diubah di tempat lain sejak daftar dimuat; tidak disimpan. "
                             f"Muat ulang lalu ulangi bila masih perlu.")


def unit_versions(session: Session) -> dict[int, int]:
    """Query: the row version of every unit, to pass back as expected_version."""
    return dict(session.execute(select(Unit.id, Unit.version)).tuples().all())


def position_versions(session: Session) -> dict[int, int]:
    """Query: the row version of every jabatan, to pass back as expected_version."""
    return dict(session.execute(select(Position.id, Position.version)).tuples().all())


# ---- units ----

def update_unit(
    db: Database,
    actor: Actor,
    unit_id: int,
    *,
    name: Any = KEEP,
    kind: Any = KEEP,
    parent_id: Any = KEEP,
    kecamatan_code: Any = KEEP,
    kecamatan_name: Any = KEEP,
    expected_version: int | None = None,
) -> Unit:
    """Rename, move or otherwise change a unit (a field left out keeps its value); refused as create_unit
    refuses, and when it would be placed under itself or a unit beneath it."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        unit = require_row(s, Unit, unit_id, "Unit kerja")
        _check_version(unit, expected_version, f"Unit {unit.name}")
        name = unit.name if name is KEEP else name
        kind = unit.kind.value if kind is KEEP else kind
        parent_id = unit.parent_id if parent_id is KEEP else parent_id
        problems = unit_problems(s, name=name, kind=kind, parent_id=parent_id, unit_id=unit_id)
        if parent_id is not None and unit_id in _ancestors(s, parent_id):
            problems.append(FieldProblem("parent_id", f"unit tidak dapat ditempatkan di bawah dirinya sendiri "
                                                      f"atau di bawah unit yang berada di bawahnya ({unit.name})"))
        if problems:
            raise ValidationFailed(problems)
        values = {"name": name.strip(), "kind": UnitKind(kind), "parent_id": parent_id}
        if kecamatan_code is not KEEP:
            values["kecamatan_code"] = kecamatan_code or None
        if kecamatan_name is not KEEP:
            values["kecamatan_name"] = kecamatan_name or None
        audit.record_update(s, actor, unit, values, f"Ubah unit {unit.name}")
    return unit


def _ancestors(s: Session, unit_id: int) -> set[int]:
    """The unit and every unit above it (stops at a cycle in bad data)."""
    parents = dict(s.execute(select(Unit.id, Unit.parent_id)).tuples().all())
    seen: set[int] = set()
    current: int | None = unit_id
    while current is not None and current not in seen:
        seen.add(current)
        current = parents.get(current)
    return seen


def unit_references(s: Session, unit_id: int) -> dict[str, int]:
    """Query: what refers to this unit, as {what (Bahasa Indonesia): how many}; only the non-zero ones."""
    counts = {
        "pegawai": s.scalar(select(func.count()).select_from(Employee).where(Employee.unit_id == unit_id)),
        "unit di bawahnya": s.scalar(select(func.count()).select_from(Unit).where(Unit.parent_id == unit_id)),
        "formasi": s.scalar(select(func.count()).select_from(Formation).where(Formation.unit_id == unit_id)),
    }
    return {what: n for what, n in counts.items() if n}


def delete_unit(db: Database, actor: Actor, unit_id: int, *, expected_version: int | None = None) -> RowSnapshot:
    """Delete a unit nothing refers to; returns what restore_unit needs to undo it."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        unit = require_row(s, Unit, unit_id, "Unit kerja")
        _check_version(unit, expected_version, f"Unit {unit.name}")
        _refuse_when_used(f"Unit {unit.name}", unit_references(s, unit_id),
                          "Pindahkan dahulu pegawai, unit dan formasinya ke unit lain, atau ubah namanya saja.")
        snapshot = _snapshot(unit)
        audit.record(s, actor, "delete", unit, audit.diff(audit.snapshot(unit), {}), f"Hapus unit {unit.name}")
        s.delete(unit)
    return snapshot


def restore_unit(db: Database, actor: Actor, snapshot: RowSnapshot) -> Unit:
    """Put a deleted unit back with the same uuid, and the same id when it is still free."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        _refuse_when_back(s, Unit, snapshot, "Unit")
        values = snapshot.values
        problems = unit_problems(s, name=values["name"], kind=values["kind"].value, parent_id=values["parent_id"])
        if problems:
            raise DomainError(f"Unit {snapshot.name} tidak dapat dikembalikan: "
                              + "; ".join(p.message for p in problems) + ".")
        unit = Unit(uuid=snapshot.uuid, created_at=snapshot.created_at, **values)
        if s.get(Unit, snapshot.id) is None:
            unit.id = snapshot.id  # later undo steps keep pointing at the right row
        s.add(unit)
        s.flush()
        audit.record(s, actor, "restore", unit, audit.diff({}, audit.snapshot(unit)), f"Kembalikan unit {unit.name}")
    return unit


# ---- positions ----

def update_position(
    db: Database,
    actor: Actor,
    position_id: int,
    *,
    name: Any = KEEP,
    jenis_jabatan: Any = KEEP,
    group: Any = KEEP,
    jenjang: Any = KEEP,
    bup: Any = KEEP,
    expected_version: int | None = None,
) -> Position:
    """Change a jabatan (a field left out keeps its value; bup None: the default for its jenis, jenjang
    and group); refused as create_position refuses. Position history keeps the name it had then."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        position = require_row(s, Position, position_id, "Jabatan")
        _check_version(position, expected_version, f"Jabatan {position.name}")
        name = position.name if name is KEEP else name
        jenis_jabatan = position.jenis_jabatan.value if jenis_jabatan is KEEP else jenis_jabatan
        group = position.group.value if group is KEEP else group
        if jenjang is KEEP:
            jenjang = position.jenjang.value if position.jenjang else None
        bup = position.bup if bup is KEEP else bup
        problems = position_problems(s, name=name, jenis_jabatan=jenis_jabatan, group=group, jenjang=jenjang,
                                     bup=bup, position_id=position_id)
        if problems:
            raise ValidationFailed(problems)
        values = {"name": name.strip(), "jenis_jabatan": JenisJabatan(jenis_jabatan), "group": PositionGroup(group),
                  "jenjang": Jenjang(jenjang) if jenjang else None, "bup": bup}
        audit.record_update(s, actor, position, values, f"Ubah jabatan {position.name}")
    return position


def position_references(s: Session, position_id: int) -> dict[str, int]:
    """Query: what refers to this jabatan, as {what (Bahasa Indonesia): how many}; only the non-zero ones."""
    counts = {
        "pegawai": s.scalar(select(func.count()).select_from(Employee).where(Employee.position_id == position_id)),
        "formasi": s.scalar(select(func.count()).select_from(Formation).where(Formation.position_id == position_id)),
        "riwayat jabatan": s.scalar(select(func.count()).select_from(PositionHistory)
                                    .where(PositionHistory.position_id == position_id)),
    }
    return {what: n for what, n in counts.items() if n}


def delete_position(db: Database, actor: Actor, position_id: int, *,
                    expected_version: int | None = None) -> RowSnapshot:
    """Delete a jabatan nothing refers to; returns what restore_position needs to undo it."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        position = require_row(s, Position, position_id, "Jabatan")
        _check_version(position, expected_version, f"Jabatan {position.name}")
        _refuse_when_used(f"Jabatan {position.name}", position_references(s, position_id),
                          "Ubah dahulu jabatan pegawainya, atau ubah nama jabatan ini saja.")
        snapshot = _snapshot(position)
        audit.record(s, actor, "delete", position, audit.diff(audit.snapshot(position), {}),
                     f"Hapus jabatan {position.name}")
        s.delete(position)
    return snapshot


def restore_position(db: Database, actor: Actor, snapshot: RowSnapshot) -> Position:
    """Put a deleted jabatan back with the same uuid, and the same id when it is still free."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        _refuse_when_back(s, Position, snapshot, "Jabatan")
        if s.scalar(select(Position.id).where(Position.name == snapshot.name)) is not None:
            raise DomainError(f"Jabatan {snapshot.name} tidak dapat dikembalikan: namanya kini dipakai jabatan lain.")
        position = Position(uuid=snapshot.uuid, created_at=snapshot.created_at, **snapshot.values)
        if s.get(Position, snapshot.id) is None:
            position.id = snapshot.id
        s.add(position)
        s.flush()
        audit.record(s, actor, "restore", position, audit.diff({}, audit.snapshot(position)),
                     f"Kembalikan jabatan {position.name}")
    return position


# ---- shared ----

def _refuse_when_used(label: str, references: dict[str, int], advice: str) -> None:
    if references:
        used = ", ".join(f"{format_number(n)} {what}" for what, n in references.items())
        raise DomainError(f"{label} tidak dapat dihapus karena masih dipakai oleh {used}. {advice}")


def _refuse_when_back(s: Session, entity: type[Unit] | type[Position], snapshot: RowSnapshot, label: str) -> None:
    if s.scalar(select(entity.id).where(entity.uuid == snapshot.uuid)) is not None:
        raise DomainError(f"{label} {snapshot.name} sudah ada; tidak perlu dikembalikan.")
