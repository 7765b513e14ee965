"""The first-run setup: the office and its first admin in one transaction, refused on a database in use,
problems reported by field, nothing written on any failure; and the kecamatan a new office can choose."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

import models.rules.passwords as passwords
import models.services.first_run as first_run
from models.entities import AuditEntry, Office, User
from models.rules.passwords import verify_password
from models.services.errors import DomainError, ValidationFailed
from models.services.first_run import AdminInput, admin_problems, needs_setup, set_up_office
from models.services.lookups import kecamatan_choices
from models.services.organization import OfficeInput, create_unit, get_office, save_office
from models.services.users import create_first_admin, sign_in
from models.vocabulary import PaperSize, Role
from tests.factories import ADMIN, CLERK

OFFICE = OfficeInput(
    name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palangka Raya", regency_code="62.71",
    regency_name="Kota Palangka Raya", address="Jl. Tjilik Riwut Km. 5,5", ppk_name="Drs. Yohanes Tingang, M.Si.",
    ppk_nip="19710514 199603 1 002", ppk_title="Wali Kota Palangka Raya", signing_city="Palangka Raya",
    contract_number_pattern="{seq}/PPPK/BKPSDM/{roman_month}/{year}", paper_size="F4",
    contract_number_pattern_pw="800.1.2.5/{seq}/PPPK-PW/{year}",
)
ADMIN_INPUT = AdminInput("Siti", "Siti Rahmawati", "rahasia-kantor-1")


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


def counts(db) -> tuple[int, int, int]:
    with db.session_factory() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (User, Office, AuditEntry))


def test_set_up_office_creates_the_admin_and_the_office_audited_as_that_admin(db) -> None:
    assert needs_setup(db)
    user = set_up_office(db, OFFICE, ADMIN_INPUT)
    assert (user.username, user.full_name, user.role) == ("siti", "Siti Rahmawati", Role.ADMIN)
    assert not needs_setup(db)
    office = get_office(db)
    assert office.name.startswith("Badan Kepegawaian") and office.regency_code == "62.71"
    assert office.ppk_nip == "197105141996031002" and office.paper_size is PaperSize.F4
    assert office.contract_number_pattern_pw == "800.1.2.5/{seq}/PPPK-PW/{year}"
    with db.session_factory() as s:
        entries = {e.entity: e for e in s.scalars(select(AuditEntry))}
        stored = s.scalars(select(User)).one()
    assert set(entries) == {"app_user", "office"}
    assert entries["office"].actor == "siti" and entries["office"].summary == "Pengaturan instansi dibuat"
    assert entries["app_user"].actor == "siti" and "password_hash" not in entries["app_user"].changes
    assert verify_password("rahasia-kantor-1", stored.password_hash)
    assert sign_in(db, "siti", "rahasia-kantor-1").id == user.id


def test_problems_of_office_and_admin_come_together_by_field_and_nothing_is_written(db) -> None:
    bad_office = OfficeInput(name=" ", regency_code="6271", regency_name="", ppk_nip="1971",
                             contract_number_pattern="PPPK/{tahun}")
    bad_admin = AdminInput("siti rahma", "", "pendek")
    with pytest.raises(ValidationFailed) as caught:
        set_up_office(db, bad_office, bad_admin)
    fields = [p.field for p in caught.value.problems]
    assert fields[:4] == ["name", "regency_code", "regency_name", "ppk_nip"]
    assert {"contract_number_pattern", "username", "full_name", "password"} <= set(fields)
    assert "Kata sandi" in caught.value.message and "Nama lengkap" in caught.value.message
    assert counts(db) == (0, 0, 0)

    with pytest.raises(ValidationFailed) as only_admin:
        set_up_office(db, OFFICE, AdminInput("siti", "Siti", "siti"))
    assert {p.field for p in only_admin.value.problems} == {"password"}
    assert counts(db) == (0, 0, 0)


def test_refused_when_the_database_already_has_a_user_or_an_office(db, tmp_path) -> None:
    create_first_admin(db, "admin", "Admin Lama", "rahasia-kantor-9")
    before = counts(db)
    with pytest.raises(DomainError, match="sudah disiapkan"):
        set_up_office(db, OFFICE, ADMIN_INPUT)
    assert counts(db) == before

    from models.storage.database import open_database

    other = open_database(tmp_path / "office_only.sqlite")
    try:
        save_office(other, OFFICE, ADMIN)
        with pytest.raises(DomainError, match="sudah disiapkan"):
            set_up_office(other, OFFICE, ADMIN_INPUT)
        assert counts(other)[0] == 0
    finally:
        other.close()


def test_a_failure_after_the_admin_is_added_rolls_everything_back(db, monkeypatch) -> None:
    def broken(session, data, actor):
        session.flush()  # the admin row and its audit entry reached the database inside the transaction
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(first_run, "write_office", broken)
    with pytest.raises(RuntimeError):
        set_up_office(db, OFFICE, ADMIN_INPUT)
    assert counts(db) == (0, 0, 0)
    assert needs_setup(db)


def test_admin_problems_follow_the_first_admin_rules() -> None:
    assert admin_problems(ADMIN_INPUT) == []
    assert [p.field for p in admin_problems(AdminInput("", "Siti", "rahasia-kantor-1"))] == ["username"]
    problems = admin_problems(AdminInput("siti", "Siti", "Siti"))
    assert [p.field for p in problems] == ["password"]
    assert "paling sedikit 8 karakter" in problems[0].message and "sama dengan nama pengguna" in problems[0].message
    assert "rahasia" not in repr(ADMIN_INPUT)  # the password is not in logs or tracebacks


def test_kecamatan_choices_of_a_new_empty_office_are_its_regencys_kecamatan(db) -> None:
    set_up_office(db, OFFICE, ADMIN_INPUT)
    with db.session_factory() as s:
        choices = kecamatan_choices(s)
    assert choices == [("62.71.02", "Bukit Batu"), ("62.71.03", "Jekan Raya"), ("62.71.01", "Pahandut"),
                       ("62.71.05", "Rakumpit"), ("62.71.04", "Sabangau")]


def test_kecamatan_choices_keep_the_units_names_and_add_their_kecamatan_once(db) -> None:
    save_office(db, OFFICE, ADMIN)
    create_unit(db, CLERK, name="SD Negeri 1 Pahandut", kind="sekolah", kecamatan_code="62.71.01",
                kecamatan_name="PAHANDUT")
    # A unit outside the regency (an old code, or a school across the border) still shows.
    create_unit(db, CLERK, name="SMP Negeri 1 Kahayan Hilir", kind="sekolah", kecamatan_code="62.11.01",
                kecamatan_name="Kahayan Hilir")
    with db.session_factory() as s:
        choices = kecamatan_choices(s)
    codes = [code for code, _name in choices]
    assert len(codes) == len(set(codes)) == 6
    assert ("62.71.01", "PAHANDUT") in choices and ("62.11.01", "Kahayan Hilir") in choices
    names = [name.casefold() for _code, name in choices]
    assert names == sorted(names)


def test_kecamatan_choices_without_an_office_are_the_units_kecamatan(db) -> None:
    with db.session_factory() as s:
        assert kecamatan_choices(s) == []
    create_unit(db, CLERK, name="Puskesmas Sabangau", kind="puskesmas", kecamatan_code="62.71.04",
                kecamatan_name="Sabangau")
    with db.session_factory() as s:
        assert kecamatan_choices(s) == [("62.71.04", "Sabangau")]
