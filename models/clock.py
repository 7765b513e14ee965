"""The program's one clock: every "today" and "now" is read here, so a test (or a demo) can set the day.

Services take `today` as an argument and fall back to `clock.today()`; the window's context holds
`clock.today` as its callable. Nothing else in models/, reports/ or gui/ reads the computer's clock
(tests/unit/test_clock.py walks the code for date.today, datetime.now, QDate.currentDate and friends).

SIMPEG_TODAY (an ISO date or date and time, e.g. 2026-11-25 or 2026-11-25T09:00) starts the clock at that
moment in this process and in every process it starts: the test suite sets it, and a demo or a screenshot
run can use it to show a fixed day.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta

CLOCK_VARIABLE = "SIMPEG_TODAY"

_start: datetime | None = None  # aware; None: the computer's clock
_started_at = 0.0  # time.monotonic() when the clock was set


def now() -> datetime:
    """This moment, aware, in UTC."""
    if _start is None:
        return datetime.now(UTC)
    return _start + timedelta(seconds=time.monotonic() - _started_at)


def utcnow() -> datetime:
    """Naive UTC timestamp, as the database stores times (SQLite keeps no zone)."""
    return now().replace(tzinfo=None)


def local_now() -> datetime:
    """This moment on the computer's wall clock (naive local time), for names and messages a clerk reads."""
    return now().astimezone().replace(tzinfo=None)


def today() -> date:
    """Today's date where the computer is (the clerk's calendar day)."""
    return local_now().date()


def set_clock(moment: datetime | date | None) -> None:
    """Start the clock at `moment` (a date means its local midnight) and let it run on from there in step
    with the monotonic clock, so times still move forward; None returns to the computer's clock."""
    global _start, _started_at
    if moment is None:
        _start = None
        return
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive moment is local wall-clock time
    _start, _started_at = moment.astimezone(UTC), time.monotonic()


def is_set() -> bool:
    """True while the clock runs from a set moment rather than the computer's clock."""
    return _start is not None


def set_clock_from_environment() -> None:
    """Start the clock at SIMPEG_TODAY when it is set; a value that is no date is refused loudly, since a
    clock silently left on the real day would defeat its purpose."""
    text = os.environ.get(CLOCK_VARIABLE, "").strip()
    if not text:
        return
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise SystemExit(f"{CLOCK_VARIABLE}={text!r} bukan tanggal ISO (contoh: 2026-11-25 atau "
                         "2026-11-25T09:00).") from exc
    set_clock(moment)


set_clock_from_environment()
