"""BackgroundCall: a service with progress/cancelled callbacks run as a worker job."""

from __future__ import annotations

import threading
import time

from gui.callback_jobs import BackgroundCall
from models.services.errors import Cancelled


def test_progress_with_text_and_result_reach_the_ui_thread(qtbot) -> None:
    seen: list[tuple[int, int, str]] = []

    def service(progress, cancelled):
        for i in range(3):
            progress(i + 1, 3, f"langkah {i + 1}") if i else progress(i + 1, 3)
        return threading.get_ident()

    call = BackgroundCall(None, service)
    call.handle.on_progress(lambda done, total, text: seen.append((done, total, text)))
    with qtbot.waitSignal(call.handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args[0] != threading.get_ident()  # ran off the UI thread
    qtbot.waitUntil(lambda: not call.is_running)
    assert seen == [(1, 3, ""), (2, 3, "langkah 2"), (3, 3, "langkah 3")]


def test_cancel_is_asked_and_the_service_decides(qtbot) -> None:
    started = threading.Event()

    def service(progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.005)  # not Event().wait: under faketime a timed wait never times out
        raise Cancelled("Dibatalkan; tidak ada perubahan.")

    call = BackgroundCall(None, service)
    failed: list[object] = []
    call.handle.on_failure(lambda exc, details: failed.append(exc))
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(call.handle.cancelled, timeout=5000):
        call.cancel()
    qtbot.waitUntil(lambda: not call.is_running)
    assert failed == [] and call.cancel_requested


def test_a_service_past_its_last_check_finishes_and_succeeds(qtbot) -> None:
    release = threading.Event()

    def service(progress, cancelled):
        progress(1, 2)
        release.wait(5)  # writing: cancelled() is no longer asked
        return "tersimpan"

    call = BackgroundCall(None, service)
    cancelled: list[bool] = []
    call.handle.on_cancelled(lambda: cancelled.append(True))
    call.handle.on_progress(lambda *_: (call.cancel(), release.set()))
    with qtbot.waitSignal(call.handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["tersimpan"] and cancelled == []


def test_failure_carries_the_service_exception(qtbot) -> None:
    def service(progress, cancelled):
        raise OSError("disk penuh")

    call = BackgroundCall(None, service)
    with qtbot.waitSignal(call.handle.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], OSError) and "disk penuh" in blocker.args[1]
