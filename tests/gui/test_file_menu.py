"""Berkas menu: new, open and recent databases, each in a new window from the window's session; a refused file
leaves the open one open."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import file_dialogs
from gui.main_window import MainWindow
from gui.session import WindowSession
from gui.settings import Settings
from models.services.organization import get_office
from models.storage.database import open_database
from tests.factories import ADMIN
from tests.staff import TODAY, build_office


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "simpeg.ini")


@pytest.fixture
def other_db_path(tmp_path: Path) -> Path:
    path = tmp_path / "lain" / "kantor_lain.sqlite"
    path.parent.mkdir()
    other = open_database(path)
    build_office(other, 3, contracts=False, formations=False)
    other.close()
    return path


@pytest.fixture
def session(db, settings) -> WindowSession:
    return WindowSession(settings, actor=ADMIN, today=lambda: TODAY)


@pytest.fixture
def window(qtbot, db, session):
    build_office(db, 5, contracts=False, formations=False)
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


def answer(monkeypatch, name: str, path: Path | str | None) -> None:
    monkeypatch.setattr(file_dialogs, name, lambda *_args: None if path is None else str(path))


def visible_main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_opening_another_database_replaces_the_window_and_remembers_the_file(
        qtbot, monkeypatch, window, session, settings, other_db_path) -> None:
    answer(monkeypatch, "choose_database_to_open", other_db_path)
    window.action_open_database.trigger()
    assert window.statusBar().currentMessage() == f"Membuka {other_db_path}…"  # opened off the UI thread
    assert not window.action_open_database.isEnabled()
    qtbot.waitUntil(lambda: session.window is not window)
    new = session.window
    qtbot.waitUntil(lambda: new.isVisible() and not (shiboken6.isValid(window) and window.isVisible()))
    assert new in visible_main_windows()
    assert new.windowTitle() == "SIMPEG Luring — kantor_lain.sqlite"
    assert new.employees_tab.count_label.text() == "3 pegawai"
    assert new.context.undo_stack is not window.context.undo_stack  # undo is per database
    assert settings.recent_databases[0] == str(other_db_path)
    assert settings.last_database == str(other_db_path)


def test_a_file_that_is_not_a_database_is_refused_and_the_current_one_stays_open(
        qtbot, monkeypatch, window, session, tmp_path) -> None:
    letter = tmp_path / "surat.sqlite"
    letter.write_text("Yth. Kepala BKPSDM", encoding="utf-8")
    answer(monkeypatch, "choose_database_to_open", letter)
    window.action_open_database.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_box") is not None)
    box = window.findChild(QMessageBox, "error_box")
    assert box.isVisible() and window.action_open_database.isEnabled()
    assert window.statusBar().currentMessage() == ""
    assert box.windowTitle() == "Basis data tidak dapat dibuka"
    assert "bukan basis data SIMPEG Luring" in box.text() and "surat.sqlite" in box.text()
    box.close()
    assert session.window is window and window.isVisible()
    assert window.employees_tab.count_label.text() == "5 pegawai"
    assert letter.read_text(encoding="utf-8") == "Yth. Kepala BKPSDM"  # left untouched
    window.refresh()  # the current database still works


def test_cancelling_the_open_dialog_changes_nothing(monkeypatch, window, session) -> None:
    answer(monkeypatch, "choose_database_to_open", None)
    window.action_open_database.trigger()
    assert session.window is window


def test_a_new_database_starts_empty_and_offers_the_office_settings(qtbot, monkeypatch, window, session,
                                                                     tmp_path) -> None:
    target = tmp_path / "baru.sqlite"
    answer(monkeypatch, "choose_new_database", target)
    window.action_new_database.trigger()
    qtbot.waitUntil(lambda: session.window is not window)
    new = session.window
    assert new is not window and target.is_file()
    assert new.windowTitle() == "SIMPEG Luring — baru.sqlite"
    assert new.employees_tab.count_label.text() == "0 pegawai"
    dialog = new.dialogs["office_settings"]
    assert dialog.isVisible() and dialog.edits["name"].text() == ""
    qtbot.keyClicks(dialog.edits["name"], "BKPSDM Kota Baru")
    qtbot.keyClicks(dialog.edits["regency_code"], "62.71")
    qtbot.keyClicks(dialog.edits["regency_name"], "Kota Palangka Raya")
    dialog.accept()
    assert not dialog.isVisible()
    assert get_office(new.db).name == "BKPSDM Kota Baru"


@pytest.mark.parametrize(("choice", "feature", "opened"), [("IMPORT", "report_actions", "wizard"),
                                                           ("EMPTY", "organization_actions", "dialog")])
def test_a_new_database_with_sign_in_gets_the_first_run_setup_then_the_next_step(
        qtbot, monkeypatch, window, session, tmp_path, choice, feature, opened) -> None:
    """In the program (the session signs in per database) a new database is set up by the first-run
    wizard; its last choice opens the next step in the new window: "import a roster now" the import wizard,
    "start empty" the units and jabatan dialog (employees are placed in units)."""
    import gui.session
    from models.services.first_run import AdminInput, set_up_office
    from models.services.organization import OfficeInput

    asked: list[dict] = []

    def set_up(db, parent=None, **kwargs):
        asked.append(kwargs)
        user = set_up_office(db, OfficeInput(name="BKPSDM Kabupaten Kapuas", regency_code="62.03",
                                             regency_name="Kabupaten Kapuas"),
                             AdminInput("rina", "Rina Wati", "rahasia-kapuas-9"))
        return SimpleNamespace(start_choice=SimpleNamespace(name=choice), user=user, regency_code="62.03")

    monkeypatch.setattr(gui.session, "set_up", set_up)
    session.sign_in = lambda _db: pytest.fail("a new database has no one to sign in yet")
    answer(monkeypatch, "choose_new_database", tmp_path / "kapuas.sqlite")
    window.action_new_database.trigger()
    qtbot.waitUntil(lambda: session.window is not window)
    new = session.window
    assert asked == [{"allow_demo": False}]  # no demo in a database the clerk chose to make
    assert new.context.actor.username == "rina"
    assert get_office(new.db).name == "BKPSDM Kabupaten Kapuas"
    assert "office_settings" not in new.dialogs  # the wizard asked for all of it already
    actions = new.findChild(QObject, feature)
    qtbot.waitUntil(lambda: getattr(actions, opened) is not None and getattr(actions, opened).isVisible())
    getattr(actions, opened).close()


def test_a_new_database_never_overwrites_an_existing_file(monkeypatch, window, session, other_db_path) -> None:
    before = other_db_path.read_bytes()
    answer(monkeypatch, "choose_new_database", other_db_path)
    window.action_new_database.trigger()
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and "sudah ada" in box.text()
    assert session.window is window
    assert other_db_path.read_bytes() == before


def test_recent_menu_lists_files_and_greys_those_that_are_gone(qtbot, window, session, settings, other_db_path,
                                                                tmp_path) -> None:
    gone = tmp_path / "dipindah.sqlite"
    settings.add_recent_database(gone)
    settings.add_recent_database(other_db_path)
    settings.add_recent_database(window.db.path)
    window.file_menu.menu_recent.aboutToShow.emit()  # as when the clerk opens the submenu
    actions = {a.objectName(): a for a in window.file_menu.menu_recent.actions() if a.objectName()}
    assert actions["action_recent_1"].text() == f"&1 {window.db.path}"
    assert not actions["action_recent_1"].isEnabled()  # the one already open
    assert actions["action_recent_2"].text() == f"&2 {other_db_path}" and actions["action_recent_2"].isEnabled()
    assert actions["action_recent_3"].text() == f"{gone} (tidak ditemukan)"
    assert not actions["action_recent_3"].isEnabled()

    actions["action_recent_clear_missing"].trigger()
    assert str(gone) not in settings.recent_databases
    qtbot.waitUntil(lambda: "action_recent_clear_missing" not in {
        a.objectName() for a in window.file_menu.menu_recent.actions()})
    actions = {a.objectName(): a for a in window.file_menu.menu_recent.actions() if a.objectName()}
    assert set(actions) == {"action_recent_1", "action_recent_2"}

    actions["action_recent_2"].trigger()
    qtbot.waitUntil(lambda: session.window is not window)
    new = session.window
    assert new.windowTitle() == "SIMPEG Luring — kantor_lain.sqlite"
    assert new.file_menu.menu_recent.actions()[0].text() == f"&1 {other_db_path}"
