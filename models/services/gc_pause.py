"""Pausing Python's cycle collector around bulk jobs (roster import, reading large sheets)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector during a bulk job that makes hundreds of thousands of objects.

    The collector would otherwise walk the growing heap again and again (a tenth of a 20,000-row import);
    the objects are freed by reference counting as usual, and any cycles are collected once it resumes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
