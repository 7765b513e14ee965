"""The backups window: back up now, see it listed, ask before restoring, restoring only for admins."""

from __future__ import annotations

from pathlib import Path

from gui.dialogs.backups import BackupsDialog
from models.services.audit import Actor


def test_backup_now_then_restore_request(qtbot, db) -> None:
    questions: list[str] = []
    dialog = BackupsDialog(db.path, Actor("admin", "admin"), confirm=lambda q: questions.append(q) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    handle = dialog.backup_now()
    with qtbot.waitSignal(handle.finished, timeout=10000):
        pass
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Dibuat pengguna"
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restore_requested) as emitted:
        dialog.restore_button.click()
    assert questions and "Pulihkan cadangan" in questions[0]
    assert isinstance(emitted.args[0], Path) and emitted.args[0] == dialog.backups[0].path


def test_an_operator_sees_backups_but_cannot_restore(qtbot, db) -> None:
    from models.storage.backups import make_backup

    make_backup(db.path, "harian")
    dialog = BackupsDialog(db.path, Actor("budi", "operator"), confirm=lambda q: True)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.table.item(0, 1).text() == "Cadangan harian"
    assert not dialog.restore_button.isEnabled() and "admin" in dialog.restore_button.toolTip()
