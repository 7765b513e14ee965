"""Use cases that change employees: create, update, end (retire or stop), with audit entries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.database import Database
from models.entities import Employee
from models.rules.formatting import full_name
from models.services import audit
from models.services.audit import Actor
from models.services.employee_validation import INPUT_FIELDS, EmployeeInput, validate_employee
from models.services.errors import ConcurrentEdit, DomainError, FieldProblem, NotFound, ValidationFailed
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
    unknown = sorted(set(changes) - set(INPUT_FIELDS))
    if unknown:
        raise ValidationFailed([FieldProblem(f, "bukan isian data pegawai") for f in unknown])
    try:
        with db.session_factory.begin() as s:
            employee = _load(s, employee_id)
            if expected_version is not None and employee.version != expected_version:
                raise ConcurrentEdit(_concurrent_message(employee))
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


def _concurrent_message(employee: Employee) -> str:
    return (
        f"Data {employee.name} ({employee.nip}) telah diubah di tempat lain sejak Anda membukanya "
        f"(versi {employee.version}). Muat ulang untuk melihat perubahan itu; perubahan Anda belum disimpan."
    )


def end_employee(
    db: Database,
    employee_id: int,
    state: str,
    on: date,
    reason: str,
    actor: Actor,
) -> Employee:
    """Record that an employee retired or stopped working; the record stays, marked and dated."""
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
