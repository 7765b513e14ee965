"""A small office with one PPPK Paruh Waktu (signing date set) and one full-time PPPK (not yet) contract."""

from __future__ import annotations

from datetime import date

import pytest

from models.services.contracts.drafts import ContractInput, create_contract
from models.services.organization import OfficeInput, save_office
from tests.factories import ADMIN, CLERK, RINA, SITI, make_employee, make_position, make_unit


def office_input(**changes) -> OfficeInput:
    values = dict(
        name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", regency_code="62.71",
        regency_name="Kota Palangka Raya", address="Jl. Tjilik Riwut Km. 5,5, Palangka Raya",
        ppk_name="Drs. Yohanes Tingang, M.Si.", ppk_nip="197105141996031002",
        ppk_title="Sekretaris Daerah Kota Palangka Raya", signing_city="Palangka Raya",
        contract_number_pattern_pw="800.1.2.5/{seq}/PPPK-PW/BKPSDM/{year}",
    )
    values.update(changes)
    return OfficeInput(**values)


@pytest.fixture
def office_db(db):
    save_office(db, office_input(), ADMIN)
    school = make_unit(db, "SD Negeri 1 Pahandut")
    puskesmas = make_unit(db, "Puskesmas Pahandut")
    rina = make_employee(db, RINA, unit_id=school.id, address="Jl. Kinibalu No. 12, Palangka Raya",
                         birth_place="Palangka Raya")
    nurse = make_position(db, "Perawat Ahli Pertama", "kesehatan")
    siti = make_employee(db, SITI, unit_id=puskesmas.id, position_id=nurse.id)
    pw = create_contract(db, ContractInput(rina.id, date(2025, 10, 1), salary=2_500_000,
                                           signing_date=date(2025, 10, 1), signing_place="Palangka Raya"), CLERK)
    ft = create_contract(db, ContractInput(siti.id, date(2024, 3, 1), salary=3_203_600), CLERK)
    return db, pw, ft
