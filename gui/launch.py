"""Starting the program's window: which database it opens, the QApplication in the clerk's language, then the
window's session (gui/session.py: opening the file, the first-run setup or the sign-in) and the event loop.

`python main.py` opens --db when given; otherwise the database opened last, if it still exists; otherwise
the office's default database in the user's data folder. A database without users and without office
settings (the first start of an installed program) gets the first-run setup wizard; `--demo` opens the
separate demo database instead, filled with demo data on its first use.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.settings import Settings, default_settings_path
from models.storage.profile import default_database_path, demo_database_path

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.session import DemoRequest
    from models.services.audit import Actor
    from models.storage.database import Database

EXIT_OK, EXIT_FAILED = 0, 1
DEMO_EMPLOYEES = 2000  # enough to try everything, built in about a second


def database_to_open(db_arg: str | None, last: str, *, demo: bool = False) -> tuple[str | Path, bool]:
    """Which database the window opens, and whether it must first be filled with demo data."""
    if db_arg:
        return db_arg, False
    if demo:
        target = demo_database_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        return target, not target.exists()
    if last and Path(last).is_file():
        return last, False
    target = default_database_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    return target, False


def start_window(db_arg: str | None, *, demo: bool = False) -> int:
    """Open the database, set it up or sign in, and run the window; returns the exit code."""
    from concurrent.futures import ThreadPoolExecutor

    from models.storage.sqlite_file import precheck

    settings = Settings(default_settings_path())
    target, fill_demo = database_to_open(db_arg, settings.last_database, demo=demo)
    with ThreadPoolExecutor(1) as pool:
        # SQLite's quick check of the file runs in C without the GIL: Qt's widgets and the ORM load meanwhile.
        quick_check = pool.submit(precheck, target)
        from gui.app import application
        from gui.i18n import install_language

        application(sys.argv)  # message boxes, the wizard and the sign-in need the application before the window
        install_language(settings.language)  # and speak the clerk's language
        checked = quick_check.result()
    return _open_and_run(target, settings, fill_demo=fill_demo, checked=checked, chosen=bool(db_arg or demo))


def _open_and_run(target: str | Path, settings: Settings, *, fill_demo: bool, checked: str | None = None,
                  chosen: bool = True, demo: DemoRequest | None = None) -> int:
    from gui.session import DemoRequest, open_for_window
    from models.services.errors import DomainError

    try:
        opened = open_for_window(target, ask=not fill_demo, checked=checked)
    except DomainError as exc:
        if chosen or str(target) != settings.last_database or Path(target) == default_database_path():
            print(f"Gagal membuka basis data: {exc.message}", file=sys.stderr)
            tell_refused(exc.message)
            return EXIT_FAILED
        # The last database was refused (moved, replaced, in use): say so and fall back to the default one.
        print(f"Basis data terakhir tidak dapat dibuka ({exc.message}); membuka basis data bawaan.", file=sys.stderr)
        settings.last_database = ""
        fallback, _fill = database_to_open(None, "")
        return _open_and_run(fallback, settings, fill_demo=False)
    if opened is None:  # a damaged file whose backup the clerk chose not to restore
        return EXIT_FAILED
    db, lock = (opened.db, opened.lock) if hasattr(opened, "lock") else (opened, None)
    try:
        outcome = _enter_and_run(db, lock, settings, fill_demo=fill_demo, demo=demo)
    finally:
        db.close()
        if lock is not None:
            lock.release()
    if isinstance(outcome, DemoRequest):  # the office's own database is set up and closed: now the demo
        target = demo_database_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        return _open_and_run(target, settings, fill_demo=not target.exists(), demo=outcome)
    return outcome


def _enter_and_run(db: Database, lock: Any, settings: Settings, *, fill_demo: bool,
                   demo: DemoRequest | None) -> int | DemoRequest:
    from gui import session
    from models.services.errors import DomainError

    try:
        if fill_demo:
            fill_with_demo_data(db, demo.regency_code if demo else None)
        entry = session.first_entry(db, demo=demo)
    except DomainError as exc:
        print(f"Gagal membuka basis data: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    if entry is None:  # cancelled: nothing was saved, a new database asks again at the next start
        return EXIT_OK
    if isinstance(entry, session.DemoRequest):
        return entry
    return run_window(db, sys.argv, settings=settings, actor=entry.actor, lock=lock, sign_in=session.sign_in,
                      daily_backup=db.path, then=entry.then)


def run_window(db: Database, argv: Sequence[str], *, settings: Settings | None = None, actor: Actor | None = None,
               lock=None, sign_in: Callable[[Database], Actor | None] | None = None,
               daily_backup: Path | None = None, then: Callable[[MainWindow], None] | None = None) -> int:
    """Show the main window on `db` in the clerk's language and run the event loop; returns the exit code.
    `then` runs once the window is shown (the first-run setup's "import a roster now")."""
    from PySide6.QtCore import QTimer

    from gui.app import application
    from gui.i18n import install_language
    from gui.session import WindowSession, daily_backup_later, leave_when_shown
    from models.services.audit import Actor, current_username

    app = application(argv)
    settings = settings or Settings(default_settings_path())
    install_language(settings.language)
    session = WindowSession(settings, actor=actor or Actor(current_username()), sign_in=sign_in)
    window = session.show_database(db, lock=lock)
    window.show()
    if then is not None:
        QTimer.singleShot(0, window, lambda: then(window))
    leave_when_shown(window, lambda: f"jendela tampil: {window.windowTitle()}", app.quit)
    daily_backup_later(window, daily_backup)
    try:
        return app.exec()
    finally:
        window = session.window
        if window is not None and window.isVisible():  # the loop was ended from elsewhere: still save the layout
            window.close()
        session.close()


def tell_refused(text: str) -> None:
    """At start-up there is no window yet: show why in a message box, unless running without a screen."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.warning(None, QDialog.tr("Basis data tidak dapat dibuka"), text)


def fill_with_demo_data(db: Database, regency_code: str | None) -> None:
    """The demo office (for the clerk's own regency when known), with a busy cursor meanwhile."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from models.demo import build_demo

    where = {"regency_code": regency_code} if regency_code else {}  # else the demo's own city
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        build_demo(db, employees=DEMO_EMPLOYEES, **where)
    finally:
        QApplication.restoreOverrideCursor()
