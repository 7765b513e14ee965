"""Reading cell values as offices type them: identifiers, dates, sex, status, golongan, education."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models.rules.errors import RuleError
from reports.roster import values as v

BORN = date(1985, 3, 12)


@pytest.mark.parametrize("cell", [
    BORN, datetime(1985, 3, 12, 0, 0), 31118, 31118.0, "31118", "12-03-1985", "12/03/1985", "12.03.1985",
    "12 Maret 1985", "12 maret 1985", "12 Mar 1985", "12-Mar-1985", "1985-03-12", "1985-03-12 00:00:00",
    "19850312", 19850312, " 12 - 03 - 1985 ",
])
def test_date_forms_all_read_as_the_same_day(cell) -> None:
    assert v.date_value(cell) == BORN


@pytest.mark.parametrize("cell", ["1 Agustus 2010", "1 Agt 2010", "1 Ags 2010", "01-08-2010", "1/8/2010"])
def test_indonesian_month_names_and_abbreviations(cell) -> None:
    assert v.date_value(cell) == date(2010, 8, 1)


@pytest.mark.parametrize(("cell", "reason"), [
    ("31-02-1985", "bukan tanggal yang sah"),
    ("12-03-85", "dua digit"),
    ("12 Maretz 1985", "nama bulan"),
    ("kemarin", "bukan tanggal"),
    (-5, "bukan tanggal"),
])
def test_bad_dates_say_why(cell, reason) -> None:
    with pytest.raises(RuleError, match=reason):
        v.date_value(cell)


@pytest.mark.parametrize("cell", [None, "", "  ", "-", "—"])
def test_blank_cells_are_none(cell) -> None:
    assert v.date_value(cell) is None
    assert v.text(cell) is None
    assert v.identifier(cell, "NIP", 18) is None


@pytest.mark.parametrize("cell", ["198503122010011003", "'198503122010011003", "19850312 201001 1 003",
                                  " 19850312.201001.1.003 ", "\u2018198503122010011003"])
def test_nip_as_text_with_spaces_dots_or_apostrophe(cell) -> None:
    assert v.identifier(cell, "NIP", 18) == "198503122010011003"


@pytest.mark.parametrize("cell", [198503122010011003, 1.98503122010011e17, 6271011203850001])
def test_identifier_in_a_number_cell_is_rejected_as_lost_digits(cell) -> None:
    with pytest.raises(RuleError, match="tersimpan sebagai angka"):
        v.identifier(cell, "NIK", 16)


def test_identifier_that_a_spreadsheet_turned_into_scientific_notation_is_rejected() -> None:
    with pytest.raises(RuleError, match="sel angka"):
        v.identifier("1.98503E+17", "NIP", 18)


def test_identifier_text_is_only_cleaned_here_its_length_is_checked_with_the_row() -> None:
    assert v.identifier("19850312 201001 100", "NIP", 18) == "19850312201001100"


@pytest.mark.parametrize(("cell", "code"), [
    ("L", "L"), ("l", "L"), ("Laki-laki", "L"), ("LAKI-LAKI", "L"), ("Laki laki", "L"), ("Pria", "L"), ("M", "L"),
    (1, "L"), ("P", "P"), ("Perempuan", "P"), ("PEREMPUAN", "P"), ("Wanita", "P"), ("F", "P"), (2.0, "P"),
])
def test_sex_forms(cell, code) -> None:
    assert v.sex(cell) == code


def test_unknown_sex_is_rejected() -> None:
    with pytest.raises(RuleError, match="tulis L atau P"):
        v.sex("X")


@pytest.mark.parametrize(("cell", "expected"), [
    ("III/a", "III/a"), ("III a", "III a"), ("IIIa", "IIIa"), ("3a", "3a"), ("IX", "IX"), (9, "9"), (9.0, "9"),
    ("Penata Muda (III/a)", "III/a"), ("Penata Muda, III/a", "III/a"), ("Golongan IX", "Golongan IX"),
])
def test_golongan_is_cleaned_for_the_status_aware_check(cell, expected) -> None:
    assert v.golongan(cell) == expected


@pytest.mark.parametrize(("cell", "status"), [
    ("PNS", "PNS"), ("pns", "PNS"), ("PNS DAERAH KAB/KOTA", "PNS"), ("Pegawai Negeri Sipil", "PNS"),
    ("CPNS", "CPNS"), ("Calon PNS", "CPNS"), ("PPPK", "PPPK"), ("P3K", "PPPK"), ("PPPK Paruh Waktu", "PPPK_PW"),
    ("PPPK-PW", "PPPK_PW"), ("P3K PW", "PPPK_PW"),
])
def test_status_forms(cell, status) -> None:
    assert v.status(cell) == status


def test_siasn_cpns_is_pns_daerah_with_c() -> None:
    assert v.combine_status(v.status("PNS DAERAH KAB/KOTA"), v.cpns_pns("C")) == "CPNS"
    assert v.combine_status(v.status("PNS DAERAH KAB/KOTA"), v.cpns_pns("P")) == "PNS"
    assert v.combine_status(None, v.cpns_pns("C")) == "CPNS"


def test_unknown_status_is_rejected() -> None:
    with pytest.raises(RuleError, match="PPPK Paruh Waktu"):
        v.status("Honorer")


@pytest.mark.parametrize(("cell", "code"), [("S1", "40"), ("S-1/Sarjana", "40"), ("D III", "30"), (40, "40"),
                                            ("SMA", "15"), ("S2", "45")])
def test_education_levels(cell, code) -> None:
    assert v.education_level(cell) == code


def test_religion_and_phone() -> None:
    assert v.religion("ISLAM") == "Islam"
    assert v.religion("Kristen Protestan") == "Kristen"
    assert v.religion("Katholik") == "Katolik"
    assert v.phone(81234567890) == "081234567890"
    assert v.phone("'081234567890") == "081234567890"
    with pytest.raises(RuleError):
        v.religion("Lainnya")
