"""Choices a form or a filter offers: units with their OPD and kecamatan, positions, kecamatan, golongan."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models.entities import Formation, Office, Position, Unit
from models.rules import regions
from models.rules.grades import PNS_GRADES, PPPK_GRADES
from models.vocabulary import JenisJabatan, PositionGroup


@dataclass(frozen=True)
class UnitChoice:
    id: int
    name: str
    parent_id: int | None
    opd_name: str | None  # the parent's name; None for an OPD itself
    kecamatan_code: str | None
    kecamatan_name: str | None

    @property
    def label(self) -> str:
        """What a clerk reads in a completion list: 'SDN 1 Pahandut — Dinas Pendidikan'."""
        return f"{self.name} — {self.opd_name}" if self.opd_name else self.name


@dataclass(frozen=True)
class PositionChoice:
    id: int
    name: str
    jenis_jabatan: JenisJabatan
    group: PositionGroup


def unit_choices(session: Session) -> list[UnitChoice]:
    parent = aliased(Unit)
    rows = session.execute(
        select(Unit.id, Unit.name, Unit.parent_id, parent.name, Unit.kecamatan_code, Unit.kecamatan_name)
        .outerjoin(parent, parent.id == Unit.parent_id)
        .order_by(Unit.name, Unit.id)
    )
    return [UnitChoice(*r) for r in rows]


def position_choices(session: Session) -> list[PositionChoice]:
    rows = session.execute(
        select(Position.id, Position.name, Position.jenis_jabatan, Position.group).order_by(Position.name)
    )
    return [PositionChoice(*r) for r in rows]


def kecamatan_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every kecamatan of the office's regency (Kemendagri list) and every kecamatan some
    unit lies in, by name; one entry per code, named as the units name it where they do."""
    rows = session.execute(
        select(Unit.kecamatan_code, Unit.kecamatan_name)
        .where(Unit.kecamatan_code.is_not(None))
        .group_by(Unit.kecamatan_code, Unit.kecamatan_name)
        .order_by(Unit.kecamatan_name)
    )
    choices: dict[str, str] = {}
    for code, name in rows:
        choices.setdefault(code, name or code)
    regency_code = session.scalar(select(Office.regency_code).order_by(Office.id).limit(1))
    for kecamatan in regions.kecamatan(regency_code or ""):
        choices.setdefault(kecamatan.code, kecamatan.name)
    return sorted(choices.items(), key=lambda item: (item[1].casefold(), item[0]))


def golongan_choices() -> list[str]:
    """Every golongan a PNS or PPPK can hold, PNS first: I/a … IV/e, then I … XVII."""
    return [g.code for g in (*PNS_GRADES, *PPPK_GRADES)]


def formation_year_choices(session: Session) -> list[int]:
    """The years some formasi is recorded for, latest first."""
    return list(session.scalars(select(Formation.year).distinct().order_by(Formation.year.desc())))
