"""Printing a batch in a test: the use case with the PDF output, driven to its end."""

from __future__ import annotations

from collections.abc import Callable

from models.services.audit import Actor
from models.services.contracts.print_batch import BatchOptions, BatchResult, print_batch
from models.services.contracts.selection import ContractSelection
from models.services.jobs import Job, Progress, run_to_end
from models.storage.database import Database
from reports.contracts.batch import PdfBatch


def print_job(db: Database, actor: Actor, selection: ContractSelection, options: BatchOptions) -> Job[BatchResult]:
    return print_batch(db, actor, selection, options, PdfBatch())


def print_contracts(db: Database, actor: Actor, selection: ContractSelection, options: BatchOptions,
                    on_progress: Callable[[Progress], object] | None = None) -> BatchResult:
    return run_to_end(print_job(db, actor, selection, options), on_progress)
