"""Who may do what. Every service that changes data calls `require(actor, Permission.X)` first, so a role
is enforced even when a button is not hidden (tests call the services directly)."""

from __future__ import annotations

from enum import StrEnum

from models.services.audit import Actor
from models.services.errors import DomainError
from models.vocabulary import Role


class Permission(StrEnum):
    READ = "read"  # look at records, the audit log
    REPORT = "report"  # recap, SIASN export, exchange package
    EDIT_RECORDS = "edit_records"  # employees, formations, contracts, imports, renewals
    PRINT = "print"  # number and print contracts
    MANAGE_SETTINGS = "manage_settings"  # office settings, templates, keys
    MANAGE_USERS = "manage_users"
    RESTORE = "restore"  # put a backup in place of the database

    @property
    def label(self) -> str:
        return {
            "read": "melihat data",
            "report": "membuat rekap dan ekspor",
            "edit_records": "mengubah data pegawai, formasi, dan perjanjian",
            "print": "mencetak perjanjian kerja",
            "manage_settings": "mengubah pengaturan instansi",
            "manage_users": "mengelola pengguna",
            "restore": "memulihkan cadangan",
        }[self.value]


_VIEWER = {Permission.READ, Permission.REPORT}
_OPERATOR = _VIEWER | {Permission.EDIT_RECORDS, Permission.PRINT}
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: frozenset(_VIEWER),
    Role.OPERATOR: frozenset(_OPERATOR),
    Role.ADMIN: frozenset(Permission),
}


class NotAllowed(DomainError):
    """The signed-in person's role does not allow this; nothing was changed."""


def role_of(actor: Actor) -> Role | None:
    try:
        return Role(actor.role)
    except ValueError:
        return None


def allows(actor: Actor, permission: Permission) -> bool:
    role = role_of(actor)
    return role is not None and permission in GRANTS[role]


def require(actor: Actor, permission: Permission) -> None:
    if not allows(actor, permission):
        role = role_of(actor)
        role_text = role.label if role else actor.role
        raise NotAllowed(f"Pengguna '{actor.username}' (peran {role_text}) tidak berhak {permission.label}. "
                         "Tidak ada yang diubah; minta admin bila perlu.")
