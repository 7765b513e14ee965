"""The first start of an installed program, end to end: no database yet -> the real setup wizard on the
office's own database -> "look first with demo data" -> the window opens the separate demo database, built
for the clerk's regency, signed in as the admin just made; the office's own database holds only its setup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

import models.rules.passwords as passwords
from gui.dialogs.first_run import FirstRunWizard, StartChoice
from models.services.organization import get_office
from models.services.queries import status_counts
from models.services.users import sign_in
from models.storage.database import open_database


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


def drive_wizard(qtbot, failures: list[str]) -> None:
    """Fill the modal wizard as a clerk would once it shows; reject it on any surprise so nothing hangs."""
    wizard = next((w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()),
                  None)
    if wizard is None:
        QTimer.singleShot(20, lambda: drive_wizard(qtbot, failures))
        return
    try:
        click = lambda which: qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)  # noqa: E731
        click(QWizard.WizardButton.NextButton)
        office = wizard.office_page
        qtbot.keyClicks(office.search, "kapuas")
        popup = office.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        click(QWizard.WizardButton.NextButton)
        qtbot.keyClicks(wizard.ppk_page.edits["ppk_name"], "Ir. Erlin Hardi")
        qtbot.keyClicks(wizard.ppk_page.edits["signing_city"], "Kuala Kapuas")
        click(QWizard.WizardButton.NextButton)
        click(QWizard.WizardButton.NextButton)
        admin = wizard.admin_page
        qtbot.keyClicks(admin.edits["full_name"], "Rina Wati")
        qtbot.keyClicks(admin.edits["password"], "rahasia-kapuas-9")
        qtbot.keyClicks(admin.edits["password_repeat"], "rahasia-kapuas-9")
        click(QWizard.WizardButton.NextButton)
        demo = wizard.start_page.buttons[StartChoice.DEMO]
        qtbot.mouseClick(demo, Qt.MouseButton.LeftButton, pos=QPoint(8, demo.height() // 2))
        click(QWizard.WizardButton.FinishButton)
    except Exception as exc:  # reported by the test, after the wizard is closed
        failures.append(f"{type(exc).__name__}: {exc}")
    if wizard.isVisible():
        failures.append(f"wizard still open on page {type(wizard.currentPage()).__name__}")
        wizard.reject()


def test_first_start_sets_up_the_office_then_opens_the_demo_as_the_new_admin(qtbot, monkeypatch,
                                                                              tmp_path: Path) -> None:
    import gui.launch

    office_db, demo_db = tmp_path / "data" / "simpeg.sqlite", tmp_path / "data" / "contoh.sqlite"
    monkeypatch.setattr(gui.launch, "default_settings_path", lambda: tmp_path / "simpeg.ini")
    monkeypatch.setattr(gui.launch, "default_database_path", lambda: office_db)
    monkeypatch.setattr(gui.launch, "demo_database_path", lambda: demo_db)
    monkeypatch.setattr(gui.launch, "DEMO_EMPLOYEES", 60)
    shown: list[tuple[Path | None, str]] = []
    monkeypatch.setattr(gui.launch, "run_window", lambda db, argv, actor, **_kw: shown.append((db.path, actor.username))
                        or 0)
    failures: list[str] = []
    QTimer.singleShot(0, lambda: drive_wizard(qtbot, failures))

    assert gui.launch.start_window(None) == 0
    assert failures == []
    assert shown == [(demo_db.resolve(), "admin")]

    office = open_database(office_db, create=False)
    try:
        assert get_office(office).regency_name == "Kabupaten Kapuas"
        assert get_office(office).signing_city == "Kuala Kapuas"
        with office.session_factory() as session:
            assert sum(status_counts(session, employment_state=None).values()) == 0  # no invented people here
    finally:
        office.close()
    demo = open_database(demo_db, create=False)
    try:
        assert sign_in(demo, "admin", "rahasia-kapuas-9").full_name == "Rina Wati"
        with demo.session_factory() as session:
            assert sum(status_counts(session, employment_state=None).values()) == 60
        assert "Kapuas" in get_office(demo).regency_name  # the demo is built for the clerk's own regency
    finally:
        demo.close()
