"""What an office sends: the rows changed since its last package (or all of them), read in one snapshot.

Incremental by row version, without a column of its own: a package looks back from the previous package's
snapshot time by a margin (a transaction that was still open then may have stamped its rows a little
earlier than it committed), and skips each row that the previous package saw at the same version within
that margin. So nothing is missed and, in the normal case, nothing is sent twice; the centre compares row
versions anyway, so a row sent twice changes nothing there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, select

from models.clock import utcnow
from models.entities import AuditEntry, Office
from models.entities.exchange import ExchangeSent
from models.rules.exchange_manifest import EXCHANGED_TABLES
from models.services.audit import Actor
from models.services.errors import DomainError
from models.services.exchange.keys import central_public_key_pem
from models.services.exchange.tables import encode_table, exported_columns, json_lines_select, raw_rows, table
from models.services.permissions import Permission, require
from models.storage.base import new_uuid
from models.storage.database import Database, head_revision

MARGIN = timedelta(minutes=2)


@dataclass(frozen=True)
class OfficeFacts:
    uuid: str
    name: str
    code: str
    regency_name: str


@dataclass
class ExportPlan:
    """Everything a package needs besides its rows: who sends, which number, since when, for whom."""

    package_uuid: str
    office: OfficeFacts
    sequence: int
    previous_sha256: str | None
    full: bool
    since: datetime | None  # rows stamped at or after this; None: every row
    skip: dict[str, dict[str, int]]  # rows the previous package saw at this version near its snapshot
    skip_deleted: dict[str, set[str]]
    central_public_pem: bytes
    schema_version: str
    snapshot_at: datetime | None = None
    window: dict = field(default_factory=dict)  # filled by read_tables, stored with the package


@dataclass(frozen=True)
class TablePayload:
    name: str
    data: bytes  # encode_table's JSON Lines
    rows: int
    deleted: int


def plan_export(db: Database, full: bool = False) -> ExportPlan:
    """Number the package and decide what goes in it; raises DomainError when the office is not set up."""
    central = central_public_key_pem(db)
    with db.session_factory() as s:
        office = s.scalars(select(Office).order_by(Office.id).limit(1)).first()
        if office is None:
            raise DomainError("Pengaturan instansi belum diisi; paket data dikirim atas nama instansi.")
        last = s.scalars(select(ExchangeSent).order_by(ExchangeSent.sequence.desc()).limit(1)).first()
        facts = OfficeFacts(office.uuid, office.name, office.regency_code, office.regency_name)
    incremental = not full and last is not None
    window = (last.window or {}) if incremental and last is not None else {}
    return ExportPlan(
        package_uuid=new_uuid(), office=facts, sequence=(last.sequence + 1) if last else 1,
        previous_sha256=last.sha256 if last else None, full=not incremental,
        since=(last.snapshot_at - MARGIN) if incremental and last is not None else None,
        skip={name: dict(rows) for name, rows in window.get("rows", {}).items()},
        skip_deleted={name: set(uuids) for name, uuids in window.get("deleted", {}).items()},
        central_public_pem=central, schema_version=head_revision(),
    )


def _snapshot(conn: Connection) -> None:
    """Read every table as of one moment: a repeatable-read transaction on a server, a read on SQLite."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
    else:
        conn.exec_driver_sql("SELECT 1 FROM office LIMIT 1").fetchall()  # starts the WAL read snapshot


def read_tables(db: Database, plan: ExportPlan) -> Iterator[TablePayload]:
    """Each exchanged table's changed rows and deletions, read in one snapshot; fills plan.window."""
    with db.engine.connect() as conn, conn.begin():
        _snapshot(conn)
        plan.snapshot_at = utcnow()
        window_from = plan.snapshot_at - MARGIN
        window_rows: dict[str, dict[str, int]] = {}
        window_deleted: dict[str, list[str]] = {}
        tombstones = _tombstones(conn, plan.since)
        for name in EXCHANGED_TABLES:
            tbl = table(name)
            columns = exported_columns(tbl)
            skip = plan.skip.get(name, {})
            if skip:  # row by row, to leave out what the previous package sent
                rows = raw_rows(conn, json_lines_select(tbl, conn.dialect.name, plan.since))
                lines = [line for uuid, version, line in rows if skip.get(uuid) != version]
                count = len(lines)
            else:  # the whole table as one text, joined by the database
                ((count, text),) = raw_rows(conn, json_lines_select(tbl, conn.dialect.name, plan.since, aggregate=True))
                lines = [text] if count else []
            deleted = _deleted(conn, name, tombstones.get(name, []), plan.skip_deleted.get(name, set()))
            recent = raw_rows(conn, select(tbl.c.uuid, tbl.c.version).where(tbl.c.updated_at >= window_from))
            if recent:
                window_rows[name] = {uuid: version for uuid, version in recent}
            recent_deleted = [uuid for uuid, at in tombstones.get(name, []) if at >= window_from]
            if recent_deleted:
                window_deleted[name] = recent_deleted
            yield TablePayload(name, encode_table(columns, lines, deleted), count, len(deleted))
    plan.window = {"rows": window_rows, "deleted": window_deleted}


def _tombstones(conn: Connection, since: datetime | None) -> dict[str, list[tuple[str, datetime]]]:
    """Deleted rows by table, from the audit log (a deletion is always audited)."""
    if since is None:
        return {}  # a full package carries every row: the centre needs no deletions to catch up
    stmt = (select(AuditEntry.entity, AuditEntry.entity_uuid, AuditEntry.at)
            .where(AuditEntry.action == "delete", AuditEntry.at >= since,
                   AuditEntry.entity.in_(EXCHANGED_TABLES)))
    out: dict[str, list[tuple[str, datetime]]] = {}
    with_types = conn.execute(stmt).all()  # few rows: typed values are fine here
    for entity, uuid, at in with_types:
        out.setdefault(entity, []).append((uuid, at))
    return out


def _deleted(conn: Connection, name: str, stones: list[tuple[str, datetime]], skip: set[str]) -> list[str]:
    """Deleted uuids to send: not sent already, and not back in the table (a deletion that was undone)."""
    wanted = sorted({uuid for uuid, _ in stones} - skip)
    if not wanted:
        return []
    tbl = table(name)
    back = set(conn.execute(select(tbl.c.uuid).where(tbl.c.uuid.in_(wanted))).scalars())
    return [uuid for uuid in wanted if uuid not in back]


def record_sent(db: Database, actor: Actor, plan: ExportPlan, sha256: str, rows: int, file_name: str) -> None:
    """Remember the package (its number is now taken) and audit it."""
    require(actor, Permission.REPORT)
    from models.services.exchange.audit_entry import record_exchange

    with db.session_factory.begin() as s:
        taken = s.scalar(select(func.count()).select_from(ExchangeSent).where(ExchangeSent.sequence == plan.sequence))
        if taken:
            raise DomainError(f"Paket nomor {plan.sequence} sudah dibuat oleh proses lain; buat paket lagi.")
        assert plan.snapshot_at is not None
        s.add(ExchangeSent(sequence=plan.sequence, package_uuid=plan.package_uuid, sha256=sha256, full=plan.full,
                           snapshot_at=plan.snapshot_at, rows=rows, file_name=file_name, window=plan.window))
        kind = "lengkap" if plan.full else "perubahan"
        record_exchange(s, actor, "export", plan.package_uuid,
                        f"Paket data {kind} nomor {plan.sequence} dibuat ({rows} baris): {file_name}",
                        {"sequence": [None, plan.sequence], "rows": [None, rows], "sha256": [None, sha256]})
