"""A shared office PC on a real window: who is signed in on the status bar, the Berkas entries for the session,
quitting with unsaved edits, and changing one's own password (signing out: tests/gui/test_session.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

import models.rules.passwords as passwords
from gui.app import create_main_window
from gui.dialogs.change_password import ChangePasswordDialog
from models.entities import AuditEntry
from models.services.audit import Actor
from models.services.users import LoginFailed, create_first_admin, create_user, sign_in
from models.vocabulary import Role
from tests.staff import TODAY

RINA_PASSWORD = "rina-kantor-2026"
BUDI_PASSWORD = "budi-kuat-123"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


@pytest.fixture
def people(db):
    rina = create_first_admin(db, "rina", "Rina Wati", RINA_PASSWORD)
    budi = create_user(db, rina.actor, "budi", "Budi Santoso", Role.OPERATOR, BUDI_PASSWORD)
    return rina, budi


@pytest.fixture
def window(qtbot, db, people):
    win = create_main_window(db, today=lambda: TODAY, actor=people[0].actor)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def actions_of(window) -> list[str]:
    return [a.objectName() for a in window.menu_file.actions() if not a.isSeparator()]


def audit_actions(db, actor: str) -> list[str]:
    with db.session_factory() as s:
        return [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == actor)
                                            .order_by(AuditEntry.id))]


# ---- who is signed in ----

def test_status_bar_names_the_signed_in_person_and_berkas_offers_the_session(window) -> None:
    label = window.session_actions.signed_in_label
    assert label.objectName() == "signed_in_label" and label.isVisible()
    assert label.text() == "Masuk sebagai: rina (Admin)" and label.toolTip() == "Rina Wati"
    names = actions_of(window)
    assert names.index("action_change_password") < names.index("action_sign_out") < names.index("action_quit")
    for name in ("action_change_password", "action_sign_out"):
        action = getattr(window.session_actions, name)
        assert action.isEnabled() and not action.icon().isNull()


def test_a_window_opened_without_an_account_cannot_change_a_password(qtbot, db, people) -> None:
    win = create_main_window(db, today=lambda: TODAY, actor=Actor("windows-user", "admin"))
    qtbot.addWidget(win)
    assert not win.session_actions.action_change_password.isEnabled()
    assert win.session_actions.open_change_password() is None
    assert win.session_actions.signed_in_label.text() == "Masuk sebagai: windows-user (Admin)"


# ---- quitting ----

def test_quitting_with_an_unsaved_employee_form_asks_and_no_keeps_the_window(qtbot, window) -> None:
    answers = [False, True]
    window.employee_actions.confirm = lambda *_args: answers.pop(0)
    form = window.employee_actions.open_new()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.view.inputs["name"], "Ani Lestari")
    window.action_quit.trigger()
    assert window.isVisible() and form.isVisible()  # "no": the edits and the window stay
    window.action_quit.trigger()
    assert not window.isVisible() and not form.isVisible() and answers == []


# ---- changing one's own password ----

def open_dialog(qtbot, window) -> ChangePasswordDialog:
    window.session_actions.action_change_password.trigger()
    dialog = window.session_actions.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, dialog: ChangePasswordDialog, old: str, new: str, repeat: str) -> None:
    for edit, text in ((dialog.old_password, old), (dialog.new_password, new), (dialog.repeat, repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def shown_problems(dialog: ChangePasswordDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.problem_labels.items() if label.isVisible()}


def test_wrong_old_password_is_shown_beside_its_field_and_changes_nothing(qtbot, db, window) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Ganti kata sandi" and dialog.isModal()
    fill(qtbot, dialog, "tebakan-salah", "rina-baru-2027", "rina-baru-2027")
    assert shown_problems(dialog) == {"old_password": "kata sandi lama salah"}
    assert dialog.isVisible() and dialog.focusWidget() is dialog.old_password
    fill(qtbot, dialog, RINA_PASSWORD, "rina-baru-2027", "rina-baru-2028")
    assert shown_problems(dialog) == {"repeat": "tidak sama dengan kata sandi baru"}
    fill(qtbot, dialog, RINA_PASSWORD, "pendek", "pendek")
    assert list(shown_problems(dialog)) == ["password"] and "paling sedikit 8" in shown_problems(dialog)["password"]
    assert dialog.isVisible()
    assert sign_in(db, "rina", RINA_PASSWORD).username == "rina"  # still the old one
    assert "password" not in audit_actions(db, "rina")


def test_right_old_password_sets_the_new_one(qtbot, db, window) -> None:
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, RINA_PASSWORD, "rina-baru-2027", "rina-baru-2027")
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Kata sandi Anda sudah diganti."
    assert sign_in(db, "rina", "rina-baru-2027").username == "rina"
    with pytest.raises(LoginFailed):
        sign_in(db, "rina", RINA_PASSWORD)
    assert "password" in audit_actions(db, "rina")
