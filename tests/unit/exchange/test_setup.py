"""Where an office stands in the exchange set-up, the fingerprints compared by phone, the overdue setting."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from models.entities import AuditEntry
from models.services.errors import DomainError
from models.services.exchange import (
    exchange_setup,
    fingerprint,
    make_central_keys,
    office_key_export,
    office_key_fingerprint,
    read_central_public_key_file,
    set_central_key,
    set_send_warn_days,
)
from models.services.organization import save_office
from models.services.permissions import NotAllowed
from models.services.queries.sync_status import sync_status
from models.storage.database import Database
from tests.factories import ADMIN, CLERK
from tests.staff import TODAY
from tests.unit.exchange.helpers import PALANGKA


def test_a_fingerprint_is_32_hex_digits_in_eight_groups_starting_with_the_key_id() -> None:
    raw = bytes(range(32))
    digest = hashlib.sha256(raw).hexdigest()
    shown = fingerprint(raw)
    assert shown.split() == [digest[i:i + 4] for i in range(0, 32, 4)]
    assert shown.replace(" ", "")[:8] == digest[:8]


def test_the_setup_follows_each_step(db: Database, tmp_path: Path) -> None:
    fresh = exchange_setup(db)
    assert not fresh.office_named and fresh.central_key_id is None and fresh.office_key_id is None
    assert fresh.registered_offices == 0 and fresh.warn_days == 30

    save_office(db, PALANGKA, ADMIN)
    _private, public, key_id = make_central_keys(tmp_path / "pusat")
    shown = read_central_public_key_file(public)
    assert shown.key_id == key_id and shown.fingerprint.replace(" ", "").startswith(key_id)
    assert exchange_setup(db).central_key_id is None  # reading a file installs nothing
    set_central_key(db, ADMIN, shown.pem)
    info = office_key_export(db, CLERK)
    state = exchange_setup(db)
    assert state.office_named and state.central_key_id == key_id and state.central_fingerprint == shown.fingerprint
    assert state.office_key_id == info["key_id"] and state.office_fingerprint == office_key_fingerprint(info)


def test_a_private_or_unreadable_key_file_is_refused_with_its_name(tmp_path: Path) -> None:
    private, _public, _ = make_central_keys(tmp_path / "pusat")
    with pytest.raises(DomainError, match=r"pusat\.x25519\.pem.*kunci privat"):
        read_central_public_key_file(private)
    with pytest.raises(DomainError, match="tidak dapat dibaca"):
        read_central_public_key_file(tmp_path / "tidak-ada.pem")
    with pytest.raises(DomainError, match="rusak"):
        office_key_fingerprint({"public_key": "bukan kunci"})


def test_the_overdue_setting_is_checked_audited_and_used_by_the_status_bar(db: Database) -> None:
    set_send_warn_days(db, ADMIN, 14)
    set_send_warn_days(db, ADMIN, 14)  # no change: no second entry
    with db.session_factory() as s:
        assert sync_status(s, TODAY).warn_days == 14
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "send_warn_days")).all()
    assert [e.changes["send_warn_days"] for e in entries] == [[None, 14]]
    with pytest.raises(DomainError, match="antara 1 dan 365"):
        set_send_warn_days(db, ADMIN, 0)
    with pytest.raises(NotAllowed):
        set_send_warn_days(db, CLERK, 20)
    assert exchange_setup(db).warn_days == 14
