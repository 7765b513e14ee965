"""Contract numbers from the office's pattern, with a sequence per pattern and year that never gives a number twice.

The sequence lives in its own table (contract_number_sequence), so deleting a contract never frees its number.
When a sequence is first used, it starts after the highest number already in the database that the pattern
could have made, so numbers imported or typed in earlier are not given again either.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Contract, ContractNumberSequence, Office
from models.entities.organization import DEFAULT_NUMBER_PATTERN
from models.rules.formatting import to_roman
from models.services.errors import DomainError
from models.services.organization import number_pattern_problems
from models.vocabulary import ContractKind

_PLACEHOLDER = re.compile(r"{([^{}]*)}")
NUMBER_MAX_LENGTH = 120


def number_pattern_for(office: Office | None, kind: ContractKind) -> str:
    """The pattern a contract of this kind is numbered with: the part-time one when the office set it."""
    if office is None:
        return DEFAULT_NUMBER_PATTERN
    if kind is ContractKind.PART_TIME and office.contract_number_pattern_pw:
        return office.contract_number_pattern_pw
    return office.contract_number_pattern or DEFAULT_NUMBER_PATTERN


def series_year(pattern: str, on: date) -> int:
    """The year a sequence counts in: the number's year, or 0 when the pattern has no {year} (one long run)."""
    return on.year if "{year}" in pattern else 0


def render_number(pattern: str, seq: int, on: date) -> str:
    """The number for `seq` on date `on`: "{seq}/PPPK/BKPSDM/{roman_month}/{year}" -> "12/PPPK/BKPSDM/X/2025"."""
    problems = number_pattern_problems(pattern)
    if problems:
        raise DomainError(f"Pola nomor perjanjian '{pattern}' tidak dapat dipakai: {'; '.join(problems)}.")
    values = {"seq": str(seq), "year": str(on.year), "month": f"{on.month:02d}", "roman_month": to_roman(on.month)}
    number = _PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern)
    if len(number) > NUMBER_MAX_LENGTH:
        raise DomainError(f"Nomor perjanjian '{number}' lebih dari {NUMBER_MAX_LENGTH} karakter; perpendek polanya.")
    return number


def _number_regex(pattern: str, year: int) -> re.Pattern[str]:
    """What numbers made by `pattern` in `year` look like, with the sequence as group 1."""
    parts = []
    position = 0
    grouped = False
    for match in _PLACEHOLDER.finditer(pattern):
        parts.append(re.escape(pattern[position:match.start()]))
        name = match.group(1)
        if name == "seq":
            parts.append(r"\d+" if grouped else r"(\d+)")
            grouped = True
        elif name == "year":
            parts.append(str(year) if year else r"\d{4}")
        elif name == "month":
            parts.append(r"\d{2}")
        else:  # roman_month
            parts.append(r"[IVXLCDM]+")
        position = match.end()
    parts.append(re.escape(pattern[position:]))
    return re.compile("".join(parts))


def _literal_prefix(pattern: str) -> str:
    return pattern.split("{", 1)[0]


class NumberAllocator:
    """Gives contract numbers inside one transaction; the caller's commit makes them final."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._sequences: dict[tuple[str, int], ContractNumberSequence] = {}
        self._taken: dict[str, set[str]] = {}  # by literal prefix: numbers already in the database

    def _taken_numbers(self, pattern: str) -> set[str]:
        prefix = _literal_prefix(pattern)
        if prefix not in self._taken:
            stmt = select(Contract.number).where(Contract.number.is_not(None))
            if prefix:
                stmt = stmt.where(Contract.number.startswith(prefix, autoescape=True))
            self._taken[prefix] = set(self.session.scalars(stmt))
        return self._taken[prefix]

    def _sequence(self, pattern: str, year: int) -> ContractNumberSequence:
        key = (pattern, year)
        row = self._sequences.get(key)
        if row is None:
            row = self.session.scalars(
                select(ContractNumberSequence)
                .where(ContractNumberSequence.series == pattern, ContractNumberSequence.year == year)
                .with_for_update()  # PostgreSQL: two clerks printing at once wait for each other
            ).first()
            if row is None:
                regex = _number_regex(pattern, year)
                highest = 0
                for number in self._taken_numbers(pattern):
                    match = regex.fullmatch(number)
                    if match:
                        highest = max(highest, int(match.group(1)))
                row = ContractNumberSequence(series=pattern, year=year, last_seq=highest)
                self.session.add(row)
            self._sequences[key] = row
        return row

    def next_number(self, pattern: str, on: date) -> str:
        """The next unused number for `pattern` dated `on`; the sequence moves on even past numbers in use."""
        sequence = self._sequence(pattern, series_year(pattern, on))
        taken = self._taken_numbers(pattern)
        while True:
            sequence.last_seq += 1
            number = render_number(pattern, sequence.last_seq, on)
            if number not in taken:
                taken.add(number)
                return number
