"""Checking an employee's data before it is stored: required fields, identifiers, grades, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import clock
from models.entities import Employee, Position, Unit
from models.rules.crosscheck import cross_check
from models.rules.education import EDUCATION_LEVELS
from models.rules.errors import RuleError
from models.rules.grades import normalize_golongan
from models.rules.nip import KIND_PNS, guess_nip_kind, normalize_digits, parse_nip
from models.rules.retirement import full_years
from models.services.errors import FieldProblem
from models.vocabulary import EmployeeStatus, NipKind, Religion, Sex

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class EmployeeInput:
    """What a clerk enters for an employee; enums as their stored values ("PNS", "L", ...)."""

    nip: str
    name: str
    birth_date: date | None
    sex: str | None
    status: str
    nik: str | None = None
    gelar_depan: str | None = None
    gelar_belakang: str | None = None
    birth_place: str | None = None
    religion: str | None = None
    golongan: str | None = None
    position_id: int | None = None
    unit_id: int | None = None
    education_level: str | None = None
    education_major: str | None = None
    education_year: int | None = None
    tmt_cpns: date | None = None
    tmt_pns: date | None = None
    tmt_pppk: date | None = None
    tmt_golongan: date | None = None
    tmt_jabatan: date | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


INPUT_FIELDS = tuple(f.name for f in fields(EmployeeInput))


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _enum_value(enum_cls, value: str | None, field: str, problems: list[FieldProblem], required: bool):
    if value is None:
        if required:
            problems.append(FieldProblem(field, "wajib diisi"))
        return None
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        problems.append(FieldProblem(field, f"nilai '{value}' tidak dikenal (pilihan: {allowed})"))
        return None


def validate_employee(
    session: Session, data: EmployeeInput, *, employee_id: int | None = None
) -> tuple[dict[str, Any], list[FieldProblem], list[FieldProblem]]:
    """Normalised column values, blocking problems and non-blocking warnings for one employee."""
    v, problems, warnings = check_employee_input(data)
    _check_references(session, v, employee_id, problems)
    return v, problems, warnings


def check_employee_input(
    data: EmployeeInput, *, today: date | None = None
) -> tuple[dict[str, Any], list[FieldProblem], list[FieldProblem]]:
    """The checks that need no database: values, identifiers against each other, grades, dates."""
    return check_employee_values(vars(data), today=today)


def check_employee_values(
    data: dict[str, Any], *, today: date | None = None
) -> tuple[dict[str, Any], list[FieldProblem], list[FieldProblem]]:
    """check_employee_input on a dict with every EmployeeInput field, for bulk use (the roster import runs
    it per row and resolves references itself)."""
    problems: list[FieldProblem] = []
    warnings: list[FieldProblem] = []
    # _blank_to_none inlined for plain strings: this runs for every row of a 20,000-row roster import.
    v = {name: ((value.strip() or None) if value.__class__ is str else _blank_to_none(value))
         for name, value in data.items()}

    if v["name"] is None:
        problems.append(FieldProblem("name", "wajib diisi"))
    if v["birth_date"] is None:
        problems.append(FieldProblem("birth_date", "wajib diisi"))
    v["status"] = status = _enum_value(EmployeeStatus, v["status"], "status", problems, required=True)
    v["sex"] = _enum_value(Sex, v["sex"], "sex", problems, required=True)
    v["religion"] = _enum_value(Religion, v["religion"], "religion", problems, required=False)

    v["nip"] = normalize_digits(v["nip"])
    v["nik"] = normalize_digits(v["nik"]) or None
    # Without a status the identifier is still checked, read as what its digits look like, so every problem of
    # the row shows at once.
    kind = status.nip_kind if status is not None else (guess_nip_kind(v["nip"]) if v["nip"] else NipKind.PNS)
    if not v["nip"]:
        problems.append(FieldProblem("nip", "wajib diisi"))
    else:
        for finding in cross_check(
            nip=v["nip"], kind=kind, nik=v["nik"], birth_date=v["birth_date"],
            sex=v["sex"].value if v["sex"] else None, tmt_cpns=v["tmt_cpns"],
        ):
            target = problems if finding.level == "error" else warnings
            target.append(FieldProblem(finding.field, finding.message))
        if not v["tmt_cpns"] and kind == KIND_PNS and not any(p.field == "nip" for p in problems):
            v["tmt_cpns"] = parse_nip(v["nip"], KIND_PNS).tmt_cpns  # the NIP carries it

    if v["golongan"] is not None:
        system = ("PPPK" if status.is_pppk else "PNS") if status is not None else None
        try:
            v["golongan"] = normalize_golongan(v["golongan"], system)
        except RuleError as exc:
            problems.append(FieldProblem("golongan", exc.message))

    if v["education_level"] is not None and v["education_level"] not in EDUCATION_LEVELS:
        problems.append(FieldProblem("education_level", f"kode pendidikan '{v['education_level']}' tidak dikenal"))
    today = today or clock.today()
    if v["education_year"] is not None and not 1950 <= v["education_year"] <= today.year:
        problems.append(FieldProblem("education_year", f"tahun {v['education_year']} tidak masuk akal"))
    if v["email"] is not None and not EMAIL.match(v["email"]):
        problems.append(FieldProblem("email", f"alamat surel '{v['email']}' tidak sah"))
    if v["phone"] is not None and not re.fullmatch(r"\+?[\d\s-]{8,20}", v["phone"]):
        problems.append(FieldProblem("phone", f"nomor '{v['phone']}' tidak sah (8-20 angka)"))

    _check_dates(v, status, problems, warnings, today)
    return v, problems, warnings


PPPK_MIN_AGE = 20  # PP 49/2018 Pasal 16 huruf a


def _check_dates(v: dict[str, Any], status: EmployeeStatus | None, problems: list[FieldProblem],
                 warnings: list[FieldProblem], today: date) -> None:
    birth = v["birth_date"]
    if birth is not None and not date(1940, 1, 1) <= birth <= today:
        problems.append(FieldProblem("birth_date", f"tanggal lahir {birth:%d-%m-%Y} tidak masuk akal"))
    for field in ("tmt_cpns", "tmt_pns", "tmt_pppk", "tmt_golongan", "tmt_jabatan"):
        tmt = v[field]
        if tmt is None or birth is None:
            continue
        adult = date(birth.year + 18, birth.month, 28 if (birth.month, birth.day) == (2, 29) else birth.day)
        if tmt < adult:
            problems.append(FieldProblem(field, f"{tmt:%d-%m-%Y} sebelum pegawai berusia 18 tahun"))
        elif tmt.year > today.year + 1:
            problems.append(FieldProblem(field, f"{tmt:%d-%m-%Y} terlalu jauh di masa depan"))
    if v["tmt_cpns"] and v["tmt_pns"] and v["tmt_pns"] < v["tmt_cpns"]:
        problems.append(FieldProblem("tmt_pns", "TMT PNS tidak boleh sebelum TMT CPNS"))
    if status is EmployeeStatus.PNS and v["tmt_pns"] is None and v["tmt_cpns"] is None:
        problems.append(FieldProblem("tmt_cpns", "wajib diisi untuk PNS"))
    if status is not None and status.is_pppk and v["tmt_pppk"] is None:
        problems.append(FieldProblem("tmt_pppk", "wajib diisi untuk PPPK (tidak tercantum pada NI PPPK)"))
    if status is not None and status.is_pppk and v["tmt_pppk"] is not None and birth is not None:
        age = full_years(birth, v["tmt_pppk"])
        if age < PPPK_MIN_AGE:
            warnings.append(FieldProblem("tmt_pppk", f"pada TMT PPPK pegawai baru berusia {age} tahun; PP 49/2018 "
                                                     f"Pasal 16 mensyaratkan pelamar PPPK berusia paling rendah "
                                                     f"{PPPK_MIN_AGE} tahun"))


def _check_references(
    session: Session, v: dict[str, Any], employee_id: int | None, problems: list[FieldProblem]
) -> None:
    if v["position_id"] is not None and session.get(Position, v["position_id"]) is None:
        problems.append(FieldProblem("position_id", "jabatan tidak ditemukan"))
    if v["unit_id"] is not None and session.get(Unit, v["unit_id"]) is None:
        problems.append(FieldProblem("unit_id", "unit kerja tidak ditemukan"))
    if v["nip"]:
        other = session.execute(select(Employee.id, Employee.name).where(Employee.nip == v["nip"])).first()
        if other is not None and other.id != employee_id:
            problems.append(FieldProblem("nip", f"NIP {v['nip']} sudah dipakai oleh {other.name}"))
