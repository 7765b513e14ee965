"""Tests for PPPK contract terms: default length, BUP cap and date checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.errors import RuleError
from models.rules.retirement import bup_month_end
from models.services.contracts.terms import (
    FULL_TIME,
    PART_TIME,
    ContractTerm,
    add_years,
    anniversary,
    default_contract_term,
    renewal_due_date,
    renewal_notice_months,
    term_end,
    validate_contract_dates,
)

YOUNG = date(1990, 6, 15)  # BUP 58 month end: 2048-06-30
OLD = date(1968, 7, 15)  # BUP 58 month end: 2026-07-31


def test_add_years():
    assert add_years(date(2024, 3, 1), 5) == date(2029, 3, 1)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_a_term_from_29_february_ends_on_28_february():
    assert term_end(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert term_end(date(2024, 2, 29), 4) == date(2028, 2, 28)
    assert term_end(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert anniversary(date(2024, 2, 29), 5) == date(2029, 3, 1)
    assert default_contract_term(date(2024, 2, 29), FULL_TIME, YOUNG, 58).end == date(2029, 2, 28)
    validate_contract_dates(date(2024, 2, 29), date(2029, 2, 28), FULL_TIME, YOUNG, 58)


def test_full_time_default_is_five_years_less_a_day():
    term = default_contract_term(date(2024, 3, 1), FULL_TIME, YOUNG, 58)
    assert term == ContractTerm(date(2024, 3, 1), date(2029, 2, 28), capped_by_bup=False)


def test_part_time_default_is_one_year_less_a_day():
    term = default_contract_term(date(2025, 10, 1), PART_TIME, YOUNG, 58)
    assert term == ContractTerm(date(2025, 10, 1), date(2026, 9, 30), capped_by_bup=False)


def test_full_time_shorter_term_on_request():
    assert default_contract_term(date(2024, 3, 1), FULL_TIME, YOUNG, 58, years=3).end == date(2027, 2, 28)


def test_term_is_capped_at_bup_month_end():
    term = default_contract_term(date(2024, 3, 1), FULL_TIME, OLD, 58)
    assert term == ContractTerm(date(2024, 3, 1), date(2026, 7, 31), capped_by_bup=True)
    assert default_contract_term(date(2024, 3, 1), FULL_TIME, OLD, 60).end == date(2028, 7, 31)
    assert default_contract_term(date(2024, 3, 1), FULL_TIME, OLD, 65).capped_by_bup is False


@pytest.mark.parametrize(("start", "kind", "years", "fragment"), [
    (date(2026, 8, 1), FULL_TIME, None, "batas usia pensiun"),
    (date(2026, 7, 31), FULL_TIME, None, "batas usia pensiun"),
    (date(2024, 3, 1), FULL_TIME, 0, "paling singkat 1 tahun"),
    (date(2024, 3, 1), FULL_TIME, 6, "paling lama 5 tahun"),
    (date(2024, 3, 1), PART_TIME, 2, "paruh waktu paling lama 1 tahun, bukan 2 tahun"),
    (date(2024, 3, 1), "honorer", None, "tidak dikenal"),
])
def test_default_contract_term_rejects(start, kind, years, fragment):
    with pytest.raises(RuleError) as err:
        default_contract_term(start, kind, OLD, 58, years)
    assert fragment in err.value.message


@pytest.mark.parametrize(("start", "end", "kind", "born"), [
    (date(2024, 3, 1), date(2029, 2, 28), FULL_TIME, YOUNG),
    (date(2024, 3, 1), date(2025, 2, 28), FULL_TIME, YOUNG),
    (date(2024, 3, 1), date(2026, 6, 30), FULL_TIME, YOUNG),
    (date(2025, 10, 1), date(2026, 9, 30), PART_TIME, YOUNG),
    (date(2026, 1, 1), date(2026, 7, 31), FULL_TIME, OLD),
    (date(2026, 1, 1), date(2026, 7, 31), PART_TIME, OLD),
])
def test_validate_accepts_allowed_terms(start, end, kind, born):
    validate_contract_dates(start, end, kind, born, 58)


@pytest.mark.parametrize(("start", "end", "kind", "born", "fragment"), [
    (date(2024, 3, 1), date(2024, 3, 1), FULL_TIME, YOUNG, "harus sesudah tanggal mulai"),
    (date(2024, 3, 1), date(2023, 3, 1), FULL_TIME, YOUNG, "harus sesudah tanggal mulai"),
    (date(2024, 3, 1), date(2024, 8, 31), FULL_TIME, YOUNG, "paling cepat berakhir 28 Februari 2025"),
    (date(2025, 10, 1), date(2026, 3, 31), PART_TIME, YOUNG, "paling singkat 1 tahun"),
    (date(2024, 3, 1), date(2029, 3, 1), FULL_TIME, YOUNG, "paling lambat berakhir 28 Februari 2029"),
    (date(2025, 10, 1), date(2026, 10, 1), PART_TIME, YOUNG, "paling lama 1 tahun"),
    (date(2026, 1, 1), date(2026, 8, 31), FULL_TIME, OLD, "melewati batas usia pensiun"),
    (date(2026, 1, 1), date(2026, 6, 30), FULL_TIME, OLD, "paling cepat berakhir 31 Juli 2026"),
    (date(2026, 8, 1), date(2027, 7, 31), FULL_TIME, OLD, "tidak menyisakan masa kontrak"),
])
def test_validate_rejects_with_reason(start, end, kind, born, fragment):
    with pytest.raises(RuleError) as err:
        validate_contract_dates(start, end, kind, born, 58)
    assert fragment in err.value.message


def test_renewal_notice():
    assert renewal_notice_months(FULL_TIME) == 6
    assert renewal_notice_months(PART_TIME) == 3
    assert renewal_due_date(date(2029, 2, 28), FULL_TIME) == date(2028, 8, 28)
    assert renewal_due_date(date(2026, 9, 30), PART_TIME) == date(2026, 6, 30)
    assert renewal_due_date(date(2026, 8, 31), FULL_TIME) == date(2026, 2, 28)
    assert renewal_due_date(date(2026, 2, 28), FULL_TIME) == date(2025, 8, 28)


@settings(max_examples=200, deadline=None)
@given(
    born=st.dates(date(1960, 1, 1), date(2005, 12, 31)),
    start=st.dates(date(2019, 1, 1), date(2035, 12, 31)),
    bup=st.sampled_from([58, 60, 65]),
    kind_years=st.sampled_from([(FULL_TIME, None), (FULL_TIME, 1), (FULL_TIME, 3), (PART_TIME, None)]),
)
def test_default_term_never_passes_bup_month_end_and_validates(born, start, bup, kind_years):
    kind, years = kind_years
    cap = bup_month_end(born, bup)
    natural_end = anniversary(start, years or (5 if kind == FULL_TIME else 1)) - timedelta(days=1)
    if start >= cap:
        with pytest.raises(RuleError):
            default_contract_term(start, kind, born, bup, years)
        return
    term = default_contract_term(start, kind, born, bup, years)
    assert term.start == start
    assert start < term.end <= cap
    if term.capped_by_bup:
        assert term.end == cap < natural_end
    else:
        assert term.end == natural_end <= cap
    validate_contract_dates(term.start, term.end, kind, born, bup)


def test_part_time_terms_follow_the_office_limits():
    from models.services.contracts.terms import TermLimits

    tapin = TermLimits(default_months=12, min_months=12, max_months=60)  # up to 5 years (Kab. Tapin, 2025)
    start = date(2025, 10, 1)
    assert default_contract_term(start, PART_TIME, YOUNG, 58, years=5, part_time=tapin).end == date(2030, 9, 30)
    validate_contract_dates(start, date(2030, 9, 30), PART_TIME, YOUNG, 58, part_time=tapin)
    with pytest.raises(RuleError, match="paling lama 5 tahun"):
        validate_contract_dates(start, date(2030, 10, 1), PART_TIME, YOUNG, 58, part_time=tapin)
    with pytest.raises(RuleError, match="paling lama 1 tahun"):  # without the office's limits: one year
        validate_contract_dates(start, date(2030, 9, 30), PART_TIME, YOUNG, 58)
    first_term = TermLimits(default_months=3, min_months=3, max_months=12)  # to the end of the budget year
    assert default_contract_term(start, PART_TIME, YOUNG, 58, part_time=first_term).end == date(2025, 12, 31)
    with pytest.raises(RuleError, match="paling singkat 3 bulan"):
        validate_contract_dates(start, date(2025, 11, 30), PART_TIME, YOUNG, 58, part_time=first_term)
    # The office's part-time limits never change a full-time contract.
    with pytest.raises(RuleError, match="paling singkat 1 tahun"):
        validate_contract_dates(start, date(2025, 12, 31), FULL_TIME, YOUNG, 58, part_time=first_term)


def test_term_end_in_months_completes_on_the_first_after_a_missing_day():
    assert term_end(date(2025, 1, 31), months=1) == date(2025, 2, 28)
    assert term_end(date(2025, 10, 1), months=3) == date(2025, 12, 31)
    assert term_end(date(2025, 11, 30), months=3) == date(2026, 2, 28)
