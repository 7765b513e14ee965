"""Column types shared by the entities: enums stored as their plain string values."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def enum_column_type(enum_cls: type[StrEnum]) -> Enum:
    """Store an enum as its value in a VARCHAR, never as a native database enum (easy to migrate)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
