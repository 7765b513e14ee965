"""The first run of a new database: its office settings and its first admin, saved together or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from models.entities import Office, User
from models.services.errors import DomainError, FieldProblem, ValidationFailed
from models.services.organization import OfficeInput, office_problems, write_office
from models.services.users import UserInfo, account_problems, add_first_admin
from models.storage.database import Database

ADMIN_FIELDS = ("username", "full_name", "password")


@dataclass(frozen=True)
class AdminInput:
    username: str
    full_name: str
    password: str = field(repr=False)


def admin_problems(admin: AdminInput) -> list[FieldProblem]:
    """Why this admin account could not be made, field by field (username, full_name, password)."""
    return account_problems(admin.username, admin.full_name, admin.password)


def setup_problems(office: OfficeInput, admin: AdminInput) -> list[FieldProblem]:
    """Every problem of the office and of the admin, office fields first ([] when both can be saved)."""
    return office_problems(office) + admin_problems(admin)


def needs_setup(db: Database) -> bool:
    """True while the database has neither users nor office settings: the first-run wizard's case."""
    with db.session_factory() as s:
        return not _already_set_up(s)


def _already_set_up(s) -> bool:
    users = s.scalar(select(func.count()).select_from(User)) or 0
    offices = s.scalar(select(func.count()).select_from(Office)) or 0
    return bool(users or offices)


def set_up_office(db: Database, office: OfficeInput, admin: AdminInput) -> UserInfo:
    """Create the first admin and save the office's settings as that admin, in one transaction.

    Refused on a database that already has users or office settings; every problem of either is reported
    at once, by field. Nothing is written unless everything is.
    """
    problems = setup_problems(office, admin)
    if problems:
        raise ValidationFailed(problems)
    with db.session_factory.begin() as s:
        if _already_set_up(s):
            raise DomainError("Basis data ini sudah disiapkan (sudah ada pengguna atau pengaturan instansi). "
                              "Masuklah dengan akun yang ada; pengaturan diubah lewat Berkas > Pengaturan Instansi.")
        user = add_first_admin(s, admin.username, admin.full_name, admin.password)
        write_office(s, office, user.actor)
    return user
