"""Employees (PNS, CPNS, PPPK, PPPK Paruh Waktu) and their grade, position and education histories."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.entities._types import enum_column_type
from models.storage.base import Base, RecordMixin
from models.vocabulary import EmployeeStatus, EmploymentState, Religion, Sex

if TYPE_CHECKING:
    from models.entities.contract import Contract
    from models.entities.organization import Position, Unit


class Employee(RecordMixin, Base):
    __tablename__ = "employee"
    __table_args__ = (
        # Counting staff in post per unit and jabatan, and their retirements (the Formasi tab): 0004.
        Index("ix_employee_bezetting", "unit_id", "position_id", "employment_state", "birth_date"),
        # Active staff by status, searched by NIP or NIK prefix (the Pegawai tab's default filter): 0004.
        Index("ix_employee_state_status", "employment_state", "status", "nip", "nik"),
    )

    nip: Mapped[str] = mapped_column(String(18), unique=True)  # NIP or NI PPPK
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    gelar_depan: Mapped[str | None] = mapped_column(String(60))
    gelar_belakang: Mapped[str | None] = mapped_column(String(100))
    birth_place: Mapped[str | None] = mapped_column(String(120))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(enum_column_type(Sex))
    religion: Mapped[Religion | None] = mapped_column(enum_column_type(Religion))
    status: Mapped[EmployeeStatus] = mapped_column(enum_column_type(EmployeeStatus), index=True)
    golongan: Mapped[str | None] = mapped_column(String(8))
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    education_level: Mapped[str | None] = mapped_column(String(2))  # SIASN code, e.g. "40" = S-1
    education_major: Mapped[str | None] = mapped_column(String(200))
    education_year: Mapped[int | None] = mapped_column(Integer)
    tmt_cpns: Mapped[date | None] = mapped_column(Date)
    tmt_pns: Mapped[date | None] = mapped_column(Date)
    tmt_pppk: Mapped[date | None] = mapped_column(Date)  # first appointment as PPPK; not in the NI PPPK
    tmt_golongan: Mapped[date | None] = mapped_column(Date)
    tmt_jabatan: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(120))
    employment_state: Mapped[EmploymentState] = mapped_column(
        enum_column_type(EmploymentState), default=EmploymentState.ACTIVE, index=True
    )
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(200))

    position: Mapped[Position | None] = relationship(back_populates="employees")
    unit: Mapped[Unit | None] = relationship()
    grade_history: Mapped[list[GradeHistory]] = relationship(
        back_populates="employee", order_by="GradeHistory.tmt", cascade="all, delete-orphan"
    )
    position_history: Mapped[list[PositionHistory]] = relationship(
        back_populates="employee", order_by="PositionHistory.tmt", cascade="all, delete-orphan"
    )
    education_history: Mapped[list[EducationHistory]] = relationship(
        back_populates="employee", order_by="EducationHistory.graduation_year", cascade="all, delete-orphan"
    )
    contracts: Mapped[list[Contract]] = relationship(back_populates="employee", order_by="Contract.start_date")


class GradeHistory(RecordMixin, Base):
    __tablename__ = "grade_history"

    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    golongan: Mapped[str] = mapped_column(String(8))
    tmt: Mapped[date] = mapped_column(Date)
    sk_number: Mapped[str | None] = mapped_column(String(100))
    sk_date: Mapped[date | None] = mapped_column(Date)

    employee: Mapped[Employee] = relationship(back_populates="grade_history")


class PositionHistory(RecordMixin, Base):
    __tablename__ = "position_history"

    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id"))
    # Names as they were then: positions and units get renamed, history must not change with them.
    position_name: Mapped[str] = mapped_column(String(200))
    unit_name: Mapped[str | None] = mapped_column(String(200))
    tmt: Mapped[date] = mapped_column(Date)
    sk_number: Mapped[str | None] = mapped_column(String(100))

    employee: Mapped[Employee] = relationship(back_populates="position_history")


class EducationHistory(RecordMixin, Base):
    __tablename__ = "education_history"

    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    level: Mapped[str] = mapped_column(String(2))
    major: Mapped[str | None] = mapped_column(String(200))
    institution: Mapped[str | None] = mapped_column(String(200))
    graduation_year: Mapped[int | None] = mapped_column(Integer)

    employee: Mapped[Employee] = relationship(back_populates="education_history")
