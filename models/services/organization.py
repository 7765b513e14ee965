"""Use cases for the office's settings, its units and its positions (jabatan)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Office, Position, Unit
from models.rules.errors import RuleError
from models.rules.nip import KIND_PNS, normalize_digits, parse_nip
from models.rules.retirement import default_bup
from models.services import audit
from models.services.audit import Actor
from models.services.errors import FieldProblem, NotFound, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import JenisJabatan, Jenjang, PaperSize, PositionGroup, UnitKind

NUMBER_PLACEHOLDERS = {"seq", "year", "month", "roman_month"}


@dataclass(frozen=True)
class OfficeInput:
    name: str
    regency_code: str
    regency_name: str
    address: str | None = None
    ppk_name: str | None = None
    ppk_nip: str | None = None
    ppk_title: str | None = None
    signing_city: str | None = None
    contract_number_pattern: str = "{seq}/PPPK/BKPSDM/{roman_month}/{year}"
    paper_size: str = PaperSize.A4.value
    logo: bytes | None = None
    contract_number_pattern_pw: str | None = None  # None: PPPK Paruh Waktu use the pattern above
    # PIHAK KESATU when the PPK delegates signing; blank: the PPK signs in person.
    signer_name: str | None = None
    signer_nip: str | None = None
    signer_title: str | None = None
    delegation_basis: str | None = None
    pw_term_months: int = 12
    pw_term_months_min: int = 12
    pw_term_months_max: int = 12
    number_date: str = "print"  # "print" or "start": the number's month and year before a signing date is set


NUMBER_DATES = ("print", "start")  # the day of first printing, or the contract's start date
PW_TERM_MONTHS_RANGE = (1, 60)  # at most 5 years, as a full-time contract


def number_pattern_problems(pattern: str) -> list[str]:
    """Why a contract number pattern cannot be used ([] when it can)."""
    names = re.findall(r"{([^{}]*)}", pattern)
    problems = [f"penanda {{{n}}} tidak dikenal" for n in names if n not in NUMBER_PLACEHOLDERS]
    if "seq" not in names:
        problems.append("pola harus memuat {seq} agar setiap nomor unik")
    return problems


LOGO_MAX_BYTES = 1_000_000  # printed at 22 mm wide: a larger image only swells every contract PDF


def office_problems(data: OfficeInput) -> list[FieldProblem]:
    """Why these office settings cannot be saved, field by field ([] when they can)."""
    problems = []
    if not data.name.strip():
        problems.append(FieldProblem("name", "wajib diisi"))
    if not re.fullmatch(r"\d{2}\.\d{2}", data.regency_code):
        problems.append(FieldProblem("regency_code", "kode wilayah kabupaten/kota harus berbentuk 62.71"))
    if not data.regency_name.strip():
        problems.append(FieldProblem("regency_name", "wajib diisi, mis. Kota Palangka Raya"))
    if data.paper_size not in {p.value for p in PaperSize}:
        problems.append(FieldProblem("paper_size", "ukuran kertas harus A4 atau F4"))
    if data.ppk_nip and data.ppk_nip.strip():
        try:
            parse_nip(data.ppk_nip, KIND_PNS)
        except RuleError as exc:
            problems.append(FieldProblem("ppk_nip", exc.message))
    if (data.signer_name or "").strip():
        if not (data.signer_title or "").strip():
            problems.append(FieldProblem("signer_title", "wajib diisi bila ada pejabat yang menandatangani atas "
                                                         "nama PPK, mis. Kepala BKPSDM Kota Palangka Raya"))
        if data.signer_nip and data.signer_nip.strip():
            try:
                parse_nip(data.signer_nip, KIND_PNS)
            except RuleError as exc:
                problems.append(FieldProblem("signer_nip", exc.message))
    elif (data.signer_nip or "").strip() or (data.signer_title or "").strip():
        problems.append(FieldProblem("signer_name", "wajib diisi bila NIP atau jabatan penandatangan diisi"))
    problems += pw_term_problems(data.pw_term_months, data.pw_term_months_min, data.pw_term_months_max)
    if data.number_date not in NUMBER_DATES:
        problems.append(FieldProblem("number_date", "pilih tanggal cetak atau tanggal mulai perjanjian"))
    pattern_problems = number_pattern_problems(data.contract_number_pattern)
    problems += [FieldProblem("contract_number_pattern", p) for p in pattern_problems]
    if data.contract_number_pattern_pw:
        pattern_problems = number_pattern_problems(data.contract_number_pattern_pw)
        problems += [FieldProblem("contract_number_pattern_pw", p) for p in pattern_problems]
    if data.logo is not None and len(data.logo) > LOGO_MAX_BYTES:
        problems.append(FieldProblem("logo", f"berkas logo lebih dari {LOGO_MAX_BYTES // 1000} KB; perkecil gambarnya"))
    return problems


def pw_term_problems(default: int, shortest: int, longest: int) -> list[FieldProblem]:
    low, high = PW_TERM_MONTHS_RANGE
    problems = [FieldProblem(name, f"harus antara {low} dan {high} bulan")
                for name, value in (("pw_term_months", default), ("pw_term_months_min", shortest),
                                    ("pw_term_months_max", longest)) if not low <= value <= high]
    if not problems and not shortest <= default <= longest:
        problems.append(FieldProblem("pw_term_months", f"masa bawaan ({default} bulan) harus di antara masa "
                                                       f"paling singkat ({shortest}) dan paling lama ({longest})"))
    return problems


def _validate_office(data: OfficeInput) -> None:
    problems = office_problems(data)
    if problems:
        raise ValidationFailed(problems)


def office_input(session: Session) -> OfficeInput | None:
    """The office's settings as the input that would save them again (None before the first save)."""
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        return None
    return OfficeInput(**{f.name: getattr(office, f.name) for f in fields(OfficeInput) if f.name != "paper_size"},
                       paper_size=office.paper_size.value)


def get_office(db: Database) -> Office | None:
    with db.session_factory() as s:
        return s.scalars(select(Office).order_by(Office.id).limit(1)).first()


def save_office(db: Database, data: OfficeInput, actor: Actor) -> Office:
    """Create the office's settings or replace them."""
    require(actor, Permission.MANAGE_SETTINGS)
    _validate_office(data)
    with db.session_factory.begin() as s:
        return write_office(s, data, actor)


def write_office(s: Session, data: OfficeInput, actor: Actor) -> Office:
    """save_office inside the caller's transaction (the first-run setup creates the admin in the same one)."""
    require(actor, Permission.MANAGE_SETTINGS)
    _validate_office(data)
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    values["ppk_nip"] = normalize_digits(data.ppk_nip) or None
    for key in ("signer_name", "signer_title", "delegation_basis"):
        values[key] = (values[key] or "").strip() or None
    values["signer_nip"] = normalize_digits(data.signer_nip) or None
    values["paper_size"] = PaperSize(data.paper_size)
    values["contract_number_pattern_pw"] = (data.contract_number_pattern_pw or "").strip() or None
    office = s.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        office = Office(**values)
        s.add(office)
        audit.record_create(s, actor, office, "Pengaturan instansi dibuat")
    else:
        before = audit.snapshot(office)
        for key, value in values.items():
            setattr(office, key, value)
        s.flush()
        audit.record(s, actor, "update", office, audit.diff(before, audit.snapshot(office)), "Pengaturan instansi")
    return office


def unit_problems(s: Session, *, name: str, kind: str, parent_id: int | None,
                  unit_id: int | None = None) -> list[FieldProblem]:
    """Why this unit cannot be stored ([] when it can); `unit_id` is the unit being changed, if any."""
    problems = []
    if not name.strip():
        problems.append(FieldProblem("name", "nama unit wajib diisi"))
    if kind not in {k.value for k in UnitKind}:
        problems.append(FieldProblem("kind", f"jenis unit '{kind}' tidak dikenal"))
    if parent_id is not None and s.get(Unit, parent_id) is None:
        problems.append(FieldProblem("parent_id", "unit induk tidak ditemukan"))
    same_parent = Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
    others = Unit.id != unit_id if unit_id is not None else Unit.id.is_not(None)
    duplicate = s.scalar(select(Unit.id).where(same_parent, others, Unit.name == name.strip()))
    if duplicate is not None:
        problems.append(FieldProblem("name", f"unit '{name.strip()}' sudah ada di bawah induk yang sama"))
    return problems


def create_unit(
    db: Database,
    actor: Actor,
    *,
    name: str,
    kind: str,
    parent_id: int | None = None,
    kecamatan_code: str | None = None,
    kecamatan_name: str | None = None,
) -> Unit:
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        problems = unit_problems(s, name=name, kind=kind, parent_id=parent_id)
        if problems:
            raise ValidationFailed(problems)
        unit = Unit(name=name.strip(), kind=UnitKind(kind), parent_id=parent_id,
                    kecamatan_code=kecamatan_code, kecamatan_name=kecamatan_name)
        s.add(unit)
        audit.record_create(s, actor, unit, f"Unit {unit.name}")
    return unit


def position_problems(s: Session, *, name: str, jenis_jabatan: str, group: str, jenjang: str | None,
                      bup: int | None, position_id: int | None = None) -> list[FieldProblem]:
    """Why this jabatan cannot be stored ([] when it can); `position_id` is the one being changed, if any."""
    problems = []
    if not name.strip():
        problems.append(FieldProblem("name", "nama jabatan wajib diisi"))
    if jenis_jabatan not in {j.value for j in JenisJabatan}:
        problems.append(FieldProblem("jenis_jabatan", f"jenis jabatan '{jenis_jabatan}' tidak dikenal"))
    if group not in {g.value for g in PositionGroup}:
        problems.append(FieldProblem("group", f"kelompok jabatan '{group}' tidak dikenal"))
    if jenjang is not None and jenjang not in {j.value for j in Jenjang}:
        problems.append(FieldProblem("jenjang", f"jenjang '{jenjang}' tidak dikenal"))
    if jenis_jabatan == JenisJabatan.FUNGSIONAL.value and jenjang is None:
        problems.append(FieldProblem("jenjang", "wajib diisi untuk jabatan fungsional (menentukan BUP)"))
    if bup is not None and not 50 <= bup <= 70:
        problems.append(FieldProblem("bup", "batas usia pensiun harus antara 50 dan 70 tahun"))
    others = Position.id != position_id if position_id is not None else Position.id.is_not(None)
    if s.scalar(select(Position.id).where(others, Position.name == name.strip())) is not None:
        problems.append(FieldProblem("name", f"jabatan '{name.strip()}' sudah ada"))
    return problems


def create_position(
    db: Database,
    actor: Actor,
    *,
    name: str,
    jenis_jabatan: str,
    group: str,
    jenjang: str | None = None,
    bup: int | None = None,
) -> Position:
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        problems = position_problems(s, name=name, jenis_jabatan=jenis_jabatan, group=group, jenjang=jenjang,
                                     bup=bup)
        if problems:
            raise ValidationFailed(problems)
        position = Position(name=name.strip(), jenis_jabatan=JenisJabatan(jenis_jabatan), group=PositionGroup(group),
                            jenjang=Jenjang(jenjang) if jenjang else None, bup=bup)
        s.add(position)
        audit.record_create(s, actor, position, f"Jabatan {position.name}")
    return position


def position_bup(position: Position | None) -> int:
    """The BUP of a jabatan: its own value, else the default for its jenis, jenjang and group."""
    if position is None:
        return 58
    if position.bup is not None:
        return position.bup
    return default_bup(position.jenis_jabatan.value, position.jenjang.value if position.jenjang else None,
                       position.group.value)


def require_row(session, entity, entity_id: int, label: str):
    row = session.get(entity, entity_id)
    if row is None:
        raise NotFound(f"{label} dengan id {entity_id} tidak ditemukan.")
    return row
