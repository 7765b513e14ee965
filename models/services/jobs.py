"""The one protocol for long work: a job is a generator that yields `Progress` and returns its result.

    def export_siasn(db, path) -> Job[ExportResult]:
        ...
        yield Progress(done, total)
        ...
        return ExportResult(...)

The command line drives a job with `run_to_end(job)`; the window runs it off the UI thread with
`gui.workers.run_job`, which shows each step and, when the clerk presses Batal, closes the generator at its
next step. Closing raises GeneratorExit at the `yield`, so the job's `with` blocks undo what is unfinished:
an open transaction rolls back, a file written under `replaced_on_success` is removed. A job that stops on
its own because it may not go on raises `Cancelled` (models.services.errors), the one cancel exception.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import NamedTuple, TypeVar

T = TypeVar("T")


class Progress(NamedTuple):
    """One step of a job: `done` of `total`, and optionally what it is doing now, for a person to read."""

    done: int
    total: int
    text: str = ""


Job = Generator[Progress, None, T]


def run_to_end(job: Job[T], on_progress: Callable[[Progress], object] | None = None) -> T:
    """Drive `job` to its end in this thread and return its result; `on_progress` sees every step."""
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(step)


def one_step(call: Callable[[], T]) -> Job[T]:
    """A plain function as a job that reports nothing and returns what the function returns."""
    return call()
    yield  # never reached: the yield only makes this a generator
