"""Who did what: the acting user, JSON-safe snapshots of rows, and audit entries of old -> new values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import AuditEntry
from models.storage.base import Base


@dataclass(frozen=True)
class Actor:
    """The person (or the program itself) on whose behalf a service runs."""

    username: str
    role: str = "admin"


SYSTEM = Actor("sistem")


def current_username() -> str:
    """The operating-system user: the actor of batch commands, and of a window opened without sign-in."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return SYSTEM.username

# Columns every row carries; their changes are bookkeeping, not news for the audit log.
_BOOKKEEPING = {"id", "uuid", "created_at", "updated_at", "version"}


def json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bita>"
    return value


def snapshot(row: Base) -> dict[str, Any]:
    """The row's own column values, JSON-safe, without bookkeeping columns."""
    return {
        col.key: json_value(getattr(row, col.key))
        for col in row.__table__.columns
        if col.key not in _BOOKKEEPING
    }


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field whose value changed."""
    keys = before.keys() | after.keys()
    return {k: [before.get(k), after.get(k)] for k in sorted(keys) if before.get(k) != after.get(k)}


def record(
    session: Session,
    actor: Actor,
    action: str,
    row: Base,
    changes: dict[str, list[Any]],
    summary: str | None = None,
) -> AuditEntry:
    """Add an audit entry to the session's transaction (it commits or rolls back with the change)."""
    if row.uuid is None:  # a new row gets its uuid at flush; bulk changes to loaded rows need none
        session.flush()
    entry = AuditEntry(
        actor=actor.username,
        action=action,
        entity=row.__tablename__,
        entity_uuid=row.uuid,
        summary=(summary or "")[:300] or None,
        changes=changes,
    )
    session.add(entry)
    return entry


def record_create(session: Session, actor: Actor, row: Base, summary: str | None = None) -> AuditEntry:
    return record(session, actor, "create", row, diff({}, snapshot(row)), summary)


def record_update(session: Session, actor: Actor, row: Base, values: dict[str, Any], summary: str) -> dict:
    """Set `values` on `row` and log what actually changed (nothing when nothing did); returns the changes."""
    before = snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    changes = diff(before, snapshot(row))
    if changes:
        record(session, actor, "update", row, changes, summary)
    return changes


def changed_since(session: Session, row: Base, saves: int) -> str:
    """Who changed `row` in its last `saves` saves, when, and which fields, for a stale-edit message, e.g.
    "oleh rina pada 26-11-2026 14:05 (golongan, jabatan)"; empty when the log says nothing."""
    from models.services.errors import field_label

    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == row.__tablename__, AuditEntry.entity_uuid == row.uuid)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(max(1, min(saves, 20)))
    ).all()
    if not entries:
        return ""
    actors = list(dict.fromkeys(e.actor for e in entries))
    fields = list(dict.fromkeys(f for e in reversed(entries) for f in (e.changes or {})))
    when = entries[0].at.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
    text = f"oleh {', '.join(actors)} pada {when}"
    if fields:
        text += " (" + ", ".join(field_label(f) for f in fields) + ")"
    return text
