"""A signing ceremony's print batch, the use case: the chosen contracts numbered, sealed, put on paper by an
output, and marked printed.

Numbers are planned before rendering (so they are on the paper) and given for real, in one transaction with
marking the contracts printed, only once every file is complete: a cancelled or failed batch has numbered
nothing, and its output removes what it began. The paper itself is the output's business (reports.contracts
.batch.PdfBatch: one merged PDF, a PDF per person, the attendance list, the Excel list), handed in by the
caller, so this module knows no file format:

    result = run_to_end(print_batch(db, actor, selection, options, PdfBatch()))

The batch is a job (models/services/jobs.py): closing it at a step (Batal) stops the output and saves nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Protocol

from models.services.audit import Actor
from models.services.contracts.documents import ContractFacts, OfficeFacts, iter_contract_facts, office_facts
from models.services.contracts.printing import count_unnumbered, mark_printed, plan_numbers
from models.services.contracts.seal import office_signer
from models.services.contracts.selection import ContractSelection, select_contract_ids
from models.services.errors import DomainError
from models.services.jobs import Job, Progress
from models.storage.database import Database

log = logging.getLogger(__name__)

SealedContract = tuple[ContractFacts, str | None]  # the facts as printed and the QR payload that seals them


@dataclass(frozen=True)
class BatchOptions:
    out: Path
    per_person_dir: Path | None = None
    attendance: Path | None = None
    excel: Path | None = None
    workers: int | None = None  # None: as many processes as the output finds useful; 1: render in this process
    chunk_size: int = 150
    printed_on: date | None = None  # dates the numbers of contracts without a signing date
    key_folder: Path | None = None  # where the office's signing key lives (default: kunci/ beside the database)


@dataclass(frozen=True)
class PrintedFiles:
    """What an output made: the merged file and its pages, and the extra files asked for."""

    out: Path
    pages: int
    person_files: int
    attendance_pages: int | None
    excel: Path | None


class BatchOutput(Protocol):
    """Turns sealed contracts into files; nothing it writes counts until `keep()`."""

    def check(self, options: BatchOptions) -> None:
        """Refuse (DomainError) targets that cannot be written, before anything is planned."""

    def render(self, contracts: Iterator[SealedContract], total: int, office: OfficeFacts, options: BatchOptions,
               selection: ContractSelection) -> Generator[Progress, None, PrintedFiles]:
        """Write every file as unfinished work, yielding progress; closing it stops the work."""

    def keep(self) -> None:
        """Put the finished files in place (the batch is saved)."""

    def discard(self) -> None:
        """Remove everything this output began (the batch failed or was cancelled)."""


@dataclass(frozen=True)
class BatchResult:
    contracts: int
    pages: int
    seconds: float
    out: Path
    numbered: int  # contracts that got their number in this batch
    person_files: int
    attendance_pages: int | None
    excel: Path | None
    # Signed contracts printed as they were signed although the records have changed since (a warning).
    changed_since_signing: int = 0

    def as_dict(self) -> dict:
        return {"contracts": self.contracts, "pages": self.pages, "seconds": round(self.seconds, 2),
                "out": str(self.out), "numbered": self.numbered, "person_files": self.person_files,
                "attendance_pages": self.attendance_pages, "excel": str(self.excel) if self.excel else None,
                "changed_since_signing": self.changed_since_signing}


def numbered(facts: ContractFacts, number: str) -> ContractFacts:
    """The facts as the paper shows them: with the number planned for this print."""
    if facts.number == number:
        return facts
    return replace(facts, number=number, values={**facts.values, "nomor": number})


def print_batch(db: Database, actor: Actor, selection: ContractSelection, options: BatchOptions,
                output: BatchOutput) -> Job[BatchResult]:
    """Print the chosen contracts through `output`; see the module's description. Raises DomainError.

    Yields Progress(0, total) once the numbers are planned, then the output's progress.
    """
    started = time.perf_counter()
    output.check(options)
    with db.session_factory() as s:
        ids = select_contract_ids(s, selection)
    if not ids:
        raise DomainError("Tidak ada perjanjian kerja yang cocok dengan pilihan ini; tidak ada yang dicetak.")
    signer = office_signer(db, actor, options.key_folder)  # before anything else: a missing key stops it all
    new_numbers = count_unnumbered(db, ids)
    numbers = plan_numbers(db, ids, on=options.printed_on)
    log.info("%d perjanjian dipilih dan nomornya direncanakan dalam %.2f detik", len(ids),
             time.perf_counter() - started)
    yield Progress(0, len(ids))
    try:
        with db.session_factory() as s:
            office = office_facts(s)
            changed: list[int] = []
            sealed = (_sealed(facts, numbers, signer, changed) for facts in iter_contract_facts(s, ids, office))
            files = yield from output.render(sealed, len(ids), office, options, selection)
        log.info("Berkas selesai pada detik %.2f", time.perf_counter() - started)
        mark_printed(db, actor, ids, on=options.printed_on, expected_numbers=numbers)
    except BaseException:
        output.discard()
        raise
    output.keep()
    log.info("Ditandai dicetak pada detik %.2f", time.perf_counter() - started)
    return BatchResult(contracts=len(ids), pages=files.pages, seconds=time.perf_counter() - started,
                       out=files.out, numbered=new_numbers, person_files=files.person_files,
                       attendance_pages=files.attendance_pages, excel=files.excel,
                       changed_since_signing=len(changed))


def _sealed(facts: ContractFacts, numbers: dict[int, str], signer, changed: list[int]) -> SealedContract:
    if facts.changed_since_signing:
        changed.append(facts.contract_id)
    item = numbered(facts, numbers[facts.contract_id])
    return item, signer.seal(item)
