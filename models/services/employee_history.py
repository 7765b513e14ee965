"""An employee's grade, position and education histories: add, edit, remove one row, or save a whole set.

Rows are known by their uuid, which never changes: undoing a removal puts the row back with its uuid,
and `sync_histories` (the form's save) matches the rows a clerk edited to the stored ones by it.
Problems name the history and the row ("grade_history", "baris 2: TMT wajib diisi").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import clock
from models.clock import utcnow
from models.entities import EducationHistory, Employee, GradeHistory, PositionHistory
from models.rules.education import education_level_name, normalize_education_level
from models.rules.errors import RuleError
from models.rules.grades import SYSTEM_PNS, SYSTEM_PPPK, normalize_golongan
from models.services import audit
from models.services.audit import Actor
from models.services.errors import ConcurrentEdit, FieldProblem, NotFound, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database


@dataclass(frozen=True)
class GradeEntry:
    golongan: str
    tmt: date | None
    sk_number: str | None = None
    sk_date: date | None = None
    uuid: str | None = None  # None: a row not stored yet


@dataclass(frozen=True)
class PositionEntry:
    position_name: str
    tmt: date | None
    unit_name: str | None = None
    sk_number: str | None = None
    position_id: int | None = None
    uuid: str | None = None


@dataclass(frozen=True)
class EducationEntry:
    level: str
    major: str | None = None
    institution: str | None = None
    graduation_year: int | None = None
    uuid: str | None = None


Entry = GradeEntry | PositionEntry | EducationEntry


@dataclass(frozen=True)
class Histories:
    """The three histories of one employee, oldest first."""

    grades: tuple[GradeEntry, ...] = field(default=())
    positions: tuple[PositionEntry, ...] = field(default=())
    educations: tuple[EducationEntry, ...] = field(default=())


@dataclass(frozen=True)
class _Kind:
    key: str  # the problem field and the Histories attribute stem
    label: str
    entity: type
    entry: type
    attribute: str  # on Histories


KINDS = (
    _Kind("grade_history", "Riwayat golongan", GradeHistory, GradeEntry, "grades"),
    _Kind("position_history", "Riwayat jabatan", PositionHistory, PositionEntry, "positions"),
    _Kind("education_history", "Riwayat pendidikan", EducationHistory, EducationEntry, "educations"),
)
_KIND_BY_ENTRY = {k.entry: k for k in KINDS}
HISTORY_LABELS = {k.key: k.label for k in KINDS}


def _kind_of(entry: Entry) -> _Kind:
    return _KIND_BY_ENTRY[type(entry)]


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    return value


def _entry_of(row: Any) -> Entry:
    kind = next(k for k in KINDS if isinstance(row, k.entity))
    return kind.entry(**{f.name: getattr(row, f.name) for f in fields(kind.entry)})


def check_entry(entry: Entry, employee: Employee, row: int, today: date) -> tuple[dict[str, Any], list[str]]:
    """Column values for one history row, and what is wrong with it ("TMT wajib diisi")."""
    values = {f.name: _text(getattr(entry, f.name)) for f in fields(entry) if f.name != "uuid"}
    reasons: list[str] = []
    if isinstance(entry, GradeEntry):
        system = SYSTEM_PPPK if employee.status.is_pppk else SYSTEM_PNS
        if values["golongan"] is None:
            reasons.append("golongan wajib diisi")
        else:
            try:
                values["golongan"] = normalize_golongan(values["golongan"], system)
            except RuleError as exc:
                reasons.append(exc.message)
        _check_date(values, "tmt", "TMT", employee, today, reasons, required=True)
        _check_date(values, "sk_date", "tanggal SK", employee, today, reasons, required=False)
    elif isinstance(entry, PositionEntry):
        if values["position_name"] is None:
            reasons.append("nama jabatan wajib diisi")
        _check_date(values, "tmt", "TMT", employee, today, reasons, required=True)
    else:
        if values["level"] is None:
            reasons.append("tingkat pendidikan wajib diisi")
        else:
            try:
                values["level"] = normalize_education_level(values["level"])
            except RuleError as exc:
                reasons.append(exc.message)
        year = values["graduation_year"]
        if year is not None and not (employee.birth_date.year + 5 <= year <= today.year):
            reasons.append(f"tahun lulus {year} tidak masuk akal")
    return values, [f"baris {row}: {reason}" for reason in reasons]


def _check_date(values: dict[str, Any], key: str, label: str, employee: Employee, today: date,
                reasons: list[str], *, required: bool) -> None:
    value = values[key]
    if value is None:
        if required:
            reasons.append(f"{label} wajib diisi")
    elif value < employee.birth_date:
        reasons.append(f"{label} {value:%d-%m-%Y} sebelum tanggal lahir")
    elif value.year > today.year + 1:
        reasons.append(f"{label} {value:%d-%m-%Y} terlalu jauh di masa depan")


def entry_summary(entry: Entry) -> str:
    """One line naming a history row in an audit entry or an undo text."""
    if isinstance(entry, GradeEntry):
        return f"golongan {entry.golongan}" + (f" TMT {entry.tmt:%d-%m-%Y}" if entry.tmt else "")
    if isinstance(entry, PositionEntry):
        return f"jabatan {entry.position_name}" + (f" TMT {entry.tmt:%d-%m-%Y}" if entry.tmt else "")
    try:
        level = education_level_name(entry.level)
    except RuleError:
        level = entry.level
    return f"pendidikan {level}" + (f" {entry.major}" if entry.major else "")


# ---- inside a transaction ----


def load_histories(session: Session, employee: Employee) -> Histories:
    return Histories(
        grades=tuple(_entry_of(r) for r in employee.grade_history),
        positions=tuple(_entry_of(r) for r in employee.position_history),
        educations=tuple(_entry_of(r) for r in employee.education_history),
    )


def _touch(employee: Employee) -> None:
    """A history change is a change of the employee: bump its row version, so a stale copy is refused."""
    employee.updated_at = utcnow()


def _add_row(session: Session, actor: Actor, employee: Employee, kind: _Kind, values: dict[str, Any],
             uuid: str | None) -> Any:
    row = kind.entity(employee_id=employee.id, **values)
    if uuid is not None:
        row.uuid = uuid
    session.add(row)
    session.flush()
    audit.record_create(session, actor, row,
                        f"{kind.label} {employee.name} ({employee.nip}): {entry_summary(_entry_of(row))}")
    return row


def _update_row(session: Session, actor: Actor, employee: Employee, kind: _Kind, row: Any,
                values: dict[str, Any]) -> None:
    audit.record_update(session, actor, row, values, f"Ubah {kind.label.lower()} {employee.name} ({employee.nip})")


def _remove_row(session: Session, actor: Actor, employee: Employee, kind: _Kind, row: Any) -> None:
    audit.record(session, actor, "delete", row, audit.diff(audit.snapshot(row), {}),
                 f"Hapus {kind.label.lower()} {employee.name} ({employee.nip}): {entry_summary(_entry_of(row))}")
    getattr(employee, kind.key).remove(row)  # delete-orphan removes the row
    session.flush()


def check_histories(employee: Employee, histories: Histories, today: date) -> tuple[dict, list[FieldProblem]]:
    """Values of every row by kind, and the problems, each on its history ("grade_history")."""
    checked: dict[str, list[tuple[Entry, dict[str, Any]]]] = {}
    problems: list[FieldProblem] = []
    for kind in KINDS:
        checked[kind.key] = []
        for number, entry in enumerate(getattr(histories, kind.attribute), start=1):
            values, reasons = check_entry(entry, employee, number, today)
            problems += [FieldProblem(kind.key, reason) for reason in reasons]
            checked[kind.key].append((entry, values))
    return checked, problems


def sync_histories(session: Session, actor: Actor, employee: Employee, checked: dict) -> bool:
    """Make the stored histories what `checked` (from check_histories) says: rows absent from it are
    removed, rows with a stored uuid updated, the others added (with their uuid when they carry one,
    as after an undo). True when anything changed."""
    changed = False
    for kind in KINDS:
        stored = {row.uuid: row for row in getattr(employee, kind.key)}
        wanted = {entry.uuid for entry, _ in checked[kind.key] if entry.uuid}
        for uuid, row in list(stored.items()):
            if uuid not in wanted:
                _remove_row(session, actor, employee, kind, row)
                changed = True
        for entry, values in checked[kind.key]:
            row = stored.get(entry.uuid) if entry.uuid else None
            if row is None:
                _add_row(session, actor, employee, kind, values, entry.uuid)
                changed = True
            elif any(getattr(row, k) != v for k, v in values.items()):
                _update_row(session, actor, employee, kind, row, values)
                changed = True
    if changed:
        _touch(employee)
        session.flush()
        session.expire(employee, [k.key for k in KINDS])
    return changed


# ---- use cases: one row at a time ----


def _employee(session: Session, employee_id: int, expected_version: int | None) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(f"Pegawai dengan id {employee_id} tidak ditemukan.")
    if expected_version is not None and employee.version != expected_version:
        raise ConcurrentEdit(
            f"Data {employee.name} ({employee.nip}) telah diubah di tempat lain sejak Anda membukanya. "
            f"Muat ulang lalu ulangi perubahan Anda."
        )
    return employee


def _stored_row(session: Session, kind: _Kind, uuid: str) -> Any:
    row = session.scalars(select(kind.entity).where(kind.entity.uuid == uuid)).one_or_none()
    if row is None:
        raise NotFound(f"{kind.label} itu tidak ditemukan; mungkin sudah dihapus di tempat lain.")
    return row


def get_histories(db: Database, employee_id: int) -> Histories:
    with db.session_factory() as s:
        return load_histories(s, _employee(s, employee_id, None))


def add_history(db: Database, employee_id: int, entry: Entry, actor: Actor, *,
                expected_version: int | None = None, today: date | None = None) -> Entry:
    """Store one history row; returns it with its uuid."""
    require(actor, Permission.EDIT_RECORDS)
    kind = _kind_of(entry)
    with db.session_factory.begin() as s:
        employee = _employee(s, employee_id, expected_version)
        values, reasons = check_entry(entry, employee, len(getattr(employee, kind.key)) + 1, today or clock.today())
        if reasons:
            raise ValidationFailed([FieldProblem(kind.key, r) for r in reasons])
        row = _add_row(s, actor, employee, kind, values, entry.uuid)
        _touch(employee)
        return _entry_of(row)


def update_history(db: Database, entry: Entry, actor: Actor, *, today: date | None = None) -> Entry:
    """Write an edited history row (known by its uuid) back."""
    require(actor, Permission.EDIT_RECORDS)
    kind = _kind_of(entry)
    if entry.uuid is None:
        raise NotFound(f"{kind.label} itu belum disimpan, jadi tidak dapat diubah.")
    with db.session_factory.begin() as s:
        row = _stored_row(s, kind, entry.uuid)
        employee = row.employee
        rows = getattr(employee, kind.key)
        values, reasons = check_entry(entry, employee, rows.index(row) + 1, today or clock.today())
        if reasons:
            raise ValidationFailed([FieldProblem(kind.key, r) for r in reasons])
        _update_row(s, actor, employee, kind, row, values)
        _touch(employee)
        return _entry_of(row)


def remove_history(db: Database, entry_type: type, uuid: str, actor: Actor) -> tuple[int, Entry]:
    """Remove one history row; returns the employee id and the row as it was, to put it back."""
    require(actor, Permission.EDIT_RECORDS)
    kind = _KIND_BY_ENTRY[entry_type]
    with db.session_factory.begin() as s:
        row = _stored_row(s, kind, uuid)
        employee, entry = row.employee, _entry_of(row)
        _remove_row(s, actor, employee, kind, row)
        _touch(employee)
        return employee.id, entry


def replace_entries(histories: Histories, kind_key: str, entries: Sequence[Entry]) -> Histories:
    """`histories` with one kind's rows replaced."""
    kind = next(k for k in KINDS if k.key == kind_key)
    return replace(histories, **{kind.attribute: tuple(entries)})
