"""The office itself, its unit tree, positions (jabatan) and formations (formasi)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.entities._types import enum_column_type
from models.storage.base import Base, RecordMixin
from models.vocabulary import JenisJabatan, Jenjang, PaperSize, PositionGroup, ProcurementKind, UnitKind

if TYPE_CHECKING:
    from models.entities.employee import Employee

DEFAULT_NUMBER_PATTERN = "{seq}/PPPK/BKPSDM/{roman_month}/{year}"


class Office(RecordMixin, Base):
    """The BKPSDM that owns this database, and what it prints on contracts."""

    __tablename__ = "office"

    name: Mapped[str] = mapped_column(String(200))
    regency_code: Mapped[str] = mapped_column(String(8))
    regency_name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))
    ppk_name: Mapped[str | None] = mapped_column(String(200))
    ppk_nip: Mapped[str | None] = mapped_column(String(18))
    ppk_title: Mapped[str | None] = mapped_column(String(200))
    # PIHAK KESATU when the PPK delegates signing (the Sekda or the head of the BKPSDM), and the regulation that
    # delegates it; None: the PPK (Wali Kota, Bupati) signs in person, and has no NIP.
    signer_name: Mapped[str | None] = mapped_column(String(200))
    signer_nip: Mapped[str | None] = mapped_column(String(18))
    signer_title: Mapped[str | None] = mapped_column(String(200))
    delegation_basis: Mapped[str | None] = mapped_column(String(400))
    # The term a PPPK Paruh Waktu contract may run, in months (KepmenPANRB 16/2025: a year at a time; some
    # offices contract up to 5 years, or a shorter first term).
    pw_term_months: Mapped[int] = mapped_column(Integer, default=12)
    pw_term_months_min: Mapped[int] = mapped_column(Integer, default=12)
    pw_term_months_max: Mapped[int] = mapped_column(Integer, default=12)
    # Month and year of a contract's number when it has no signing date yet: "print" (the day it is first
    # printed) or "start" (the day it starts). A signing date, once set, always gives them.
    number_date: Mapped[str] = mapped_column(String(10), default="print")
    signing_city: Mapped[str | None] = mapped_column(String(120))
    contract_number_pattern: Mapped[str] = mapped_column(String(120), default=DEFAULT_NUMBER_PATTERN)
    # PPPK Paruh Waktu contracts often have their own archive code; None: the pattern above.
    contract_number_pattern_pw: Mapped[str | None] = mapped_column(String(120))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    paper_size: Mapped[PaperSize] = mapped_column(enum_column_type(PaperSize), default=PaperSize.A4)
    # The office's own wording of the contract (see resources/templates); None: the shipped template.
    template_full_time: Mapped[str | None] = mapped_column(Text)
    template_part_time: Mapped[str | None] = mapped_column(Text)
    # Ed25519 public key (raw 32 bytes, base64) that checks the QR seal on printed contracts; the private
    # key stays in a file beside the database (kunci/<office uuid>.ed25519.pem).
    public_key: Mapped[str | None] = mapped_column(String(64))


class Unit(RecordMixin, Base):
    """A unit kerja: an OPD at the top, schools, puskesmas and kelurahan beneath it."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[UnitKind] = mapped_column(enum_column_type(UnitKind))
    kecamatan_code: Mapped[str | None] = mapped_column(String(12), index=True)
    kecamatan_name: Mapped[str | None] = mapped_column(String(120))

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")


class Position(RecordMixin, Base):
    """A jabatan, with the data its retirement age follows from."""

    __tablename__ = "position"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    jenis_jabatan: Mapped[JenisJabatan] = mapped_column(enum_column_type(JenisJabatan))
    jenjang: Mapped[Jenjang | None] = mapped_column(enum_column_type(Jenjang))
    group: Mapped[PositionGroup] = mapped_column(enum_column_type(PositionGroup))
    # The BUP is data per jabatan; None means "the default for its jenis jabatan and group".
    bup: Mapped[int | None] = mapped_column(Integer)

    employees: Mapped[list[Employee]] = relationship(back_populates="position")


class Formation(RecordMixin, Base):
    """A formasi: how many staff a unit needs for a jabatan in a year, and how many are approved."""

    __tablename__ = "formation"
    __table_args__ = (UniqueConstraint("year", "unit_id", "position_id", "procurement_kind"),)

    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id"), index=True)
    procurement_kind: Mapped[ProcurementKind] = mapped_column(enum_column_type(ProcurementKind))
    needed: Mapped[int] = mapped_column(Integer, default=0)
    approved: Mapped[int] = mapped_column(Integer, default=0)

    unit: Mapped[Unit] = relationship()
    position: Mapped[Position] = relationship()
