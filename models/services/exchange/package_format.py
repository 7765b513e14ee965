"""What the exchange use cases need of the package file, handed in by the caller (reports.exchange.package),
so that models/ knows no file format: write a sealed package, read one back, check its signature, open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from models.services.exchange.export import ExportPlan, TablePayload
from models.services.jobs import Job

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey


class WrittenPackage(Protocol):
    """A package file as written: its checksum and what it holds."""

    @property
    def sha256(self) -> str: ...
    @property
    def rows(self) -> int: ...
    @property
    def deleted(self) -> int: ...
    @property
    def tables(self) -> dict[str, int]: ...


class SealedPackage(Protocol):
    """A package file as read, nothing trusted yet."""

    @property
    def sha256(self) -> str: ...
    @property
    def manifest(self) -> dict[str, Any]: ...


class PackageFormat(Protocol):
    """Every method raises PackageRejected (models.services.exchange.errors) for a file that is not sound."""

    def write_package(self, out: Path, plan: ExportPlan, payloads: Iterator[TablePayload], signer_private: bytes,
                      signer_key_id: str, program_version: str, total: int = 0) -> Job[WrittenPackage]:
        """Seal the tables as `payloads` yields them, sign the manifest and write `out` whole or not at all;
        yields Progress(tables done, total, table name)."""
        ...

    def read_package(self, path: Path) -> SealedPackage: ...

    def verify_signature(self, package: Any, office_public_key: str, office_name: str) -> None:
        """`package` is what read_package returned; refuses it unless that office's key signed it."""
        ...

    def decrypt_tables(self, package: Any, central_private: X25519PrivateKey) -> dict[str, bytes]:
        """The tables' JSON Lines by name, each checked against the signed manifest."""
        ...
