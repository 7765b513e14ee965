"""The Qt application (its names, look and icon) and a main window on a database without the program's start
around it, for tests, benchmarks and screenshots (gui/launch.py starts the program)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.settings import Settings
from gui.table_models.paged import PAGE_SIZE
from models import clock
from models.storage.profile import APP_AUTHOR, APP_NAME

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from models.services.audit import Actor
    from models.storage.database import Database


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


def create_main_window(db: Database, *, page_size: int = PAGE_SIZE, today: Callable[[], date] = clock.today,
                       actor: Actor | None = None, settings: Settings | None = None) -> MainWindow:
    """A main window on `db` (not shown), from a session of its own that can switch databases but asks no one
    to sign in. Without `settings`, nothing is remembered on disk."""
    from gui.session import WindowSession
    from models.services.audit import Actor, current_username

    session = WindowSession(settings or Settings(None), actor=actor or Actor(current_username()), today=today,
                            page_size=page_size)
    return session.show_database(db)
