"""The window's lifetime: opening a database for it safely, who signs in (or sets up a new database), one
main window on one database at a time, switching to another database, rebuilding the window (a new
language), restoring a backup and signing out.

Windows and dialogs never do these themselves: MainWindow emits `switch_requested(path, create)`,
`sign_out_requested()`, `restore_requested(backup)` and `language_chosen(code)`, and the WindowSession
that built it acts on them. Which database the program starts on is gui/launch.py's choice.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import install_language
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.table_models.paged import PAGE_SIZE
from gui.workers import CancelToken, JobHandle, run_job
from models import clock
from models.services.audit import Actor
from models.services.users import has_users
from models.storage.database import Database, open_database, to_url

if TYPE_CHECKING:
    from gui.dialogs.first_run import FirstRunWizard
    from models.services.first_run import AdminInput
    from models.storage.opening import WorkingDatabase


# ---- opening a file for the window ----

def is_sqlite_file(target: str | Path) -> bool:
    from models.storage.base import is_sqlite_url

    return is_sqlite_url(to_url(target))


def open_for_window(target: str | Path, *, create: bool = True, parent: QWidget | None = None,
                    ask: bool = True, checked: str | None = None):
    """A WorkingDatabase for a file (one program at a time, checked, a damaged file offered its newest good
    backup), a Database for a server URL; None when the clerk chose not to restore (nothing was written).
    A refused file raises the domain error."""
    from models.storage.backups import restore_backup
    from models.storage.opening import DatabaseDamaged, open_for_work

    if not is_sqlite_file(target):
        return open_database(target, create=create)
    path = Path(target)
    try:
        return open_for_work(path, create=create, backup_daily=False, checked=checked)
    except DatabaseDamaged as exc:
        good = exc.good_backup
        if good is None or not ask:
            raise
        question = QMessageBox.question(
            parent, QDialog.tr("Basis data rusak"),
            exc.message + "\n\n" + QDialog.tr("Pulihkan cadangan terbaru yang utuh ({when})? Berkas yang rusak "
                                              "disalin dulu ke folder cadangan.").format(
                when=good.local_time.strftime("%d-%m-%Y %H:%M")))
        if question != QMessageBox.StandardButton.Yes:
            return None
        restore_backup(good.path, path)
        return open_for_work(path, create=False, backup_daily=False)


def daily_backup_later(parent: QObject, path: Path | None, delay_ms: int = 3000) -> None:
    """Once the window is up, make the day's first backup in a worker thread (the backup API reads a
    consistent copy while the clerk works)."""
    from PySide6.QtCore import QTimer

    from models.storage.backups import daily_backup_if_due

    if path is None:
        return

    def job(_token):
        yield (0, 1)
        return daily_backup_if_due(path)

    QTimer.singleShot(delay_ms, parent, lambda: run_job(parent, job))


# ---- who works in it ----

def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The signed-in person for `db`: the first admin on a database without users, else the sign-in
    dialog; None when the clerk cancels. SIMPEG_USER and SIMPEG_PASSWORD in the environment sign in
    without a dialog (scripts, benchmarks), creating that admin on a database without users."""
    from gui.dialogs.sign_in import FirstAdminDialog, SignInDialog
    from models.services.organization import get_office
    from models.services.users import create_first_admin
    from models.services.users import sign_in as check_password

    name, password = os.environ.get("SIMPEG_USER"), os.environ.get("SIMPEG_PASSWORD")
    if name and password:
        user = check_password(db, name, password) if has_users(db) else create_first_admin(db, name, name, password)
        return user.actor

    if not has_users(db):
        dialog: QDialog = FirstAdminDialog(db, parent)
    else:
        office = get_office(db)
        dialog = SignInDialog(db, office.name if office else "", parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        return None
    return dialog.user.actor


def needs_setup(db: Database) -> bool:
    """A database with neither users nor office settings: the first start of an installed program (or a
    database made by Berkas > Basis data baru). It gets the first-run setup instead of the sign-in."""
    from models.services.first_run import needs_setup as no_users_and_no_office

    return no_users_and_no_office(db)


def set_up(db: Database, parent: QWidget | None = None, *, allow_demo: bool = True) -> FirstRunWizard | None:
    """The first-run setup wizard on `db`, run to its end; None when the clerk cancels (nothing saved)."""
    from gui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(db, parent, allow_demo=allow_demo)
    leave_when_shown(wizard, lambda: f"penyiapan awal tampil: {wizard.office_page.province.count()} provinsi",
                     wizard.reject)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.user is None:
        return None
    return wizard


def create_admin(db: Database, admin: AdminInput) -> Actor:
    """The admin the clerk made in the first-run setup, made again in the demo database (same name and
    password), so "look first with demo data" needs no second sign-up."""
    from models.services.users import create_first_admin

    return create_first_admin(db, admin.username, admin.full_name, admin.password).actor


def enter(db: Database, parent: QWidget | None = None, *, ask: Callable[[Database], Actor | None] | None = None,
          allow_demo: bool = True) -> tuple[Actor, FirstRunWizard | None] | None:
    """Who works in `db` now, as (actor, wizard): a database with neither users nor office settings gets the
    first-run setup and its new admin enters (wizard: the finished setup); any other asks `ask` (default: the
    sign-in dialog; wizard None). None when the clerk cancels."""
    if needs_setup(db):
        wizard = set_up(db, parent, allow_demo=allow_demo)
        return (wizard.user.actor, wizard) if wizard is not None else None
    actor = ask(db) if ask is not None else sign_in(db, parent)
    return (actor, None) if actor is not None else None


def after_setup(wizard: FirstRunWizard) -> Callable[[MainWindow], None] | None:
    """What the window does once shown, by the clerk's last choice in the setup: the roster import wizard
    for "import now"; for "start empty", the units and jabatan dialog, since employees are placed in them."""
    name = {"IMPORT": "action_import_roster", "EMPTY": "action_organization"}.get(wizard.start_choice.name)
    if name is None:
        return None

    def open_next(window: MainWindow) -> None:
        from PySide6.QtGui import QAction

        action = window.findChild(QAction, name)
        if action is not None and action.isEnabled():
            action.trigger()

    return open_next


@dataclass(frozen=True)
class DemoRequest:
    """The first-run setup ended with "look first with demo data": open the demo database instead, signed
    in as the admin the clerk just made (the same name and password are created there)."""

    regency_code: str
    admin: AdminInput


@dataclass(frozen=True)
class Entry:
    """Who enters the program's first window, and what that window does once shown (after the setup)."""

    actor: Actor
    then: Callable[[MainWindow], None] | None = None


def first_entry(db: Database, *, demo: DemoRequest | None = None) -> Entry | DemoRequest | None:
    """Who works in the database the program starts on: the admin of `demo` (made again in the demo
    database), the first-run setup's new admin, or whoever signs in. A setup that chose the demo returns
    the request to open it; None when the clerk cancels (a new database asks again at the next start)."""
    if demo is not None and not has_users(db):
        return Entry(create_admin(db, demo.admin))
    entered = enter(db)
    if entered is None:
        return None
    actor, wizard = entered
    if wizard is None:
        return Entry(actor)
    if wizard.start_choice.name == "DEMO":
        return DemoRequest(wizard.regency_code, wizard.admin_input)
    return Entry(actor, after_setup(wizard))


def leave_when_shown(widget: QWidget, say: Callable[[], str], leave: Callable[[], object]) -> None:
    """For the installer's smoke test (SIMPEG_QUIT_WHEN_SHOWN set): once `widget` is up, print what shows
    and leave (quit the window, cancel the wizard); without the variable, nothing."""
    if not os.environ.get("SIMPEG_QUIT_WHEN_SHOWN"):
        return
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, widget, lambda: (print(say(), flush=True), leave()))


# ---- one window on one database ----

class WindowSession(QObject):
    """Shows one main window on one database; another database, another person or another language gets
    a new window.

    Rebuilding rather than re-pointing the open window keeps it simple and honest: every tab, feature
    and the undo stack start fresh. Databases the session opened itself it also closes; the first one
    belongs to whoever passed it in. The session is a child of the window it shows, so it lives as long
    as one of its windows does.
    """

    def __init__(self, settings: Settings, *, actor: Actor, today: Callable[[], date] = clock.today,
                 page_size: int = PAGE_SIZE, sign_in: Callable[[Database], Actor | None] | None = None) -> None:
        super().__init__()
        self.setObjectName("window_session")
        self.settings = settings
        self.actor = actor
        # Asked for every database opened from the File menu that has users; None: keep `actor` (tests).
        self.sign_in = sign_in
        self.today = today
        self.page_size = page_size
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self._owned: Database | None = None
        self._lock = None  # the InstanceLock of the database this session opened, if a file
        self._opening: JobHandle | None = None

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
        window = MainWindow(context, page_size=self.page_size)
        window.switch_requested.connect(self.switch_to)
        window.sign_out_requested.connect(self._on_window_sign_out_requested)
        window.restore_requested.connect(self._on_window_restore_requested)
        window.language_chosen.connect(self._on_window_language_chosen)
        self.setParent(window)  # before the old window goes, which would take the session with it
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

    def is_current(self, path: str | Path) -> bool:
        return self.db is not None and self.db.path is not None and Path(path).resolve() == self.db.path

    # ---- another database ----

    def switch_to(self, path: str, create: bool = False) -> JobHandle | None:
        """Open `path` (with `create`, make and migrate it) off the UI thread, then show it in a new window;
        on refusal show why and keep the current database. Returns the running job, None if nothing to do."""
        window = self.window
        if window is None or self._opening is not None:
            return None
        if self.is_current(path):
            window.refresh()
            return None

        def job(_token: CancelToken):
            from models.storage.opening import open_for_work

            yield 0, 1
            # Locked against a second program, quick-checked before any write, backed up once a day.
            return open_for_work(Path(path), create=create)

        window.file_menu.set_opening(path)
        self._opening = run_job(self, job)
        self._opening.on_success(lambda work: self._on_database_opened(window, work, create)).on_failure(
            lambda exc, _details: self._on_database_refused(window, exc))
        return self._opening

    def _on_database_opened(self, window: MainWindow, work: WorkingDatabase, create: bool) -> None:
        self._opening = None
        window.file_menu.set_opening(None)
        actor, wizard = None, None
        if self.sign_in is not None:  # each database has its own users; a new one is set up first
            entered = enter(work.db, window, ask=self.sign_in, allow_demo=False)
            if entered is None:
                work.close()
                return
            actor, wizard = entered
        new_window = self.show_database(work.db, owned=True, lock=work.lock, actor=actor)
        if wizard is not None:
            then = after_setup(wizard)
            if then is not None:
                then(new_window)
        elif create:
            new_window.open_office_settings()  # an empty office: its name, PPK and number patterns come first

    def _on_database_refused(self, window: MainWindow, exc: BaseException) -> None:
        self._opening = None
        window.file_menu.show_refused(exc)

    def restore_backup(self, backup: Path) -> MainWindow:
        """Put `backup` in place of the open file (admin only; a safety copy first) and show the result."""
        from models.storage.backups import restore_as

        assert self.db is not None and self.db.path is not None
        path = self.db.path
        self.db.close()  # no connection may hold the file while its pages are replaced
        # Refused or failed, the file is as it was and the open window's database reconnects to it (closing
        # only emptied its pool); no second Database is opened on it.
        restore_as(self.actor, backup, path)
        return self.show_database(open_database(path), owned=True, lock=self._lock)

    def _on_window_restore_requested(self, backup: Path) -> None:
        try:
            self.restore_backup(backup)
        except Exception as exc:  # shown to the clerk; the database was left as it was
            show_error(self.window, exc)

    # ---- the same database in a new window ----

    def rebuild(self) -> MainWindow:
        """The same database in a new window, e.g. after the language changed."""
        assert self.db is not None
        return self.show_database(self.db, owned=self._owned is self.db, lock=self._lock)

    def _on_window_language_chosen(self, code: str) -> None:
        install_language(code)
        self.rebuild()

    def sign_out(self) -> MainWindow | None:
        """Sign the current person out of the same database and ask who signs in next (the shared office PC).

        The window's open dialogs close first; when one stays open (an employee form whose unsaved edits the
        clerk chose to keep) nothing happens and None is returned. Otherwise the sign-out is audited, the
        window hides while the sign-in dialog asks, and whoever signs in gets a new window (a new undo stack:
        nothing of the previous person's session carries over) on the same database, lock and ownership.
        Cancelled, the window closes and the program ends with it; None is returned then too.
        """
        from models.services.sessions import sign_out as audit_sign_out

        window, db = self.window, self.db
        assert window is not None and db is not None
        if not window.close_dialogs():
            return None  # kept open by the clerk ("no" to discarding unsaved edits): stay signed in
        audit_sign_out(db, self.actor)
        window.save_layout()
        window.hide()  # nobody is signed in now: no one's data stays on screen behind the sign-in dialog
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window is visible until the next one is shown
        new_window: MainWindow | None = None
        try:
            actor = (self.sign_in or sign_in)(db)
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

    def _on_window_sign_out_requested(self) -> None:
        try:
            self.sign_out()
        except Exception as exc:  # shown to the clerk; the window was closed if nobody signed in
            window = self.window
            show_error(window if window is not None and window.isVisible() else None, exc)

    def close(self) -> None:
        """Close the database and release the lock this session opened (not one passed in)."""
        if self._owned is not None:
            self._owned.close()
            self._owned = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
