"""Keys of the exchange: the centre's pair never overwritten, its public half checked, offices registered."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.services.errors import DomainError
from models.services.exchange import (
    make_central_keys,
    office_key_export,
    read_office_key_file,
    register_office,
    set_central_key,
)
from models.storage.database import Database
from tests.factories import ADMIN, CLERK
from tests.unit.exchange.helpers import Keys, export_package


def test_the_central_key_pair_is_private_and_never_overwritten(tmp_path: Path) -> None:
    private, public, key_id = make_central_keys(tmp_path)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600 and len(key_id) == 8
    assert b"PUBLIC KEY" in public.read_bytes() and b"PRIVATE" not in public.read_bytes()
    before = private.read_bytes()
    with pytest.raises(DomainError, match="tidak ditimpa"):
        make_central_keys(tmp_path)
    assert private.read_bytes() == before


def test_only_an_x25519_public_key_is_accepted_as_the_central_key(office: Database, keys: Keys) -> None:
    signing = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(DomainError, match="bukan kunci publik X25519"):
        set_central_key(office, ADMIN, signing)
    with pytest.raises(DomainError, match="bukan kunci publik yang dapat dibaca"):
        set_central_key(office, ADMIN, b"bukan kunci")
    with pytest.raises(DomainError, match="kunci privat"):
        set_central_key(office, ADMIN, keys.private.read_bytes())  # the secret half must not travel


def test_export_needs_the_central_key_first(db: Database, tmp_path: Path) -> None:
    from models.services.organization import save_office
    from tests.unit.exchange.helpers import PALANGKA

    save_office(db, PALANGKA, ADMIN)
    with pytest.raises(DomainError, match="set-central-key"):
        export_package(db, tmp_path, CLERK)
    assert not list(tmp_path.glob("*.zip"))


def test_an_office_key_file_registers_the_office_and_a_new_key_replaces_the_old(office: Database, db: Database,
                                                                                tmp_path: Path) -> None:
    info = office_key_export(office, CLERK)
    assert info["name"] == "BKPSDM Kota Palangka Raya" and info["code"] == "62.71"
    first = register_office(db, ADMIN, info)
    assert not first.replaced_key
    again = register_office(db, ADMIN, {**info, "public_key": "A" * 43 + "="})
    assert again.replaced_key
    bad = tmp_path / "kunci.json"
    bad.write_text("{}")
    with pytest.raises(DomainError, match="bukan berkas kunci kantor"):
        register_office(db, ADMIN, read_office_key_file(bad))
