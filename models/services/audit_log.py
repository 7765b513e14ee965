"""Reading the audit trail: pages of entries filtered by person, date, kind of record and action, newest
first, and the history of one record. Writing entries is models/services/audit.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from models.entities import AuditEntry
from models.services.errors import field_label

ENTITY_LABELS = {
    "employee": "Pegawai", "grade_history": "Riwayat golongan", "position_history": "Riwayat jabatan",
    "education_history": "Riwayat pendidikan", "contract": "Perjanjian kerja", "formation": "Formasi",
    "office": "Instansi", "unit": "Unit kerja", "position": "Jabatan", "app_user": "Pengguna",
    "exchange_package": "Paket kiriman", "contract_number_sequence": "Nomor perjanjian",
}
ACTION_LABELS = {
    "create": "Tambah", "update": "Ubah", "delete": "Hapus", "restore": "Pulihkan", "end": "Akhiri",
    "reinstate": "Aktifkan kembali", "import": "Impor", "demo": "Data contoh", "sign": "Tandatangani",
    "unsign": "Batal tanda tangan", "activate": "Berlakukan", "expired": "Berakhir", "renewed": "Diperpanjang",
    "reopen": "Buka kembali", "print": "Cetak", "login": "Masuk", "logout": "Keluar", "login_failed": "Gagal masuk",
    "locked": "Akun dikunci", "password": "Ganti kata sandi", "export": "Ekspor",
    "register_office": "Daftarkan kantor", "central_key": "Kunci pusat",
}


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    entity: str | None = None
    action: str | None = None
    date_from: date | None = None  # inclusive, UTC dates as stored
    date_to: date | None = None  # inclusive
    text: str = ""  # in the summary


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # naive UTC
    actor: str
    action: str
    entity: str
    entity_uuid: str
    summary: str | None
    changes: dict[str, Any]

    @property
    def changes_text(self) -> str:
        """'golongan: III/a → III/b' per changed field, one per line."""
        lines = []
        for field, pair in sorted(self.changes.items()):
            if isinstance(pair, list | tuple) and len(pair) == 2:
                old, new = ("—" if v in (None, "") else v for v in pair)
                lines.append(f"{field_label(field)}: {old} → {new}")
            else:
                lines.append(f"{field_label(field)}: {pair}")
        return "\n".join(lines)


def _where(filters: AuditFilter | None) -> list[Any]:
    f = filters or AuditFilter()
    clauses: list[Any] = []
    if f.actor:
        clauses.append(AuditEntry.actor == f.actor)
    if f.entity:
        clauses.append(AuditEntry.entity == f.entity)
    if f.action:
        clauses.append(AuditEntry.action == f.action)
    if f.date_from:
        clauses.append(AuditEntry.at >= datetime.combine(f.date_from, time.min))
    if f.date_to:
        clauses.append(AuditEntry.at < datetime.combine(f.date_to + timedelta(days=1), time.min))
    if f.text.strip():
        pattern = "%" + f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(func.lower(AuditEntry.summary).like(pattern.lower(), escape="\\"))
    return clauses


def _select(filters: AuditFilter | None) -> Select[Any]:
    return select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
                  AuditEntry.entity_uuid, AuditEntry.summary, AuditEntry.changes).where(*_where(filters))


def list_audit(session: Session, filters: AuditFilter | None = None, *, after: tuple[datetime, int] | None = None,
               limit: int = 256) -> tuple[list[AuditRow], tuple[datetime, int] | None]:
    """A page of entries, newest first; pass the returned cursor as `after` for the next page."""
    stmt = _select(filters)
    if after is not None:
        at, entry_id = after
        stmt = stmt.where(or_(AuditEntry.at < at, and_(AuditEntry.at == at, AuditEntry.id < entry_id)))
    rows = session.execute(stmt.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit + 1)).all()
    page = [AuditRow(*r) for r in rows[:limit]]
    cursor = (page[-1].at, page[-1].id) if len(rows) > limit else None
    return page, cursor


def count_audit(session: Session, filters: AuditFilter | None = None) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry).where(*_where(filters))) or 0


def record_history(session: Session, entity: str, entity_uuid: str) -> list[AuditRow]:
    """Every entry about one record, oldest first: what a form's Riwayat perubahan shows."""
    stmt = _select(AuditFilter(entity=entity)).where(AuditEntry.entity_uuid == entity_uuid)
    return [AuditRow(*r) for r in session.execute(stmt.order_by(AuditEntry.at, AuditEntry.id))]


def audit_actors(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.actor).group_by(AuditEntry.actor).order_by(AuditEntry.actor)))


def audit_entities(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.entity).group_by(AuditEntry.entity).order_by(AuditEntry.entity)))
