"""The seal in a contract's QR code: what it certifies, signed with the office's Ed25519 key, checked offline.

Payload (text, so any QR scanner passes it on unchanged):

    SIMPEG-PK1|<key id>|<number>|<NI PPPK>|<name>|<start YYYY-MM-DD>|<end>|<digest>|<signature>

Fields are percent-escaped where they hold '|' or '%' (or anything outside printable ASCII); the signature is
Ed25519 over the UTF-8 text before the last '|', in unpadded base64url. The digest is a hash of the other
printed facts (birth, education, address, jabatan, unit, salary, hours), so a paper whose data no longer
matches the records can be told apart from one that does.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from models.rules.errors import RuleError

if TYPE_CHECKING:  # cryptography loads when a seal is first made or checked, not when the window starts
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "SIMPEG-PK1"
_SAFE = " ,.'/-()&:;+*#@!?=_~[]"
_FIELD_COUNT = 9


class SealInvalid(RuleError):
    """The payload is not a valid seal; the message says why, for the person holding the paper."""


@dataclass(frozen=True)
class SealFacts:
    key_id: str
    number: str
    nip: str
    name: str
    start: date
    end: date
    digest: str


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public_key: Ed25519PublicKey | bytes) -> str:
    """A short name of a public key, printed in every seal it makes (8 hex digits)."""
    raw = public_key if isinstance(public_key, bytes) else public_key.public_bytes_raw()
    return hashlib.sha256(raw).hexdigest()[:8]


def public_key_from_text(text: str) -> Ed25519PublicKey:
    """The key as stored in office.public_key (base64 of the raw 32 bytes)."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise SealInvalid("Kunci publik instansi rusak: harus 32 bita Ed25519 dalam base64.") from exc


def public_key_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes_raw()).decode("ascii")


def facts_digest(values: dict[str, str], names: tuple[str, ...]) -> str:
    """Hash (16 bytes, base64url) of the named facts in a fixed order, as printed."""
    text = "\n".join(f"{name}={values.get(name, '')}" for name in names)
    return b64(hashlib.sha256(text.encode("utf-8")).digest()[:16])


def _escape(text: str) -> str:
    return quote(text, safe=_SAFE)


def seal_message(facts: SealFacts) -> str:
    """The signed part of a payload, ending with the separator before the signature."""
    parts = [PREFIX, facts.key_id, facts.number, facts.nip, facts.name, facts.start.isoformat(),
             facts.end.isoformat(), facts.digest]
    return "|".join(_escape(p) for p in parts) + "|"


def make_payload(facts: SealFacts, key: Ed25519PrivateKey) -> str:
    message = seal_message(facts)
    return message + b64(key.sign(message.encode("utf-8")))


def parse_payload(payload: str) -> tuple[SealFacts, bytes, bytes]:
    """Split a scanned payload into its facts, the signed bytes and the signature, without checking it."""
    text = payload.strip()
    if not text.startswith(PREFIX + "|"):
        raise SealInvalid("Isi kode QR ini bukan segel perjanjian kerja SIMPEG Luring.")
    parts = text.split("|")
    if len(parts) != _FIELD_COUNT:
        raise SealInvalid(f"Isi kode QR tidak lengkap atau berlebih: {len(parts)} bagian, seharusnya "
                          f"{_FIELD_COUNT}. Pindai ulang kodenya.")
    message = text[: text.rindex("|") + 1].encode("utf-8")
    try:
        signature = unb64(parts[8])
        facts = SealFacts(key_id=unquote(parts[1]), number=unquote(parts[2]), nip=unquote(parts[3]),
                          name=unquote(parts[4]), start=date.fromisoformat(unquote(parts[5])),
                          end=date.fromisoformat(unquote(parts[6])), digest=unquote(parts[7]))
    except ValueError as exc:
        raise SealInvalid("Isi kode QR rusak (tanggal atau tanda tangan tidak terbaca). Pindai ulang kodenya.") \
            from exc
    if len(signature) != 64:
        raise SealInvalid("Tanda tangan digital pada kode QR terpotong. Pindai ulang kodenya.")
    return facts, message, signature


def verify_payload(payload: str, public_key: Ed25519PublicKey) -> SealFacts:
    """The facts a payload certifies, or SealInvalid saying why it cannot be trusted."""
    from cryptography.exceptions import InvalidSignature

    facts, message, signature = parse_payload(payload)
    expected_id = key_id(public_key)
    if facts.key_id != expected_id:
        raise SealInvalid(f"Kode ini ditandatangani dengan kunci {facts.key_id}, bukan kunci instansi ini "
                          f"({expected_id}): bukan terbitan instansi ini, atau kunci instansi telah diganti.")
    try:
        public_key.verify(signature, message)
    except InvalidSignature as exc:
        raise SealInvalid("Tanda tangan digital tidak cocok: isi kode QR telah diubah, atau kode ini bukan "
                          "terbitan instansi ini. Jangan percayai kertas ini sebelum dicocokkan dengan arsip.") \
            from exc
    return facts
