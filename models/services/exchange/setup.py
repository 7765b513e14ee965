"""Where an office stands in setting up the exchange, step by step as the window shows it, and the one
setting a clerk changes there (after how many days without a package the status bar turns red)."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select

from models.entities import Office
from models.entities.exchange import ExchangeOffice, ExchangeSetting
from models.services.audit import Actor
from models.services.contracts.seal_payload import key_id, public_key_from_text
from models.services.errors import DomainError
from models.services.exchange.audit_entry import record_exchange
from models.services.exchange.keys import CENTRAL_KEY_SETTING, central_key_id, fingerprint
from models.services.permissions import Permission, require
from models.services.queries.sync_status import DEFAULT_WARN_DAYS, WARN_DAYS_SETTING
from models.storage.database import Database

MIN_WARN_DAYS, MAX_WARN_DAYS = 1, 365


@dataclass(frozen=True)
class ExchangeSetup:
    office_named: bool  # the office settings are filled in (a package names its sender)
    central_key_id: str | None  # None: the central office's public key is not installed yet
    central_fingerprint: str | None
    office_key_id: str | None  # None: this office's signing key is made on first export or seal
    office_fingerprint: str | None
    registered_offices: int  # at a centre: district offices whose packages are accepted
    warn_days: int


def exchange_setup(db: Database) -> ExchangeSetup:
    with db.session_factory() as s:
        office = s.scalars(select(Office).order_by(Office.id).limit(1)).first()
        central = s.get(ExchangeSetting, CENTRAL_KEY_SETTING)
        warn = s.get(ExchangeSetting, WARN_DAYS_SETTING)
        registered = s.scalar(select(func.count()).select_from(ExchangeOffice)) or 0
    central_id = central_print = office_id = office_print = None
    if central is not None:
        key = serialization.load_pem_public_key(central.value.encode())
        central_id, central_print = central_key_id(key), fingerprint(key.public_bytes_raw())  # type: ignore[union-attr]
    if office is not None and office.public_key:
        signing = public_key_from_text(office.public_key)
        office_id, office_print = key_id(signing), fingerprint(signing.public_bytes_raw())
    try:
        warn_days = int(warn.value) if warn is not None else DEFAULT_WARN_DAYS
    except ValueError:
        warn_days = DEFAULT_WARN_DAYS
    return ExchangeSetup(office is not None, central_id, central_print, office_id, office_print, registered,
                         warn_days)


def set_send_warn_days(db: Database, actor: Actor, days: int) -> None:
    """After how many days without a package sent the status bar shows the send as overdue."""
    require(actor, Permission.MANAGE_SETTINGS)
    if not MIN_WARN_DAYS <= days <= MAX_WARN_DAYS:
        raise DomainError(f"Batas hari pengiriman: harus antara {MIN_WARN_DAYS} dan {MAX_WARN_DAYS} hari, "
                          f"bukan {days}.")
    with db.session_factory.begin() as s:
        setting = s.get(ExchangeSetting, WARN_DAYS_SETTING)
        old = setting.value if setting is not None else None
        if old == str(days):
            return
        if setting is None:
            s.add(ExchangeSetting(name=WARN_DAYS_SETTING, value=str(days)))
        else:
            setting.value = str(days)
        record_exchange(s, actor, "send_warn_days", WARN_DAYS_SETTING,
                        f"Peringatan pengiriman ke kantor pusat setelah {days} hari", {"send_warn_days": [old, days]})
