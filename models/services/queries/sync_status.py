"""How far an office's data is from the central office: the last package sent, the changes since, and how many
days ago, as offline-sync tools show it. A send overdue past the office's setting (30 days unless it says
otherwise, exchange_setting "send_warn_days") is flagged so the window can show it in red."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import ExchangeSent, ExchangeSetting
from models.rules.exchange_manifest import EXCHANGED_TABLES
from models.storage.base import Base

WARN_DAYS_SETTING = "send_warn_days"
DEFAULT_WARN_DAYS = 30


@dataclass(frozen=True)
class SyncStatus:
    last_sequence: int | None  # None: never sent
    last_sent_on: date | None
    waiting: int  # rows changed since the last package's snapshot (all rows when nothing was sent)
    days_since: int | None
    warn_days: int

    @property
    def overdue(self) -> bool:
        """Never sent with data waiting, or sent longer ago than the office allows."""
        if self.days_since is None:
            return self.waiting > 0
        return self.days_since > self.warn_days


def sync_status(session: Session, today: date) -> SyncStatus:
    last = session.scalars(select(ExchangeSent).order_by(ExchangeSent.sequence.desc()).limit(1)).first()
    since: datetime | None = last.snapshot_at if last is not None else None
    waiting = 0
    for name in EXCHANGED_TABLES:
        table = Base.metadata.tables[name]
        query = select(func.count()).select_from(table)
        if since is not None:
            query = query.where(table.c.updated_at > since)
        waiting += session.scalar(query) or 0
    setting = session.get(ExchangeSetting, WARN_DAYS_SETTING)
    try:
        warn_days = int(setting.value) if setting is not None else DEFAULT_WARN_DAYS
    except ValueError:
        warn_days = DEFAULT_WARN_DAYS
    sent_on = last.created_at.date() if last is not None else None
    return SyncStatus(last.sequence if last is not None else None, sent_on, waiting,
                      (today - sent_on).days if sent_on is not None else None, warn_days)
