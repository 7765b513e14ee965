"""Users and signing in: the first admin, adding users, roles, passwords, lock-out after failed attempts.

Signing in returns the `Actor` every later service call carries, so the audit log names the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.clock import utcnow
from models.entities import User
from models.rules.errors import RuleError
from models.rules.passwords import check_password, hash_password, verify_password
from models.services.audit import SYSTEM, Actor, diff, record, record_create, snapshot
from models.services.errors import DomainError, FieldProblem, NotFound, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import Role

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
_SECRET_FIELDS = {"password_hash"}


class LoginFailed(DomainError):
    """Wrong username or password, or a locked or inactive account. Says no more than a clerk needs."""


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.role.value)


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.active, user.locked_until,
                    user.last_login_at)


def _public(user: User) -> dict:
    return {k: v for k, v in snapshot(user).items() if k not in _SECRET_FIELDS}


def _username(text: str, problems: list[FieldProblem]) -> str:
    name = (text or "").strip().lower()
    if not name:
        problems.append(FieldProblem("username", "nama pengguna belum diisi"))
    elif not name.replace(".", "").replace("_", "").replace("-", "").isalnum() or " " in name:
        problems.append(FieldProblem("username", "hanya huruf, angka, titik, garis bawah, atau tanda hubung"))
    elif len(name) > 60:
        problems.append(FieldProblem("username", "paling panjang 60 karakter"))
    return name


def _password(password: str, username: str, problems: list[FieldProblem]) -> None:
    try:
        check_password(password, username)
    except RuleError as exc:
        problems.append(FieldProblem("password", str(exc)))


def has_users(db: Database) -> bool:
    with db.session_factory() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def list_users(db: Database) -> list[UserInfo]:
    with db.session_factory() as s:
        return [_info(u) for u in s.scalars(select(User).order_by(User.username))]


def _add_user(s: Session, actor: Actor, username: str, full_name: str, role: Role, password: str) -> User:
    problems = account_problems(username, full_name, password)
    name = (username or "").strip().lower()
    if name and s.scalar(select(func.count()).select_from(User).where(User.username == name)):
        problems.append(FieldProblem("username", f"nama pengguna '{name}' sudah dipakai"))
    if problems:
        raise ValidationFailed(problems)
    user = User(username=name, full_name=full_name.strip(), role=role, password_hash=hash_password(password),
                active=True, failed_attempts=0)
    s.add(user)
    s.flush()
    entry = record_create(s, actor, user, f"Pengguna {name} ({role.label}) dibuat")
    entry.changes = {k: v for k, v in entry.changes.items() if k not in _SECRET_FIELDS}
    return user


def account_problems(username: str, full_name: str, password: str) -> list[FieldProblem]:
    """Why these could not make an account, before looking at who exists ([] when they could)."""
    problems: list[FieldProblem] = []
    name = _username(username, problems)
    if not (full_name or "").strip():
        problems.append(FieldProblem("full_name", "nama lengkap belum diisi"))
    _password(password, name, problems)
    return problems


def add_first_admin(s: Session, username: str, full_name: str, password: str) -> UserInfo:
    """create_first_admin inside the caller's transaction (the first-run setup saves the office with it)."""
    if s.scalar(select(func.count()).select_from(User)):
        raise DomainError("Admin pertama sudah ada; pengguna baru ditambahkan oleh admin.")
    return _info(_add_user(s, Actor(username.strip().lower() or SYSTEM.username, Role.ADMIN.value),
                           username, full_name, Role.ADMIN, password))


def create_first_admin(db: Database, username: str, full_name: str, password: str) -> UserInfo:
    """The first run: the one admin who then adds everyone else. Refused once any user exists."""
    with db.session_factory.begin() as s:
        return add_first_admin(s, username, full_name, password)


def create_user(db: Database, actor: Actor, username: str, full_name: str, role: Role | str,
                password: str) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    with db.session_factory.begin() as s:
        return _info(_add_user(s, actor, username, full_name, Role(role), password))


def _load(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound("Pengguna tidak ditemukan; mungkin sudah dihapus.")
    return user


def _admins_left(s: Session, excluding: int) -> int:
    return s.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN, User.active.is_(True), User.id != excluding)) or 0


def update_user(db: Database, actor: Actor, user_id: int, *, full_name: str | None = None,
                role: Role | str | None = None, active: bool | None = None) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    with db.session_factory.begin() as s:
        user = _load(s, user_id)
        before = _public(user)
        if full_name is not None:
            if not full_name.strip():
                raise ValidationFailed([FieldProblem("full_name", "nama lengkap belum diisi")])
            user.full_name = full_name.strip()
        demoting = (role is not None and Role(role) != Role.ADMIN) or active is False
        if demoting and user.role == Role.ADMIN and _admins_left(s, user.id) == 0:
            raise DomainError("Harus tetap ada paling sedikit satu admin aktif; tidak ada yang diubah.")
        if role is not None:
            user.role = Role(role)
        if active is not None:
            user.active = active
        changes = diff(before, _public(user))
        if changes:
            record(s, actor, "update", user, changes, f"Pengguna {user.username} diubah")
        return _info(user)


def set_password(db: Database, actor: Actor, user_id: int, new_password: str, *,
                 old_password: str | None = None) -> None:
    """An admin sets anyone's password; a person changes their own with the old one."""
    with db.session_factory.begin() as s:
        user = _load(s, user_id)
        own = actor.username == user.username
        if not own:
            require(actor, Permission.MANAGE_USERS)
        elif old_password is None or not verify_password(old_password, user.password_hash):
            raise ValidationFailed([FieldProblem("old_password", "kata sandi lama salah")])
        problems: list[FieldProblem] = []
        _password(new_password, user.username, problems)
        if problems:
            raise ValidationFailed(problems)
        user.password_hash = hash_password(new_password)
        user.failed_attempts = 0
        user.locked_until = None
        record(s, actor, "password", user, {}, f"Kata sandi {user.username} diganti")


def sign_in(db: Database, username: str, password: str, *, now: datetime | None = None) -> UserInfo:
    """Check the password; count failures and lock the account for LOCK_MINUTES after MAX_FAILED_ATTEMPTS.

    The wrong-password message does not say whether the username exists. Each attempt is audited.
    """
    moment = now or utcnow()
    name = (username or "").strip().lower()
    wrong = LoginFailed("Nama pengguna atau kata sandi salah.")
    with db.session_factory.begin() as s:
        user = s.scalars(select(User).where(User.username == name)).first()
        if user is None:
            verify_password(password, hash_password("x" * 12, n=2**10))  # keep timing roughly alike
            raise wrong
        if user.locked_until is not None and user.locked_until > moment:
            minutes = max(1, int((user.locked_until - moment).total_seconds() // 60) + 1)
            raise LoginFailed(f"Akun '{name}' dikunci karena terlalu banyak percobaan gagal. "
                              f"Coba lagi dalam {minutes} menit, atau minta admin mengganti kata sandinya.")
        if not user.active:
            raise LoginFailed(f"Akun '{name}' tidak aktif. Minta admin mengaktifkannya.")
        actor = Actor(user.username, user.role.value)
        if not verify_password(password, user.password_hash):
            user.failed_attempts += 1
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = moment + timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
                record(s, actor, "locked", user, {}, f"Akun {name} dikunci {LOCK_MINUTES} menit")
            else:
                record(s, actor, "login_failed", user, {}, f"Kata sandi salah untuk {name}")
            failure = wrong
        else:
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = moment
            record(s, actor, "login", user, {}, f"{name} masuk")
            return _info(user)
    raise failure
