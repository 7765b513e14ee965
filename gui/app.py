"""Starting the window: the QApplication, its names, and the main window on an open database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from gui.context import AppContext
from gui.main_window import APP_NAME, MainWindow
from gui.table_models.paged import PAGE_SIZE

if TYPE_CHECKING:
    from models.database import Database
    from models.services.audit import Actor

ORGANIZATION = "SIMPEG"


def create_main_window(db: Database, *, page_size: int = PAGE_SIZE,
                       today: Callable[[], date] = date.today, actor: Actor | None = None) -> MainWindow:
    from models.services.audit import Actor

    context = AppContext(db, actor or Actor(current_username()), today)
    return MainWindow(context, page_size=page_size)


def current_username() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "sistem"



def application(argv: Sequence[str]) -> QApplication:
    """The running QApplication, created with our names on first use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    return app


def run_window(db: Database, argv: Sequence[str]) -> int:
    """Show the main window on `db` and run the event loop; returns the exit code."""
    app = application(argv)
    window = create_main_window(db)
    window.show()
    return app.exec()
