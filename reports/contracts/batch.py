"""A signing ceremony's print batch: the chosen contracts in one print-ready PDF ordered by unit and name, and on
request one PDF per person in a folder per unit, the attendance list and an Excel list of what was printed.

Numbers are planned before rendering (so they are on the paper) and given for real, in one transaction with
marking the contracts printed, only once every file is complete: a cancelled or failed batch has numbered
nothing and leaves no half-written files. Chunks of contracts are rendered in worker processes and joined into
the merged file as they come back, so memory stays flat however large the batch. `iter_print_contracts` is the
batch as a generator of (done, total) for the window's job runner (closing it cancels cleanly);
`print_contracts` drives it with `progress(done, total)` and polls `cancelled()`.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, replace
from datetime import date
from multiprocessing.pool import AsyncResult
from pathlib import Path

from models.rules.nip import KIND_PPPK, format_nip
from models.services.audit import Actor
from models.services.contract_documents import (
    ContractFacts,
    ContractSelection,
    iter_contract_facts,
    office_facts,
    select_contract_ids,
)
from models.services.contract_printing import count_unnumbered, mark_printed, plan_numbers
from models.services.contract_seal import office_signer
from models.services.errors import Cancelled, DomainError
from models.storage.database import Database
from reports.contracts.attendance import AttendanceRow, write_attendance
from reports.contracts.excel import PrintedRow, write_printed_list
from reports.contracts.pdfmerge import PdfConcatenator
from reports.contracts.worker import ChunkJob, ChunkResult, person_file, render_chunk, unit_folder

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
DEFAULT_WORKERS = 2  # the offices' machines have two cores; more processes only add memory
STOP_SECONDS = 5.0  # how long a cancelled batch waits for its pool to wind down
POLL_SECONDS = 0.1  # how often a batch waiting for a worker process looks whether it was cancelled


@dataclass(frozen=True)
class BatchOptions:
    out: Path
    per_person_dir: Path | None = None
    attendance: Path | None = None
    excel: Path | None = None
    workers: int | None = None  # None: up to DEFAULT_WORKERS processes; 1: render in this process
    chunk_size: int = 150
    printed_on: date | None = None  # dates the numbers of contracts without a signing date
    key_folder: Path | None = None  # where the office's signing key lives (default: kunci/ beside the database)


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

    def as_dict(self) -> dict:
        return {"contracts": self.contracts, "pages": self.pages, "seconds": round(self.seconds, 2),
                "out": str(self.out), "numbered": self.numbered, "person_files": self.person_files,
                "attendance_pages": self.attendance_pages, "excel": str(self.excel) if self.excel else None}


def _check_targets(options: BatchOptions) -> None:
    for path in (options.out, options.attendance, options.excel):
        if path is not None and not Path(path).parent.is_dir():
            raise DomainError(f"Folder '{Path(path).parent}' tidak ada; buat dahulu atau pilih folder lain.")
    if options.per_person_dir is not None and Path(options.per_person_dir).exists() \
            and not Path(options.per_person_dir).is_dir():
        raise DomainError(f"'{options.per_person_dir}' bukan folder.")


class _Collector:
    """Joins returned chunks in order and keeps the light rows the attendance and Excel lists need."""

    def __init__(self, concatenator: PdfConcatenator, total: int, cancelled: IsCancelled | None) -> None:
        self.concatenator = concatenator
        self.total = total
        self.cancelled = cancelled
        self.printed: list[PrintedRow] = []
        self.signing: set[tuple[date | None, str | None]] = set()
        self.person_files: list[str] = []
        self.expected_files: list[Path] = []  # per-person files a worker may have begun, taken back or not
        self.done = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("Pencetakan dibatalkan; berkas yang belum selesai dihapus dan tidak ada perjanjian "
                            "yang ditandai dicetak.")

    def expect(self, job: ChunkJob, items: list[ContractFacts]) -> None:
        if job.per_person_dir:
            self.expected_files.extend(Path(job.per_person_dir) / unit_folder(f) / person_file(f) for f in items)

    def take(self, result: ChunkResult, items: list[ContractFacts]) -> None:
        first_page = self.concatenator.pages + 1
        self.concatenator.append(result.pdf)
        for facts, pages, person in zip(items, result.pages, result.person_files, strict=True):
            self.signing.add((facts.signing_date, facts.signing_place))
            self.printed.append(PrintedRow(
                number=facts.number or "", nip=facts.nip, name=facts.name, position=facts.position_name,
                unit=facts.unit_name, opd=facts.unit_path[0], kind=facts.kind.label, start=facts.start_date,
                end=facts.end_date, salary=facts.salary, first_page=first_page, pages=pages, person_file=person))
            if person:
                self.person_files.append(person)
            first_page += pages
        self.done += len(items)


def numbered(facts: ContractFacts, number: str) -> ContractFacts:
    """The facts as the paper shows them: with the number planned for this print."""
    if facts.number == number:
        return facts
    return replace(facts, number=number, values={**facts.values, "nomor": number})


def _jobs(facts: Iterator[ContractFacts], numbers: dict[int, str], office, signer, size: int,
          per_person: Path | None, collector: _Collector) -> Iterator[tuple[ChunkJob, list[ContractFacts]]]:
    chunk: list[tuple[ContractFacts, str]] = []
    index = 0
    for item in facts:
        item = numbered(item, numbers[item.contract_id])
        chunk.append((item, signer.seal(item)))
        if len(chunk) == size:
            yield ChunkJob(index, office, tuple(chunk), str(per_person) if per_person else None), [f for f, _ in chunk]
            chunk, index = [], index + 1
            collector.check()
    if chunk:
        yield ChunkJob(index, office, tuple(chunk), str(per_person) if per_person else None), [f for f, _ in chunk]


def _render(jobs: Iterator[tuple[ChunkJob, list[ContractFacts]]], workers: int,
            collector: _Collector) -> Iterator[int]:
    """Render the chunks and join them in order; yields the count of contracts done after each chunk, and while
    waiting for a worker every POLL_SECONDS, so a cancel (closing this generator) takes effect at once."""
    if workers <= 1:
        for job, items in jobs:
            collector.expect(job, items)
            collector.take(render_chunk(job), items)
            yield collector.done
        return
    # spawn, not fork: the window's process has threads (Qt, the job runner) that a fork would copy half-way.
    pool = multiprocessing.get_context("spawn").Pool(workers)
    window: deque[tuple[AsyncResult, list[ContractFacts]]] = deque()
    completed = False
    try:
        for job, items in jobs:
            collector.expect(job, items)
            window.append((pool.apply_async(render_chunk, (job,)), items))
            while len(window) >= workers * 2:
                yield from _take_first(window, collector)
        while window:
            yield from _take_first(window, collector)
        completed = True
    finally:
        if completed:
            pool.close()
            pool.join()
        else:  # cancelled or failed: stop the workers now rather than let them finish chunks nobody wants
            _stop_pool(pool)


def _stop_pool(pool) -> None:
    """Kill the workers, then let Pool.terminate tidy up its handler threads, but never wait on it for long:
    Pool.terminate can deadlock joining its handler threads when a worker dies holding the task queue's lock
    (seen once in CI). The killed workers hold nothing; an abandoned daemon thread costs nothing."""
    import threading

    for process in list(getattr(pool, "_pool", [])):
        if process.is_alive():
            process.kill()
    stopper = threading.Thread(target=lambda: (pool.terminate(), pool.join()), daemon=True)
    stopper.start()
    stopper.join(STOP_SECONDS)


def _take_first(window: deque[tuple[AsyncResult, list[ContractFacts]]], collector: _Collector) -> Iterator[int]:
    result, items = window[0]
    while not result.ready():
        result.wait(POLL_SECONDS)
        yield collector.done
    window.popleft()
    collector.take(result.get(), items)
    yield collector.done


def _common(values: set) -> object | None:
    """The one value every contract shares, or None."""
    return next(iter(values)) if len(values) == 1 else None


def print_contracts(db: Database, actor: Actor, selection: ContractSelection, options: BatchOptions, *,
                    progress: Progress | None = None, cancelled: IsCancelled | None = None) -> BatchResult:
    """Print the chosen contracts; see the module's description. Raises DomainError (or Cancelled)."""
    batch = iter_print_contracts(db, actor, selection, options, cancelled=cancelled)
    reported = 0
    while True:
        try:
            done, total = next(batch)
        except StopIteration as stop:
            return stop.value
        if progress is not None and done > reported:  # once after each chunk; not for the waits between
            reported = done
            progress(done, total)


def iter_print_contracts(db: Database, actor: Actor, selection: ContractSelection, options: BatchOptions, *,
                         cancelled: IsCancelled | None = None) -> Generator[tuple[int, int], None, BatchResult]:
    """The batch step by step: yields (done, total) after each chunk, returns the BatchResult.

    Closing the generator (or `cancelled()` turning true) stops it: the worker processes are stopped, every file
    it began is removed, and no contract is numbered or marked printed.
    """
    started = time.perf_counter()
    _check_targets(options)
    with db.session_factory() as s:
        ids = select_contract_ids(s, selection)
    if not ids:
        raise DomainError("Tidak ada perjanjian kerja yang cocok dengan pilihan ini; tidak ada yang dicetak.")
    signer = office_signer(db, actor, options.key_folder)  # before anything else: a missing key stops it all
    numbered = count_unnumbered(db, ids)
    numbers = plan_numbers(db, ids, on=options.printed_on)
    log.info("%d perjanjian dipilih dan nomornya direncanakan dalam %.2f detik", len(ids),
             time.perf_counter() - started)
    yield 0, len(ids)
    workers = options.workers or min(DEFAULT_WORKERS, os.cpu_count() or 1)
    if len(ids) < options.chunk_size * 2:
        workers = 1  # starting processes would cost more than it saves
    out = Path(options.out)
    partial = out.with_name(out.name + ".sebagian")
    concatenator = PdfConcatenator(partial, "Perjanjian Kerja PPPK")
    collector = _Collector(concatenator, len(ids), cancelled)
    written: list[Path] = []  # the lists, removed again if the batch does not complete
    folder_existed = options.per_person_dir is not None and Path(options.per_person_dir).exists()
    try:
        with db.session_factory() as s:
            office = office_facts(s)
            facts = iter_contract_facts(s, ids, office)
            jobs = _jobs(facts, numbers, office, signer, options.chunk_size, options.per_person_dir, collector)
            for done in _render(jobs, workers, collector):
                yield done, len(ids)
                collector.check()
        concatenator.close()
        log.info("PDF gabungan selesai pada detik %.2f", time.perf_counter() - started)
        printed = collector.printed
        attendance_pages = None
        if options.attendance is not None:
            written.append(Path(options.attendance))
            attendance_pages = _write_attendance(options.attendance, printed, collector, selection, office)
        if options.excel is not None:
            written.append(Path(options.excel))
            write_printed_list(options.excel, printed)
        collector.check()
        mark_printed(db, actor, ids, on=options.printed_on, cancelled=cancelled, expected_numbers=numbers)
    except BaseException:
        concatenator.abort()
        Path(partial).unlink(missing_ok=True)
        for path in [*collector.person_files, *collector.expected_files, *written]:
            Path(path).unlink(missing_ok=True)
        _remove_empty_folders(collector.expected_files, None if folder_existed else options.per_person_dir)
        raise
    os.replace(partial, out)
    log.info("Ditandai dicetak pada detik %.2f", time.perf_counter() - started)
    return BatchResult(contracts=len(ids), pages=concatenator.pages, seconds=time.perf_counter() - started,
                       out=out, numbered=numbered, person_files=len(collector.person_files),
                       attendance_pages=attendance_pages, excel=Path(options.excel) if options.excel else None)


def _remove_empty_folders(person_files: list[Path], top: Path | None) -> None:
    """The unit folders (and the folder per person, when this batch made it) that a cancelled batch left empty."""
    for folder in sorted({Path(p).parent for p in person_files}, reverse=True):
        with contextlib.suppress(OSError):  # not empty: it holds files from before
            folder.rmdir()
    if top is not None:
        with contextlib.suppress(OSError):
            Path(top).rmdir()


def _write_attendance(target: Path, printed: list[PrintedRow], collector: _Collector, selection: ContractSelection,
                      office) -> int:
    kinds = {row.kind for row in printed}
    title = "Penandatanganan Perjanjian Kerja " + (kinds.pop() if len(kinds) == 1 else "PPPK")
    dates = {d for d, _ in collector.signing}
    places = {p for _, p in collector.signing}
    rows = [AttendanceRow(r.name, format_nip(r.nip, KIND_PPPK), r.position, r.unit,
                          r.opd if r.opd == r.unit else f"{r.opd} - {r.unit}") for r in printed]
    return write_attendance(target, rows, paper=office.paper_size, title=title,
                            signing_date=selection.signing_date or _common(dates),
                            place=_common(places) or office.values.get("kota"))
