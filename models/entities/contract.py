"""PPPK work contracts (Perjanjian Kerja), full-time and part-time."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.db import Base, RecordMixin
from models.entities._types import enum_column_type
from models.vocabulary import ContractKind, ContractStatus

if TYPE_CHECKING:
    from models.entities.employee import Employee


class Contract(RecordMixin, Base):
    __tablename__ = "contract"

    # Assigned when the contract is first printed, never reused.
    number: Mapped[str | None] = mapped_column(String(120), unique=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    kind: Mapped[ContractKind] = mapped_column(enum_column_type(ContractKind))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    golongan: Mapped[str | None] = mapped_column(String(8))
    salary: Mapped[Decimal] = mapped_column(Numeric(15, 2))  # gaji (full-time) or upah (part-time)
    weekly_hours: Mapped[int | None] = mapped_column(Integer)
    signing_date: Mapped[date | None] = mapped_column(Date)
    signing_place: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[ContractStatus] = mapped_column(
        enum_column_type(ContractStatus), default=ContractStatus.DRAFT, index=True
    )
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    status_changed_by: Mapped[str | None] = mapped_column(String(60))
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    end_reason: Mapped[str | None] = mapped_column(String(200))

    employee: Mapped[Employee] = relationship(back_populates="contracts")
    renews: Mapped[Contract | None] = relationship(remote_side="Contract.id")
