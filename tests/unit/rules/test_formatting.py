"""Tests for Indonesian display of names, rupiah, numbers and dates."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.rules.errors import RuleError
from models.rules.formatting import (
    date_in_words,
    day_name_id,
    format_date_id,
    format_date_short,
    format_number,
    format_rupiah,
    full_name,
    month_name_id,
    number_in_words,
    preamble_date_parts,
    rupiah_in_words,
    rupiah_with_words,
    to_roman,
)


@pytest.mark.parametrize(("args", "expected"), [
    (("Siti Aminah", "dr.", "Sp.A"), "dr. Siti Aminah, Sp.A"),
    (("Budi Santoso", None, "S.Kep., Ners"), "Budi Santoso, S.Kep., Ners"),
    (("Budi Santoso", "", "  "), "Budi Santoso"),
    (("  Budi   Santoso ", "Drs.", None), "Drs. Budi Santoso"),
    (("Rina", None, ", S.Pd."), "Rina, S.Pd."),
    (("ANDI", "Ir. H.", "M.T."), "Ir. H. ANDI, M.T."),
])
def test_full_name(args, expected):
    assert full_name(*args) == expected


# What a contract prints, fixed here so that no library upgrade or OS locale can change a signed paper or its seal.
PRINTED_AMOUNTS = [
    (0, "Rp0,00"),
    (1, "Rp1,00"),
    (999, "Rp999,00"),
    (1000, "Rp1.000,00"),
    (1938500, "Rp1.938.500,00"),
    (2950000, "Rp2.950.000,00"),
    (3600000, "Rp3.600.000,00"),
    (7329000, "Rp7.329.000,00"),
    (1001000000, "Rp1.001.000.000,00"),
    (Decimal("2950000"), "Rp2.950.000,00"),
    (Decimal("2950000.00"), "Rp2.950.000,00"),
    (Decimal("2950000.5"), "Rp2.950.000,50"),
    (Decimal("1234.005"), "Rp1.234,01"),  # sen rounded half up
    (Decimal("1234.004"), "Rp1.234,00"),
    (-2500, "-Rp2.500,00"),
]


@pytest.mark.parametrize(("amount", "printed"), PRINTED_AMOUNTS)
def test_printed_rupiah_is_fixed(amount, printed):
    assert format_rupiah(amount) == printed


def test_printed_rupiah_ignores_the_process_locale():
    import locale

    old = locale.setlocale(locale.LC_ALL)
    for name in ("de_DE.UTF-8", "en_US.UTF-8", "C.UTF-8"):
        try:
            locale.setlocale(locale.LC_ALL, name)
        except locale.Error:
            continue
        try:
            assert format_rupiah(2950000) == "Rp2.950.000,00"
            assert format_number(1001000) == "1.001.000"
        finally:
            locale.setlocale(locale.LC_ALL, old)


@pytest.mark.parametrize(("n", "words"), [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (100, "seratus"),
    (101, "seratus satu"),
    (111, "seratus sebelas"),
    (250, "dua ratus lima puluh"),
    (1000, "seribu"),
    (1100, "seribu seratus"),
    (2000, "dua ribu"),
    (11000, "sebelas ribu"),
    (101000, "seratus satu ribu"),
    (1000000, "satu juta"),
    (1000001, "satu juta satu"),
    (1001000, "satu juta seribu"),
    (2001500, "dua juta seribu lima ratus"),
    (2950000, "dua juta sembilan ratus lima puluh ribu"),
    (1001000000, "satu miliar satu juta"),
    (1000001000, "satu miliar seribu"),
    (10000000000, "sepuluh miliar"),
    (1000000000000, "satu triliun"),
    (2026, "dua ribu dua puluh enam"),
])
def test_terbilang_table(n, words):
    assert number_in_words(n) == words


def test_terbilang_refuses_beyond_hundreds_of_trillions():
    assert number_in_words(999_999_999_999_999).startswith("sembilan ratus sembilan puluh sembilan triliun")
    with pytest.raises(ValueError, match="triliun"):
        number_in_words(10**15)


def test_format_rupiah_has_no_space_after_rp():
    assert format_rupiah(2950000) == "Rp2.950.000,00"
    assert format_rupiah(Decimal("2950000.50")) == "Rp2.950.000,50"
    assert format_rupiah(0) == "Rp0,00"
    assert "\xa0" not in format_rupiah(1938500)


def test_format_rupiah_refuses_floats():
    with pytest.raises(TypeError):
        format_rupiah(2950000.0)  # type: ignore[arg-type]


def test_number_in_words():
    assert number_in_words(2950000) == "dua juta sembilan ratus lima puluh ribu"
    assert number_in_words(1000) == "seribu"
    assert number_in_words(0) == "nol"
    assert number_in_words(-5) == "minus lima"


@pytest.mark.parametrize("bad", [1.5, 3.0, True, Decimal("3"), "3"])
def test_number_in_words_refuses_non_integers(bad):
    with pytest.raises(TypeError):
        number_in_words(bad)


def test_rupiah_in_words():
    assert rupiah_in_words(2950000) == "dua juta sembilan ratus lima puluh ribu rupiah"
    assert rupiah_in_words(Decimal("4189900.00")) == (
        "empat juta seratus delapan puluh sembilan ribu sembilan ratus rupiah")
    with pytest.raises(ValueError, match="sen"):
        rupiah_in_words(Decimal("2950000.50"))
    with pytest.raises(TypeError):
        rupiah_in_words(2950000.0)  # type: ignore[arg-type]


def test_rupiah_with_words():
    assert rupiah_with_words(2950000) == "Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)"


def test_dates():
    d = date(2026, 11, 22)
    assert format_date_id(d) == "22 November 2026"
    assert format_date_id(date(2025, 10, 1)) == "1 Oktober 2025"
    assert format_date_short(d) == "22-11-2026"
    assert format_date_short(date(2025, 10, 1)) == "01-10-2025"
    assert day_name_id(d) == "Minggu"
    assert day_name_id(date(2026, 11, 23)) == "Senin"
    assert month_name_id(2) == "Februari"
    assert month_name_id(8) == "Agustus"


@pytest.mark.parametrize("bad", [0, 13, -1])
def test_month_name_rejects_out_of_range(bad):
    with pytest.raises(RuleError, match="Bulan"):
        month_name_id(bad)


@given(st.dates(date(1940, 1, 1), date(2100, 12, 31)))
def test_long_date_is_day_month_name_year(d):
    assert format_date_id(d) == f"{d.day} {month_name_id(d.month)} {d.year}"
    assert day_name_id(d) == day_name_id(d + timedelta(days=7))


def test_every_weekday_name():
    monday = date(2026, 11, 16)
    names = [day_name_id(monday + timedelta(days=i)) for i in range(7)]
    assert names == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def test_preamble_date_parts():
    assert preamble_date_parts(date(2026, 11, 22)) == {
        "hari": "Minggu",
        "tanggal_terbilang": "dua puluh dua",
        "bulan": "November",
        "tahun_terbilang": "dua ribu dua puluh enam",
    }
    assert preamble_date_parts(date(2025, 10, 1))["tanggal_terbilang"] == "satu"
    assert date_in_words(date(2026, 11, 22)) == "dua puluh dua November dua ribu dua puluh enam"


@pytest.mark.parametrize(("n", "roman"), [
    (1, "I"), (4, "IV"), (9, "IX"), (11, "XI"), (12, "XII"), (14, "XIV"), (40, "XL"),
    (90, "XC"), (400, "CD"), (1994, "MCMXCIV"), (2026, "MMXXVI"), (3999, "MMMCMXCIX"),
])
def test_to_roman(n, roman):
    assert to_roman(n) == roman


@pytest.mark.parametrize("bad", [0, 4000, -3])
def test_to_roman_rejects_out_of_range(bad):
    with pytest.raises(RuleError):
        to_roman(bad)


_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _from_roman(text: str) -> int:
    total = 0
    for here, nxt in zip(text, [*text[1:], None], strict=True):
        value = _VALUES[here]
        total += -value if nxt is not None and _VALUES[nxt] > value else value
    return total


@given(st.integers(1, 3999))
def test_to_roman_reads_back(n):
    assert _from_roman(to_roman(n)) == n


@pytest.mark.parametrize(("n", "expected"), [(0, "0"), (999, "999"), (2000, "2.000"), (-1234567, "-1.234.567")])
def test_format_number_groups_thousands_with_dots(n, expected):
    assert format_number(n) == expected


def test_format_number_refuses_floats():
    with pytest.raises(TypeError):
        format_number(2000.0)
