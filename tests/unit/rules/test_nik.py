"""Tests for NIK parsing and building."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.id import nik as stdnum_nik

from models.rules.errors import RuleError
from models.rules.nik import build_nik, is_well_formed_nik, parse_nik

TODAY = date(2026, 6, 1)


def test_parse_nik_man():
    info = parse_nik("3171011708450001", today=TODAY)
    assert info.nik == "3171011708450001"
    assert info.region_code == "31.71.01"
    assert info.birth_date == date(1945, 8, 17)
    assert info.sex == "L"
    assert info.sequence == 1


def test_parse_nik_woman_has_40_added_to_day():
    info = parse_nik("6271015203850123", today=TODAY)
    assert info.sex == "P"
    assert info.birth_date == date(1985, 3, 12)
    assert info.region_code == "62.71.01"
    assert info.sequence == 123


def test_parse_nik_picks_century_that_is_not_in_the_future():
    assert parse_nik("6271014403250002", today=TODAY).birth_date == date(2025, 3, 4)
    assert parse_nik("6271014403250002", today=date(2024, 1, 1)).birth_date == date(1925, 3, 4)
    # 2026-06-02 is one day after TODAY, so the birth must be 1926.
    assert parse_nik("6271010206260001", today=TODAY).birth_date == date(1926, 6, 2)
    assert parse_nik("6271010106260001", today=TODAY).birth_date == date(2026, 6, 1)


def test_parse_nik_29_february_2000():
    assert parse_nik("3171012902001234", today=TODAY).birth_date == date(2000, 2, 29)


def test_parse_nik_accepts_separators_and_apostrophe():
    assert parse_nik("'31.71.01 170845 0001", today=TODAY).nik == "3171011708450001"


@pytest.mark.parametrize(("raw", "fragment"), [
    ("31710117084500", "NIK harus 16 digit, yang diisi 14 digit."),
    ("3171013002011234", "Tanggal lahir pada NIK (30-02-01)"),
    ("3171013508851234", "bukan tanggal yang sah"),
    ("3171010008851234", "bukan tanggal yang sah"),
    ("3171017508851234", "bukan tanggal yang sah"),
    ("9971011708450001", "Kode wilayah pada NIK (99.71.01)"),
    ("31710117O8450001", "hanya boleh berisi angka"),
])
def test_parse_nik_rejects_with_reason(raw, fragment):
    with pytest.raises(RuleError) as err:
        parse_nik(raw, today=TODAY)
    assert fragment in err.value.message


def test_parse_nik_rejects_number_cell():
    with pytest.raises(RuleError, match="sebagai angka"):
        parse_nik(3171011708450001)  # type: ignore[arg-type]


def test_is_well_formed_nik():
    assert is_well_formed_nik("9971011708450001")
    assert is_well_formed_nik("3171 0117 0845 0001")
    assert not is_well_formed_nik("317101170845")
    assert not is_well_formed_nik(None)


def test_build_nik():
    assert build_nik("62.71.01", date(1990, 5, 4), "P", 12) == "6271014405900012"
    assert build_nik("627101", date(1990, 5, 4), "L", 12) == "6271010405900012"
    with pytest.raises(RuleError, match="enam digit"):
        build_nik("62.71", date(1990, 5, 4), "L", 1)
    with pytest.raises(RuleError):
        build_nik("627101", date(1990, 5, 4), "L", 0)


@settings(max_examples=200, deadline=None)
@given(
    region=st.sampled_from(["62.71.01", "31.71.05", "11.01.02", "35.78.10", "94.71.03"]),
    born=st.dates(date(1927, 6, 2), TODAY),
    sex=st.sampled_from(["L", "P"]),
    seq=st.integers(1, 9999),
)
def test_nik_round_trip(region, born, sex, seq):
    nik = build_nik(region, born, sex, seq)
    assert stdnum_nik.is_valid(nik)
    info = parse_nik(nik, today=TODAY)
    assert (info.region_code, info.birth_date, info.sex, info.sequence) == (region, born, sex, seq)
