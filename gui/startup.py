"""Starting a working session in the window: open the file safely (one program at a time, checked, backed up
daily, a damaged file offered its newest good backup), then sign in (or create the first admin)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from models.services.audit import Actor
from models.services.users import has_users
from models.storage.database import Database, open_database, to_url

if TYPE_CHECKING:
    from gui.dialogs.first_run import FirstRunWizard
    from gui.main_window import MainWindow


def is_sqlite_file(target: str | Path) -> bool:
    from models.storage.base import is_sqlite_url

    return is_sqlite_url(to_url(target))


def open_for_session(target: str | Path, *, create: bool = True, parent: QWidget | None = None,
                     ask: bool = True, checked: str | None = None):
    """A WorkingDatabase for a file (with its lock), a Database for a server URL; None after telling the
    clerk why it could not be opened (nothing was written)."""
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


def tell_refused(text: str) -> None:
    """At start-up there is no window yet: show why in a message box, unless running without a screen."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.warning(None, QDialog.tr("Basis data tidak dapat dibuka"), text)


def daily_backup_later(parent, path: Path | None, delay_ms: int = 3000) -> None:
    """Once the window is up, make the day's first backup in a worker thread (the backup API reads a
    consistent copy while the clerk works)."""
    from PySide6.QtCore import QTimer

    from gui.workers import run_job
    from models.storage.backups import daily_backup_if_due

    if path is None:
        return

    def job(_token):
        yield (0, 1)
        return daily_backup_if_due(path)

    QTimer.singleShot(delay_ms, parent, lambda: run_job(parent, job))


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


def create_admin(db: Database, admin) -> Actor:
    """The admin the clerk made in the first-run setup, made again in the demo database (same name and
    password), so "look first with demo data" needs no second sign-up."""
    from models.services.users import create_first_admin

    return create_first_admin(db, admin.username, admin.full_name, admin.password).actor


def leave_when_shown(widget: QWidget, say: Callable[[], str], leave: Callable[[], object]) -> None:
    """For the installer's smoke test (SIMPEG_QUIT_WHEN_SHOWN set): once `widget` is up, print what shows
    and leave (quit the window, cancel the wizard); without the variable, nothing."""
    if not os.environ.get("SIMPEG_QUIT_WHEN_SHOWN"):
        return
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, widget, lambda: (print(say(), flush=True), leave()))


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
