"""Printing in the contract lifecycle: numbers given on first print, drafts marked printed.

A signing ceremony prints thousands of contracts at once, so these two use one UPDATE statement executed
for many rows (each still checked against its row version) and one bulk insert of audit entries, instead of
loading every contract as an object.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from models.clock import utcnow
from models.entities import AuditEntry, Contract, Employee, Office
from models.services.audit import Actor, json_value
from models.services.contracts.lifecycle import first_office, stale_edit, today_or
from models.services.contracts.numbers import NumberAllocator, number_pattern_for
from models.services.errors import ConcurrentEdit, FieldProblem, NotFound, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import ContractStatus

CHUNK = 900
_COLUMNS = (Contract.id, Contract.uuid, Contract.version, Contract.kind, Contract.status, Contract.number,
            Contract.start_date,
            Contract.signing_date, Contract.printed_at, Contract.printed_by, Contract.status_changed_at,
            Contract.status_changed_by, Employee.name, Employee.nip)


@dataclass(frozen=True)
class PrintStamp:
    """A contract as printing left it."""

    contract_id: int
    number: str
    status: ContractStatus
    version: int
    printed_at: datetime | None
    printed_by: str | None


def number_date(office: Office | None, row: Row, printed_on: date) -> date:
    """The day whose month and year a new number carries: the signing date once it is set, else, as the office
    chose, the day of printing or the day the contract starts (a contract starting 1 Juni 2027 printed in
    December 2026 then gets VI/2027, not XII/2026)."""
    if row.signing_date is not None:
        return row.signing_date
    if office is not None and office.number_date == "start":
        return row.start_date
    return printed_on


def _rows(session: Session, contract_ids: Sequence[int]) -> list[Row]:
    ids = list(dict.fromkeys(contract_ids))
    if not ids:
        raise ValidationFailed([FieldProblem("contract", "belum ada perjanjian yang dipilih")])
    by_id = {}
    for start in range(0, len(ids), CHUNK):
        stmt = select(*_COLUMNS).join(Employee, Contract.employee_id == Employee.id) \
            .where(Contract.id.in_(ids[start:start + CHUNK]))
        by_id.update((row.id, row) for row in session.execute(stmt))
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise NotFound(f"Perjanjian kerja dengan id {', '.join(map(str, missing[:10]))} tidak ditemukan.")
    return [by_id[i] for i in ids]


def _check_versions(rows: list[Row], expected: Mapping[int, int] | None) -> None:
    for row in rows:
        want = (expected or {}).get(row.id)
        if want is not None and row.version != want:
            raise ConcurrentEdit(f"Perjanjian {row.number or f'#{row.id}'} a.n. {row.name} ({row.nip}) telah diubah "
                                 "di tempat lain sejak Anda membukanya. Muat ulang daftar lalu ulangi; belum ada yang "
                                 "disimpan.")


def _apply(session: Session, actor: Actor, action: str, summary: str,
           changes: list[tuple[Row, int, dict[str, Any]]]) -> dict[int, int]:
    """One UPDATE executed for all rows (each guarded by its version) and their audit entries; new versions."""
    if not changes:
        return {}
    table = Contract.__table__
    keys = sorted(changes[0][2])
    stmt = (
        update(table)
        .where(table.c.id == bindparam("p_id"), table.c.version == bindparam("p_version"))
        .values({key: bindparam(f"p_{key}") for key in keys}
                | {"version": bindparam("p_new_version"), "updated_at": bindparam("p_now")})
    )
    now = utcnow()
    params = [{"p_id": row.id, "p_version": version, "p_new_version": version + 1, "p_now": now,
               **{f"p_{key}": values[key] for key in keys}} for row, version, values in changes]
    result = session.execute(stmt, params)
    if session.get_bind().dialect.supports_sane_multi_rowcount and result.rowcount != len(params):
        raise stale_edit()
    session.execute(insert(AuditEntry), [
        {"at": now, "actor": actor.username, "action": action, "entity": "contract", "entity_uuid": row.uuid,
         "summary": f"{summary}: Perjanjian {values.get('number') or row.number} a.n. {row.name} ({row.nip})"[:300],
         "changes": {key: [json_value(getattr(row, key)), json_value(value)] for key, value in values.items()
                     if getattr(row, key) != value}}
        for row, _, values in changes
    ])
    return {row.id: version + 1 for row, version, _ in changes}


def _numbers(session: Session, actor: Actor, rows: list[Row], on: date) -> tuple[dict[int, str], dict[int, int]]:
    office = first_office(session)
    allocator = NumberAllocator(session)
    numbers: dict[int, str] = {}
    changes = []
    for row in rows:
        if row.number is None:
            number = allocator.next_number(number_pattern_for(office, row.kind), number_date(office, row, on))
            changes.append((row, row.version, {"number": number}))
            numbers[row.id] = number
        else:
            numbers[row.id] = row.number
    session.flush()  # the sequence rows go in before the contracts point at their numbers
    return numbers, _apply(session, actor, "number", "Nomor diberikan", changes)


def count_unnumbered(db: Database, contract_ids: Sequence[int]) -> int:
    """How many of the chosen contracts have no number yet (a print batch gives them theirs)."""
    ids = list(contract_ids)
    with db.session_factory() as s:
        return sum(s.scalar(select(func.count()).select_from(Contract).where(
            Contract.id.in_(ids[i:i + CHUNK]), Contract.number.is_(None))) or 0 for i in range(0, len(ids), CHUNK))


def plan_numbers(db: Database, contract_ids: Sequence[int], *, on: date | None = None) -> dict[int, str]:
    """The numbers the contracts would get now, without keeping anything: {contract id: number} for all.

    A print batch renders with these and hands them to mark_printed, which gives them for real in the same
    transaction that marks the contracts printed; a batch cancelled half-way has then numbered nothing.
    """
    with db.session_factory() as s:
        try:
            office = first_office(s)
            allocator = NumberAllocator(s)
            on = today_or(on)
            numbers: dict[int, str] = {}
            for row in _rows(s, contract_ids):
                numbers[row.id] = row.number or allocator.next_number(number_pattern_for(office, row.kind),
                                                                      number_date(office, row, on))
            return numbers
        finally:
            s.rollback()  # the sequence rows the allocator touched are not kept


def mark_printed(db: Database, actor: Actor, contract_ids: Sequence[int], *, on: date | None = None,
                 expected_versions: Mapping[int, int] | None = None,
                 expected_numbers: Mapping[int, str] | None = None) -> list[PrintStamp]:
    """Record that the contracts went to paper: drafts become printed and get their number if they had none.

    Reprinting a contract in any other status keeps its status and number; the first print is dated. With
    `expected_numbers` (from plan_numbers, already on the paper) the numbers given must be those, else nothing
    is saved: another print took numbers in between.
    """
    require(actor, Permission.PRINT)
    now = utcnow()
    with db.session_factory.begin() as s:
        rows = _rows(s, contract_ids)
        _check_versions(rows, expected_versions)
        numbers, versions = _numbers(s, actor, rows, today_or(on))
        if expected_numbers is not None:
            moved = [row for row in rows if expected_numbers.get(row.id) != numbers[row.id]]
            if moved:
                row = moved[0]
                raise ConcurrentEdit(f"Nomor perjanjian a.n. {row.name} ({row.nip}) berubah selama pencetakan "
                                     f"({expected_numbers.get(row.id)} menjadi {numbers[row.id]}): ada pencetakan "
                                     "lain pada saat yang sama. Tidak ada yang disimpan; cetak ulang.")
        changes = []
        stamps = []
        for row in rows:
            version = versions.get(row.id, row.version)
            values = {
                "status": ContractStatus.PRINTED if row.status is ContractStatus.DRAFT else row.status,
                "printed_at": row.printed_at or now,
                "printed_by": row.printed_by or actor.username,
                "status_changed_at": now if row.status is ContractStatus.DRAFT else row.status_changed_at,
                "status_changed_by": actor.username if row.status is ContractStatus.DRAFT else row.status_changed_by,
            }
            if any(getattr(row, key) != value for key, value in values.items()):
                changes.append((row, version, values))  # the version the number step left
                version += 1
            stamps.append(PrintStamp(row.id, numbers[row.id], values["status"], version, values["printed_at"],
                                     values["printed_by"]))
        _apply(s, actor, "print", "Dicetak", changes)
    return stamps
