"""At the centre: receive a package (a job), read through the package format the caller hands in, verified
completely (signature, central key, checksums) before it is applied in one transaction.

    result = run_to_end(receive_package(db, path, central_key, actor, reports.exchange.package))
"""

from __future__ import annotations

from pathlib import Path

from models.services.audit import Actor
from models.services.exchange.apply import apply_package_steps, known_office
from models.services.exchange.keys import load_central_private_key
from models.services.exchange.outcome import ImportResult
from models.services.exchange.package_format import PackageFormat
from models.services.jobs import Job, Progress
from models.storage.database import Database


def receive_package(db: Database, path: Path, central_key: Path, actor: Actor, package_format: PackageFormat, *,
                    dry_run: bool = False) -> Job[ImportResult]:
    """Verify, then apply: yields Progress(1, total, "terverifikasi"), then one step per table applied."""
    package = package_format.read_package(Path(path))
    office = known_office(db, package.manifest)
    package_format.verify_signature(package, office.public_key, office.name)
    tables = package_format.decrypt_tables(package, load_central_private_key(Path(central_key)))
    total = len(tables) + 1
    yield Progress(1, total, "terverifikasi")
    steps = apply_package_steps(db, actor, package.manifest, package.sha256, tables, office, dry_run=dry_run)
    try:
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                return stop.value
            yield Progress(step.done + 1, total, step.text)
    finally:
        steps.close()  # closed at a step (Batal): the apply's transaction rolls back now, not when collected
