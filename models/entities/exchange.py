"""What the data exchange keeps: the packages an office sent, and at the centre the offices, packages
received, row aliases and conflicts. Not exchanged themselves, so they carry no row version."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.storage.base import Base


class ExchangeSetting(Base):
    """A named setting of the exchange, e.g. the central office's public key (PEM) at an office."""

    __tablename__ = "exchange_setting"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExchangeSent(Base):
    """A package this office made: its sequence, hash, and the rows near its snapshot time (see export)."""

    __tablename__ = "exchange_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    package_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    full: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    snapshot_at: Mapped[datetime] = mapped_column(DateTime)
    rows: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(260))
    # {"rows": {table: {uuid: version}}, "deleted": {table: [uuid, ...]}} for rows changed within the
    # margin before snapshot_at: the next package looks back that far and skips what this one sent.
    window: Mapped[dict] = mapped_column(JSON, default=dict)


class ExchangeOffice(Base):
    """At the centre: an office whose packages are accepted, with its signing key and latest package."""

    __tablename__ = "exchange_office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(8))
    regency_name: Mapped[str | None] = mapped_column(String(120))
    public_key: Mapped[str] = mapped_column(String(64))  # Ed25519, raw 32 bytes in base64
    registered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_sha256: Mapped[str | None] = mapped_column(String(64))
    last_package_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_received_at: Mapped[datetime | None] = mapped_column(DateTime)


class ExchangeReceived(Base):
    """At the centre: a package applied (never twice), with what it did."""

    __tablename__ = "exchange_received"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    office_uuid: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    previous_sha256: Mapped[str | None] = mapped_column(String(64))
    full: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime)  # when the office made it
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    received_by: Mapped[str] = mapped_column(String(60))
    rows: Mapped[int] = mapped_column(Integer)
    inserted: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[list] = mapped_column(JSON, default=list)


class ExchangeAlias(Base):
    """At the centre: an office's row that is the same thing as a row already here (a jabatan of the same
    name), so references to the office's uuid resolve to the local row."""

    __tablename__ = "exchange_alias"
    __table_args__ = (UniqueConstraint("table_name", "row_uuid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_uuid: Mapped[str] = mapped_column(String(36))
    local_uuid: Mapped[str] = mapped_column(String(36))
    office_uuid: Mapped[str] = mapped_column(String(36))


class ExchangeConflict(Base):
    """At the centre: a row of a package that was not applied, and why (for a person to settle)."""

    __tablename__ = "exchange_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_uuid: Mapped[str] = mapped_column(String(36), index=True)
    office_uuid: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(30))  # nip_claimed, older_version, key_taken, missing_reference
    detail: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
