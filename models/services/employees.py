"""Use cases that change employees: create, update, save from the form (with histories), end and reinstate,
with audit entries; the form's record query. Deleting and restoring: employee_removal.py."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from models import clock
from models.entities import Employee
from models.rules.formatting import full_name
from models.services import audit
from models.services.audit import Actor
from models.services.employee_history import Histories, check_histories, load_histories, sync_histories

# Deleting and restoring live in their own module; importable from here too.
from models.services.employee_removal import EmployeeSnapshot, delete_employee, restore_employee  # noqa: F401
from models.services.employee_validation import INPUT_FIELDS, EmployeeInput, validate_employee
from models.services.errors import ConcurrentEdit, DomainError, FieldProblem, NotFound, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import EmploymentState


def _load(session: Session, employee_id: int) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(f"Pegawai dengan id {employee_id} tidak ditemukan.")
    return employee


def employee_input(employee: Employee) -> EmployeeInput:
    """The stored employee as an input form, so an edit can start from it."""
    values: dict[str, Any] = {}
    for name in INPUT_FIELDS:
        value = getattr(employee, name)
        values[name] = value.value if hasattr(value, "value") else value
    return EmployeeInput(**values)


def get_employee(db: Database, employee_id: int) -> Employee:
    with db.session_factory() as s:
        return _load(s, employee_id)


def create_employee(db: Database, data: EmployeeInput, actor: Actor) -> Employee:
    """Store a new employee. Raises ValidationFailed naming each field and reason."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        values, problems, warnings = validate_employee(s, data)
        if problems:
            raise ValidationFailed(problems, warnings)
        employee = Employee(**values, employment_state=EmploymentState.ACTIVE)
        s.add(employee)
        audit.record_create(s, actor, employee, f"Pegawai baru {full_name(employee.name)} ({employee.nip})")
    return employee


def update_employee(
    db: Database,
    employee_id: int,
    changes: dict[str, Any],
    actor: Actor,
    *,
    expected_version: int | None = None,
) -> Employee:
    """Apply changed fields. With expected_version, refuse if someone saved the record since it was read."""
    require(actor, Permission.EDIT_RECORDS)
    unknown = sorted(set(changes) - set(INPUT_FIELDS))
    if unknown:
        raise ValidationFailed([FieldProblem(f, "bukan isian data pegawai") for f in unknown])
    try:
        with db.session_factory.begin() as s:
            employee = _load(s, employee_id)
            _check_version(employee, expected_version)
            data = replace(employee_input(employee), **changes)
            values, problems, warnings = validate_employee(s, data, employee_id=employee_id)
            if problems:
                raise ValidationFailed(problems, warnings)
            before = audit.snapshot(employee)
            for key, value in values.items():
                setattr(employee, key, value)
            s.flush()
            delta = audit.diff(before, audit.snapshot(employee))
            if delta:
                audit.record(s, actor, "update", employee, delta, f"Ubah data {employee.name} ({employee.nip})")
    except StaleDataError as exc:
        raise ConcurrentEdit(
            "Data pegawai ini baru saja diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda."
        ) from exc
    return employee


def _check_version(employee: Employee, expected_version: int | None) -> None:
    if expected_version is not None and employee.version != expected_version:
        raise ConcurrentEdit(_concurrent_message(employee, employee.version - expected_version))


def _concurrent_message(employee: Employee, saves: int = 1) -> str:
    """Names who changed the record, when and which fields, so the clerk knows what to look at."""
    session = object_session(employee)
    who = audit.changed_since(session, employee, saves) if session is not None and saves > 0 else ""
    return (
        f"Data {employee.name} ({employee.nip}) telah diubah di tempat lain {who + ' ' if who else ''}sejak Anda "
        f"membukanya (versi {employee.version}). Muat ulang untuk melihat perubahan itu; perubahan Anda belum disimpan."
    )


def end_employee(
    db: Database,
    employee_id: int,
    state: str,
    on: date,
    reason: str,
    actor: Actor,
    *,
    expected_version: int | None = None,
) -> Employee:
    """Record that an employee retired or stopped working; the record stays, marked and dated."""
    require(actor, Permission.EDIT_RECORDS)
    try:
        new_state = EmploymentState(state)
    except ValueError as exc:
        raise ValidationFailed([FieldProblem("employment_state", f"keadaan '{state}' tidak dikenal")]) from exc
    if new_state is EmploymentState.ACTIVE:
        raise ValidationFailed([FieldProblem("employment_state", "gunakan 'pensiun' atau 'berhenti'")])
    if not reason or not reason.strip():
        raise ValidationFailed([FieldProblem("end_reason", "alasan wajib diisi")])
    with db.session_factory.begin() as s:
        employee = _load(s, employee_id)
        _check_version(employee, expected_version)
        if employee.employment_state is not EmploymentState.ACTIVE:
            raise DomainError(f"{employee.name} sudah tidak aktif ({employee.employment_state.label}).")
        if on < employee.birth_date:
            raise ValidationFailed([FieldProblem("ended_on", "tanggal sebelum tanggal lahir")])
        before = audit.snapshot(employee)
        employee.employment_state = new_state
        employee.ended_on = on
        employee.end_reason = reason.strip()
        s.flush()
        audit.record(s, actor, "end", employee, audit.diff(before, audit.snapshot(employee)),
                     f"{new_state.label}: {employee.name} ({employee.nip})")
    return employee


def reinstate_employee(db: Database, employee_id: int, actor: Actor, *,
                       expected_version: int | None = None) -> Employee:
    """Make an ended employee active again (the undo of end_employee, or a mistaken end)."""
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        employee = _load(s, employee_id)
        _check_version(employee, expected_version)
        if employee.employment_state is EmploymentState.ACTIVE:
            raise DomainError(f"{employee.name} ({employee.nip}) sudah aktif.")
        before = audit.snapshot(employee)
        employee.employment_state = EmploymentState.ACTIVE
        employee.ended_on = None
        employee.end_reason = None
        s.flush()
        audit.record(s, actor, "reinstate", employee, audit.diff(before, audit.snapshot(employee)),
                     f"Aktif kembali: {employee.name} ({employee.nip})")
    return employee


@dataclass(frozen=True)
class SavedEmployee:
    """What save_employee stored, and what was there before (None for a new employee), for undo."""

    id: int
    uuid: str
    version: int
    name: str
    nip: str
    data: EmployeeInput
    histories: Histories
    before: EmployeeInput | None
    before_histories: Histories | None


def save_employee(
    db: Database,
    employee_id: int | None,
    data: EmployeeInput,
    histories: Histories | None,
    actor: Actor,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> SavedEmployee:
    """The employee form's save: the fields and (unless None) the histories, in one transaction.

    A new employee when employee_id is None. Problems of the fields and of the history rows are
    reported together; with expected_version a record saved elsewhere since it was read is refused.
    """
    require(actor, Permission.EDIT_RECORDS)
    today = today or clock.today()
    try:
        with db.session_factory.begin() as s:
            if employee_id is None:
                employee, before, before_histories = None, None, None
            else:
                employee = _load(s, employee_id)
                _check_version(employee, expected_version)
                before, before_histories = employee_input(employee), load_histories(s, employee)
            values, problems, warnings = validate_employee(s, data, employee_id=employee_id)
            if employee is None:
                if not problems:
                    employee = Employee(**values, employment_state=EmploymentState.ACTIVE)
                    s.add(employee)
                    s.flush()
                    audit.record_create(s, actor, employee, f"Pegawai baru {employee.name} ({employee.nip})")
            elif not problems:
                audit.record_update(s, actor, employee, values, f"Ubah data {employee.name} ({employee.nip})")
            if histories is not None and employee is not None:
                checked, history_problems = check_histories(employee, histories, today)
                problems += history_problems
                if not problems:
                    sync_histories(s, actor, employee, checked)
            elif histories is not None:  # the fields failed already; still report the rows' problems
                problems += _unsaved_history_problems(values, histories, today)
            if problems:
                raise ValidationFailed(problems, warnings)
            s.flush()
            return SavedEmployee(employee.id, employee.uuid, employee.version, employee.name, employee.nip,
                                 employee_input(employee), load_histories(s, employee), before, before_histories)
    except StaleDataError as exc:
        raise ConcurrentEdit(
            "Data pegawai ini baru saja diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda."
        ) from exc


def _unsaved_history_problems(values: dict[str, Any], histories: Histories, today: date) -> list[FieldProblem]:
    if values.get("birth_date") is None or values.get("status") is None:
        return []
    probe = Employee(birth_date=values["birth_date"], status=values["status"])
    return check_histories(probe, histories, today)[1]



@dataclass(frozen=True)
class EmployeeRecord:
    """One employee as the form shows it: fields, histories, state, and the version it was read at."""

    id: int
    uuid: str
    version: int
    data: EmployeeInput
    histories: Histories
    display_name: str
    employment_state: EmploymentState
    ended_on: date | None
    end_reason: str | None


def load_employee_record(session: Session, employee_id: int) -> EmployeeRecord:
    """Query for the employee form (a session from the caller)."""
    employee = _load(session, employee_id)
    return EmployeeRecord(
        id=employee.id, uuid=employee.uuid, version=employee.version, data=employee_input(employee),
        histories=load_histories(session, employee),
        display_name=full_name(employee.name, employee.gelar_depan, employee.gelar_belakang),
        employment_state=employee.employment_state, ended_on=employee.ended_on, end_reason=employee.end_reason,
    )
