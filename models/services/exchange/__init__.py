"""Sending an office's data to the central office and applying it there. The package file's format is not
here: callers hand it in (reports.exchange.package; see package_format.PackageFormat)."""

from models.services.exchange.apply import apply_package, apply_package_steps, known_office
from models.services.exchange.central import ConflictRow, OfficeExchangeRow, office_overview, open_conflicts
from models.services.exchange.errors import PackageRejected
from models.services.exchange.export import ExportPlan, TablePayload, plan_export, read_tables, record_sent
from models.services.exchange.keys import (
    KeyFile,
    fingerprint,
    load_central_private_key,
    make_central_keys,
    office_key_export,
    office_key_fingerprint,
    read_central_public_key_file,
    read_office_key_file,
    register_office,
    set_central_key,
)
from models.services.exchange.outcome import Conflict, ImportResult, KnownOffice
from models.services.exchange.package_format import PackageFormat
from models.services.exchange.receiving import receive_package
from models.services.exchange.sending import ExportResult, send_package
from models.services.exchange.setup import ExchangeSetup, exchange_setup, set_send_warn_days

__all__ = [
    "Conflict",
    "ConflictRow",
    "ExchangeSetup",
    "ExportPlan",
    "ExportResult",
    "ImportResult",
    "KeyFile",
    "KnownOffice",
    "OfficeExchangeRow",
    "PackageFormat",
    "PackageRejected",
    "TablePayload",
    "apply_package",
    "apply_package_steps",
    "exchange_setup",
    "fingerprint",
    "known_office",
    "load_central_private_key",
    "make_central_keys",
    "office_key_export",
    "office_key_fingerprint",
    "office_overview",
    "open_conflicts",
    "plan_export",
    "read_central_public_key_file",
    "read_office_key_file",
    "read_tables",
    "receive_package",
    "record_sent",
    "register_office",
    "send_package",
    "set_central_key",
    "set_send_warn_days",
]
