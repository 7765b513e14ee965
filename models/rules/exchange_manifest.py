"""The exchange package's manifest: its fields, its canonical bytes, and the checks done before trusting it.

Pure functions: no database, no files. The manifest is plain JSON (no personal data in it: counts and hashes
only) and is what the office signs; the rows themselves travel encrypted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

FORMAT = "simpeg-luring-paket"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
# Tables in the order a receiver applies them: every table after the tables it refers to.
EXCHANGED_TABLES = (
    "unit", "position", "formation", "employee", "grade_history", "position_history", "education_history",
    "contract",
)
REQUIRED_KEYS = ("format", "format_version", "package_uuid", "office", "program_version", "schema_version",
                 "sequence", "previous_sha256", "created_at", "full", "tables", "encryption")


class ManifestProblem(Exception):
    """The manifest cannot be trusted or understood; the message says what is wrong (in Indonesian)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """The canonical bytes that are signed: sorted keys, no spaces, UTF-8."""
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def data_file_name(table: str) -> str:
    return f"data/{table}.jsonl.z.enc"


def parse_manifest(raw: bytes) -> dict[str, Any]:
    """The manifest from its bytes, with its shape checked; raises ManifestProblem."""
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestProblem(f"Manifes paket tidak dapat dibaca: {exc}.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ManifestProblem("Berkas ini bukan paket data SIMPEG Luring (manifes tidak dikenal).")
    missing = [key for key in REQUIRED_KEYS if key not in manifest]
    if missing:
        raise ManifestProblem(f"Manifes paket tidak lengkap: tidak ada {', '.join(missing)}.")
    if manifest["format_version"] != FORMAT_VERSION:
        raise ManifestProblem(f"Paket dibuat dengan format versi {manifest['format_version']}; program ini "
                              f"membaca versi {FORMAT_VERSION}. Perbarui program di kantor pusat.")
    office = manifest["office"]
    if not isinstance(office, dict) or not office.get("uuid") or not office.get("key_id"):
        raise ManifestProblem("Manifes paket tidak menyebut kantor pengirim dan kuncinya.")
    if not isinstance(manifest["sequence"], int) or manifest["sequence"] < 1:
        raise ManifestProblem(f"Nomor urut paket '{manifest['sequence']}' tidak sah.")
    tables = manifest["tables"]
    if not isinstance(tables, dict) or set(tables) - set(EXCHANGED_TABLES):
        raise ManifestProblem("Manifes paket menyebut tabel yang tidak dikenal.")
    for name, entry in tables.items():
        for key in ("file", "rows", "deleted", "sha256", "sha256_encrypted", "nonce"):
            if key not in entry:
                raise ManifestProblem(f"Manifes paket: tabel {name} tidak menyebut '{key}'.")
        if entry["file"] != data_file_name(name):
            raise ManifestProblem(f"Manifes paket: berkas tabel {name} bernama aneh ('{entry['file']}').")
    return manifest


class SequenceStatus(StrEnum):
    NEXT = "next"  # the one expected
    FIRST = "first"  # the first package from this office
    GAP = "gap"  # one or more packages in between never arrived
    OLD = "old"  # a sequence at or below the last one applied (a resend or an older package)


@dataclass(frozen=True)
class SequenceCheck:
    status: SequenceStatus
    missing: tuple[int, ...] = ()
    chain_broken: bool = False  # previous_sha256 does not name the last package applied


def check_sequence(last_sequence: int, last_sha256: str | None, sequence: int,
                   previous_sha256: str | None) -> SequenceCheck:
    """How a package's sequence number and previous-package hash follow what the centre has from the office."""
    if last_sequence == 0:
        return SequenceCheck(SequenceStatus.FIRST if sequence == 1 else SequenceStatus.GAP,
                             tuple(range(1, sequence)))
    if sequence <= last_sequence:
        return SequenceCheck(SequenceStatus.OLD)
    if sequence > last_sequence + 1:
        return SequenceCheck(SequenceStatus.GAP, tuple(range(last_sequence + 1, sequence)))
    return SequenceCheck(SequenceStatus.NEXT, chain_broken=previous_sha256 != last_sha256)


def sequence_warning(office_name: str, check: SequenceCheck) -> str | None:
    """A sentence for the clerk at the centre, or None when the package follows the last one."""
    if check.status is SequenceStatus.GAP:
        numbers = ", ".join(str(n) for n in check.missing[:10]) + (" ..." if len(check.missing) > 10 else "")
        return (f"Paket nomor {numbers} dari {office_name} belum diterima (urutan terputus). Data paket ini "
                "tetap diterapkan; minta kantor itu mengirim paket yang hilang atau paket lengkap (--full).")
    if check.status is SequenceStatus.OLD:
        return (f"Paket ini bernomor urut lebih kecil atau sama dengan paket terakhir dari {office_name}; "
                "hanya baris yang lebih baru yang diterapkan.")
    if check.chain_broken:
        return (f"Paket ini tidak menyebut paket terakhir yang diterima dari {office_name} sebagai "
                "pendahulunya; mungkin ada paket yang dibuat ulang di kantor itu.")
    return None


class RowVerdict(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    OLDER = "older"


def compare_versions(stored: int | None, incoming: int) -> RowVerdict:
    """What to do with an incoming row given the version stored here (None: the row is not here)."""
    if stored is None:
        return RowVerdict.INSERT
    if incoming > stored:
        return RowVerdict.UPDATE
    if incoming == stored:
        return RowVerdict.UNCHANGED
    return RowVerdict.OLDER
