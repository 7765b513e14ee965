"""Users and roles: the first admin, roles enforced in the services, passwords hashed, lock-out."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

import models.rules.passwords as passwords
from models.entities import AuditEntry, User
from models.rules.passwords import verify_password
from models.services.audit import Actor
from models.services.errors import DomainError, ValidationFailed
from models.services.permissions import NotAllowed, Permission, allows, require
from models.services.users import (
    LOCK_MINUTES,
    MAX_FAILED_ATTEMPTS,
    LoginFailed,
    create_first_admin,
    create_user,
    has_users,
    list_users,
    set_password,
    sign_in,
    update_user,
)
from models.vocabulary import Role

NOW = datetime(2026, 11, 26, 8, 0)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)  # the same code path, quicker for tests


def admin_of(db) -> Actor:
    return create_first_admin(db, "Admin", "Siti Admin", "rahasia-kantor-1").actor


def test_first_run_creates_the_one_admin_and_stores_no_plain_password(db) -> None:
    assert not has_users(db)
    admin = admin_of(db)
    assert admin == Actor("admin", "admin") and has_users(db)
    with pytest.raises(DomainError, match="sudah ada"):
        create_first_admin(db, "lain", "Orang Lain", "rahasia-kantor-2")
    with db.session_factory() as s:
        user = s.scalars(select(User)).one()
        assert "rahasia" not in user.password_hash and user.password_hash.startswith("scrypt$")
        assert verify_password("rahasia-kantor-1", user.password_hash)
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "app_user")).all()
        assert entries and all("password_hash" not in e.changes for e in entries)


def test_weak_password_and_taken_username_are_refused_with_fields(db) -> None:
    admin = admin_of(db)
    with pytest.raises(ValidationFailed) as caught:
        create_user(db, admin, "admin", "", Role.OPERATOR, "aaaa")
    fields = {p.field for p in caught.value.problems}
    assert fields == {"username", "full_name", "password"}
    assert "8 karakter" in caught.value.message


@pytest.mark.parametrize(("role", "granted"), [
    (Role.VIEWER, {Permission.READ, Permission.REPORT}),
    (Role.OPERATOR, {Permission.READ, Permission.REPORT, Permission.EDIT_RECORDS, Permission.PRINT}),
    (Role.ADMIN, set(Permission)),
])
def test_roles_grant_what_the_issue_says(role: Role, granted: set[Permission]) -> None:
    actor = Actor("x", role.value)
    assert {p for p in Permission if allows(actor, p)} == granted


def test_an_operator_cannot_manage_users_even_by_calling_the_service(db) -> None:
    admin = admin_of(db)
    operator = create_user(db, admin, "budi", "Budi Santoso", Role.OPERATOR, "budi-kuat-123").actor
    with pytest.raises(NotAllowed, match="tidak berhak mengelola pengguna"):
        create_user(db, operator, "ani", "Ani", Role.ADMIN, "ani-kuat-1234")
    with pytest.raises(NotAllowed):
        require(Actor("tamu", "bukan-peran"), Permission.READ)
    assert [u.username for u in list_users(db)] == ["admin", "budi"]


def test_sign_in_names_the_person_and_locks_after_repeated_failures(db) -> None:
    admin = admin_of(db)
    create_user(db, admin, "budi", "Budi Santoso", Role.OPERATOR, "budi-kuat-123")
    assert sign_in(db, " Budi ", "budi-kuat-123", now=NOW).actor == Actor("budi", "operator")
    with pytest.raises(LoginFailed, match="Nama pengguna atau kata sandi salah"):
        sign_in(db, "tidakada", "apa-saja-123", now=NOW)
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed, match="salah"):
            sign_in(db, "budi", "tebakan-salah", now=NOW)
    with pytest.raises(LoginFailed, match="dikunci"):
        sign_in(db, "budi", "budi-kuat-123", now=NOW + timedelta(minutes=1))
    assert sign_in(db, "budi", "budi-kuat-123", now=NOW + timedelta(minutes=LOCK_MINUTES + 1)).username == "budi"
    with db.session_factory() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == "budi"))]
    assert actions.count("login") == 2 and "locked" in actions and "login_failed" in actions


def test_the_last_admin_cannot_be_demoted_or_deactivated(db) -> None:
    admin = admin_of(db)
    me = list_users(db)[0]
    with pytest.raises(DomainError, match="paling sedikit satu admin"):
        update_user(db, admin, me.id, role=Role.OPERATOR)
    with pytest.raises(DomainError, match="paling sedikit satu admin"):
        update_user(db, admin, me.id, active=False)


def test_inactive_user_cannot_sign_in_and_passwords_change_with_the_old_one(db) -> None:
    admin = admin_of(db)
    budi = create_user(db, admin, "budi", "Budi Santoso", Role.VIEWER, "budi-kuat-123")
    with pytest.raises(ValidationFailed, match="kata sandi lama salah"):
        set_password(db, budi.actor, budi.id, "budi-baru-4567", old_password="keliru-sekali")
    set_password(db, budi.actor, budi.id, "budi-baru-4567", old_password="budi-kuat-123")
    assert sign_in(db, "budi", "budi-baru-4567", now=NOW).role == Role.VIEWER
    update_user(db, admin, budi.id, active=False)
    with pytest.raises(LoginFailed, match="tidak aktif"):
        sign_in(db, "budi", "budi-baru-4567", now=NOW)
