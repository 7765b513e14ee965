"""Deleting an employee entered by mistake, and putting them back (undo) with the same uuid and histories.

An employee who has a work contract is never deleted, and the contracts are not deleted with them
(no cascade): a contract is a numbered legal document whose number must never be given again, and it
may already be signed. Someone who left is ended (pensiun/berhenti) instead; the record stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import Contract, Employee
from models.services import audit
from models.services.audit import Actor
from models.services.employee_history import Histories, load_histories
from models.services.errors import ConcurrentEdit, DomainError, NotFound
from models.services.permissions import Permission, require
from models.storage.database import Database

# Every column of the employee row except the ones the database keeps for itself.
_OWN = ("id", "uuid", "version", "created_at", "updated_at")


@dataclass(frozen=True)
class EmployeeSnapshot:
    """A deleted employee as they were: enough for restore_employee to put them back unchanged."""

    id: int
    uuid: str
    created_at: datetime
    values: dict[str, Any]  # column -> Python value (enums, dates)
    histories: Histories

    @property
    def name(self) -> str:
        return self.values["name"]

    @property
    def nip(self) -> str:
        return self.values["nip"]


def _columns() -> list[str]:
    return [c.key for c in Employee.__table__.columns if c.key not in _OWN]


def delete_employee(db: Database, employee_id: int, actor: Actor, *,
                    expected_version: int | None = None) -> EmployeeSnapshot:
    """Delete an employee and their histories; returns what restore_employee needs to undo it.

    Refused when the employee has any work contract (see the module docstring), or, with
    expected_version, when the record was saved elsewhere since it was read.
    """
    require(actor, Permission.EDIT_RECORDS)
    with db.session_factory.begin() as s:
        employee = s.get(Employee, employee_id)
        if employee is None:
            raise NotFound(f"Pegawai dengan id {employee_id} tidak ditemukan; mungkin sudah dihapus.")
        if expected_version is not None and employee.version != expected_version:
            raise ConcurrentEdit(
                f"Data {employee.name} ({employee.nip}) telah diubah di tempat lain sejak daftar dimuat; "
                f"tidak dihapus. Muat ulang (F5) lalu ulangi bila masih perlu."
            )
        contracts = s.scalar(select(func.count()).select_from(Contract).where(Contract.employee_id == employee_id))
        if contracts:
            raise DomainError(
                f"{employee.name} ({employee.nip}) tidak dapat dihapus karena memiliki {contracts} perjanjian "
                f"kerja. Perjanjian kerja adalah dokumen bernomor dan tidak ikut dihapus. Jika pegawai ini "
                f"keluar, gunakan Akhiri (pensiun atau berhenti): datanya tetap tersimpan."
            )
        snapshot = EmployeeSnapshot(
            id=employee.id, uuid=employee.uuid, created_at=employee.created_at,
            values={key: getattr(employee, key) for key in _columns()},
            histories=load_histories(s, employee),
        )
        audit.record(s, actor, "delete", employee, audit.diff(audit.snapshot(employee), {}),
                     f"Hapus pegawai {employee.name} ({employee.nip})")
        s.delete(employee)  # the histories go with it (delete-orphan)
    return snapshot


def restore_employee(db: Database, snapshot: EmployeeSnapshot, actor: Actor) -> Employee:
    """Put a deleted employee back with the same uuid, the same id when it is still free, and the same
    history rows. Refused when their NIP has meanwhile been given to someone else."""
    require(actor, Permission.EDIT_RECORDS)
    from models.entities import EducationHistory, GradeHistory, PositionHistory

    with db.session_factory.begin() as s:
        if s.scalar(select(Employee.id).where(Employee.uuid == snapshot.uuid)) is not None:
            raise DomainError(f"{snapshot.name} ({snapshot.nip}) sudah ada; tidak perlu dikembalikan.")
        holder = s.execute(select(Employee.name).where(Employee.nip == snapshot.nip)).scalar()
        if holder is not None:
            raise DomainError(
                f"{snapshot.name} tidak dapat dikembalikan: NIP {snapshot.nip} kini dipakai oleh {holder}."
            )
        employee = Employee(uuid=snapshot.uuid, created_at=snapshot.created_at, **snapshot.values)
        if s.get(Employee, snapshot.id) is None:
            employee.id = snapshot.id  # later undo steps on the stack keep pointing at the right row
        h = snapshot.histories
        employee.grade_history = [
            GradeHistory(uuid=e.uuid, golongan=e.golongan, tmt=e.tmt, sk_number=e.sk_number, sk_date=e.sk_date)
            for e in h.grades
        ]
        employee.position_history = [
            PositionHistory(uuid=e.uuid, position_id=e.position_id, position_name=e.position_name,
                            unit_name=e.unit_name, tmt=e.tmt, sk_number=e.sk_number)
            for e in h.positions
        ]
        employee.education_history = [
            EducationHistory(uuid=e.uuid, level=e.level, major=e.major, institution=e.institution,
                             graduation_year=e.graduation_year)
            for e in h.educations
        ]
        s.add(employee)
        s.flush()
        audit.record(s, actor, "restore", employee, audit.diff({}, audit.snapshot(employee)),
                     f"Kembalikan pegawai {employee.name} ({employee.nip})")
    return employee


def ids_with_contracts(session: Session, employee_ids: Sequence[int]) -> set[int]:
    """Query: which of these employees have a work contract (and so cannot be deleted)."""
    if not employee_ids:
        return set()
    rows = session.scalars(select(Contract.employee_id).where(Contract.employee_id.in_(list(employee_ids))).distinct())
    return set(rows)
