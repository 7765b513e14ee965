"""The generic job runner: progress and results reach the UI thread; cancel stops between steps."""

from __future__ import annotations

import threading
import time

from gui.workers import CancelToken, run_job


def counting_job(steps: int, delay: float = 0.0):
    def job(token: CancelToken):
        threads = set()
        for i in range(steps):
            threads.add(threading.get_ident())
            time.sleep(delay)
            yield i + 1, steps, f"langkah {i + 1}"
        return {"steps": steps, "threads": threads}

    return job


def test_job_reports_progress_and_result_in_the_ui_thread(qtbot) -> None:
    seen: list[tuple[int, int, str]] = []
    callback_threads: set[int] = set()
    handle = run_job(None, counting_job(5))

    def on_progress(done: int, total: int, text: str) -> None:
        callback_threads.add(threading.get_ident())
        seen.append((done, total, text))

    handle.on_progress(on_progress)
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    result = blocker.args[0]
    assert result["steps"] == 5
    assert threading.get_ident() not in result["threads"]  # the job ran off the UI thread
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen[-1] == (5, 5, "langkah 5")
    assert callback_threads == {threading.get_ident()}


def test_cancel_stops_the_job_between_steps(qtbot) -> None:
    handle = run_job(None, counting_job(1000, delay=0.005))
    handle.on_progress(lambda done, total, text: handle.cancel() if done >= 3 else None)
    succeeded: list[object] = []
    handle.on_success(succeeded.append)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not handle.is_running)
    assert succeeded == []


def test_failure_carries_the_exception(qtbot) -> None:
    def failing(token: CancelToken):
        yield 1, 2
        raise ValueError("berkas rusak")

    handle = run_job(None, failing)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert str(blocker.args[0]) == "berkas rusak"
    assert "ValueError" in blocker.args[1]
