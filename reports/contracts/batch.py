"""The paper of a print batch (models.services.contracts.print_batch): the sealed contracts in one print-ready
PDF ordered as they come (by unit and name), and on request one PDF per person in a folder per unit, the
attendance list and an Excel list of what was printed.

Chunks of contracts are rendered in worker processes and joined into the merged file as they come back, so
memory stays flat however large the batch. Everything is written as unfinished work: the merged file under a
".sebagian" name until `keep()`, and `discard()` removes every file the batch began.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Iterator
from datetime import date
from multiprocessing.pool import AsyncResult
from pathlib import Path

from models.rules.nip import KIND_PPPK, format_nip
from models.services.contracts.documents import ContractFacts, OfficeFacts
from models.services.contracts.print_batch import BatchOptions, PrintedFiles, SealedContract
from models.services.contracts.selection import ContractSelection
from models.services.errors import DomainError
from models.services.jobs import Progress
from reports.contracts.attendance import AttendanceRow, write_attendance
from reports.contracts.excel import PrintedRow, write_printed_list
from reports.contracts.pdfmerge import PdfConcatenator
from reports.contracts.worker import ChunkJob, ChunkResult, person_file, render_chunk, unit_folder

log = logging.getLogger(__name__)
DEFAULT_WORKERS = 2  # the offices' machines have two cores; more processes only add memory
STOP_SECONDS = 5.0  # how long a cancelled batch waits for its pool to wind down
POLL_SECONDS = 0.1  # how often a batch waiting for a worker process reports (and so can be closed)


def _check_targets(options: BatchOptions) -> None:
    for path in (options.out, options.attendance, options.excel):
        if path is not None and not Path(path).parent.is_dir():
            raise DomainError(f"Folder '{Path(path).parent}' tidak ada; buat dahulu atau pilih folder lain.")
    if options.per_person_dir is not None and Path(options.per_person_dir).exists() \
            and not Path(options.per_person_dir).is_dir():
        raise DomainError(f"'{options.per_person_dir}' bukan folder.")


class _Collector:
    """Joins returned chunks in order and keeps the light rows the attendance and Excel lists need."""

    def __init__(self, concatenator: PdfConcatenator) -> None:
        self.concatenator = concatenator
        self.printed: list[PrintedRow] = []
        self.signing: set[tuple[date | None, str | None]] = set()
        self.person_files: list[str] = []
        self.expected_files: list[Path] = []  # per-person files a worker may have begun, taken back or not
        self.done = 0

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


def _jobs(contracts: Iterator[SealedContract], office: OfficeFacts, size: int,
          per_person: Path | None) -> Iterator[tuple[ChunkJob, list[ContractFacts]]]:
    chunk: list[SealedContract] = []
    index = 0
    folder = str(per_person) if per_person else None
    for item in contracts:
        chunk.append(item)
        if len(chunk) == size:
            yield ChunkJob(index, office, tuple(chunk), folder), [f for f, _ in chunk]
            chunk, index = [], index + 1
    if chunk:
        yield ChunkJob(index, office, tuple(chunk), folder), [f for f, _ in chunk]


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


class PdfBatch:
    """The batch's files (a models.services.contracts.print_batch.BatchOutput)."""

    def __init__(self) -> None:
        self._partial: Path | None = None
        self._out: Path | None = None
        self._collector: _Collector | None = None
        self._written: list[Path] = []  # the lists, removed again if the batch does not complete
        self._person_dir: Path | None = None  # the folder per person, when this batch made it

    def check(self, options: BatchOptions) -> None:
        _check_targets(options)

    def render(self, contracts: Iterator[SealedContract], total: int, office: OfficeFacts, options: BatchOptions,
               selection: ContractSelection) -> Generator[Progress, None, PrintedFiles]:
        workers = options.workers or min(DEFAULT_WORKERS, os.cpu_count() or 1)
        if total < options.chunk_size * 2:
            workers = 1  # starting processes would cost more than it saves
        self._out = Path(options.out)
        self._partial = self._out.with_name(self._out.name + ".sebagian")
        concatenator = PdfConcatenator(self._partial, "Perjanjian Kerja PPPK")
        collector = self._collector = _Collector(concatenator)
        if options.per_person_dir is not None and not Path(options.per_person_dir).exists():
            self._person_dir = Path(options.per_person_dir)
        jobs = _jobs(contracts, office, options.chunk_size, options.per_person_dir)
        for done in _render(jobs, workers, collector):
            yield Progress(done, total)
        concatenator.close()
        attendance_pages = None
        if options.attendance is not None:
            self._written.append(Path(options.attendance))
            attendance_pages = _write_attendance(options.attendance, collector, selection, office)
        if options.excel is not None:
            self._written.append(Path(options.excel))
            write_printed_list(options.excel, collector.printed)
        return PrintedFiles(self._out, concatenator.pages, len(collector.person_files), attendance_pages,
                            Path(options.excel) if options.excel else None)

    def keep(self) -> None:
        assert self._partial is not None and self._out is not None
        os.replace(self._partial, self._out)

    def discard(self) -> None:
        collector = self._collector
        if collector is None:
            return
        collector.concatenator.abort()
        if self._partial is not None:
            self._partial.unlink(missing_ok=True)
        for path in [*collector.person_files, *collector.expected_files, *self._written]:
            Path(path).unlink(missing_ok=True)
        _remove_empty_folders(collector.expected_files, self._person_dir)


def _remove_empty_folders(person_files: list[Path], top: Path | None) -> None:
    """The unit folders (and the folder per person, when this batch made it) that a cancelled batch left empty."""
    for folder in sorted({Path(p).parent for p in person_files}, reverse=True):
        with contextlib.suppress(OSError):  # not empty: it holds files from before
            folder.rmdir()
    if top is not None:
        with contextlib.suppress(OSError):
            Path(top).rmdir()


def _write_attendance(target: Path, collector: _Collector, selection: ContractSelection, office: OfficeFacts) -> int:
    printed = collector.printed
    kinds = {row.kind for row in printed}
    title = "Penandatanganan Perjanjian Kerja " + (kinds.pop() if len(kinds) == 1 else "PPPK")
    dates = {d for d, _ in collector.signing}
    places = {p for _, p in collector.signing}
    rows = [AttendanceRow(r.name, format_nip(r.nip, KIND_PPPK), r.position, r.unit,
                          r.opd if r.opd == r.unit else f"{r.opd} - {r.unit}") for r in printed]
    return write_attendance(target, rows, paper=office.paper_size, title=title,
                            signing_date=selection.signing_date or _common(dates),
                            place=_common(places) or office.values.get("kota"))
