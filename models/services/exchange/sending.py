"""At an office: make a package for the central office (a job), through the package format the caller hands in.

    result = run_to_end(send_package(db, out, actor, reports.exchange.package))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.rules.exchange_manifest import EXCHANGED_TABLES
from models.services.audit import Actor
from models.services.contracts.seal import office_signer
from models.services.exchange.export import plan_export, read_tables, record_sent
from models.services.exchange.package_format import PackageFormat
from models.services.jobs import Job, Progress
from models.storage.database import Database


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


def send_package(db: Database, out: Path, actor: Actor, package_format: PackageFormat, *, full: bool = False,
                 key_folder: Path | None = None) -> Job[ExportResult]:
    """Make a package: yields Progress(tables done, total, table name), then returns what was sent.

    `out` is a file, or a folder (a USB drive) to put the package in under its own name. The signing key is
    the contract seal's key (kunci/ beside the database, or key_folder).
    """
    plan = plan_export(db, full)
    signer = office_signer(db, actor, key_folder)
    out = Path(out)
    path = out / package_file_name(plan.office.code, plan.sequence, plan.full) if out.is_dir() else out
    total = len(EXCHANGED_TABLES) + 1
    written = yield from package_format.write_package(path, plan, read_tables(db, plan), signer.private_bytes,
                                                      signer.key_id, program_version(), total=total)
    try:
        record_sent(db, actor, plan, written.sha256, written.rows, path.name)
    except Exception:
        path.unlink(missing_ok=True)  # a package whose number is not recorded must not travel
        raise
    yield Progress(total, total, "selesai")
    return ExportResult(path, plan.sequence, written.rows, written.deleted, plan.full, written.sha256, written.tables)
