"""The service tests of tests/unit/services/test_contract_numbers_and_keys.py, run again on a PostgreSQL database."""

import pytest

from models.storage.database import Database
from tests.conftest import drop_pg_database, make_pg_database
from tests.unit.services.test_contract_numbers_and_keys import *  # noqa: F403 - the same tests, collected again here


@pytest.fixture
def db(pg_template: str | None) -> Database:
    database = make_pg_database(pg_template)
    yield database
    drop_pg_database(database)

# With a server database the key folder is this computer's data folder, not one beside a file.
del test_the_signing_key_is_made_once_kept_private_and_never_silently_replaced  # noqa: F821
