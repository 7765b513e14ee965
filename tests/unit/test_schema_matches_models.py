"""The migrations build exactly the schema the entities describe (Alembic's autogenerate finds nothing)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import models.entities  # noqa: F401 - registers every table on the metadata
from models.storage.base import Base

# Indexes made in migrations with SQL the entities cannot express (expression indexes).
EXPRESSION_INDEXES = {"ix_employee_name_nocase"}


def test_migrated_database_matches_the_entities(db) -> None:
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    unexpected = [d for d in differences
                  if not (d[0] == "remove_index" and d[1].name in EXPRESSION_INDEXES)]
    assert unexpected == []
