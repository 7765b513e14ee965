"""At the centre: apply a verified package in one transaction, row by row version, reporting conflicts.

A row is inserted when the centre does not have it, updated when the package brings a higher version,
left alone at the same version, and reported (never applied) when it brings an older version than the
one here, or claims a NIP or contract number that another row here holds. A jabatan of the same name as
one here is the same jabatan: the office's uuid becomes an alias of the local row.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from models.clock import utcnow
from models.entities import AuditEntry
from models.entities.exchange import ExchangeConflict, ExchangeOffice, ExchangeReceived
from models.rules.exchange_manifest import (
    EXCHANGED_TABLES,
    check_sequence,
    sequence_warning,
)
from models.services.audit import Actor
from models.services.bulk import bulk_insert
from models.services.exchange.errors import PackageRejected
from models.services.exchange.outcome import ImportResult, KnownOffice
from models.services.exchange.rows import Applier
from models.services.exchange.tables import decode_header, decode_table, table
from models.services.jobs import Job, Progress, run_to_end
from models.services.permissions import Permission, require
from models.storage.database import Database


def known_office(db: Database, manifest: dict) -> KnownOffice:
    """The registered sender of a package; PackageRejected when it is not registered or signs with another key."""
    from models.services.contracts.seal_payload import key_id, public_key_from_text

    sender = manifest["office"]
    with db.session_factory() as s:
        office = s.scalars(select(ExchangeOffice).where(ExchangeOffice.office_uuid == sender["uuid"])).first()
    if office is None:
        raise PackageRejected(
            f"Paket dari {sender.get('name', '?')} ({sender.get('code', '?')}) ditolak: kantor itu belum terdaftar "
            "di pusat, jadi kuncinya tidak dikenal. Daftarkan berkas kunci kantornya (Berkas > Pertukaran data > "
            "Daftarkan kantor daerah, atau register-office) lalu impor lagi. Tidak ada yang diterapkan.")
    registered_id = key_id(public_key_from_text(office.public_key))
    if sender["key_id"] != registered_id:
        raise PackageRejected(
            f"Paket dari {office.name} ditandatangani dengan kunci {sender['key_id']}, bukan kunci terdaftar "
            f"{registered_id}. Tidak ada yang diterapkan.")
    return KnownOffice(office.office_uuid, office.name, office.public_key)


class _DryRun(Exception):
    pass


def apply_package(db: Database, actor: Actor, manifest: dict, package_sha256: str, tables: dict[str, bytes],
                  office: KnownOffice, *, dry_run: bool = False) -> ImportResult:
    return run_to_end(apply_package_steps(db, actor, manifest, package_sha256, tables, office, dry_run=dry_run))


def apply_package_steps(db: Database, actor: Actor, manifest: dict, package_sha256: str, tables: dict[str, bytes],
                        office: KnownOffice, *, dry_run: bool = False) -> Job[ImportResult]:
    """Apply the decrypted tables of a verified package in one transaction (rolled back for a dry run).

    Yields Progress(tables done, tables, name) as it goes; returns what was done."""
    require(actor, Permission.EDIT_RECORDS)
    result = ImportResult(manifest["package_uuid"], office.name, manifest["sequence"], dry_run)
    decoded: dict[str, tuple[list[str], Future[list[list[Any]]], list[str]]] = {}
    # The rows are parsed in a thread while the previous table goes to the database (the driver waits on the
    # server without the GIL); a table whose rows do not match the manifest rolls the whole package back.
    with ThreadPoolExecutor(max_workers=1) as pool:
        for name in EXCHANGED_TABLES:
            if name in tables:
                columns, deleted = decode_header(tables[name])
                entry = manifest["tables"][name]
                expected = [c.name for c in table(name).columns if c.name != "id"]
                if sorted(columns) != sorted(expected):
                    raise PackageRejected(f"Kolom tabel {name} di paket tidak sama dengan skema pusat (paket skema "
                                          f"{manifest['schema_version']}). Perbarui program. Tidak ada yang "
                                          "diterapkan.")
                if len(deleted) != entry["deleted"]:
                    raise PackageRejected(f"Tabel {name}: daftar hapus tidak sama dengan manifes. Tidak ada yang "
                                          "diterapkan.")
                decoded[name] = (columns, pool.submit(_checked_rows, name, tables[name], entry["rows"]), deleted)
        try:
            with db.engine.connect() as conn, conn.begin():
                yield from _apply(conn, actor, manifest, package_sha256, decoded, office, result)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
    return result


def _checked_rows(name: str, data: bytes, expected: int) -> list[list[Any]]:
    _, rows, _ = decode_table(data)
    if len(rows) != expected:
        raise PackageRejected(f"Tabel {name} berisi {len(rows)} baris, manifes menyebut {expected}. Tidak ada yang "
                              "diterapkan.")
    return rows


def _apply(conn: Connection, actor: Actor, manifest: dict, sha256: str, decoded: dict, office: KnownOffice,
           result: ImportResult) -> Job[None]:
    offices = ExchangeOffice.__table__
    lock = select(offices).where(offices.c.office_uuid == office.uuid)
    if conn.dialect.name == "postgresql":
        lock = lock.with_for_update()  # two imports from one office wait for each other
    state = conn.execute(lock).one()
    received = ExchangeReceived.__table__
    before = conn.execute(select(received.c.received_at).where(
        received.c.package_uuid == manifest["package_uuid"])).scalar()
    if before is not None:
        result.already_applied = True
        result.unchanged = sum(entry["rows"] for entry in manifest["tables"].values())
        result.warnings.append(f"Paket ini sudah diterapkan pada {before:%d-%m-%Y %H:%M} UTC; tidak ada yang diubah.")
        return
    check = check_sequence(state.last_sequence, state.last_sha256, manifest["sequence"], manifest["previous_sha256"])
    warning = sequence_warning(office.name, check)
    if warning:
        result.warnings.append(warning)
    applier = Applier(conn, office, manifest["package_uuid"], result)
    for name in reversed(EXCHANGED_TABLES):
        if name in decoded and decoded[name][2]:
            applier.delete_rows(name, decoded[name][2])
    total = len(decoded)
    for done, name in enumerate([n for n in EXCHANGED_TABLES if n in decoded], start=1):
        columns, rows, _ = decoded[name]
        if manifest["tables"][name]["rows"]:
            applier.upsert(name, columns, rows.result())
        yield Progress(done, total, name)
    _record(conn, actor, manifest, sha256, office, state, result)


def _record(conn: Connection, actor: Actor, manifest: dict, sha256: str, office: KnownOffice, state: Any,
            result: ImportResult) -> None:
    now = utcnow()
    if result.conflicts:
        bulk_insert(conn, ExchangeConflict.__table__, [
            {"package_uuid": result.package_uuid, "office_uuid": office.uuid, "table_name": c.table,
             "row_uuid": c.row_uuid, "kind": c.kind, "detail": c.detail, "created_at": now, "resolved": False}
            for c in result.conflicts])
    rows = sum(entry["rows"] for entry in manifest["tables"].values())
    created = datetime.fromisoformat(manifest["created_at"].rstrip("Z"))
    conn.execute(insert(ExchangeReceived.__table__).values(
        package_uuid=result.package_uuid, office_uuid=office.uuid, sequence=result.sequence, sha256=sha256,
        previous_sha256=manifest["previous_sha256"], full=bool(manifest["full"]), created_at=created,
        received_at=now, received_by=actor.username, rows=rows, inserted=result.inserted, updated=result.updated,
        unchanged=result.unchanged, deleted=result.deleted, conflicts=len(result.conflicts),
        warnings=result.warnings))
    newer = result.sequence > state.last_sequence
    offices = ExchangeOffice.__table__
    conn.execute(update(offices).where(offices.c.office_uuid == office.uuid).values(
        last_received_at=now,
        **({"last_sequence": result.sequence, "last_sha256": sha256, "last_package_at": created} if newer else {})))
    conn.execute(insert(AuditEntry.__table__).values(
        uuid=_new_uuid(), created_at=now, updated_at=now, version=1, at=now, actor=actor.username, action="import",
        entity="exchange_package", entity_uuid=result.package_uuid,
        summary=(f"Paket {result.sequence} dari {office.name}: {result.inserted} baru, {result.updated} diubah, "
                 f"{result.unchanged} tetap, {result.deleted} dihapus, {len(result.conflicts)} konflik")[:300],
        changes={"sha256": [None, sha256], "warnings": [None, result.warnings]}))


def _new_uuid() -> str:
    from models.storage.base import new_uuid

    return new_uuid()
