"""The central office's view of the offices that send packages, and of the conflicts waiting for a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities.exchange import ExchangeConflict, ExchangeOffice, ExchangeReceived


@dataclass(frozen=True)
class OfficeExchangeRow:
    office_uuid: str
    name: str
    code: str
    last_sequence: int  # 0: nothing received yet
    last_package_at: datetime | None  # when the office made its latest package
    last_received_at: datetime | None
    packages: int
    rows: int  # rows in all packages received
    inserted: int
    open_conflicts: int
    missing_sequences: int  # numbers below the latest that never arrived


def office_overview(session: Session) -> list[OfficeExchangeRow]:
    """One row per registered office, by name: last package, sequence, rows, conflicts."""
    received = ExchangeReceived
    totals = (select(received.office_uuid, func.count().label("packages"), func.sum(received.rows).label("rows"),
                     func.sum(received.inserted).label("inserted"),
                     func.count(func.distinct(received.sequence)).label("sequences"))
              .group_by(received.office_uuid).subquery())
    conflicts = (select(ExchangeConflict.office_uuid, func.count().label("open"))
                 .where(ExchangeConflict.resolved.is_(False)).group_by(ExchangeConflict.office_uuid).subquery())
    stmt = (select(ExchangeOffice, totals.c.packages, totals.c.rows, totals.c.inserted, totals.c.sequences,
                   conflicts.c.open)
            .outerjoin(totals, totals.c.office_uuid == ExchangeOffice.office_uuid)
            .outerjoin(conflicts, conflicts.c.office_uuid == ExchangeOffice.office_uuid)
            .order_by(ExchangeOffice.name, ExchangeOffice.id))
    out = []
    for office, packages, rows, inserted, sequences, open_conflicts in session.execute(stmt).all():
        seen = int(sequences or 0)
        out.append(OfficeExchangeRow(office.office_uuid, office.name, office.code, office.last_sequence,
                                     office.last_package_at, office.last_received_at, int(packages or 0),
                                     int(rows or 0), int(inserted or 0), int(open_conflicts or 0),
                                     max(0, office.last_sequence - seen)))
    return out


@dataclass(frozen=True)
class ConflictRow:
    id: int
    office_uuid: str
    table: str
    row_uuid: str
    kind: str
    detail: str
    created_at: datetime


def open_conflicts(session: Session, office_uuid: str | None = None, limit: int = 500) -> list[ConflictRow]:
    stmt = select(ExchangeConflict).where(ExchangeConflict.resolved.is_(False))
    if office_uuid:
        stmt = stmt.where(ExchangeConflict.office_uuid == office_uuid)
    rows = session.scalars(stmt.order_by(ExchangeConflict.id.desc()).limit(limit)).all()
    return [ConflictRow(c.id, c.office_uuid, c.table_name, c.row_uuid, c.kind, c.detail, c.created_at) for c in rows]
