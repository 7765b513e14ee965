"""Demo contracts: each PPPK's chain of Perjanjian Kerja from the first appointment to today."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from models.demo import catalog
from models.demo.people import Appointment
from models.demo.rows import RowStamper
from models.rules.formatting import to_roman
from models.services.contracts.pay import shipped_ranges
from models.services.contracts.terms import default_contract_term, renewal_notice_months
from models.services.organization import number_pattern_problems

ONE_DAY = timedelta(days=1)
KIND_BY_STATUS = {"PPPK": "full_time", "PPPK_PW": "part_time"}


class ContractBuilder:
    def __init__(self, rng: random.Random, rows: RowStamper, today: date, signing_city: str,
                 number_pattern: str) -> None:
        if number_pattern_problems(number_pattern):
            raise ValueError(f"pola nomor perjanjian tidak sah: {number_pattern}")
        self.rng = rng
        self.rows = rows
        self.today = today
        self.city = signing_city
        self.pattern = number_pattern
        self._sequence_by_year: dict[int, int] = {}

    def _number(self, signed: date) -> str:
        sequence = self._sequence_by_year.get(signed.year, 0) + 1
        self._sequence_by_year[signed.year] = sequence
        return self.pattern.format(seq=sequence, year=signed.year, month=f"{signed.month:02d}",
                                   roman_month=to_roman(signed.month))

    def _salary(self, person: Appointment) -> Decimal:
        """The first contract's pay: the office's upah for the jabatan group, or the gaji pokok at masa kerja
        golongan 0 (Perpres 11/2024); a renewal keeps it, as renew_contracts does."""
        if person.status == "PPPK_PW":
            return Decimal(catalog.PW_WAGE_BY_GROUP[person.group])
        return shipped_ranges()[person.golongan or "I"][0]

    def add_chain(self, person: Appointment) -> int:
        """Contracts from the TMT to today, the earlier ones renewed; sometimes a drafted next one."""
        kind = KIND_BY_STATUS[person.status]
        minutes = self.rng.choices(catalog.PW_WEEKLY_HOURS, catalog.PW_WEEKLY_HOURS_WEIGHTS)[0] * 60 \
            if kind == "part_time" else None
        start = person.tmt
        previous_id = None
        made = 0
        while True:
            term = default_contract_term(start, kind, person.birth_date, person.bup)
            current = term.end >= self.today
            signed = min(start + timedelta(days=self.rng.randint(0, 25)), self.today)
            previous_id = self._add(person, kind, term.start, term.end, minutes, signed,
                                    "active" if current else "renewed", previous_id)
            made += 1
            if current or term.capped_by_bup:
                break
            start = term.end + ONE_DAY
        if current and not term.capped_by_bup and self._renewal_due(term.end, kind) and self.rng.random() < 0.35:
            nxt = default_contract_term(term.end + ONE_DAY, kind, person.birth_date, person.bup)
            self._add(person, kind, nxt.start, nxt.end, minutes, None, "draft", previous_id)
            made += 1
        return made

    def _renewal_due(self, end: date, kind: str) -> bool:
        return (end - self.today).days <= renewal_notice_months(kind) * 31

    def _add(self, person: Appointment, kind: str, start: date, end: date, minutes: int | None,
             signed: date | None, status: str, renews_id: int | None) -> int:
        changed = datetime.combine(signed, time(9, 0)) if signed else None
        return self.rows.add(
            "contract",
            number=self._number(signed) if signed else None, employee_id=person.employee_id, kind=kind,
            start_date=start, end_date=end, golongan=person.golongan, salary=self._salary(person),
            weekly_minutes=minutes, signing_date=signed, signing_place=self.city if signed else None,
            status=status, status_changed_at=changed, status_changed_by="admin" if signed else None,
            renews_id=renews_id, end_reason=None,
        )
