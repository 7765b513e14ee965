"""Running a service that reports through `progress(done, total)` / `cancelled()` callbacks as a worker job.

The roster import is still a plain function with callbacks (the command line calls it too); the recap and
the SIASN export are jobs already (models/services/jobs.py) and run through gui.workers.run_job directly.
This module goes when the import is a job too. `BackgroundCall` runs one in a helper thread under
`gui.workers.run_job` and turns its callbacks into the job's progress. Cancelling only *asks*: the service
checks `cancelled()` where stopping is still safe and raises `Cancelled` (after undoing what it did); once an
import has started writing it finishes, and the call reports success. So the UI never says "cancelled" for
work that was committed.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QThreadPool

from gui.workers import CancelToken, JobHandle, run_job

Progress = Callable[..., None]  # progress(done, total) or progress(done, total, text)
IsCancelled = Callable[[], bool]
Call = Callable[[Progress, IsCancelled], Any]

_DONE = object()


class BackgroundCall:
    """`call(progress, cancelled)` off the UI thread; `.handle` is the job's JobHandle (callbacks in the UI thread).

        BackgroundCall(self, lambda progress, cancelled: export_siasn(db, path, progress=progress,
                                                                     cancelled=cancelled))
            .handle.on_progress(...).on_success(...).on_failure(...)

    A `Cancelled` raised by the call ends the job as cancelled (`on_cancelled`), not as failed.
    """

    def __init__(self, parent: QObject | None, call: Call, pool: QThreadPool | None = None) -> None:
        self._call = call
        self._stop = threading.Event()
        self.handle: JobHandle = run_job(parent, self._job, pool)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def is_running(self) -> bool:
        return self.handle.is_running

    def _job(self, _token: CancelToken) -> Generator[tuple[int, int, str], None, Any]:
        steps: queue.SimpleQueue = queue.SimpleQueue()
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["result"] = self._call(lambda done, total, text="": steps.put((done, total, text)),
                                               self._stop.is_set)
            except BaseException as exc:  # handed to the runner, which reports it to the UI thread
                outcome["error"] = exc
            finally:
                steps.put(_DONE)

        thread = threading.Thread(target=target, name="simpeg-background-call", daemon=True)
        thread.start()
        try:
            while (step := steps.get()) is not _DONE:
                yield step
        finally:
            if thread.is_alive():  # closed early: let the call stop at its next check, then wait for it
                self._stop.set()
                thread.join()
        error = outcome.get("error")
        if error is not None:  # a Cancelled (the clerk asked, and the call undid its work) ends it as cancelled
            raise error
        return outcome.get("result")

