"""PPPK work contracts (Perjanjian Kerja), full-time and part-time."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.entities._types import enum_column_type
from models.storage.base import Base, RecordMixin
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
    weekly_minutes: Mapped[int | None] = mapped_column(Integer)  # working time a week: 2250 is 37 jam 30 menit
    signing_date: Mapped[date | None] = mapped_column(Date, index=True)
    signing_place: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[ContractStatus] = mapped_column(
        enum_column_type(ContractStatus), default=ContractStatus.DRAFT, index=True
    )
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    status_changed_by: Mapped[str | None] = mapped_column(String(60))
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    end_reason: Mapped[str | None] = mapped_column(String(200))
    # First time the contract went to paper, and by whom (reprints keep these).
    printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    printed_by: Mapped[str | None] = mapped_column(String(60))
    # The day it ended: expiry, termination, or the day before its renewal took over.
    ended_on: Mapped[date | None] = mapped_column(Date)
    # Frozen at signing: the printed facts (JSON) and the sha256 of the wording (contract_template_version), so a
    # reprint of a signed contract reproduces the paper that was signed.
    signed_facts: Mapped[str | None] = mapped_column(Text)
    template_sha256: Mapped[str | None] = mapped_column(String(64))

    employee: Mapped[Employee] = relationship(back_populates="contracts")
    renews: Mapped[Contract | None] = relationship(remote_side="Contract.id")


class ContractTemplateVersion(RecordMixin, Base):
    """A wording a contract was signed with, kept for good: the shipped one of a program version, or an office's."""

    __tablename__ = "contract_template_version"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[ContractKind] = mapped_column(enum_column_type(ContractKind))
    source: Mapped[str] = mapped_column(String(20))  # "bawaan" (shipped) or "instansi" (the office's own)
    text: Mapped[str] = mapped_column(Text)


class ContractNumberSequence(RecordMixin, Base):
    """The last sequence number given for a numbering pattern in a year: numbers are never given twice.

    Kept apart from the contracts so that deleting a contract never frees its number for reuse.
    `year` is 0 for a pattern without {year}: its sequence then runs on across years.
    """

    __tablename__ = "contract_number_sequence"
    __table_args__ = (UniqueConstraint("series", "year"),)

    series: Mapped[str] = mapped_column(String(120))  # the pattern text the numbers are made from
    year: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class PayScaleCell(RecordMixin, Base):
    """A cell of the PPPK gaji pokok table the office entered (Perpres 11/2024): golongan by masa kerja golongan."""

    __tablename__ = "pay_scale_cell"
    __table_args__ = (UniqueConstraint("golongan", "masa_kerja"),)

    golongan: Mapped[str] = mapped_column(String(8))
    masa_kerja: Mapped[int] = mapped_column(Integer)  # masa kerja golongan, whole years
    amount: Mapped[Decimal] = mapped_column(Numeric(15, 2))


class PartTimeWage(RecordMixin, Base):
    """The office's monthly upah for PPPK Paruh Waktu: for a unit, or for a jabatan group (guru, kesehatan...)."""

    __tablename__ = "part_time_wage"
    __table_args__ = (UniqueConstraint("position_group", "unit_id"),)

    position_group: Mapped[str | None] = mapped_column(String(20))  # None: the row is for a unit
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(15, 2))
