"""Exchange package files: make one at an office (export), apply one at the centre (import)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.rules.exchange_manifest import EXCHANGED_TABLES
from models.services.audit import Actor
from models.services.contract_seal import office_signer
from models.services.exchange import (
    ImportResult,
    apply_package_steps,
    known_office,
    load_central_private_key,
    plan_export,
    read_tables,
    record_sent,
)
from models.storage.database import Database
from reports.exchange.package import decrypt_tables, read_package, verify_signature, write_package

Step = tuple[int, int, str]


def program_version() -> str:
    from models.version import __version__

    return __version__


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    rows: int
    deleted: int
    full: bool
    sha256: str
    tables: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {"package": str(self.path), "rows": self.rows, "sequence": self.sequence, "deleted": self.deleted,
                "full": self.full, "sha256": self.sha256, "tables": self.tables}


def package_file_name(code: str, sequence: int, full: bool) -> str:
    kind = "lengkap" if full else "perubahan"
    return f"paket-{code.replace('.', '')}-{sequence:05d}-{kind}.zip"


def export_steps(db: Database, out: Path, actor: Actor, full: bool = False,
                 key_folder: Path | None = None) -> Generator[Step, None, ExportResult]:
    """Make a package (a job for gui.workers.run_job: yields (done, total, table) and returns the result).

    `out` is a file, or a folder (a USB drive) to put the package in under its own name. The signing key is
    the contract seal's key (kunci/ beside the database, or key_folder).
    """
    plan = plan_export(db, full)
    signer = office_signer(db, actor, key_folder)
    out = Path(out)
    path = out / package_file_name(plan.office.code, plan.sequence, plan.full) if out.is_dir() else out
    total = len(EXCHANGED_TABLES) + 1
    written = yield from write_package(path, plan, read_tables(db, plan), signer.private_bytes, signer.key_id,
                                       program_version(), total=total)
    try:
        record_sent(db, actor, plan, written.sha256, written.rows, path.name)
    except Exception:
        path.unlink(missing_ok=True)  # a package whose number is not recorded must not travel
        raise
    yield total, total, "selesai"
    return ExportResult(path, plan.sequence, written.rows, written.deleted, plan.full, written.sha256, written.tables)


def run_steps(steps: Generator[Step, None, Any]) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def export_package(db: Database, out: Path, actor: Actor, full: bool = False,
                   key_folder: Path | None = None) -> ExportResult:
    return run_steps(export_steps(db, out, actor, full, key_folder))


def import_steps(db: Database, path: Path, central_key: Path, actor: Actor,
                 dry_run: bool = False) -> Generator[Step, None, ImportResult]:
    """Verify a package completely (signature, central key, checksums), then apply it in one transaction."""
    package = read_package(Path(path))
    office = known_office(db, package.manifest)
    verify_signature(package, office.public_key, office.name)
    tables = decrypt_tables(package, load_central_private_key(Path(central_key)))
    total = len(tables) + 1
    yield 1, total, "terverifikasi"
    steps = apply_package_steps(db, actor, package.manifest, package.sha256, tables, office, dry_run=dry_run)
    while True:
        try:
            done, _, name = next(steps)
        except StopIteration as stop:
            return stop.value
        yield done + 1, total, name


def import_package(db: Database, path: Path, central_key: Path, actor: Actor, dry_run: bool = False,
                   progress: Callable[[int, int, str], None] | None = None) -> ImportResult:
    steps = import_steps(db, path, central_key, actor, dry_run)
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress:
            progress(*step)
