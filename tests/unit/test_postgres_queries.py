"""The query tests of tests/unit/test_queries.py (paging, sorting, filters), run again on PostgreSQL."""

import pytest

from models.storage.database import Database
from tests.conftest import drop_pg_database, make_pg_database
from tests.staff import Office, build_office
from tests.unit.test_queries import *  # noqa: F403 - the same tests, collected again here
from tests.unit.test_queries import STAFF


@pytest.fixture(scope="module")
def office_db(pg_template: str | None) -> tuple[Database, Office]:
    database = make_pg_database(pg_template)
    office = build_office(database, STAFF)
    yield database, office
    drop_pg_database(database)

# These two read SQLite's EXPLAIN QUERY PLAN; PostgreSQL plans are checked by its own tools.
del test_name_prefix_search_uses_the_nocase_index  # noqa: F821
del test_digit_search_uses_the_nip_and_nik_indexes  # noqa: F821
