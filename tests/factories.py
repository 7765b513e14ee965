"""Small record factories for tests, going through the real services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.entities import Employee, Position, Unit
from models.services.audit import Actor
from models.services.employee_validation import EmployeeInput
from models.services.employees import create_employee
from models.services.organization import create_position, create_unit
from models.storage.database import Database

CLERK = Actor("operator1", "operator")
ADMIN = Actor("admin1", "admin")

# Budi: PNS, born 12-03-1985, CPNS from 01-2010, man, sequence 3; NIK registered in Pahandut.
BUDI = EmployeeInput(
    nip="198503122010011003",
    nik="6271011203850001",
    name="Budi Santoso",
    gelar_belakang="S.Pd.",
    birth_place="Palangka Raya",
    birth_date=date(1985, 3, 12),
    sex="L",
    religion="Islam",
    status="PNS",
    golongan="III/b",
    education_level="40",
    education_major="Pendidikan Matematika",
    education_year=2008,
    tmt_cpns=date(2010, 1, 1),
    tmt_pns=date(2011, 1, 1),
)

# Siti: PPPK appointed 2024 (code 21), born 15-01-1990, woman; NIK day + 40.
SITI = EmployeeInput(
    nip="199001152024212001",
    nik="6271015501900002",
    name="Siti Aminah",
    gelar_belakang="S.Kep., Ners",
    birth_place="Kuala Kapuas",
    birth_date=date(1990, 1, 15),
    sex="P",
    religion="Islam",
    status="PPPK",
    golongan="IX",
    education_level="42",
    tmt_pppk=date(2024, 3, 1),
)

# Rina: PPPK Paruh Waktu of the 2025 wave (code 24), born 02-07-1995, woman.
RINA = EmployeeInput(
    nip="199507022025242001",
    nik="6271044207950003",
    name="Rina Wati",
    birth_date=date(1995, 7, 2),
    sex="P",
    status="PPPK_PW",
    education_level="15",
    tmt_pppk=date(2025, 10, 1),
)


def make_unit(db: Database, name: str = "SD Negeri 1 Pahandut", parent_id: int | None = None) -> Unit:
    return create_unit(db, CLERK, name=name, kind="sekolah", parent_id=parent_id,
                       kecamatan_code="62.71.01", kecamatan_name="Pahandut")


def make_position(db: Database, name: str = "Guru Ahli Pertama", group: str = "guru") -> Position:
    return create_position(db, CLERK, name=name, jenis_jabatan="fungsional", jenjang="ahli_pertama", group=group)


def make_employee(db: Database, data: EmployeeInput = BUDI, **changes) -> Employee:
    return create_employee(db, replace(data, **changes), CLERK)
