"""Use cases for formations (formasi): record the need and approval per unit, jabatan, year and kind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models import clock
from models.entities import Formation, Position, Unit
from models.services import audit
from models.services.audit import Actor
from models.services.errors import ConcurrentEdit, FieldProblem, NotFound, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import ProcurementKind


@dataclass(frozen=True)
class FormationInput:
    year: int
    unit_id: int
    position_id: int
    procurement_kind: str
    needed: int
    approved: int = 0


def record_formation(db: Database, data: FormationInput, actor: Actor) -> Formation:
    """Create the formasi for its key, or update its numbers when it exists."""
    require(actor, Permission.EDIT_RECORDS)
    problems: list[FieldProblem] = []
    this_year = clock.today().year
    if not 2000 <= data.year <= this_year + 5:
        problems.append(FieldProblem("year", f"tahun {data.year} di luar rentang 2000-{this_year + 5}"))
    if data.needed < 0:
        problems.append(FieldProblem("needed", "tidak boleh negatif"))
    if data.approved < 0:
        problems.append(FieldProblem("approved", "tidak boleh negatif"))
    elif data.approved > data.needed:
        problems.append(FieldProblem("approved", f"{data.approved} melebihi kebutuhan ({data.needed})"))
    try:
        kind = ProcurementKind(data.procurement_kind)
    except ValueError:
        problems.append(FieldProblem("procurement_kind", f"jenis pengadaan '{data.procurement_kind}' tidak dikenal"))
        kind = None
    with db.session_factory.begin() as s:
        unit = s.get(Unit, data.unit_id)
        position = s.get(Position, data.position_id)
        if unit is None:
            problems.append(FieldProblem("unit_id", "unit kerja tidak ditemukan"))
        if position is None:
            problems.append(FieldProblem("position_id", "jabatan tidak ditemukan"))
        if problems:
            raise ValidationFailed(problems)
        formation = s.scalars(
            select(Formation).where(
                Formation.year == data.year,
                Formation.unit_id == data.unit_id,
                Formation.position_id == data.position_id,
                Formation.procurement_kind == kind,
            )
        ).first()
        label = f"Formasi {data.year} {position.name} di {unit.name}"
        if formation is None:
            formation = Formation(year=data.year, unit_id=data.unit_id, position_id=data.position_id,
                                  procurement_kind=kind, needed=data.needed, approved=data.approved)
            s.add(formation)
            audit.record_create(s, actor, formation, label)
        else:
            before = audit.snapshot(formation)
            formation.needed = data.needed
            formation.approved = data.approved
            s.flush()
            delta = audit.diff(before, audit.snapshot(formation))
            if delta:
                audit.record(s, actor, "update", formation, delta, label)
    return formation


def update_formation_needs(db: Database, formation_id: int, needed: int, actor: Actor, *,
                           expected_version: int | None = None) -> int:
    """Set the kebutuhan (ABK need) of one formasi; returns its new version.

    Refused when the number is negative or below the approved formasi, when the formasi is gone, or
    (with expected_version) when someone saved it since it was read. One transaction, audited."""
    require(actor, Permission.EDIT_RECORDS)
    if isinstance(needed, bool) or not isinstance(needed, int) or needed < 0:
        raise ValidationFailed([FieldProblem("needed", f"{needed} bukan bilangan bulat 0 atau lebih")])
    with db.session_factory.begin() as s:
        formation = s.get(Formation, formation_id)
        if formation is None:
            raise NotFound(f"Formasi dengan id {formation_id} tidak ditemukan; mungkin sudah dihapus.")
        label = f"Formasi {formation.year} {formation.position.name} di {formation.unit.name}"
        if expected_version is not None and formation.version != expected_version:
            raise ConcurrentEdit(f"{label} telah diubah di tempat lain sejak ditampilkan (versi {formation.version}). "
                                 f"Muat ulang (F5) untuk melihat perubahan itu; kebutuhan belum diubah.")
        if needed < formation.approved:
            raise ValidationFailed([FieldProblem(
                "needed", f"{needed} lebih kecil dari formasi yang disetujui ({formation.approved}) untuk {label}")])
        if needed == formation.needed:
            return formation.version
        before = audit.snapshot(formation)
        formation.needed = needed
        s.flush()
        audit.record(s, actor, "update", formation, audit.diff(before, audit.snapshot(formation)), label)
        return formation.version
