"""The service tests of tests/unit/services/test_organization.py, run again on a PostgreSQL database."""

import pytest

from models.storage.database import Database
from tests.conftest import drop_pg_database, make_pg_database
from tests.unit.services.test_organization import *  # noqa: F403 - the same tests, collected again here


@pytest.fixture
def db(pg_template: str | None) -> Database:
    database = make_pg_database(pg_template)
    yield database
    drop_pg_database(database)
