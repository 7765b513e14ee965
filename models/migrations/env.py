"""Alembic environment: migrations run on a connection handed in by models.storage.database."""

from __future__ import annotations

from alembic import context

import models.entities  # noqa: F401 - registers every table on the metadata
from models.storage.base import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Migrasi harus dijalankan melalui models.storage.database.open_database().")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can barely ALTER: rebuild tables in batches
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Migrasi luring (SQL saja) tidak didukung.")
run_migrations_online()
