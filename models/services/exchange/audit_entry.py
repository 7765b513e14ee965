"""The audit entry of an exchange step (a package made, registered, applied), which has no row of its own."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.entities import AuditEntry
from models.services.audit import Actor


def record_exchange(session: Session, actor: Actor, action: str, package_uuid: str, summary: str,
                    changes: dict[str, list[Any]] | None = None) -> None:
    session.add(AuditEntry(actor=actor.username, action=action, entity="exchange_package",
                           entity_uuid=package_uuid, summary=summary[:300], changes=changes or {}))
