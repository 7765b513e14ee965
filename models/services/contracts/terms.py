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
# KepmenPANRB 16/2025: PPPK paruh waktu is contracted one year at a time; an office may set its own term
# (some contract up to 5 years, or a shorter first term): those limits are office data (office.pw_term_*).
# PermenPANRB 70/2020 asks for the renewal 6 months ahead; part-time offices work to 3 months.
_NOTICE_MONTHS = {FULL_TIME: 6, PART_TIME: 3}
_KIND_LABELS = {FULL_TIME: "PPPK penuh waktu", PART_TIME: "PPPK paruh waktu"}
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class TermLimits:
    """How long a contract of one kind runs by default, and the shortest and longest term allowed, in months."""

    default_months: int
    min_months: int
    max_months: int


FULL_TIME_LIMITS = TermLimits(60, 12, 60)
PART_TIME_LIMITS = TermLimits(12, 12, 12)  # until the office says otherwise


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


def month_anniversary(d: date, months: int) -> date:
    """The day a term of `months` from `d` is complete: the same day `months` later, or, where that month is too
    short for it (31 January + 1 month, 29 February + 5 years), the 1st of the month after."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    try:
        return date(year, month0 + 1, d.day)
    except ValueError:
        year, month0 = divmod(year * 12 + month0 + 1, 12)
        return date(year, month0 + 1, 1)


def anniversary(d: date, years: int) -> date:
    """The day `years` later on which a term of whole years from `d` is complete: 29 February's is 1 March in a
    common year (the term has then run every day up to and including 28 February)."""
    return month_anniversary(d, 12 * years)


def term_end(start: date, years: int = 0, months: int = 0) -> date:
    """End of a term, inclusive: 1 Maret 2024 + 5 years -> 28 Februari 2029, and so does 29 Februari 2024 + 5 years
    (not 27 Februari); 1 Oktober 2025 + 3 months -> 31 Desember 2025."""
    return month_anniversary(start, 12 * years + months) - _ONE_DAY


def limits_for(kind: str, part_time: TermLimits | None = None) -> TermLimits:
    return FULL_TIME_LIMITS if _check_kind(kind) == FULL_TIME else (part_time or PART_TIME_LIMITS)


def months_text(months: int) -> str:
    years, rest = divmod(months, 12)
    if not rest:
        return f"{years} tahun"
    return f"{years} tahun {rest} bulan" if years else f"{rest} bulan"


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


def _check_months(months: int, kind: str, limits: TermLimits) -> None:
    label = _KIND_LABELS[kind]
    if months < limits.min_months:
        raise RuleError(f"Masa kontrak {label} paling singkat {months_text(limits.min_months)}, bukan "
                        f"{months_text(months)}.")
    if months > limits.max_months:
        raise RuleError(f"Masa kontrak {label} paling lama {months_text(limits.max_months)}, bukan "
                        f"{months_text(months)}.")


def default_contract_term(start: date, kind: str, birth_date: date, bup: int, years: int | None = None, *,
                          months: int | None = None, part_time: TermLimits | None = None) -> ContractTerm:
    """Default term (5 years full-time; part-time the office's, 1 year unless it says otherwise), ending a day
    before the anniversary and capped at the end of the BUP month; `years` or `months` ask for another length."""
    limits = limits_for(kind, part_time)
    length = months if months is not None else (12 * years if years is not None else limits.default_months)
    _check_months(length, kind, limits)
    cap = bup_month_end(birth_date, bup)
    _check_start(start, cap)
    end = term_end(start, months=length)
    if end > cap:
        return ContractTerm(start, cap, capped_by_bup=True)
    return ContractTerm(start, end, capped_by_bup=False)


def validate_contract_dates(start: date, end: date, kind: str, birth_date: date, bup: int, *,
                            part_time: TermLimits | None = None) -> None:
    """Raise RuleError unless start..end is a term this kind of contract allows for this person."""
    limits = limits_for(kind, part_time)
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
    # A term shorter than the least is allowed only when it runs right up to the BUP month end.
    shortest = min(term_end(start, months=limits.min_months), cap)
    if end < shortest:
        raise RuleError(
            f"Masa kontrak {_KIND_LABELS[kind]} paling singkat {months_text(limits.min_months)}: dari "
            f"{format_date_id(start)} paling cepat berakhir {format_date_id(shortest)}, bukan {format_date_id(end)}."
        )
    longest = term_end(start, months=limits.max_months)
    if end > longest:
        raise RuleError(
            f"Masa kontrak {_KIND_LABELS[kind]} paling lama {months_text(limits.max_months)}: dari "
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
