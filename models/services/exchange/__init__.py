"""Sending an office's data to the central office and applying it there. The package file's format is not
here: callers hand it in (reports.exchange.package; see package_format.PackageFormat)."""

from models.services.exchange.apply import apply_package, apply_package_steps, known_office
from models.services.exchange.central import ConflictRow, OfficeExchangeRow, office_overview, open_conflicts
from models.services.exchange.errors import PackageRejected
from models.services.exchange.export import ExportPlan, TablePayload, plan_export, read_tables, record_sent
from models.services.exchange.keys import (
    load_central_private_key,
    make_central_keys,
    office_key_export,
    read_office_key_file,
    register_office,
    set_central_key,
)
from models.services.exchange.outcome import Conflict, ImportResult, KnownOffice
from models.services.exchange.package_format import PackageFormat
from models.services.exchange.receiving import receive_package
from models.services.exchange.sending import ExportResult, send_package

__all__ = [
    "Conflict", "ConflictRow", "ExportPlan", "ExportResult", "ImportResult", "KnownOffice", "OfficeExchangeRow",
    "PackageFormat", "PackageRejected", "TablePayload", "apply_package", "apply_package_steps", "known_office",
    "load_central_private_key", "make_central_keys", "office_key_export", "office_overview", "open_conflicts",
    "plan_export", "read_office_key_file", "read_tables", "receive_package", "record_sent", "register_office",
    "send_package", "set_central_key",
]
