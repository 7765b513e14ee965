"""Tests for NIP (PNS) and NI PPPK parsing, display and building."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.errors import RuleError
from models.rules.nip import (
    KIND_PNS,
    KIND_PPPK,
    build_pns_nip,
    build_pppk_nip,
    format_nip,
    guess_nip_kind,
    normalize_digits,
    parse_nip,
)

TODAY = date(2026, 6, 1)
PNS_NIP = "198503122010011003"
PPPK_NIP = "198503122024211003"


def test_parse_pns_nip_decodes_every_part():
    info = parse_nip(PNS_NIP, today=TODAY)
    assert info.nip == PNS_NIP
    assert info.kind == KIND_PNS
    assert info.birth_date == date(1985, 3, 12)
    assert info.tmt_cpns == date(2010, 1, 1)
    assert info.sex == "L"
    assert info.sequence == 3
    assert info.appointment_year is None
    assert info.pppk_code is None
    assert info.warnings == ()


def test_parse_pns_nip_woman():
    info = parse_nip("199012252015032001", today=TODAY)
    assert info.sex == "P"
    assert info.birth_date == date(1990, 12, 25)
    assert info.tmt_cpns == date(2015, 3, 1)
    assert info.sequence == 1


def test_parse_pppk_nip_decodes_every_part():
    info = parse_nip(PPPK_NIP, KIND_PPPK, today=TODAY)
    assert info.kind == KIND_PPPK
    assert info.birth_date == date(1985, 3, 12)
    assert info.appointment_year == 2024
    assert info.pppk_code == "21"
    assert info.sex == "L"
    assert info.sequence == 3
    assert info.tmt_cpns is None
    assert info.warnings == ()


def test_parse_pppk_part_time_code_24_has_no_warning():
    info = parse_nip("199507072025242015", KIND_PPPK, today=TODAY)
    assert info.pppk_code == "24"
    assert info.sex == "P"
    assert info.sequence == 15
    assert info.warnings == ()


def test_parse_pppk_unknown_code_warns_but_accepts():
    info = parse_nip("198503122024221003", KIND_PPPK, today=TODAY)
    assert info.pppk_code == "22"
    assert len(info.warnings) == 1
    assert "(22)" in info.warnings[0]
    assert "tidak dikenal" in info.warnings[0]


@pytest.mark.parametrize("raw", [
    "19850312 201001 1 003",
    "'198503122010011003",
    "  19850312.201001.1.003 ",
    "19850312-201001-1-003",
    "\u2019198503122010011003",
])
def test_parse_nip_accepts_common_spellings(raw):
    assert parse_nip(raw, today=TODAY).nip == PNS_NIP


def test_normalize_digits_strips_separators_and_apostrophe():
    assert normalize_digits(None) == ""
    assert normalize_digits("  '1985 03-12. ") == "19850312"
    assert normalize_digits("12a4") == "12a4"


def test_parse_nip_says_how_many_digits_were_given():
    with pytest.raises(RuleError) as err:
        parse_nip("19850312201001100", today=TODAY)
    assert err.value.message == "NIP harus 18 digit, yang diisi 17 digit."
    assert str(err.value) == err.value.message


def test_parse_nip_rejects_number_cell():
    with pytest.raises(RuleError, match="sebagai angka"):
        parse_nip(198503122010011003, today=TODAY)  # type: ignore[arg-type]


def test_parse_nip_rejects_spreadsheet_scientific_notation():
    with pytest.raises(RuleError, match="sel angka"):
        parse_nip("1.98503E+17", today=TODAY)


def test_parse_nip_rejects_letters():
    with pytest.raises(RuleError, match="hanya boleh berisi angka"):
        parse_nip("19850312201001100O", today=TODAY)


def test_parse_nip_rejects_blank():
    with pytest.raises(RuleError, match="belum diisi"):
        parse_nip("  ", today=TODAY)


@pytest.mark.parametrize(("raw", "fragment"), [
    ("198502302010011003", "Tanggal lahir pada NIP (30-02-1985)"),
    ("198513012010011003", "bukan tanggal yang sah"),
    ("193912312010011003", "Tahun lahir pada NIP (1939)"),
    ("202701012010011003", "masa depan"),
    ("198503122010131003", "Bulan TMT CPNS pada NIP (13)"),
    ("198503122002011003", "sebelum pegawai berusia 18 tahun"),
    ("198503122030011003", "terlalu jauh di masa depan"),
    ("198503122010013003", "harus 1 (laki-laki) atau 2 (perempuan)"),
    ("198503122010011000", "tidak boleh 000"),
])
def test_parse_pns_nip_rejects_impossible_parts(raw, fragment):
    with pytest.raises(RuleError) as err:
        parse_nip(raw, today=TODAY)
    assert fragment in err.value.message


def test_tmt_in_month_of_18th_birthday_is_accepted():
    assert parse_nip("198503122003031003", today=TODAY).tmt_cpns == date(2003, 3, 1)


def test_pppk_number_read_as_pns_hints_at_kind():
    with pytest.raises(RuleError, match="pilih jenis pegawai PPPK"):
        parse_nip(PPPK_NIP, KIND_PNS, today=TODAY)


@pytest.mark.parametrize(("raw", "fragment"), [
    ("198503122018211003", "PPPK pertama diangkat tahun 2019"),
    ("201001012024211003", "sebelum pegawai berusia 18 tahun"),
    ("198503122028211003", "masa depan"),
    ("198503122024215003", "digit ke-15: 5"),
    ("198503122024211000", "tidak boleh 000"),
])
def test_parse_pppk_nip_rejects_impossible_parts(raw, fragment):
    with pytest.raises(RuleError) as err:
        parse_nip(raw, KIND_PPPK, today=TODAY)
    assert fragment in err.value.message
    assert "NI PPPK" in err.value.message


def test_parse_nip_rejects_unknown_kind():
    with pytest.raises(RuleError, match="PNS atau PPPK"):
        parse_nip(PNS_NIP, "honorer")


def test_guess_nip_kind():
    assert guess_nip_kind(PNS_NIP) == KIND_PNS
    assert guess_nip_kind(PPPK_NIP) == KIND_PPPK
    assert guess_nip_kind("19850312 2025 24 2 001") == KIND_PPPK
    assert guess_nip_kind("198503122010121003") == KIND_PNS
    assert guess_nip_kind("198503122010001003") == KIND_PPPK


def test_format_nip():
    assert format_nip(PNS_NIP) == "19850312 201001 1 003"
    assert format_nip(PPPK_NIP) == "19850312 2024 21 1 003"
    assert format_nip("'19850312-201001-1-003") == "19850312 201001 1 003"
    assert format_nip(PPPK_NIP, KIND_PNS) == "19850312 202421 1 003"
    assert format_nip("12345") == "12345"
    assert format_nip("") == ""


def test_builders_compose_known_numbers():
    assert build_pns_nip(date(1985, 3, 12), date(2010, 1, 1), "L", 3) == PNS_NIP
    assert build_pppk_nip(date(1985, 3, 12), 2024, "21", "L", 3) == PPPK_NIP
    with pytest.raises(RuleError):
        build_pns_nip(date(1985, 3, 12), date(2010, 1, 1), "X", 3)
    with pytest.raises(RuleError):
        build_pppk_nip(date(1985, 3, 12), 2024, "21", "P", 1000)


@st.composite
def pns_parts(draw):
    born = draw(st.dates(date(1940, 1, 1), date(2007, 12, 31)))
    tmt_year = draw(st.integers(born.year + 19, TODAY.year))
    tmt = date(tmt_year, draw(st.integers(1, 12)), 1)
    return born, tmt, draw(st.sampled_from(["L", "P"])), draw(st.integers(1, 999))


@st.composite
def pppk_parts(draw):
    born = draw(st.dates(date(1940, 1, 1), date(2007, 12, 31)))
    year = draw(st.integers(max(2019, born.year + 18), TODAY.year + 1))
    code = draw(st.sampled_from(["21", "24"]))
    return born, year, code, draw(st.sampled_from(["L", "P"])), draw(st.integers(1, 999))


@settings(max_examples=150, deadline=None)
@given(pns_parts())
def test_pns_nip_round_trip(parts):
    born, tmt, sex, seq = parts
    nip = build_pns_nip(born, tmt, sex, seq)
    info = parse_nip(format_nip(nip), today=TODAY)
    assert (info.nip, info.birth_date, info.tmt_cpns, info.sex, info.sequence) == (nip, born, tmt, sex, seq)
    assert guess_nip_kind(nip) == KIND_PNS


@settings(max_examples=150, deadline=None)
@given(pppk_parts())
def test_pppk_nip_round_trip(parts):
    born, year, code, sex, seq = parts
    nip = build_pppk_nip(born, year, code, sex, seq)
    info = parse_nip(format_nip(nip), KIND_PPPK, today=TODAY)
    assert (info.birth_date, info.appointment_year, info.pppk_code, info.sex, info.sequence) == (
        born, year, code, sex, seq)
    assert info.warnings == ()
    assert guess_nip_kind(nip) == KIND_PPPK
