"""Tests for the retirement age (BUP) and the retirement dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.errors import RuleError
from models.rules.retirement import (
    ADMINISTRATOR,
    FUNGSIONAL,
    JPT,
    PELAKSANA,
    PENGAWAS,
    bup_month_end,
    default_bup,
    retirement_date,
)


@pytest.mark.parametrize(("jenis", "jenjang", "group", "bup"), [
    (ADMINISTRATOR, None, None, 58),
    (PENGAWAS, None, None, 58),
    (PELAKSANA, None, None, 58),
    (PELAKSANA, None, "teknis", 58),
    (JPT, None, None, 60),
    ("jpt", None, None, 60),
    (FUNGSIONAL, "ahli_utama", None, 65),
    (FUNGSIONAL, "ahli_madya", None, 60),
    (FUNGSIONAL, "ahli_muda", "kesehatan", 58),
    (FUNGSIONAL, "ahli_pertama", None, 58),
    (FUNGSIONAL, "penyelia", None, 58),
    (FUNGSIONAL, "mahir", None, 58),
    (FUNGSIONAL, "terampil", "operasional", 58),
    (FUNGSIONAL, "pemula", None, 58),
    (FUNGSIONAL, "ahli_pertama", "guru", 60),
    (FUNGSIONAL, "ahli_utama", "guru", 60),
    (PELAKSANA, None, "guru", 60),
    (FUNGSIONAL, "Ahli Madya", None, 60),
    ("Fungsional", "ahli-utama", None, 65),
])
def test_default_bup(jenis, jenjang, group, bup):
    assert default_bup(jenis, jenjang, group) == bup


def test_default_bup_needs_jenjang_for_fungsional():
    with pytest.raises(RuleError, match="Jenjang jabatan fungsional belum diisi"):
        default_bup(FUNGSIONAL)


@pytest.mark.parametrize(("jenis", "jenjang", "group"), [
    ("honorer", None, None), (FUNGSIONAL, "ahli_super", None), (PELAKSANA, None, "olahraga"),
])
def test_default_bup_rejects_unknown_values(jenis, jenjang, group):
    with pytest.raises(RuleError, match="tidak dikenal"):
        default_bup(jenis, jenjang, group)


def test_retirement_date_is_first_day_of_next_month():
    assert retirement_date(date(1966, 5, 20), 58) == date(2024, 6, 1)
    assert retirement_date(date(1966, 5, 1), 58) == date(2024, 6, 1)
    assert retirement_date(date(1966, 12, 5), 58) == date(2025, 1, 1)


def test_bup_month_end():
    assert bup_month_end(date(1966, 5, 20), 58) == date(2024, 5, 31)
    assert bup_month_end(date(1966, 4, 2), 60) == date(2026, 4, 30)


def test_29_february_birthday():
    assert retirement_date(date(1964, 2, 29), 58) == date(2022, 3, 1)
    assert bup_month_end(date(1964, 2, 29), 58) == date(2022, 2, 28)
    assert bup_month_end(date(1964, 2, 29), 60) == date(2024, 2, 29)


@pytest.mark.parametrize("bup", [0, 49, 71, -58])
def test_implausible_bup_is_rejected(bup):
    with pytest.raises(RuleError, match="Batas usia pensiun"):
        retirement_date(date(1966, 5, 20), bup)


@settings(max_examples=200, deadline=None)
@given(born=st.dates(date(1940, 1, 1), date(2008, 12, 31)), bup=st.sampled_from([58, 60, 65]))
def test_retirement_date_follows_bup_month_end(born, bup):
    end = bup_month_end(born, bup)
    assert retirement_date(born, bup) == end + timedelta(days=1)
    assert (end.year, end.month) == (born.year + bup, born.month)
