"""Starting the window: the QApplication, its names and language, and the controller that keeps one main
window open on one database at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.context import AppContext
from gui.i18n import install_language
from gui.main_window import MainWindow
from gui.settings import Settings, default_settings_path
from gui.table_models.paged import PAGE_SIZE
from models import clock
from models.storage.profile import APP_AUTHOR, APP_NAME

if TYPE_CHECKING:
    from models.services.audit import Actor
    from models.storage.database import Database



class AppController:
    """Shows one main window on one database; opening another database builds a new window on it.

    Rebuilding rather than re-pointing the open window keeps it simple and honest: every tab, feature
    and the undo stack start fresh on the new database. Databases the controller opened itself it also
    closes; the first one belongs to whoever passed it in.
    """

    def __init__(self, settings: Settings, *, actor: Actor, today: Callable[[], date] = clock.today,
                 page_size: int = PAGE_SIZE, sign_in: Callable[[Database], Actor | None] | None = None) -> None:
        self.settings = settings
        self.actor = actor
        # Asked for every database opened from the File menu that has users; None: keep `actor` (tests).
        self.sign_in = sign_in
        self._lock = None  # the InstanceLock of the database this controller opened, if a file
        self.today = today
        self.page_size = page_size
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self._owned: Database | None = None

    def show_database(self, db: Database, *, owned: bool = False, lock=None,
                      actor: Actor | None = None) -> MainWindow:
        """A new main window on `db`, replacing the current one (shown if the old one was). `lock` keeps
        other programs off an owned file until it is closed; `actor` is who signed in to it."""
        old_window, old_owned, old_lock = self.window, self._owned, self._lock
        if actor is not None:
            self.actor = actor
        if old_window is not None:
            old_window.save_layout()  # the new window starts with the layout the clerk left
        if db.path is not None:
            self.settings.add_recent_database(db.path)
        context = AppContext(db, self.actor, self.today, settings=self.settings)
        window = MainWindow(context, page_size=self.page_size, controller=self)
        self.window, self.db, self._owned = window, db, db if owned else None
        self._lock = lock
        if old_window is not None:
            if old_window.isVisible():
                window.show()
            old_window.close()
            old_window.deleteLater()
        if old_owned is not None and old_owned is not db:
            old_owned.close()
        if old_lock is not None and old_lock is not lock:
            old_lock.release()
        return window

    def restore_backup(self, backup: Path) -> MainWindow:
        """Put `backup` in place of the open file (admin only; a safety copy first) and show the result."""
        from models.storage.backups import restore_as
        from models.storage.database import open_database

        assert self.db is not None and self.db.path is not None
        path = self.db.path
        self.db.close()  # no connection may hold the file while its pages are replaced
        try:
            restore_as(self.actor, backup, path)
        finally:
            db = open_database(path)  # the restored file, or the untouched one when the restore was refused
        return self.show_database(db, owned=True, lock=self._lock)

    def is_current(self, path: str | Path) -> bool:
        return self.db is not None and self.db.path is not None and Path(path).resolve() == self.db.path

    def rebuild(self) -> MainWindow:
        """The same database in a new window, e.g. after the language changed."""
        assert self.db is not None
        return self.show_database(self.db, owned=self._owned is self.db)

    def sign_out(self) -> MainWindow | None:
        """Sign the current person out of the same database and ask who signs in next (the shared office PC).

        The window's open dialogs close first; when one stays open (an employee form whose unsaved edits the
        clerk chose to keep) nothing happens and None is returned. Otherwise the sign-out is audited, the
        window hides while the sign-in dialog asks, and whoever signs in gets a new window (a new undo stack:
        nothing of the previous person's session carries over) on the same database, lock and ownership.
        Cancelled, the window closes and the program ends with it; None is returned then too.
        """
        from gui.startup import sign_in as ask_by_dialog
        from models.services.sessions import sign_out

        window, db = self.window, self.db
        assert window is not None and db is not None
        if not window.close_dialogs():
            return None  # kept open by the clerk ("no" to discarding unsaved edits): stay signed in
        sign_out(db, self.actor)
        window.save_layout()
        window.hide()  # nobody is signed in now: no one's data stays on screen behind the sign-in dialog
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window is visible until the next one is shown
        new_window: MainWindow | None = None
        try:
            actor = (self.sign_in or ask_by_dialog)(db)
            if actor is not None:
                new_window = self.show_database(db, owned=self._owned is db, lock=self._lock, actor=actor)
                new_window.show()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
            if new_window is None:  # cancelled, or the sign-in failed: nobody may stay in the window
                window.close()
        if new_window is None and quit_on_close:
            app.quit()  # closing a hidden window does not end the program by itself
        return new_window

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()
            self._owned = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def create_main_window(db: Database, *, page_size: int = PAGE_SIZE, today: Callable[[], date] = clock.today,
                       actor: Actor | None = None, settings: Settings | None = None) -> MainWindow:
    """A main window on `db` (not shown). Without `settings`, nothing is remembered on disk."""
    from models.services.audit import Actor, current_username

    controller = AppController(settings or Settings(None), actor=actor or Actor(current_username()), today=today,
                               page_size=page_size)
    return controller.show_database(db)


def application(argv: Sequence[str]) -> QApplication:
    """The running QApplication, created with our names, look and icon on first use."""
    from gui.icons import app_icon
    from gui.style import apply_style

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Before the QApplication exists: at 125 % or 150 % Windows scaling, scale by exactly that
        # (the SVG icons and fonts stay sharp) instead of rounding to 100 % or 200 %.
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv))
        apply_style(app)  # not over an application someone else made and styled (a test runner's)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setWindowIcon(app_icon())  # every window and dialog shows it
    return app


def run_window(db: Database, argv: Sequence[str], *, settings: Settings | None = None, actor: Actor | None = None,
               lock=None, sign_in: Callable[[Database], Actor | None] | None = None,
               daily_backup: Path | None = None, then: Callable[[MainWindow], None] | None = None) -> int:
    """Show the main window on `db` in the clerk's language and run the event loop; returns the exit code.
    `then` runs once the window is shown (the first-run setup's "import a roster now")."""
    from models.services.audit import Actor, current_username

    app = application(argv)
    settings = settings or Settings(default_settings_path())
    install_language(settings.language)
    controller = AppController(settings, actor=actor or Actor(current_username()), sign_in=sign_in)
    window = controller.show_database(db, lock=lock)
    window.show()
    if then is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda: then(window))
    from gui.startup import daily_backup_later, leave_when_shown

    leave_when_shown(window, lambda: f"jendela tampil: {window.windowTitle()}", app.quit)
    if daily_backup is not None:
        daily_backup_later(window, daily_backup)
    try:
        return app.exec()
    finally:
        window = controller.window
        if window is not None and window.isVisible():  # the loop was ended from elsewhere: still save the layout
            window.close()
        controller.close()
