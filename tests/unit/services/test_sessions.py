"""A session at a shared PC: whose account is signed in, and signing out recorded in the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import models.rules.passwords as passwords
from models.entities import AuditEntry
from models.services.audit import Actor
from models.services.sessions import current_user, sign_out
from models.services.users import create_first_admin, create_user, sign_in
from models.vocabulary import Role


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)  # the same code path, quicker for tests


def _entries(db, actor: str) -> list[tuple[str, str]]:
    with db.session_factory() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.actor == actor).order_by(AuditEntry.id))
        return [(e.action, e.summary) for e in rows]


def test_current_user_finds_the_account_of_the_signed_in_person(db) -> None:
    admin = create_first_admin(db, "rina", "Rina Wati", "rahasia-kantor-1")
    budi = create_user(db, admin.actor, "budi", "Budi Santoso", Role.OPERATOR, "budi-kuat-123")
    assert current_user(db, budi.actor) == budi
    assert current_user(db, Actor("rina", "admin")).full_name == "Rina Wati"
    assert current_user(db, Actor("windows-user")) is None


def test_sign_out_is_recorded_after_the_sign_in(db) -> None:
    create_first_admin(db, "rina", "Rina Wati", "rahasia-kantor-1")
    rina = sign_in(db, "rina", "rahasia-kantor-1")
    assert sign_out(db, rina.actor) is True
    assert _entries(db, "rina")[-2:] == [("login", "rina masuk"), ("logout", "rina keluar")]


def test_sign_out_of_an_actor_without_account_writes_nothing(db) -> None:
    create_first_admin(db, "rina", "Rina Wati", "rahasia-kantor-1")
    assert sign_out(db, Actor("windows-user")) is False
    assert _entries(db, "windows-user") == []
