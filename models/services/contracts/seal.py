"""The office's signing key and the check of a scanned contract seal against the key and the records.

The private key is a PEM file beside the database (kunci/<office uuid>.ed25519.pem), made on first use;
the public key is stored with the office, so any copy of the database can check papers offline. A key file
that goes missing is never silently replaced: papers sealed with it would stop verifying.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from models import clock
from models.entities import Office
from models.rules.formatting import format_date_id
from models.services import audit
from models.services.audit import Actor
from models.services.contracts.documents import ContractFacts, contract_facts, contract_id_by_number
from models.services.contracts.seal_payload import (
    SealFacts,
    SealInvalid,
    key_id,
    make_payload,
    parse_payload,
    public_key_from_text,
    public_key_text,
    verify_payload,
)
from models.services.errors import DomainError
from models.storage.database import Database
from models.storage.profile import data_folder

KEY_FOLDER = "kunci"


@dataclass(frozen=True)
class OfficeSigner:
    """Seals contracts with the office's key (picklable: the key travels as its 32 raw bytes)."""

    private_bytes: bytes
    key_id: str

    def seal(self, facts: ContractFacts) -> str:
        if not facts.number:
            raise DomainError(f"Perjanjian {facts.name} belum bernomor; nomor diberikan saat pertama dicetak.")
        key = Ed25519PrivateKey.from_private_bytes(self.private_bytes)
        return make_payload(SealFacts(self.key_id, facts.number, facts.nip, facts.name, facts.start_date,
                                      facts.end_date, facts.digest), key)


@dataclass(frozen=True)
class Verification:
    """What a scanned seal certifies, whether it can be trusted, and how it compares with the records."""

    valid: bool
    reason: str | None  # why it cannot be trusted (valid is False)
    facts: SealFacts | None
    notes: list[str] = field(default_factory=list)  # what differs from today's records, or its status
    status_label: str | None = None
    matches_records: bool | None = None  # None when the contract is not in this database

    def as_dict(self) -> dict:
        out: dict = {"valid": self.valid}
        if self.reason:
            out["reason"] = self.reason
        if self.facts is not None:
            out.update(number=self.facts.number, nip=self.facts.nip, name=self.facts.name,
                       start=self.facts.start.isoformat(), end=self.facts.end.isoformat(), key_id=self.facts.key_id)
        out.update(notes=self.notes, status=self.status_label, matches_records=self.matches_records)
        return out


def default_key_folder(db: Database) -> Path:
    """kunci/ beside a database file; for a server database, in this computer's data folder."""
    if db.path is not None:
        return db.path.parent / KEY_FOLDER
    return data_folder() / KEY_FOLDER


def _office(session) -> Office:
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        raise DomainError("Pengaturan instansi belum diisi; kunci tanda tangan dibuat untuk sebuah instansi.")
    return office


def _write_private_key(path: Path, key: Ed25519PrivateKey) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.replace(temporary, path)


def _read_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise DomainError(f"Berkas kunci '{path}' rusak atau bukan kunci Ed25519.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise DomainError(f"Berkas kunci '{path}' bukan kunci Ed25519.")
    return key


def office_signer(db: Database, actor: Actor, key_folder: Path | None = None) -> OfficeSigner:
    """The office's signing key: read from its file, or made (and its public half stored) on first use."""
    folder = key_folder or default_key_folder(db)
    with db.session_factory.begin() as s:
        office = _office(s)
        path = folder / f"{office.uuid}.ed25519.pem"
        if path.exists():
            key = _read_private_key(path)
            stored = office.public_key
            if stored and stored != public_key_text(key.public_key()):
                raise DomainError(f"Berkas kunci '{path}' bukan pasangan kunci publik instansi yang tersimpan "
                                  f"(kunci {key_id(public_key_from_text(stored))}); kembalikan berkas kunci yang "
                                  "benar dari cadangan.")
        elif office.public_key:
            raise DomainError(f"Berkas kunci tanda tangan instansi '{path}' tidak ditemukan. Kembalikan dari "
                              "cadangan; tanpa berkas itu perjanjian baru tidak dapat disegel, sedangkan kertas "
                              "lama tetap dapat diperiksa.")
        else:
            key = Ed25519PrivateKey.generate()
            _write_private_key(path, key)
        if not office.public_key:
            before = audit.snapshot(office)
            office.public_key = public_key_text(key.public_key())
            s.flush()
            audit.record(s, actor, "update", office, audit.diff(before, audit.snapshot(office)),
                         f"Kunci tanda tangan perjanjian dibuat ({key_id(key.public_key())})")
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    return OfficeSigner(raw, key_id(key.public_key()))


def office_public_key(db: Database) -> Ed25519PublicKey | None:
    with db.session_factory() as s:
        office = s.scalars(select(Office).order_by(Office.id).limit(1)).first()
        return public_key_from_text(office.public_key) if office and office.public_key else None


def verify_seal(payload: str, public_key: Ed25519PublicKey) -> Verification:
    """Check a payload against a public key alone (no database)."""
    try:
        facts = verify_payload(payload, public_key)
    except SealInvalid as exc:
        return Verification(False, exc.message, _readable(payload))
    return Verification(True, None, facts)


def _readable(payload: str) -> SealFacts | None:
    try:
        return parse_payload(payload)[0]
    except SealInvalid:
        return None


def verify_contract(db: Database, payload: str, today: date | None = None) -> Verification:
    """Check a scanned payload with the office's key, then compare what it certifies with the records."""
    today = today or clock.today()
    key = office_public_key(db)
    if key is None:
        return Verification(False, "Basis data ini belum punya kunci tanda tangan instansi; belum ada perjanjian "
                                   "yang disegel di sini.", _readable(payload))
    result = verify_seal(payload, key)
    if not result.valid or result.facts is None:
        return result
    sealed = result.facts
    notes: list[str] = []
    with db.session_factory() as s:
        contract_id = contract_id_by_number(s, sealed.number)
        if contract_id is None:
            notes.append(f"Nomor {sealed.number} tidak ada di basis data ini (mungkin salinan lama atau dari "
                         "komputer lain); segelnya sah.")
            return Verification(True, None, sealed, notes, None, None)
        facts = contract_facts(s, contract_id)
    for label, printed, now in (("NI PPPK", sealed.nip, facts.nip), ("Nama", sealed.name, facts.name),
                                ("Tanggal mulai", format_date_id(sealed.start), format_date_id(facts.start_date)),
                                ("Tanggal selesai", format_date_id(sealed.end), format_date_id(facts.end_date))):
        if printed != now:
            notes.append(f"{label} di kertas '{printed}', di basis data sekarang '{now}'.")
    if sealed.digest not in facts.accepted_digests:
        notes.append("Data lain yang tercetak (alamat, jabatan, unit kerja, gaji/upah, jam kerja...) berbeda dengan "
                     "basis data sekarang: kertas ini dicetak sebelum data diubah.")
    matches = not notes
    if facts.changed_since_signing:  # the paper is the signed one; the records moved on since
        notes.append("Sesuai naskah yang ditandatangani; data pegawai berubah sejak penandatanganan: "
                     f"{', '.join(facts.changed_since_signing)}.")
    if facts.end_date < today:
        notes.append(f"Masa perjanjian sudah berakhir pada {format_date_id(facts.end_date)}.")
    return Verification(True, None, sealed, notes, facts.status.label, matches)
