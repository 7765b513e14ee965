"""The audit log as an Excel workbook: one row per entry, the filter it was made with on top."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import xlsxwriter

from models.services.audit_log import AuditFilter, action_label, count_audit, entity_label, list_audit
from models.storage.database import Database

HEADERS = (("Waktu", 18), ("Pengguna", 16), ("Tindakan", 18), ("Jenis data", 18), ("Ringkasan", 60),
           ("Perubahan", 70), ("UUID data", 38))
PAGE = 2000


def _filter_text(f: AuditFilter) -> str:
    parts = []
    if f.actor:
        parts.append(f"pengguna {f.actor}")
    if f.entity:
        parts.append(f"jenis data {entity_label(f.entity)}")
    if f.action:
        parts.append(f"tindakan {action_label(f.action)}")
    if f.date_from or f.date_to:
        start = f.date_from.strftime("%d-%m-%Y") if f.date_from else "awal"
        end = f.date_to.strftime("%d-%m-%Y") if f.date_to else "sekarang"
        parts.append(f"tanggal {start} s.d. {end}")
    if f.text.strip():
        parts.append(f"ringkasan memuat '{f.text.strip()}'")
    return "Saringan: " + (", ".join(parts) if parts else "semua catatan")


def export_audit(db: Database, path: Path, filters: AuditFilter | None = None, *,
                 progress: Callable[[int, int], object] | None = None) -> int:
    """Write the entries matching `filters`, newest first, to `path`; returns how many. Times are local."""
    filters = filters or AuditFilter()
    partial = path.with_name(path.name + ".sebagian")
    book = xlsxwriter.Workbook(str(partial), {"constant_memory": True, "remove_timezone": True})
    try:
        sheet = book.add_worksheet("Log Audit")
        bold = book.add_format({"bold": True})
        header = book.add_format({"bold": True, "bg_color": "#DDE5F0", "border": 1, "text_wrap": True})
        when = book.add_format({"num_format": "dd-mm-yyyy hh:mm:ss", "valign": "top"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        top = book.add_format({"valign": "top"})
        with db.session_factory() as session:
            total = count_audit(session, filters)
            sheet.write(0, 0, "Log audit SIMPEG Luring", bold)
            sheet.write(1, 0, _filter_text(filters))
            for column, (title, width) in enumerate(HEADERS):
                sheet.set_column(column, column, width)
                sheet.write(3, column, title, header)
            sheet.freeze_panes(4, 0)
            row_number, cursor, done = 4, None, 0
            while True:
                rows, cursor = list_audit(session, filters, after=cursor, limit=PAGE)
                for entry in rows:
                    local = entry.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
                    sheet.write_datetime(row_number, 0, local, when)
                    sheet.write_string(row_number, 1, entry.actor, top)
                    sheet.write_string(row_number, 2, action_label(entry.action), top)
                    sheet.write_string(row_number, 3, entity_label(entry.entity), top)
                    sheet.write_string(row_number, 4, entry.summary or "", wrap)
                    sheet.write_string(row_number, 5, entry.changes_text, wrap)
                    sheet.write_string(row_number, 6, entry.entity_uuid, top)
                    row_number += 1
                done += len(rows)
                if progress is not None:
                    progress(done, total)
                if cursor is None:
                    break
            sheet.autofilter(3, 0, max(row_number - 1, 3), len(HEADERS) - 1)
        book.close()
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return done
