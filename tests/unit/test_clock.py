"""The one clock: it can be set and runs on from there, SIMPEG_TODAY sets it in child processes, and no code
outside models/clock.py reads the computer's clock."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from models import clock

ROOT = Path(__file__).resolve().parents[2]
CODE_FOLDERS = ("models", "reports", "gui")
CLOCK_FILE = ROOT / "models" / "clock.py"
# Attribute reads that ask the computer for the date or time.
CLOCK_READS = {
    ("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
    ("time", "time"), ("time", "localtime"), ("time", "gmtime"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
    ("QTime", "currentTime"),
}


def _code_files() -> list[Path]:
    files = [ROOT / "main.py", ROOT / "cli.py"]
    for folder in CODE_FOLDERS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return [f for f in files if f != CLOCK_FILE]


def clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, "date.today") for every read of the computer's clock in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in CLOCK_READS):
            found.append((node.lineno, f"{node.value.id}.{node.attr}"))
    return sorted(found)


def test_the_walker_finds_clock_reads() -> None:
    source = "from datetime import date\nx = date.today()\ny = QDate.currentDate()\nz = date.today\n"
    assert clock_reads(source) == [(2, "date.today"), (3, "QDate.currentDate"), (4, "date.today")]


def test_no_code_reads_the_computer_clock_but_models_clock() -> None:
    offenders = [f"{path.relative_to(ROOT)}:{line}: {name}"
                 for path in _code_files() for line, name in clock_reads(path.read_text(encoding="utf-8"))]
    assert not offenders, "use models.clock instead:\n" + "\n".join(offenders)


def test_the_suite_runs_on_its_own_day() -> None:
    assert clock.is_set()
    assert clock.today() == date(2026, 11, 25)


def test_a_set_clock_runs_on_and_converts_zones() -> None:
    clock.set_clock(datetime(2028, 2, 29, 23, 59, 59))
    first = clock.now()
    assert clock.today() == date(2028, 2, 29)
    assert clock.local_now().replace(microsecond=0) == datetime(2028, 2, 29, 23, 59, 59)
    # WIB is UTC+7 in the suite (tests/conftest.py)
    assert clock.utcnow().replace(microsecond=0) == datetime(2028, 2, 29, 16, 59, 59)
    assert clock.now() >= first and clock.now().tzinfo is UTC


def test_a_date_sets_local_midnight() -> None:
    clock.set_clock(date(2027, 1, 1))
    assert clock.today() == date(2027, 1, 1)
    assert clock.utcnow().date() == date(2026, 12, 31)  # midnight in WIB is 17:00 the day before in UTC


def _clock_in_child(value: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != clock.CLOCK_VARIABLE}
    if value is not None:
        env[clock.CLOCK_VARIABLE] = value
    return subprocess.run([sys.executable, "-c", "from models import clock; print(clock.today(), clock.is_set())"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_simpeg_today_sets_the_clock_of_a_child_process() -> None:
    done = _clock_in_child("2027-03-15")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2027-03-15", "True"]


def test_without_simpeg_today_the_program_uses_the_computer_clock() -> None:
    done = _clock_in_child(None)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[1] == "False"


@pytest.mark.parametrize("bad", ["besok", "25-11-2026"])
def test_a_simpeg_today_that_is_no_date_is_refused(bad) -> None:
    done = _clock_in_child(bad)
    assert done.returncode != 0
    assert "bukan tanggal ISO" in done.stderr
