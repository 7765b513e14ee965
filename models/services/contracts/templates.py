"""The contract wording an office prints: the shipped templates, and the office's own adapted copies."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import ContractTemplateVersion, Office
from models.services import audit
from models.services.audit import Actor
from models.services.contracts.template_language import ContractTemplate, TemplateError, parse_template
from models.services.errors import DomainError, FieldProblem, ValidationFailed
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import ContractKind
from resources import resource_path

TEMPLATE_FILES = {
    ContractKind.FULL_TIME: "perjanjian_pppk.txt",
    ContractKind.PART_TIME: "perjanjian_pppk_paruh_waktu.txt",
}
_COLUMNS = {ContractKind.FULL_TIME: "template_full_time", ContractKind.PART_TIME: "template_part_time"}


def default_template_text(kind: ContractKind) -> str:
    """The shipped wording for this kind of contract, for an office to copy and adapt."""
    return resource_path("templates", TEMPLATE_FILES[kind]).read_text(encoding="utf-8")


def template_text(office_text: str | None, kind: ContractKind) -> str:
    return office_text if office_text and office_text.strip() else default_template_text(kind)


def load_template(office_text: str | None, kind: ContractKind,
                  holding: frozenset[str] | None = None) -> ContractTemplate:
    """The parsed template, as printed where the conditions in `holding` hold (None: checked every way); a
    stored one that no longer parses is reported, not silently replaced."""
    try:
        return parse_template(template_text(office_text, kind), holding)
    except TemplateError as exc:
        source = "milik instansi" if office_text else "bawaan program"
        raise DomainError(f"Templat {kind.label} {source} tidak dapat dipakai.\n{exc.message}") from exc


def save_contract_template(db: Database, actor: Actor, kind: ContractKind | str, text: str | None) -> None:
    """Store the office's wording for one kind of contract (None or blank: back to the shipped template)."""
    require(actor, Permission.MANAGE_SETTINGS)
    kind = ContractKind(kind)
    text = text if text and text.strip() else None
    if text is not None:
        try:
            parse_template(text)
        except TemplateError as exc:
            raise ValidationFailed([FieldProblem("template", p) for p in exc.problems]) from exc
    with db.session_factory.begin() as s:
        office = s.scalars(select(Office).order_by(Office.id).limit(1)).first()
        if office is None:
            raise DomainError("Pengaturan instansi belum diisi; simpan pengaturan instansi dahulu.")
        before = audit.snapshot(office)
        setattr(office, _COLUMNS[kind], text)
        if text is not None:
            wording_version(s, text, kind, "instansi")  # every wording the office saves is kept
        s.flush()
        changes = audit.diff(before, audit.snapshot(office))
        if changes:
            # The whole wording in the log would drown it; the log says that it changed and its size.
            changes = {k: [_size(v[0]), _size(v[1])] for k, v in changes.items()}
            audit.record(s, actor, "update", office, changes, f"Templat perjanjian {kind.label}")


def _size(text: str | None) -> str | None:
    return None if text is None else f"<{len(text)} karakter>"


def wording_version(session: Session, text: str, kind, source: str) -> str:
    """The sha256 of a wording, stored as a template version if it is new."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if session.scalar(select(ContractTemplateVersion.id).where(ContractTemplateVersion.sha256 == sha)) is None:
        session.add(ContractTemplateVersion(sha256=sha, kind=kind, source=source, text=text))
        session.flush()
    return sha
