"""The window's session on a real database: signing out so the next clerk signs in (a fresh window and undo
history, or the program ends on Batal), restoring a backup into a new window, rebuilding the window, and
closing only what it opened itself."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

import models.rules.passwords as passwords
from gui import file_dialogs
from gui.dialogs.sign_in import SignInDialog
from gui.session import WindowSession
from gui.settings import Settings
from models.entities import AuditEntry
from models.services.users import create_first_admin, create_user, list_users, sign_in
from models.storage.backups import make_backup
from models.storage.database import Database, open_database
from models.vocabulary import Role
from tests.staff import TODAY, build_office

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
def session(people, tmp_path) -> WindowSession:
    return WindowSession(Settings(tmp_path / "simpeg.ini"), actor=people[0].actor, today=lambda: TODAY)


@pytest.fixture
def window(qtbot, db, session):
    win = session.show_database(db)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Not qtbot.addWidget: a replaced window deletes itself, so close whichever windows still live.
    for shown in {win, session.window}:
        if shown is not None and shiboken6.isValid(shown):
            shown.close()
            shown.deleteLater()
    session.close()


def audit_actions(db, actor: str) -> list[str]:
    with db.session_factory() as s:
        return [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == actor)
                                            .order_by(AuditEntry.id))]


class Edit(QUndoCommand):
    """An edit the first clerk made (its text is what Urungkan would offer)."""

    def __init__(self) -> None:
        super().__init__("Ubah pegawai")


# ---- signing out ----

def test_sign_out_asks_who_is_next_and_gives_them_a_fresh_window(qtbot, db, people, session, window) -> None:
    budi = people[1]
    window.context.undo_stack.push(Edit())
    assert window.action_undo.isEnabled()
    asked = []

    def next_person(database):
        asked.append((database, window.isVisible()))
        return sign_in(database, "budi", BUDI_PASSWORD).actor

    session.sign_in = next_person
    window.session_actions.action_sign_out.trigger()
    new = session.window
    assert asked == [(db, False)]  # the first clerk's data was off the screen while the next one signed in
    assert new is not window and new.isVisible() and not window.isVisible()
    assert new.context.actor == budi.actor and new.db is db
    assert new.session_actions.signed_in_label.text() == "Masuk sebagai: budi (Operator)"
    assert new.context.undo_stack.count() == 0 and not new.action_undo.isEnabled()
    assert not new.safety_actions.action_users.isEnabled()  # budi's own permissions
    assert audit_actions(db, "rina")[-1] == "logout" and audit_actions(db, "budi")[-1] == "login"
    assert QApplication.quitOnLastWindowClosed()


def test_the_real_sign_in_dialog_is_asked_when_no_hook_is_given(qtbot, db, people, session, window,
                                                                monkeypatch) -> None:
    shown = []

    def exec_as_budi(dialog: SignInDialog) -> int:
        shown.append(dialog.windowTitle())
        dialog.username.setText("budi")
        dialog.password.setText("salah-sekali-1")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        shown.append(dialog.error.text())
        dialog.password.setText(BUDI_PASSWORD)
        ok.click()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", exec_as_budi)
    assert session.sign_in is None
    window.session_actions.action_sign_out.trigger()
    assert shown == ["Masuk — SIMPEG Luring", "Nama pengguna atau kata sandi salah."]
    assert session.window.context.actor == people[1].actor


def test_cancelled_sign_in_closes_the_window_and_ends_the_program(db, people, session, window, monkeypatch) -> None:
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *_args: quits.append(True))
    session.sign_in = lambda _db: None
    window.session_actions.action_sign_out.trigger()
    assert quits == [True]
    assert not window.isVisible() and session.window is window
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, type(window))]
    assert audit_actions(db, "rina")[-1] == "logout"
    assert QApplication.quitOnLastWindowClosed()


def test_an_unsaved_employee_form_kept_open_keeps_the_session(qtbot, db, people, session, window) -> None:
    asked = []
    session.sign_in = lambda database: asked.append(database) or people[1].actor
    answers = [False, True]
    window.employee_actions.confirm = lambda *_args: answers.pop(0)
    form = window.employee_actions.open_new()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.view.inputs["name"], "Ani Lestari")
    window.session_actions.action_sign_out.trigger()
    assert form.isVisible() and window.isVisible() and asked == []  # "no": nothing discarded, still rina
    assert session.window is window and "logout" not in audit_actions(db, "rina")

    window.session_actions.action_sign_out.trigger()  # "yes, discard": now the session ends
    assert not form.isVisible() and asked == [db] and answers == []
    assert session.window.context.actor == people[1].actor


# ---- restoring a backup ----

def test_restoring_a_backup_shows_the_restored_file_in_a_new_window(qtbot, db, people, session, window) -> None:
    backup = make_backup(db.path)
    create_user(db, people[0].actor, "sari", "Sari Dewi", Role.OPERATOR, "sari-kantor-2026")
    dialog = window.safety_actions.open_backups()
    dialog.restore_requested.emit(backup.path)  # as after the clerk said yes to restoring it
    new = session.window
    assert new is not window and new.isVisible()
    assert new.db is not db and new.db.path == db.path
    assert [u.username for u in list_users(new.db)] == ["budi", "rina"]  # sari came after the backup


def test_a_refused_restore_says_why_and_keeps_the_window_on_the_same_file(qtbot, db, people, tmp_path) -> None:
    session = WindowSession(Settings(None), actor=people[1].actor, today=lambda: TODAY)  # budi: an operator
    window = session.show_database(db)
    qtbot.addWidget(window)
    backup = make_backup(db.path)
    window.restore_requested.emit(backup.path)
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    assert session.window is window and session.db is db
    window.refresh()  # its database still works
    assert window.employees_tab.count_label.text() == "0 pegawai"


# ---- rebuilding and closing ----

class Lock:
    def __init__(self) -> None:
        self.released = 0

    def release(self) -> None:
        self.released += 1


def test_rebuilding_keeps_the_database_and_its_lock(qtbot, db, session) -> None:
    lock = Lock()
    first = session.show_database(db, lock=lock)
    rebuilt = session.rebuild()
    qtbot.addWidget(rebuilt)
    assert rebuilt is not first and rebuilt.db is db
    assert lock.released == 0  # still keeping a second program off the file
    session.close()
    assert lock.released == 1


def test_switching_closes_the_database_the_session_opened(qtbot, monkeypatch, db, session, window,
                                                          tmp_path) -> None:
    other_path = tmp_path / "kantor_lain.sqlite"
    other = open_database(other_path)
    build_office(other, 3, contracts=False, formations=False)
    other.close()
    closed: list[Path | None] = []
    real_close = Database.close

    def close(self: Database) -> None:
        closed.append(self.path)
        real_close(self)

    monkeypatch.setattr(Database, "close", close)
    monkeypatch.setattr(file_dialogs, "choose_database_to_open", lambda *_args: str(other_path))
    window.action_open_database.trigger()
    qtbot.waitUntil(lambda: session.window is not window)
    second = session.window
    assert closed == []  # the first database was passed in by the caller: closing it is theirs
    third_path = tmp_path / "ketiga.sqlite"
    monkeypatch.setattr(file_dialogs, "choose_new_database", lambda *_args: str(third_path))
    second.action_new_database.trigger()
    qtbot.waitUntil(lambda: session.window is not second)
    assert session.window.db.path == third_path.resolve()
    assert closed == [other_path.resolve()]
