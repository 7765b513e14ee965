"""The package file: a zip of a signed manifest and the tables, each compressed then encrypted.

Encryption: one random AES-256-GCM data key per package; each table is sealed with it (its own nonce, the
package uuid and table name as associated data). The data key is wrapped for the central office: an
ephemeral X25519 key agreement with the centre's public key, HKDF-SHA256, AES-256-GCM. The manifest lists
each table's row count and SHA-256 (of the rows, and of the encrypted file) and is signed with the office's
Ed25519 key, so a changed byte anywhere is found before anything is decrypted or applied.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.clock import utcnow
from models.rules.exchange_manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    ManifestProblem,
    data_file_name,
    manifest_bytes,
    parse_manifest,
)
from models.services.contracts.seal_payload import public_key_from_text
from models.services.exchange.errors import PackageRejected
from models.services.exchange.export import ExportPlan, TablePayload
from models.services.exchange.keys import central_key_id, parse_central_public_key
from models.services.jobs import Job, Progress

SCHEME = "X25519-HKDF-SHA256/AES-256-GCM"
HKDF_INFO = b"simpeg-luring paket v1"
COMPRESS_LEVEL = 1  # the rows are JSON: level 1 already shrinks them about fivefold, and fast


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(package_uuid: str, name: str) -> bytes:
    return f"{package_uuid}/{name}".encode()


def _kek(shared: bytes, package_uuid: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=package_uuid.encode(), info=HKDF_INFO).derive(shared)


@dataclass(frozen=True)
class SealedTable:
    name: str
    entry: dict[str, Any]
    blob: bytes


def _seal_table(data_key: bytes, package_uuid: str, payload: TablePayload) -> SealedTable:
    nonce = os.urandom(12)
    blob = AESGCM(data_key).encrypt(nonce, zlib.compress(payload.data, COMPRESS_LEVEL),
                                    _aad(package_uuid, payload.name))
    entry = {"file": data_file_name(payload.name), "rows": payload.rows, "deleted": payload.deleted,
             "sha256": hashlib.sha256(payload.data).hexdigest(), "sha256_encrypted": hashlib.sha256(blob).hexdigest(),
             "nonce": _b64(nonce)}
    return SealedTable(payload.name, entry, blob)


def _wrap_key(data_key: bytes, central: X25519PublicKey, package_uuid: str) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    nonce = os.urandom(12)
    wrapped = AESGCM(_kek(ephemeral.exchange(central), package_uuid)).encrypt(nonce, data_key, package_uuid.encode())
    return {"scheme": SCHEME, "central_key_id": central_key_id(central),
            "ephemeral_public_key": _b64(ephemeral.public_key().public_bytes_raw()),
            "wrap_nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """The package's zip in its one canonical form (stored, fixed times and attributes), so that the centre
    can rebuild it from the entries and find any changed byte, even in the zip's own headers."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED
            zf.writestr(info, data)
    return buffer.getvalue()


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    sha256: str
    rows: int
    deleted: int
    tables: dict[str, int]


def write_package(out: Path, plan: ExportPlan, payloads: Iterator[TablePayload], signer_private: bytes,
                  signer_key_id: str, program_version: str,
                  total: int = 0) -> Job[WrittenPackage]:
    """Seal the tables as they are read (compressing and encrypting in threads), sign, write atomically.

    Yields Progress(tables done, total, table name) as it goes; returns the written package."""
    data_key = AESGCM.generate_key(bit_length=256)
    central = parse_central_public_key(plan.central_public_pem)
    futures: list[Future[SealedTable]] = []
    with ThreadPoolExecutor(max_workers=2) as pool:  # zlib and AES release the GIL: overlap with reading
        for done, payload in enumerate(payloads, start=1):
            futures.append(pool.submit(_seal_table, data_key, plan.package_uuid, payload))
            yield Progress(done, total, payload.name)
        sealed = [f.result() for f in futures]
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "package_uuid": plan.package_uuid,
        "office": {"uuid": plan.office.uuid, "name": plan.office.name, "code": plan.office.code,
                   "regency_name": plan.office.regency_name, "key_id": signer_key_id},
        "program_version": program_version, "schema_version": plan.schema_version, "sequence": plan.sequence,
        "previous_sha256": plan.previous_sha256, "created_at": utcnow().isoformat(timespec="seconds") + "Z",
        "snapshot_at": plan.snapshot_at.isoformat() if plan.snapshot_at else None, "full": plan.full,
        "tables": {t.name: t.entry for t in sealed},
        "encryption": _wrap_key(data_key, central, plan.package_uuid),
    }
    raw = manifest_bytes(manifest)
    signature = Ed25519PrivateKey.from_private_bytes(signer_private).sign(raw)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".tmp")
    content = zip_bytes([(MANIFEST_NAME, raw), (SIGNATURE_NAME, _b64(signature).encode("ascii")),
                         *((t.entry["file"], t.blob) for t in sealed)])
    with temporary.open("wb") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temporary, out)
    return WrittenPackage(out, hashlib.sha256(content).hexdigest(), sum(t.entry["rows"] for t in sealed),
                          sum(t.entry["deleted"] for t in sealed), {t.name: t.entry["rows"] for t in sealed})


@dataclass(frozen=True)
class SealedPackage:
    """A package as read from disk, nothing trusted yet."""

    path: Path
    sha256: str
    manifest: dict[str, Any]
    manifest_raw: bytes
    signature: bytes
    files: dict[str, bytes]


def read_package(path: Path) -> SealedPackage:
    """Read the zip and parse its manifest; raises PackageRejected for a file that is not a sound package."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except FileNotFoundError as exc:
        raise PackageRejected(f"Berkas paket '{path}' tidak ditemukan.") from exc
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as zf:
            files = {info.filename: zf.read(info) for info in zf.infolist()}
    # A changed byte in a zip header can also claim an encrypted member (RuntimeError) or an unknown
    # compression method (NotImplementedError): refused like any other damage, never an unexpected error.
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError, NotImplementedError,
            struct.error) as exc:
        raise PackageRejected(f"Berkas '{path.name}' rusak atau bukan paket data (zip tidak terbaca: {exc}). "
                              "Tidak ada yang diterapkan.") from exc
    if zip_bytes(list(files.items())) != content:
        raise PackageRejected(f"Berkas '{path.name}' rusak atau diubah (susunan zip tidak sama dengan yang "
                              "dibuat kantor pengirim). Tidak ada yang diterapkan.")
    if MANIFEST_NAME not in files or SIGNATURE_NAME not in files:
        raise PackageRejected(f"Berkas '{path.name}' bukan paket data SIMPEG Luring (tanpa manifes bertanda "
                              "tangan). Tidak ada yang diterapkan.")
    try:
        manifest = parse_manifest(files[MANIFEST_NAME])
        signature = _unb64(files[SIGNATURE_NAME].decode("ascii").strip())
    except ManifestProblem as exc:
        raise PackageRejected(f"{exc.message} Tidak ada yang diterapkan.") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise PackageRejected("Tanda tangan paket rusak. Tidak ada yang diterapkan.") from exc
    return SealedPackage(path, hashlib.sha256(content).hexdigest(), manifest, files[MANIFEST_NAME], signature, files)


def verify_signature(package: SealedPackage, office_public_key: str, office_name: str) -> None:
    try:
        public_key_from_text(office_public_key).verify(package.signature, package.manifest_raw)
    except (InvalidSignature, ValueError) as exc:
        raise PackageRejected(
            f"Tanda tangan paket tidak cocok dengan kunci terdaftar {office_name}: paket diubah setelah "
            "ditandatangani, atau dibuat dengan kunci lain. Tidak ada yang diterapkan.") from exc


def decrypt_tables(package: SealedPackage, central_private: X25519PrivateKey) -> dict[str, bytes]:
    """The tables' JSON Lines, each checked against the signed manifest; raises PackageRejected."""
    manifest = package.manifest
    enc = manifest["encryption"]
    own_id = central_key_id(central_private.public_key())
    if enc.get("scheme") != SCHEME:
        raise PackageRejected(f"Paket dienkripsi dengan cara yang tidak dikenal ({enc.get('scheme')}).")
    if enc.get("central_key_id") != own_id:
        raise PackageRejected(
            f"Paket ini dienkripsi untuk kunci kantor pusat {enc.get('central_key_id')}, bukan kunci ini "
            f"({own_id}). Pasang kunci publik kantor pusat yang benar di kantor pengirim (set-central-key) lalu "
            "buat paket lagi. Tidak ada yang diterapkan.")
    uuid = manifest["package_uuid"]
    try:
        ephemeral = X25519PublicKey.from_public_bytes(_unb64(enc["ephemeral_public_key"]))
        kek = _kek(central_private.exchange(ephemeral), uuid)
        data_key = AESGCM(kek).decrypt(_unb64(enc["wrap_nonce"]), _unb64(enc["wrapped_key"]), uuid.encode())
    except (InvalidTag, ValueError, KeyError) as exc:
        raise PackageRejected("Kunci data paket tidak dapat dibuka dengan kunci kantor pusat ini. Tidak ada yang "
                              "diterapkan.") from exc
    out: dict[str, bytes] = {}
    for name, entry in manifest["tables"].items():
        blob = package.files.get(entry["file"])
        if blob is None:
            raise PackageRejected(f"Paket tidak lengkap: berkas tabel {name} tidak ada. Tidak ada yang diterapkan.")
        if hashlib.sha256(blob).hexdigest() != entry["sha256_encrypted"]:
            raise PackageRejected(f"Berkas tabel {name} di dalam paket berubah (SHA-256 tidak cocok dengan "
                                  "manifes). Tidak ada yang diterapkan.")
        try:
            data = zlib.decompress(AESGCM(data_key).decrypt(_unb64(entry["nonce"]), blob, _aad(uuid, name)))
        except (InvalidTag, zlib.error, ValueError) as exc:
            raise PackageRejected(f"Tabel {name} tidak dapat didekripsi. Tidak ada yang diterapkan.") from exc
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise PackageRejected(f"Isi tabel {name} tidak cocok dengan SHA-256 di manifes. Tidak ada yang "
                                  "diterapkan.")
        out[name] = data
    return out


def public_pem(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
