"""Two district offices and a centre for the exchange tests, with their keys, and the send and receive jobs
driven to their end with the real package format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from models.services.audit import Actor
from models.services.exchange import (
    ExportResult,
    ImportResult,
    make_central_keys,
    office_key_export,
    receive_package,
    register_office,
    send_package,
    set_central_key,
)
from models.services.jobs import run_to_end
from models.services.organization import OfficeInput, save_office
from models.storage.base import Base
from models.storage.database import Database, open_database
from reports.exchange import package
from tests.factories import ADMIN, CLERK

PALANGKA = OfficeInput(name="BKPSDM Kota Palangka Raya", regency_code="62.71", regency_name="Kota Palangka Raya")
KAPUAS = OfficeInput(name="BKPSDM Kabupaten Kapuas", regency_code="62.03", regency_name="Kabupaten Kapuas")


@dataclass
class Keys:
    private: Path
    public: Path


def central_keys(folder: Path) -> Keys:
    private, public, _ = make_central_keys(folder)
    return Keys(private, public)


def make_office(folder: Path, data: OfficeInput, keys: Keys) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "kantor.sqlite")
    save_office(db, data, ADMIN)
    set_central_key(db, ADMIN, keys.public.read_bytes())
    return db


def register(central: Database, office: Database) -> None:
    register_office(central, ADMIN, office_key_export(office, CLERK))


def export_package(db: Database, out: Path, actor: Actor, **options) -> ExportResult:
    return run_to_end(send_package(db, out, actor, package, **options))


def import_package(db: Database, path: Path, central_key: Path, actor: Actor, **options) -> ImportResult:
    return run_to_end(receive_package(db, path, central_key, actor, package, **options))


def counts(db: Database) -> dict[str, int]:
    """Rows in every table: proof that a refused package wrote nothing."""
    with db.session_factory() as s:
        return {name: s.scalar(select(func.count()).select_from(tbl)) for name, tbl in Base.metadata.tables.items()}


def flip_byte(path: Path, offset: int) -> Path:
    """A copy of the package with one byte changed at `offset` (negative: from the end)."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    changed = path.with_name(f"ubah{offset}-{path.name}")
    changed.write_bytes(bytes(data))
    return changed
