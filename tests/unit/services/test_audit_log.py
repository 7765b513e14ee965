"""The audit trail read back: filters, paging newest first, one record's history, the Excel export."""

from __future__ import annotations

from datetime import timedelta

import openpyxl
from sqlalchemy import select

from models.entities import AuditEntry
from models.services.audit import Actor
from models.services.audit_log import AuditFilter, count_audit, list_audit, record_history
from models.services.employees import update_employee
from reports.audit_export import export_audit
from tests.factories import RINA, SITI, make_employee


def test_filters_paging_and_history(db) -> None:
    budi = make_employee(db)
    ani = make_employee(db, SITI)
    changed = update_employee(db, budi.id, {"phone": "081234567890"}, Actor("kepala", "admin"),
                              expected_version=budi.version)
    with db.session_factory.begin() as s:  # one entry yesterday, to filter by date
        for entry in s.scalars(select(AuditEntry).where(AuditEntry.entity_uuid == ani.uuid)):
            entry.at -= timedelta(days=1)
    with db.session_factory() as s:
        everything = count_audit(s)
        assert everything >= 3
        first, cursor = list_audit(s, limit=2)
        rest, end = list_audit(s, after=cursor, limit=100)
        assert end is None and len(first) + len(rest) == everything
        times = [r.at for r in first + rest]
        assert times == sorted(times, reverse=True)
        assert [r.actor for r in list_audit(s, AuditFilter(actor="kepala"))[0]] == ["kepala"]
        today = max(times).date()
        assert ani.uuid not in {r.entity_uuid for r in list_audit(s, AuditFilter(date_from=today))[0]}
        assert count_audit(s, AuditFilter(text="AMINAH")) >= 1  # summary search ignores case
        history = record_history(s, "employee", changed.uuid)
        assert [h.action for h in history] == ["create", "update"]
        assert "Nomor HP: — → 081234567890" in history[-1].changes_text


def test_export_writes_every_filtered_entry(db, tmp_path) -> None:
    for i in range(5):
        make_employee(db, RINA, nip=f"19950702202524200{i + 1}", nik=None, name=f"Pegawai {i}")
    out = tmp_path / "log.xlsx"
    steps = []
    written = export_audit(db, out, AuditFilter(entity="employee"), progress=lambda d, t: steps.append((d, t)))
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert written == len(rows) == 5 and steps[-1] == (5, 5)
    assert sheet["A2"].value == "Saringan: jenis data Pegawai"
    assert {r[2] for r in rows} == {"Tambah"} and all(r[3] == "Pegawai" for r in rows)
    assert not list(tmp_path.glob("*.sebagian"))
