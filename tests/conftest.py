"""Shared fixtures: an offscreen Qt platform and a fresh migrated database per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from models.database import Database, open_database  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "simpeg.sqlite")
    yield database
    database.close()
