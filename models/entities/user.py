"""The people who sign in: a username, a role, a password hash, and the lock-out counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities._types import enum_column_type
from models.storage.base import Base, RecordMixin
from models.vocabulary import Role


class User(RecordMixin, Base):
    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column_type(Role))
    # scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>: see models/rules/passwords.py
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
