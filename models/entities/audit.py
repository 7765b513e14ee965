"""The audit log: who changed what, when, from which values to which."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.storage.base import Base, RecordMixin


class AuditEntry(RecordMixin, Base):
    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(30))  # create, update, end, delete, ...
    entity: Mapped[str] = mapped_column(String(40), index=True)  # table name
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    summary: Mapped[str | None] = mapped_column(String(300))
    # {"field": [old, new], ...}; values as JSON-safe text
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
