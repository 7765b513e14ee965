"""Keys of the exchange: the central office's X25519 key pair (packages are encrypted for it), its public
half kept at each office, and each office's Ed25519 signing key (the contract seal's key) registered at
the centre, so that only packages signed by a known office are applied."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select

from models.entities import Office
from models.entities.exchange import ExchangeOffice, ExchangeSetting
from models.services.audit import Actor
from models.services.contracts.seal import office_signer
from models.services.contracts.seal_payload import key_id, public_key_from_text
from models.services.errors import DomainError
from models.services.exchange.audit_entry import record_exchange
from models.services.permissions import Permission, require
from models.storage.database import Database

CENTRAL_KEY_SETTING = "central_public_key"
CENTRAL_PRIVATE_NAME = "pusat.x25519.pem"
CENTRAL_PUBLIC_NAME = "pusat.x25519.pub.pem"
OFFICE_KEY_FORMAT = "simpeg-luring-kunci-kantor"


def central_key_id(public_key: X25519PublicKey) -> str:
    return hashlib.sha256(public_key.public_bytes_raw()).hexdigest()[:8]


def fingerprint(raw_public_key: bytes) -> str:
    """A key's fingerprint to read out over the phone: 32 hex digits of its SHA-256 in groups of four. It starts
    with the key id (the first two groups), so a seal or a package naming the key can be matched to it too."""
    digest = hashlib.sha256(raw_public_key).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


@dataclass(frozen=True)
class KeyFile:
    """A public key read from a file, shown to the clerk before it is trusted."""

    key_id: str
    fingerprint: str
    pem: bytes


def read_central_public_key_file(path: Path) -> KeyFile:
    """The central office's public key file, checked but not installed: its id and fingerprint to compare."""
    try:
        pem = Path(path).read_bytes()
    except OSError as exc:
        raise DomainError(f"Berkas kunci '{path}' tidak dapat dibaca: {exc.strerror or exc}.") from exc
    key = parse_central_public_key(pem, f"Berkas '{Path(path).name}'")
    return KeyFile(central_key_id(key), fingerprint(key.public_bytes_raw()), pem)


def _write_secret(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def make_central_keys(folder: Path) -> tuple[Path, Path, str]:
    """A new key pair for the central office: (private file, public file, key id). Never overwrites."""
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / CENTRAL_PRIVATE_NAME, folder / CENTRAL_PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise DomainError(f"Berkas kunci '{path}' sudah ada; tidak ditimpa (paket lama hanya dapat dibuka "
                              "dengan kunci itu). Pilih folder lain.")
    key = X25519PrivateKey.generate()
    _write_secret(private_path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    public_path.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                          serialization.PublicFormat.SubjectPublicKeyInfo))
    return private_path, public_path, central_key_id(key.public_key())


def parse_central_public_key(pem: bytes, where: str = "kunci kantor pusat") -> X25519PublicKey:
    if b"PRIVATE KEY" in pem:
        raise DomainError(f"{where}: berkas ini kunci privat (rahasia kantor pusat), bukan kunci publik. Pasang "
                          f"berkas {CENTRAL_PUBLIC_NAME}; kunci privat tidak boleh keluar dari kantor pusat.")
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise DomainError(f"{where}: bukan kunci publik yang dapat dibaca (berkas PEM {CENTRAL_PUBLIC_NAME} dari "
                          "kantor pusat).") from exc
    if not isinstance(key, X25519PublicKey):
        raise DomainError(f"{where}: bukan kunci publik X25519 kantor pusat.")
    return key


def load_central_private_key(path: Path) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except FileNotFoundError as exc:
        raise DomainError(f"Berkas kunci kantor pusat '{path}' tidak ditemukan.") from exc
    except (ValueError, TypeError) as exc:
        raise DomainError(f"Berkas kunci '{path}' rusak atau bukan kunci kantor pusat.") from exc
    if not isinstance(key, X25519PrivateKey):
        raise DomainError(f"Berkas kunci '{path}' bukan kunci X25519 kantor pusat.")
    return key


def set_central_key(db: Database, actor: Actor, pem: bytes) -> str:
    """Keep the central office's public key at this office (packages are encrypted for it); its key id."""
    require(actor, Permission.MANAGE_SETTINGS)
    key = parse_central_public_key(pem)
    text = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    with db.session_factory.begin() as s:
        setting = s.get(ExchangeSetting, CENTRAL_KEY_SETTING)
        old = setting.value if setting else None
        if setting is None:
            s.add(ExchangeSetting(name=CENTRAL_KEY_SETTING, value=text))
        else:
            setting.value = text
        record_exchange(s, actor, "central_key", central_key_id(key),
                        f"Kunci publik kantor pusat dipasang ({central_key_id(key)})",
                        {"central_public_key": [old, text]})
    return central_key_id(key)


def central_public_key_pem(db: Database) -> bytes:
    with db.session_factory() as s:
        setting = s.get(ExchangeSetting, CENTRAL_KEY_SETTING)
    if setting is None:
        raise DomainError("Kunci publik kantor pusat belum dipasang, jadi paket belum dapat dienkripsi. Minta "
                          "berkas kunci dari kantor pusat lalu pasang di Berkas > Pertukaran data (atau perintah "
                          "set-central-key).")
    return setting.value.encode()


def office_key_export(db: Database, actor: Actor, key_folder: Path | None = None) -> dict:
    """What the centre needs to accept this office's packages: who it is and its public signing key."""
    require(actor, Permission.REPORT)
    office_signer(db, actor, key_folder)  # makes the key on first use
    with db.session_factory() as s:
        office = s.scalars(select(Office).order_by(Office.id).limit(1)).one()
        return {"format": OFFICE_KEY_FORMAT, "office_uuid": office.uuid, "name": office.name,
                "code": office.regency_code, "regency_name": office.regency_name,
                "public_key": office.public_key, "key_id": key_id(public_key_from_text(office.public_key))}


def office_key_fingerprint(info: dict) -> str:
    """The fingerprint of the signing key in an office key file (see office_key_export)."""
    try:
        return fingerprint(public_key_from_text(info["public_key"]).public_bytes_raw())
    except (KeyError, ValueError, TypeError) as exc:
        raise DomainError(f"Berkas kunci kantor tidak lengkap atau rusak ({exc}).") from exc


@dataclass(frozen=True)
class RegisteredOffice:
    office_uuid: str
    name: str
    key_id: str
    replaced_key: bool


def register_office(db: Database, actor: Actor, info: dict) -> RegisteredOffice:
    """At the centre: accept packages signed with this office's key (a new key replaces the old, audited)."""
    require(actor, Permission.MANAGE_SETTINGS)
    if info.get("format") != OFFICE_KEY_FORMAT:
        raise DomainError("Berkas itu bukan berkas kunci kantor SIMPEG Luring (dibuat di kantor daerah lewat Berkas > "
                          "Pertukaran data > Simpan kunci kantor ini, atau office-key --export).")
    try:
        public_key = public_key_from_text(info["public_key"])
        uuid, name, code = info["office_uuid"], info["name"], info["code"]
    except (KeyError, ValueError, TypeError) as exc:
        raise DomainError(f"Berkas kunci kantor tidak lengkap atau rusak ({exc}).") from exc
    with db.session_factory.begin() as s:
        office = s.scalars(select(ExchangeOffice).where(ExchangeOffice.office_uuid == uuid)).first()
        old_key = office.public_key if office else None
        if office is None:
            office = ExchangeOffice(office_uuid=uuid, name=name, code=code, regency_name=info.get("regency_name"),
                                    public_key=info["public_key"], last_sequence=0)
            s.add(office)
        else:
            office.name, office.code, office.public_key = name, code, info["public_key"]
        record_exchange(s, actor, "register_office", uuid,
                        f"Kantor {name} ({code}) didaftarkan dengan kunci {key_id(public_key)}",
                        {"public_key": [old_key, info["public_key"]]})
    return RegisteredOffice(uuid, name, key_id(public_key), old_key is not None and old_key != info["public_key"])


def read_office_key_file(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DomainError(f"Berkas kunci kantor '{path}' tidak ditemukan.") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise DomainError(f"Berkas '{path}' bukan berkas kunci kantor (JSON) yang dapat dibaca.") from exc
