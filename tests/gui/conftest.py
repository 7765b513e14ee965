"""GUI tests: each ends with the worker pool idle, deferred deletions done and Python's garbage collected.

Seen under load on the development machine (3 times in about 14 runs of tests/gui, never in CI): the garbage
collector, running at a random moment inside a later test, freed Qt objects an earlier test had left behind
and the process died with a segmentation fault. Collecting here, between tests and with no job running, keeps
what a test leaves behind from being freed in the middle of another.
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool


@pytest.fixture(autouse=True)
def settled_qt(qapp):
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()
