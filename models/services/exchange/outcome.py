"""What applying a package did: counts, conflicts, warnings; and the registered office that sent it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Conflict:
    table: str
    row_uuid: str
    kind: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"table": self.table, "uuid": self.row_uuid, "kind": self.kind, "detail": self.detail}


@dataclass
class ImportResult:
    package_uuid: str
    office_name: str
    sequence: int
    dry_run: bool
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    already_applied: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
                "deleted": self.deleted, "conflicts": [c.as_dict() for c in self.conflicts],
                "warnings": self.warnings, "package": self.package_uuid, "office": self.office_name,
                "sequence": self.sequence, "dry_run": self.dry_run, "already_applied": self.already_applied}


@dataclass(frozen=True)
class KnownOffice:
    uuid: str
    name: str
    public_key: str
