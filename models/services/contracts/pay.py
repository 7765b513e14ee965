"""What a PPPK is paid: the gaji pokok table (Perpres 11/2024) and the office's PPPK Paruh Waktu upah.

The gaji pokok of a PPPK follows golongan and masa kerja golongan (MKG, whole years since the TMT PPPK). The
program ships each golongan's lowest (MKG 0) and highest amount (resources/pay/gaji_pokok_pppk.csv); the office
enters the cells in between from the Perpres annex (`main.py wages`, or the window). A new contract proposes
the cell for the person's MKG; a typed salary off the table is warned about, never silently accepted.

The upah of a PPPK Paruh Waktu is the office's own (KepmenPANRB 16/2025: at least the last honorarium or the
regional minimum wage, from the office's budget): by unit, else by jabatan group (guru, kesehatan, teknis,
operasional). Both tables are replaced whole by an import, in one transaction, audited.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models.entities import Office, PartTimeWage, PayScaleCell, Unit
from models.rules.formatting import format_rupiah
from models.rules.retirement import full_years
from models.services import audit
from models.services.audit import Actor
from models.services.errors import FieldProblem, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import PositionGroup
from resources import resource_path

PPPK_GOLONGAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
                 "XVI", "XVII")
MAX_MASA_KERJA = 40
SOURCE = "Perpres 11/2024"


@cache
def shipped_ranges() -> dict[str, tuple[Decimal, Decimal]]:
    """{golongan: (lowest, highest)} as shipped."""
    path = resource_path("pay", "gaji_pokok_pppk.csv")
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {row["golongan"]: (Decimal(row["terendah"]), Decimal(row["tertinggi"]))
            for row in csv.DictReader(lines, delimiter=";")}


def masa_kerja_golongan(tmt_pppk: date | None, on: date) -> int:
    """Whole years from the TMT PPPK to `on` (0 before the first anniversary, or without a TMT)."""
    return max(0, full_years(tmt_pppk, on)) if tmt_pppk is not None else 0


@dataclass(frozen=True)
class PayTable:
    """The gaji pokok table as the office has it: the shipped ranges and the cells it entered."""

    ranges: dict[str, tuple[Decimal, Decimal]]
    cells: dict[tuple[str, int], Decimal]

    def cell(self, golongan: str | None, masa_kerja: int) -> Decimal | None:
        """The gaji pokok for this golongan and MKG: the entered cell (the last step at or below the MKG, as the
        table goes up every two years), or the lowest amount for MKG 0 and 1; None when the table cannot say."""
        if golongan is None:
            return None
        steps = [mkg for (gol, mkg) in self.cells if gol == golongan and mkg <= masa_kerja]
        if steps:
            return self.cells[(golongan, max(steps))]
        if masa_kerja <= 1 and golongan in self.ranges:
            return self.ranges[golongan][0]
        return None

    def warning(self, golongan: str | None, masa_kerja: int, amount: Decimal | None) -> str | None:
        """Why a full-time salary looks wrong against the table (None when it agrees or cannot be checked)."""
        if amount is None or golongan is None:
            return None
        expected = self.cell(golongan, masa_kerja)
        if expected is not None and amount != expected:
            return (f"gaji pokok golongan {golongan} masa kerja {masa_kerja} tahun menurut tabel {SOURCE} adalah "
                    f"{format_rupiah(expected)}, bukan {format_rupiah(amount)}")
        if golongan in self.ranges:
            low, high = self.ranges[golongan]
            if not low <= amount <= high:
                return (f"di luar rentang gaji pokok golongan {golongan} ({format_rupiah(low)} sampai "
                        f"{format_rupiah(high)}, {SOURCE})")
        elif golongan not in PPPK_GOLONGAN:
            return f"golongan {golongan} bukan golongan PPPK (I sampai XVII)"
        return None


def pay_table(session: Session) -> PayTable:
    cells = {(row.golongan, row.masa_kerja): Decimal(row.amount) for row in session.scalars(select(PayScaleCell))}
    return PayTable(shipped_ranges(), cells)


@dataclass(frozen=True)
class WageTable:
    """The PPPK Paruh Waktu upah: per unit, and per jabatan group."""

    by_unit: dict[int, Decimal]
    by_group: dict[str, Decimal]

    def wage(self, unit_path_ids: Sequence[int], group: str | None) -> tuple[Decimal | None, str]:
        """The upah for a person in this unit (its own row, else the nearest unit above it with one), else for the
        jabatan group; and where it came from."""
        for unit_id in reversed(unit_path_ids):
            if unit_id in self.by_unit:
                return self.by_unit[unit_id], "tabel upah unit kerja"
        if group and group in self.by_group:
            return self.by_group[group], f"tabel upah kelompok {PositionGroup(group).label.lower()}"
        return None, ""


def wage_table(session: Session) -> WageTable:
    by_unit, by_group = {}, {}
    for row in session.scalars(select(PartTimeWage)):
        if row.unit_id is not None:
            by_unit[row.unit_id] = Decimal(row.amount)
        elif row.position_group:
            by_group[row.position_group] = Decimal(row.amount)
    return WageTable(by_unit, by_group)


# ---- the office's tables, replaced whole ----


@dataclass(frozen=True)
class PayCellInput:
    row: int  # where it came from (Excel row), for messages
    golongan: str
    masa_kerja: int | str
    amount: Decimal | int | str


@dataclass(frozen=True)
class WageInput:
    row: int
    amount: Decimal | int | str
    group: str | None = None  # guru, kesehatan, teknis, operasional
    unit_name: str | None = None


def _amount(value, where: str, field: str, problems: list[FieldProblem]) -> Decimal | None:
    try:
        amount = Decimal(str(value).replace("Rp", "").replace(".", "").replace(",", ".").strip()) \
            if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, ValueError):
        problems.append(FieldProblem(field, f"{where}: '{value}' bukan jumlah rupiah"))
        return None
    if not Decimal(100_000) <= amount <= Decimal(100_000_000):
        problems.append(FieldProblem(field, f"{where}: {format_rupiah(amount)} bukan gaji/upah sebulan yang wajar"))
        return None
    return amount


def _checked_cells(cells: Sequence[PayCellInput], problems: list[FieldProblem]) -> dict[tuple[str, int], Decimal]:
    found: dict[tuple[str, int], tuple[int, Decimal]] = {}
    ranges = shipped_ranges()
    for cell in cells:
        where = f"Gaji PPPK baris {cell.row}"
        golongan = str(cell.golongan or "").strip().upper()
        if golongan not in PPPK_GOLONGAN:
            problems.append(FieldProblem("golongan", f"{where}: golongan '{cell.golongan}' bukan golongan PPPK "
                                                     "(I sampai XVII)"))
            continue
        try:
            mkg = int(str(cell.masa_kerja).strip())
        except ValueError:
            mkg = -1
        if not 0 <= mkg <= MAX_MASA_KERJA:
            problems.append(FieldProblem("masa_kerja", f"{where}: masa kerja golongan '{cell.masa_kerja}' harus "
                                                       f"0 sampai {MAX_MASA_KERJA} tahun"))
            continue
        amount = _amount(cell.amount, where, "amount", problems)
        if amount is None:
            continue
        low, high = ranges[golongan]
        if not low <= amount <= high:
            problems.append(FieldProblem("amount", f"{where}: {format_rupiah(amount)} di luar rentang golongan "
                                                   f"{golongan} ({format_rupiah(low)} sampai {format_rupiah(high)})"))
            continue
        if (golongan, mkg) in found:
            problems.append(FieldProblem("masa_kerja", f"{where}: golongan {golongan} masa kerja {mkg} tahun sudah "
                                                       f"ada pada baris {found[(golongan, mkg)][0]}"))
            continue
        found[(golongan, mkg)] = (cell.row, amount)
    return {key: amount for key, (_row, amount) in found.items()}


def _checked_wages(session: Session, wages: Sequence[WageInput],
                   problems: list[FieldProblem]) -> dict[tuple[str | None, int | None], Decimal]:
    groups = {g.value for g in PositionGroup}
    units: dict[str, list[int]] = {}
    for unit_id, name in session.execute(select(Unit.id, Unit.name)):
        units.setdefault(name.strip().casefold(), []).append(unit_id)
    rows: dict[tuple[str | None, int | None], tuple[int, Decimal]] = {}
    for wage in wages:
        where = f"Upah PW baris {wage.row}"
        if wage.unit_name and wage.unit_name.strip():
            matches = units.get(wage.unit_name.strip().casefold(), [])
            if len(matches) != 1:
                reason = "tidak ada" if not matches else "ada lebih dari satu dengan nama itu"
                problems.append(FieldProblem("unit", f"{where}: unit kerja '{wage.unit_name}' {reason}"))
                continue
            key: tuple[str | None, int | None] = (None, matches[0])
        elif wage.group and wage.group.strip().casefold() in groups:
            key = (wage.group.strip().casefold(), None)
        else:
            problems.append(FieldProblem("group", f"{where}: isi unit kerja, atau kelompok jabatan "
                                                  f"({', '.join(sorted(groups))}); '{wage.group or ''}' tidak dikenal"))
            continue
        amount = _amount(wage.amount, where, "amount", problems)
        if amount is None:
            continue
        if key in rows:
            problems.append(FieldProblem("group", f"{where}: sama dengan baris {rows[key][0]}"))
            continue
        rows[key] = (wage.row, amount)
    return {key: amount for key, (_row, amount) in rows.items()}


def replace_pay_tables(db: Database, actor: Actor, cells: Sequence[PayCellInput] | None = None,
                       wages: Sequence[WageInput] | None = None) -> tuple[int | None, int | None]:
    """Replace the office's PPPK gaji pokok cells and/or its PPPK Paruh Waktu upah (None: that table stays as it
    is), all or none, in one transaction; every problem of every row is reported together. Returns the counts."""
    require(actor, Permission.MANAGE_SETTINGS)
    problems: list[FieldProblem] = []
    checked_cells = _checked_cells(cells, problems) if cells is not None else None
    with db.session_factory.begin() as s:
        checked_wages = _checked_wages(s, wages, problems) if wages is not None else None
        if problems:
            raise ValidationFailed(problems)
        office = _table_record(s)
        if checked_cells is not None:
            before = len(s.scalars(select(PayScaleCell.id)).all())
            s.execute(delete(PayScaleCell))
            s.add_all(PayScaleCell(golongan=g, masa_kerja=m, amount=a) for (g, m), a in sorted(checked_cells.items()))
            audit.record(s, actor, "import", office, {"pay_scale_cells": [before, len(checked_cells)]},
                         f"Tabel gaji pokok PPPK: {len(checked_cells)} sel")
        if checked_wages is not None:
            before = len(s.scalars(select(PartTimeWage.id)).all())
            s.execute(delete(PartTimeWage))
            s.add_all(PartTimeWage(position_group=g, unit_id=u, amount=a) for (g, u), a in checked_wages.items())
            audit.record(s, actor, "import", office, {"part_time_wages": [before, len(checked_wages)]},
                         f"Tabel upah PPPK Paruh Waktu: {len(checked_wages)} baris")
    return (len(checked_cells) if checked_cells is not None else None,
            len(checked_wages) if checked_wages is not None else None)


def _table_record(session: Session):
    """The office row the audit entry of a pay table is filed under."""
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        raise ValidationFailed([FieldProblem("office", "pengaturan instansi belum diisi; simpan dahulu")])
    return office


def wage_rows(session: Session) -> list[tuple[str, str, Decimal]]:
    """The upah table for a person to read: (unit name, jabatan group, amount), units first."""
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    rows = [(names.get(row.unit_id, "") if row.unit_id is not None else "", row.position_group or "",
             Decimal(row.amount)) for row in session.scalars(select(PartTimeWage))]
    return sorted(rows, key=lambda r: (r[0] == "", r[0].casefold(), r[1]))
