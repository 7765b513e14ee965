"""Runs long jobs (generators that yield progress) off the UI thread, with progress, cancel and results.

A job is a callable taking a `CancelToken` and returning a job of models/services/jobs.py: a generator that
yields `Progress` and returns its result (StopIteration.value).
Batal closes the generator at its next step; a `Cancelled` from the job ends it as cancelled too, never as
failed. Call sites read:

    run_job(parent, job).on_progress(bar.update).on_success(show).on_failure(show_error)
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Generator
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from models.services.errors import Cancelled
from models.services.jobs import Progress

log = logging.getLogger(__name__)

RELEASE_DELAY_MS = 1000
Job = Callable[["CancelToken"], Generator[Progress, None, Any]]


class CancelToken:
    """Shared flag a job polls between steps; cancelling never kills a thread mid-transaction."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class JobSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()
    finished = Signal()


class JobRunner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the handle keeps us alive until finished
        self.job = job
        self.token = CancelToken()
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            generator = self.job(self.token)
            while True:
                if self.token.cancelled:
                    generator.close()
                    raise Cancelled("Dibatalkan.")
                try:
                    step = next(generator)
                except StopIteration as stop:
                    result = stop.value
                    break
                step = Progress(*step)  # a job's own Progress, or a (done, total) pair from a test
                self.signals.progress.emit(int(step.done), int(step.total), step.text)
        except Cancelled:  # the clerk pressed Batal, or the job stopped because it may not go on
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the UI thread, which decides how to show it
            log.exception("Pekerjaan gagal")
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class JobHandle(QObject):
    """What run_job returns: chain callbacks, cancel, and keep the runner alive while it works.

    The runner's signals are relayed through this object, which lives in the UI thread, so every
    callback runs in the UI thread whatever thread the job ran on.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    finished = Signal()

    _running: ClassVar[set[JobHandle]] = set()

    def __init__(self, runner: JobRunner, parent: QObject | None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.is_running = True
        JobHandle._running.add(self)
        runner.signals.progress.connect(self._relay_progress)
        runner.signals.succeeded.connect(self._relay_succeeded)
        runner.signals.failed.connect(self._relay_failed)
        runner.signals.cancelled.connect(self._relay_cancelled)
        runner.signals.finished.connect(self._relay_finished)

    def on_progress(self, callback: Callable[[int, int, str], None]) -> JobHandle:
        self.progress.connect(callback)
        return self

    def on_success(self, callback: Callable[[Any], None]) -> JobHandle:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException, str], None]) -> JobHandle:
        self.failed.connect(callback)
        return self

    def on_cancelled(self, callback: Callable[[], None]) -> JobHandle:
        self.cancelled.connect(callback)
        return self

    def on_finished(self, callback: Callable[[], None]) -> JobHandle:
        self.finished.connect(callback)
        return self

    def cancel(self) -> None:
        self.runner.token.cancel()

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, text: str) -> None:
        self.progress.emit(done, total, text)

    @Slot(object)
    def _relay_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(object, str)
    def _relay_failed(self, exc: object, details: str) -> None:
        self.failed.emit(exc, details)

    @Slot()
    def _relay_cancelled(self) -> None:
        self.cancelled.emit()

    @Slot()
    def _relay_finished(self) -> None:
        self.is_running = False
        self.finished.emit()
        # The worker thread may still be returning from run() when this queued slot runs: keep the runner
        # (and its signals) referenced a little longer, so Python never frees them under a running thread.
        QTimer.singleShot(RELEASE_DELAY_MS, self._release)

    @Slot()
    def _release(self) -> None:
        JobHandle._running.discard(self)


def run_job(parent: QObject | None, job: Job, pool: QThreadPool | None = None) -> JobHandle:
    """Start `job` on the pool (the global one unless a test passes its own) and return its handle.

    Callbacks are connected before the runner starts, because QThreadPool may start it at once.
    """
    runner = JobRunner(job)
    handle = JobHandle(runner, parent)
    target = pool or QThreadPool.globalInstance()

    def start() -> None:
        target.start(runner)

    # Start on the next event-loop turn so the caller can chain callbacks first.
    QTimer.singleShot(0, handle, start)
    return handle
