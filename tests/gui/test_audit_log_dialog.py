"""The audit log window on a real database: filters narrow the list, details show the changed fields,
the export writes what is shown."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import QDate

from gui.dialogs.audit_log import AuditLogDialog
from models import clock
from models.services.audit import Actor
from models.services.employees import update_employee
from tests.factories import SITI, make_employee


def _today() -> QDate:
    day = clock.today()
    return QDate(day.year, day.month, day.day)


def test_filter_details_and_export(qtbot, db, tmp_path) -> None:
    budi = make_employee(db)
    make_employee(db, SITI)
    update_employee(db, budi.id, {"phone": "081234567890"}, Actor("kepala", "admin"), expected_version=budi.version)
    dialog = AuditLogDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == dialog.model.total >= 3
    assert dialog.model.rows[0].actor == "kepala"  # newest first

    dialog.actor.setCurrentIndex(dialog.actor.findData("kepala"))
    assert dialog.model.total == 1 and dialog.count_label.text() == "1 catatan"
    dialog.table.selectRow(0)
    assert "Nomor HP: — → 081234567890" in dialog.details.toPlainText()

    dialog.actor.setCurrentIndex(0)
    qtbot.keyClicks(dialog.text, "aminah")
    qtbot.waitUntil(lambda: dialog.model.total == 1)

    dialog.use_dates.setChecked(True)
    dialog.date_from.setDate(_today().addDays(2))
    dialog.date_to.setDate(_today().addDays(3))
    assert dialog.model.total == 0 and not dialog.export_button.isEnabled()
    dialog.use_dates.setChecked(False)
    dialog.text.clear()
    qtbot.waitUntil(lambda: dialog.model.total >= 3)

    out = tmp_path / "log"
    handle = dialog.export_to(out)
    with qtbot.waitSignal(handle.finished, timeout=10000):
        pass
    rows = list(openpyxl.load_workbook(out.with_suffix(".xlsx")).active.iter_rows(min_row=5, values_only=True))
    assert len(rows) == dialog.model.total


def test_record_history_table_shows_one_records_changes(qtbot, db) -> None:
    from gui.widgets.record_history import RecordHistoryTable

    budi = make_employee(db)
    make_employee(db, SITI)
    update_employee(db, budi.id, {"phone": "081234567890"}, Actor("kepala", "admin"), expected_version=budi.version)
    table = RecordHistoryTable()
    qtbot.addWidget(table)
    rows = table.show_record(db, "employee", budi.uuid)
    assert [r.action for r in rows] == ["create", "update"] and table.rowCount() == 2
    assert table.item(1, 1).text() == "kepala" and "Nomor HP" in table.item(1, 3).text()
    assert table.show_record(db, "employee", None) == [] and table.rowCount() == 0
