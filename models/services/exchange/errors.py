"""The refusal of a package as a whole: nothing of it is applied."""

from __future__ import annotations

from models.services.errors import DomainError


class PackageRejected(DomainError):
    """The package is not applied at all (changed, unknown sender, not for this centre...)."""
