"""Managing users through the window: add, change role, reset password, deactivate; refusals shown."""

from __future__ import annotations

import pytest

import models.rules.passwords as passwords
from gui.dialogs.users import UsersDialog
from models.services.users import create_first_admin, sign_in
from models.vocabulary import Role


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


def test_admin_manages_users(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr("gui.dialogs.users.show_error", lambda parent, exc: None)
    admin = create_first_admin(db, "admin", "Siti Admin", "rahasia-kantor-1").actor
    dialog = UsersDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.add_user("budi", "Budi Santoso", Role.OPERATOR, "pendek")
    assert "8 karakter" in dialog.status.text() and dialog.table.rowCount() == 1
    assert dialog.add_user("budi", "Budi Santoso", Role.OPERATOR, "budi-kuat-123")
    assert dialog.selected().username == "budi" and dialog.table.item(1, 2).text() == "Operator"

    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.VIEWER.value))
    dialog.role_button.click()
    assert dialog.selected().role == Role.VIEWER

    qtbot.keyClicks(dialog.password_edit, "budi-baru-4567")
    dialog.password_button.click()
    assert sign_in(db, "budi", "budi-baru-4567").role == Role.VIEWER

    dialog.active_button.click()
    assert dialog.table.item(1, 3).text() == "Nonaktif" and dialog.active_button.text() == "Aktifkan"

    dialog.table.selectRow(0)  # the only admin
    dialog.active_button.click()
    assert "paling sedikit satu admin" in dialog.status.text()
