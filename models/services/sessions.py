"""A working session at a shared office PC: whose account is signed in, and signing out.

Signing in is models/services/users.py `sign_in` (it audits "login"); signing out is audited here as
"logout", so the audit log shows when one clerk handed the PC to the next.
"""

from __future__ import annotations

from sqlalchemy import select

from models.entities import User
from models.services.audit import Actor, record
from models.services.users import UserInfo, list_users
from models.storage.database import Database


def current_user(db: Database, actor: Actor) -> UserInfo | None:
    """The account `actor` signed in with; None for an actor without one (the operating-system user of a
    window opened without signing in, a batch job)."""
    return next((user for user in list_users(db) if user.username == actor.username), None)


def sign_out(db: Database, actor: Actor) -> bool:
    """Record that `actor` signed out; False (and nothing written) when the actor has no account here."""
    with db.session_factory.begin() as s:
        user = s.scalars(select(User).where(User.username == actor.username)).first()
        if user is None:
            return False
        record(s, actor, "logout", user, {}, f"{user.username} keluar")
        return True
