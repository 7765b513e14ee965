"""Terms of a PPPK work contract: default length, BUP cap, date checks and renewal notice."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from models.rules.errors import RuleError
from models.rules.formatting import format_date_id
from models.rules.retirement import bup_month_end

FULL_TIME = "full_time"
PART_TIME = "part_time"
KINDS = (FULL_TIME, PART_TIME)

# PP 49/2018: at least 1 year, at most 5 years per contract.
# KepmenPANRB 16/2025: PPPK paruh waktu is contracted one year at a time.
_DEFAULT_YEARS = {FULL_TIME: 5, PART_TIME: 1}
_MAX_YEARS = {FULL_TIME: 5, PART_TIME: 1}
_MIN_YEARS = 1
# PermenPANRB 70/2020 asks for the renewal 6 months ahead; part-time offices work to 3 months.
_NOTICE_MONTHS = {FULL_TIME: 6, PART_TIME: 3}
_KIND_LABELS = {FULL_TIME: "PPPK penuh waktu", PART_TIME: "PPPK paruh waktu"}
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ContractTerm:
    """Start and end of a contract (both inclusive); capped_by_bup when the BUP cut it short."""

    start: date
    end: date
    capped_by_bup: bool


def add_months(d: date, months: int) -> date:
    """The same day `months` later, clamped to the last day of a shorter month."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


def add_years(d: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def anniversary(d: date, years: int) -> date:
    """The day `years` later on which a term of whole years from `d` is complete: 29 February's is 1 March in a
    common year (the term has then run every day up to and including 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return date(d.year + years, 3, 1)


def term_end(start: date, years: int) -> date:
    """End of a term of whole years, inclusive: 1 Maret 2024 + 5 years -> 28 Februari 2029, and so does
    29 Februari 2024 + 5 years (not 27 Februari)."""
    return anniversary(start, years) - _ONE_DAY


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise RuleError(f"Jenis kontrak '{kind}' tidak dikenal; pilih penuh waktu atau paruh waktu.")
    return kind


def _check_start(start: date, cap: date) -> None:
    # Starting on the BUP month end itself would leave a one-day contract: treat it as too late too.
    if start >= cap:
        raise RuleError(
            f"Tanggal mulai kontrak ({format_date_id(start)}) tidak menyisakan masa kontrak sebelum batas "
            f"usia pensiun (akhir bulan BUP: {format_date_id(cap)})."
        )


def _check_years(years: int, kind: str) -> None:
    label = _KIND_LABELS[kind]
    if years < _MIN_YEARS:
        raise RuleError(f"Masa kontrak paling singkat {_MIN_YEARS} tahun, bukan {years} tahun.")
    if kind == PART_TIME and years != _MAX_YEARS[PART_TIME]:
        raise RuleError(
            f"Kontrak {label} diperpanjang setiap tahun; masa kontrak harus 1 tahun, bukan {years} tahun."
        )
    if years > _MAX_YEARS[kind]:
        raise RuleError(f"Masa kontrak {label} paling lama {_MAX_YEARS[kind]} tahun, bukan {years} tahun.")


def default_contract_term(start: date, kind: str, birth_date: date, bup: int,
                          years: int | None = None) -> ContractTerm:
    """Default term: 5 years full-time, 1 year part-time, ending a day before the anniversary, BUP-capped."""
    kind = _check_kind(kind)
    years = _DEFAULT_YEARS[kind] if years is None else years
    _check_years(years, kind)
    cap = bup_month_end(birth_date, bup)
    _check_start(start, cap)
    end = term_end(start, years)
    if end > cap:
        return ContractTerm(start, cap, capped_by_bup=True)
    return ContractTerm(start, end, capped_by_bup=False)


def validate_contract_dates(start: date, end: date, kind: str, birth_date: date, bup: int) -> None:
    """Raise RuleError unless start..end is a term this kind of contract allows for this person."""
    kind = _check_kind(kind)
    cap = bup_month_end(birth_date, bup)
    _check_start(start, cap)
    if end <= start:
        raise RuleError(
            f"Tanggal akhir kontrak ({format_date_id(end)}) harus sesudah "
            f"tanggal mulai ({format_date_id(start)})."
        )
    if end > cap:
        raise RuleError(
            f"Tanggal akhir kontrak ({format_date_id(end)}) melewati batas usia pensiun "
            f"(akhir bulan BUP: {format_date_id(cap)})."
        )
    # A term shorter than a year is allowed only when it runs right up to the BUP month end.
    shortest = min(term_end(start, _MIN_YEARS), cap)
    if end < shortest:
        raise RuleError(
            f"Masa kontrak paling singkat 1 tahun: dari {format_date_id(start)} paling cepat berakhir "
            f"{format_date_id(shortest)}, bukan {format_date_id(end)}."
        )
    longest = term_end(start, _MAX_YEARS[kind])
    if end > longest:
        raise RuleError(
            f"Masa kontrak {_KIND_LABELS[kind]} paling lama {_MAX_YEARS[kind]} tahun: dari "
            f"{format_date_id(start)} paling lambat berakhir {format_date_id(longest)}, "
            f"bukan {format_date_id(end)}."
        )


def renewal_notice_months(kind: str) -> int:
    """How many months before the end a renewal must be proposed: 6 full-time, 3 part-time."""
    return _NOTICE_MONTHS[_check_kind(kind)]


def renewal_due_date(end: date, kind: str) -> date:
    """Last day to propose the renewal: the contract end minus the notice months (clamped to month end)."""
    year, month0 = divmod(end.year * 12 + end.month - 1 - renewal_notice_months(kind), 12)
    month = month0 + 1
    return date(year, month, min(end.day, calendar.monthrange(year, month)[1]))
