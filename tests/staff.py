"""A small office for query and window tests, built through the real services: units in two OPD, staff of
every status with repeated names (ties for paging), formations and contracts ending at known dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.rules.nik import build_nik
from models.rules.nip import build_pns_nip, build_pppk_nip
from models.services.contracts.drafts import ContractInput, create_contract
from models.services.employee_validation import EmployeeInput
from models.services.employees import create_employee
from models.services.formations import FormationInput, record_formation
from models.services.organization import create_position, create_unit
from models.storage.database import Database
from tests.factories import CLERK

# A fixed "today" for days-left and contract tints; the contracts below are placed around it.
TODAY = date(2026, 11, 25)

# Repeats once more than 12 employees are made, so sorting by name has ties; one is written in lower case.
NAMES = (
    "Budi Santoso", "Siti Aminah", "Agus Salim", "dewi lestari", "Eko Prasetyo", "Fitri Handayani",
    "Gita Permata", "Hadi Wijaya", "Indah Sari", "Joko Susilo", "Ahmad Fauzi", "Rina Wati",
)
STATUSES = ("PNS", "PNS", "CPNS", "PPPK", "PPPK_PW")
PNS_GRADES = ("III/a", "III/b", "III/c", "IV/a", "II/c")
PPPK_GRADES = ("IX", "V", "VII")
# Full-time starts: ends 30-11-2026 (5 days left), 31-05-2026 (ended), 28-02-2029 (far off).
FULL_TIME_STARTS = (date(2021, 12, 1), date(2021, 6, 1), date(2024, 3, 1))
# Part-time starts: ends 31-12-2026 (36 days left), 30-09-2026 (ended), 30-09-2027 (far off).
PART_TIME_STARTS = (date(2026, 1, 1), date(2025, 10, 1), date(2026, 10, 1))


@dataclass
class Office:
    unit_ids: dict[str, int] = field(default_factory=dict)
    position_ids: dict[str, int] = field(default_factory=dict)
    employee_ids: list[int] = field(default_factory=list)
    contract_ids: list[int] = field(default_factory=list)
    formation_ids: list[int] = field(default_factory=list)


def _units(db: Database, office: Office) -> None:
    pendidikan = create_unit(db, CLERK, name="Dinas Pendidikan", kind="opd")
    kesehatan = create_unit(db, CLERK, name="Dinas Kesehatan", kind="opd")
    office.unit_ids = {
        "Dinas Pendidikan": pendidikan.id,
        "Dinas Kesehatan": kesehatan.id,
        "SD Negeri 1 Pahandut": create_unit(db, CLERK, name="SD Negeri 1 Pahandut", kind="sekolah",
                                            parent_id=pendidikan.id, kecamatan_code="62.71.01",
                                            kecamatan_name="Pahandut").id,
        "SMP Negeri 2 Jekan Raya": create_unit(db, CLERK, name="SMP Negeri 2 Jekan Raya", kind="sekolah",
                                               parent_id=pendidikan.id, kecamatan_code="62.71.04",
                                               kecamatan_name="Jekan Raya").id,
        "Puskesmas Pahandut": create_unit(db, CLERK, name="Puskesmas Pahandut", kind="puskesmas",
                                          parent_id=kesehatan.id, kecamatan_code="62.71.01",
                                          kecamatan_name="Pahandut").id,
    }
    office.position_ids = {
        "Guru Ahli Pertama": create_position(db, CLERK, name="Guru Ahli Pertama", jenis_jabatan="fungsional",
                                             jenjang="ahli_pertama", group="guru").id,
        "Perawat Terampil": create_position(db, CLERK, name="Perawat Terampil", jenis_jabatan="fungsional",
                                            jenjang="terampil", group="kesehatan").id,
        "Pengadministrasi Umum": create_position(db, CLERK, name="Pengadministrasi Umum",
                                                 jenis_jabatan="pelaksana", group="teknis").id,
    }


PLACEMENTS = (
    ("SD Negeri 1 Pahandut", "Guru Ahli Pertama"),
    ("SMP Negeri 2 Jekan Raya", "Guru Ahli Pertama"),
    ("Puskesmas Pahandut", "Perawat Terampil"),
    ("Dinas Pendidikan", "Pengadministrasi Umum"),
)


def employee_input(i: int, office: Office) -> EmployeeInput:
    """The i-th employee (0-based): NIP, NIK, birth date and sex agree, so the services accept it."""
    status = STATUSES[i % len(STATUSES)]
    sex = "L" if i % 2 == 0 else "P"
    born = date(1970 + (i * 7) % 30, 1 + i % 12, 1 + (i * 5) % 28)
    unit, position = PLACEMENTS[i % len(PLACEMENTS)]
    common = {
        "name": NAMES[i % len(NAMES)], "birth_date": born, "sex": sex, "status": status,
        "nik": build_nik("62.71.01", born, sex, i + 1), "unit_id": office.unit_ids[unit],
        "position_id": office.position_ids[position], "gelar_belakang": "S.Pd." if i % 3 == 0 else None,
    }
    if status == "PNS":
        tmt = date(born.year + 24, 1 + i % 12, 1)
        return EmployeeInput(nip=build_pns_nip(born, tmt, sex, i + 1), tmt_cpns=tmt,
                             tmt_pns=date(tmt.year + 1, tmt.month, 1), golongan=PNS_GRADES[i % 5], **common)
    if status == "CPNS":
        tmt = date(2025, 6, 1)
        return EmployeeInput(nip=build_pns_nip(born, tmt, sex, i + 1), tmt_cpns=tmt, golongan="III/a", **common)
    if status == "PPPK":
        return EmployeeInput(nip=build_pppk_nip(born, 2024, "21", sex, i + 1), tmt_pppk=date(2024, 3, 1),
                             golongan=PPPK_GRADES[i % 3], **common)
    return EmployeeInput(nip=build_pppk_nip(born, 2025, "24", sex, i + 1), tmt_pppk=date(2025, 10, 1), **common)


def build_office(db: Database, employees: int = 40, *, contracts: bool = True, formations: bool = True) -> Office:
    """Units, positions and `employees` staff; a contract for each PPPK; three formations."""
    office = Office()
    _units(db, office)
    for i in range(employees):
        data = employee_input(i, office)
        employee = create_employee(db, data, CLERK)
        office.employee_ids.append(employee.id)
        if contracts and data.status in ("PPPK", "PPPK_PW"):
            starts = FULL_TIME_STARTS if data.status == "PPPK" else PART_TIME_STARTS
            start = starts[len(office.contract_ids) % 3]
            contract = create_contract(db, ContractInput(employee.id, start, salary=3_000_000), CLERK)
            office.contract_ids.append(contract.id)
    if formations:
        for year, unit, position, kind, needed, approved in (
            (2026, "SD Negeri 1 Pahandut", "Guru Ahli Pertama", "PPPK", 30, 4),
            (2026, "Puskesmas Pahandut", "Perawat Terampil", "PPPK_PW", 1, 1),
            (2025, "SMP Negeri 2 Jekan Raya", "Guru Ahli Pertama", "CPNS", 3, 2),
        ):
            formation = record_formation(db, FormationInput(year, office.unit_ids[unit], office.position_ids[position],
                                                            kind, needed, approved), CLERK)
            office.formation_ids.append(formation.id)
    return office
