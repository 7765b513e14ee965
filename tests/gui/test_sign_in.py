"""Signing in through the dialogs: the first admin on a new database, then wrong and right passwords."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

import models.rules.passwords as passwords
from gui.dialogs.sign_in import FirstAdminDialog, SignInDialog
from models.services.users import has_users


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


def test_first_admin_then_sign_in(qtbot, db) -> None:
    first = FirstAdminDialog(db)
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.full_name, "Siti Admin")
    qtbot.keyClicks(first.password, "rahasia-kantor-1")
    qtbot.keyClicks(first.repeat, "rahasia-kantor-2")
    qtbot.keyClick(first.repeat, Qt.Key.Key_Return)
    assert first.error.isVisible() and "tidak sama" in first.error.text() and not has_users(db)
    first.repeat.clear()
    qtbot.keyClicks(first.repeat, "rahasia-kantor-1")
    qtbot.keyClick(first.repeat, Qt.Key.Key_Return)
    assert first.result() == QDialog.DialogCode.Accepted and first.user.username == "admin"

    dialog = SignInDialog(db, "BKPSDM Kota Palangka Raya")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and "salah" in dialog.error.text()
    assert dialog.password.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.password, "rahasia-kantor-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user.role.value == "admin"
