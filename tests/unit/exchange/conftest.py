"""An office (SQLite file, as at a district) and the centre's key pair; the centre's database is `any_db`."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.storage.database import Database
from tests.unit.exchange.helpers import PALANGKA, Keys, central_keys, make_office


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return central_keys(tmp_path / "pusat-kunci")


@pytest.fixture
def office(tmp_path: Path, keys: Keys) -> Database:
    database = make_office(tmp_path / "palangka", PALANGKA, keys)
    yield database
    database.close()
