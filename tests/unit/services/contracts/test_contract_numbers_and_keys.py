"""Contract numbers from patterns, the office's signing key file, the facts a contract prints, its templates."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import date

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from models.entities import Contract, Office
from models.services.contracts.documents import contract_facts, term_length_text
from models.services.contracts.drafts import ContractInput, create_contract
from models.services.contracts.numbers import NumberAllocator, render_number, series_year
from models.services.contracts.printing import mark_printed
from models.services.contracts.seal import office_signer, verify_contract
from models.services.contracts.selection import ContractSelection, select_contract_ids
from models.services.contracts.template_language import PLACEHOLDERS
from models.services.contracts.templates import default_template_text, save_contract_template
from models.services.errors import DomainError, ValidationFailed
from models.services.organization import OfficeInput, save_office
from models.storage.database import Database
from models.vocabulary import ContractKind
from tests.factories import ADMIN, CLERK, RINA, SITI, make_employee, make_position, make_unit


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each test here that needs a database runs on SQLite and again on PostgreSQL (tests/conftest.py any_db)."""
    return any_db


OFFICE = OfficeInput(
    name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", regency_code="62.71",
    regency_name="Kota Palangka Raya", ppk_name="Drs. Yohanes Tingang, M.Si.", ppk_nip="197105141996031002",
    ppk_title="Sekretaris Daerah Kota Palangka Raya", signing_city="Palangka Raya",
)


@pytest.fixture
def office(db):
    return save_office(db, OFFICE, ADMIN)


def test_numbers_follow_the_pattern_and_run_on_across_years_without_year() -> None:
    assert render_number("{seq}/PPPK/BKPSDM/{roman_month}/{year}", 7, date(2025, 10, 1)) == "7/PPPK/BKPSDM/X/2025"
    assert render_number("800.1.2.5/{month}.{seq}", 12, date(2025, 3, 4)) == "800.1.2.5/03.12"
    assert series_year("{seq}/PPPK/{year}", date(2025, 1, 1)) == 2025
    assert series_year("800.1.2.5/{seq}/PPPK", date(2025, 1, 1)) == 0
    with pytest.raises(DomainError, match="tidak dikenal"):
        render_number("{seq}/{tahun}", 1, date(2025, 1, 1))


def test_a_pattern_without_year_continues_after_the_highest_number_in_use(db, office) -> None:
    rina = make_employee(db, RINA)
    contract = create_contract(db, ContractInput(rina.id, date(2025, 10, 1), salary=2_500_000), CLERK)
    with db.session_factory.begin() as s:
        s.get(Contract, contract.id).number = "800.1.2.5/99/PW"
    with db.session_factory.begin() as s:
        allocator = NumberAllocator(s)
        assert allocator.next_number("800.1.2.5/{seq}/PW", date(2026, 1, 5)) == "800.1.2.5/100/PW"
        assert allocator.next_number("800.1.2.5/{seq}/PW", date(2027, 1, 5)) == "800.1.2.5/101/PW"


def test_the_signing_key_is_made_once_kept_private_and_never_silently_replaced(db, office, tmp_path) -> None:
    if not db.is_sqlite:
        pytest.skip("with a server database the key folder is this computer's data folder, not one beside a file")
    first = office_signer(db, CLERK)
    path = tmp_path / "kunci" / f"{office.uuid}.ed25519.pem"
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert office_signer(db, CLERK) == first
    with db.session_factory() as s:
        assert s.scalars(select(Office.public_key)).one()
    path.rename(tmp_path / "hilang.pem")
    with pytest.raises(DomainError, match=r"tidak ditemukan\. Kembalikan dari cadangan"):
        office_signer(db, CLERK)
    assert not path.exists()  # no new key was made in its place: old papers must keep verifying
    pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())
    path.write_bytes(pem)
    with pytest.raises(DomainError, match="bukan pasangan kunci publik"):
        office_signer(db, CLERK)


def test_a_printed_seal_verifies_against_the_records_and_reports_later_changes(db, office) -> None:
    rina = make_employee(db, RINA, unit_id=make_unit(db).id)
    contract = create_contract(db, ContractInput(rina.id, date(2025, 10, 1), salary=2_500_000), CLERK)
    mark_printed(db, CLERK, [contract.id], on=date(2025, 9, 20))
    signer = office_signer(db, CLERK)
    with db.session_factory() as s:
        payload = signer.seal(contract_facts(s, contract.id))
    result = verify_contract(db, payload, today=date(2025, 11, 1))
    assert result.valid and result.matches_records and result.notes == []
    assert (result.facts.name, result.facts.end) == ("Rina Wati", date(2026, 9, 30))
    with db.session_factory.begin() as s:
        s.get(Contract, contract.id).salary = 2_600_000
    later = verify_contract(db, payload, today=date(2025, 11, 1))
    assert later.valid and later.matches_records is False
    assert "berbeda dengan basis data sekarang" in later.notes[0]
    forged = verify_contract(db, payload.replace("2026-09-30", "2027-09-30"))
    assert not forged.valid and "Tanda tangan digital tidak cocok" in forged.reason


def test_facts_fill_every_placeholder_the_templates_may_use(db, office) -> None:
    position = make_position(db, "Perawat Ahli Pertama", "kesehatan")
    siti = make_employee(db, SITI, position_id=position.id, unit_id=make_unit(db, "Puskesmas Pahandut").id,
                         address="Jl. RTA Milono No. 5")
    contract = create_contract(db, ContractInput(siti.id, date(2024, 3, 1), salary=3_203_600,
                                                 signing_date=date(2024, 3, 1), signing_place="Palangka Raya"),
                               CLERK)
    with db.session_factory() as s:
        facts = contract_facts(s, contract.id)
        assert select_contract_ids(s, ContractSelection(unit_name="puskesmas pahandut")) == [contract.id]
        with pytest.raises(DomainError, match="tidak ditemukan"):
            select_contract_ids(s, ContractSelection(unit_name="Puskesmas Entah"))
    assert set(PLACEHOLDERS) <= set(facts.values)
    values = facts.values
    assert values["nama"] == "Siti Aminah, S.Kep., Ners"
    assert values["ni_pppk"] == "19900115 2024 21 2 001"
    assert (values["hari"], values["tanggal_terbilang"], values["tahun_terbilang"]) == (
        "Jumat", "satu", "dua ribu dua puluh empat")
    assert values["gaji"] == "Rp3.203.600,00"
    assert values["gaji_terbilang"] == "tiga juta dua ratus tiga ribu enam ratus rupiah"
    assert values["masa_perjanjian"] == "5 (lima) tahun" and values["tanggal_selesai"] == "28 Februari 2029"
    assert values["jabatan"] == "Perawat Ahli Pertama" and values["unit_kerja"] == "Puskesmas Pahandut"
    assert values["ppk_nip"] == "19710514 199603 1 002"


def test_term_length_in_words_counts_years_months_and_days() -> None:
    assert term_length_text(date(2025, 10, 1), date(2026, 9, 30)) == "1 (satu) tahun"
    assert term_length_text(date(2024, 3, 1), date(2027, 10, 31)) == "3 (tiga) tahun 8 (delapan) bulan"
    assert term_length_text(date(2024, 3, 1), date(2024, 3, 10)) == "10 (sepuluh) hari"
    assert term_length_text(date(2024, 2, 29), date(2029, 2, 28)) == "5 (lima) tahun"
    assert term_length_text(date(2024, 2, 29), date(2028, 2, 28)) == "4 (empat) tahun"
    assert term_length_text(date(2025, 1, 31), date(2025, 2, 28)) == "1 (satu) bulan"
    assert term_length_text(date(2025, 1, 31), date(2025, 3, 29)) == "1 (satu) bulan 29 (dua puluh sembilan) hari"
    assert term_length_text(date(2025, 1, 31), date(2025, 3, 30)) == "2 (dua) bulan"
    assert term_length_text(date(2025, 12, 31), date(2026, 12, 30)) == "1 (satu) tahun"


def test_an_office_template_with_an_unknown_placeholder_is_refused_and_nothing_stored(db, office) -> None:
    text = default_template_text(ContractKind.PART_TIME).replace("{gaji}", "{upah_pokok}")
    with pytest.raises(ValidationFailed, match=r"Templat perjanjian: baris \d+: penanda \{upah_pokok\} tidak dikenal"):
        save_contract_template(db, ADMIN, ContractKind.PART_TIME, text)
    with db.session_factory() as s:
        assert s.scalars(select(Office.template_part_time)).one() is None
    save_contract_template(db, ADMIN, "part_time", default_template_text(ContractKind.PART_TIME).replace(
        "## UPAH", "## GAJI ATAU UPAH"))
    with db.session_factory() as s:
        assert "## GAJI ATAU UPAH" in s.scalars(select(Office.template_part_time)).one()


def test_the_number_takes_its_month_from_the_start_when_the_office_says_so(db, office) -> None:
    from models.services.contracts.printing import plan_numbers
    from models.services.organization import office_input

    with db.session_factory() as s:
        settings = office_input(s)
    siti = make_employee(db, SITI)
    later = create_contract(db, ContractInput(siti.id, date(2027, 6, 1), salary=3_000_000), CLERK)
    on = date(2026, 12, 2)
    assert plan_numbers(db, [later.id], on=on)[later.id].endswith("/XII/2026")  # the day it is printed
    save_office(db, replace(settings, number_date="start"), ADMIN)
    assert plan_numbers(db, [later.id], on=on)[later.id].endswith("/VI/2027")
    with pytest.raises(ValidationFailed, match="tanggal cetak atau tanggal mulai"):
        save_office(db, replace(settings, number_date="kapan saja"), ADMIN)
