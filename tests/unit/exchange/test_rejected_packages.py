"""A package that cannot be trusted is refused whole, with nothing written; personal data travels encrypted."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import update

from models.entities.exchange import ExchangeOffice
from models.services.contracts.seal_payload import public_key_text
from models.services.exchange import PackageRejected
from models.storage.database import Database
from tests.factories import BUDI, CLERK, make_employee
from tests.staff import build_office
from tests.unit.exchange.helpers import (
    Keys,
    central_keys,
    counts,
    export_package,
    flip_byte,
    import_package,
    register,
)

ADDRESS = "Jl. Tjilik Riwut Km 5 No. 17, Palangka Raya"
PHONE = "081234567890"


@pytest.fixture
def package(office: Database, tmp_path: Path) -> Path:
    build_office(office, 6)
    make_employee(office, BUDI, address=ADDRESS, phone=PHONE)
    return export_package(office, tmp_path, CLERK).path


def _refused(db: Database, path: Path, key: Path, match: str) -> None:
    before = counts(db)
    with pytest.raises(PackageRejected, match=match):
        import_package(db, path, key, CLERK)
    assert counts(db) == before


@pytest.mark.parametrize("where", ["manifest", "signature", "employee rows", "last byte"])
def test_a_changed_byte_rejects_the_package_with_nothing_written(package: Path, office: Database, any_db: Database,
                                                                 keys: Keys, where: str) -> None:
    register(any_db, office)
    raw = package.read_bytes()
    offsets = {
        "manifest": raw.index(b'"sequence":1') + 11,
        "signature": raw.index(b"manifest.sig") + len("manifest.sig") + 5,
        "employee rows": raw.index(b"data/employee.jsonl.z.enc") + 200,
        "last byte": -1,
    }
    changed = flip_byte(package, offsets[where])

    _refused(any_db, changed, keys.private, "Tidak ada yang diterapkan|rusak")
    assert import_package(any_db, package, keys.private, CLERK).inserted > 0  # the unchanged file is fine


def test_a_package_from_an_unregistered_office_is_rejected(package: Path, any_db: Database, keys: Keys) -> None:
    _refused(any_db, package, keys.private, "belum terdaftar")


def test_a_package_signed_with_another_key_than_the_registered_one_is_rejected(
        package: Path, office: Database, any_db: Database, keys: Keys) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    register(any_db, office)
    with any_db.session_factory.begin() as s:  # the centre knows this office by another key
        s.execute(update(ExchangeOffice).values(public_key=public_key_text(Ed25519PrivateKey.generate().public_key())))
    _refused(any_db, package, keys.private, "bukan kunci terdaftar")


def test_a_package_for_another_central_key_is_rejected(package: Path, office: Database, any_db: Database,
                                                       tmp_path: Path) -> None:
    register(any_db, office)
    other = central_keys(tmp_path / "kunci-lain")
    _refused(any_db, package, other.private, "dienkripsi untuk kunci kantor pusat")


def test_a_file_that_is_not_a_package_is_rejected(any_db: Database, keys: Keys, tmp_path: Path) -> None:
    text = tmp_path / "bukan-paket.zip"
    text.write_text("halo")
    _refused(any_db, text, keys.private, "rusak atau bukan paket")


def test_personal_data_never_appears_unencrypted_in_the_package(package: Path) -> None:
    raw = package.read_bytes()
    with zipfile.ZipFile(package) as zf:
        inflated = b"".join(zf.read(name) for name in zf.namelist())
    for secret in (BUDI.nik, ADDRESS, PHONE, BUDI.nip, BUDI.name):
        assert secret.encode() not in raw and secret.encode() not in inflated, secret
    assert b"BKPSDM Kota Palangka Raya" in raw  # the manifest itself is readable: who sent it, counts, hashes


def test_a_changed_byte_anywhere_in_the_file_is_found(package: Path, office: Database, db: Database,
                                                      keys: Keys) -> None:
    register(db, office)
    size = package.stat().st_size
    offsets = sorted({*range(0, size, max(1, size // 40)), size - 1, size - 22, size - 2})
    for offset in offsets:
        _refused(db, flip_byte(package, offset), keys.private, "Tidak ada yang diterapkan|rusak")


@pytest.mark.parametrize("flag_byte, value", [(6, 0x01), (8, 0x63)])  # "encrypted" flag; compression method 99
def test_a_zip_header_claiming_encryption_or_an_unknown_method_is_refused(package: Path, office: Database,
                                                                          db: Database, keys: Keys, flag_byte: int,
                                                                          value: int) -> None:
    register(db, office)
    data = bytearray(package.read_bytes())
    data[flag_byte] = value  # the first local file header: general purpose flags at 6, method at 8
    package.write_bytes(bytes(data))
    _refused(db, package, keys.private, "rusak")
