"""Shared fixtures: an offscreen Qt platform, a fixed clock and time zone, and a fresh migrated database per
test."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite never reads the real clock or depends on the machine's zone: every test (and every process a test
# starts) sees the same Wednesday morning in WIB, whatever day CI runs on (models/clock.py).
SUITE_NOW = "2026-11-25T09:00:00"
os.environ["SIMPEG_TODAY"] = SUITE_NOW
os.environ["TZ"] = "WIB-7"  # POSIX form: needs no zoneinfo files on the machine
if hasattr(time, "tzset"):
    time.tzset()

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from models import clock  # noqa: E402
from models.storage.database import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def suite_clock():
    """Each test starts on the suite's day; a test that moves the clock (clock.set_clock) moves it for itself."""
    clock.set_clock_from_environment()
    return clock


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "simpeg.sqlite")
    yield database
    database.close()


# ---- the same tests on PostgreSQL -------------------------------------------------------------------------
# SIMPEG_TEST_PG_URL names a server database the tests may use to create and drop their own databases
# (the role needs CREATEDB), e.g. postgresql+psycopg://simpeg:simpeg@localhost/simpeg_test. .ci/run sets it.
PG_URL_VARIABLE = "SIMPEG_TEST_PG_URL"
PG_SKIP_REASON = (f"{PG_URL_VARIABLE} is not set: no PostgreSQL server for the tests "
                  "(.ci/run starts one and sets it)")


def _pg_admin_engine(url: str):
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)


@pytest.fixture(scope="session")
def pg_template() -> str | None:
    """A migrated template database, made once per session; each test copies it (CREATE DATABASE ... TEMPLATE),
    which takes a fraction of a second where migrating takes seconds."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        yield None
        return
    from sqlalchemy.engine import make_url

    name = f"simpeg_tpl_{os.getpid()}"
    admin = _pg_admin_engine(url)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    template = open_database(make_url(url).set(database=name).render_as_string(hide_password=False))
    template.close()
    yield name
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


_pg_counter = iter(range(1_000_000))


def make_pg_database(template: str | None) -> Database:
    """A fresh migrated PostgreSQL database copied from the session's template; skips without a server."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url or template is None:
        pytest.skip(PG_SKIP_REASON)
    from sqlalchemy.engine import make_url

    name = f"simpeg_t{os.getpid()}_{next(_pg_counter)}"
    admin = _pg_admin_engine(url)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    admin.dispose()
    database = open_database(make_url(url).set(database=name).render_as_string(hide_password=False))
    database.test_database_name = name  # for drop_pg_database
    return database


def drop_pg_database(database: Database) -> None:
    database.close()
    admin = _pg_admin_engine(os.environ[PG_URL_VARIABLE])
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database.test_database_name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def pg_db(pg_template: str | None) -> Database:
    """A fresh migrated PostgreSQL database per test (skipped with a reason when no server is configured)."""
    database = make_pg_database(pg_template)
    yield database
    drop_pg_database(database)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    """The test runs twice: on a fresh SQLite file, and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "simpeg.sqlite")
        yield database
        database.close()
        return
    database = make_pg_database(request.getfixturevalue("pg_template"))
    yield database
    drop_pg_database(database)
