"""What every view in the window works with: the open database, who is working, today, the undo stack and
the program's settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from gui.settings import Settings
from models import clock

if TYPE_CHECKING:
    from models.services.audit import Actor
    from models.storage.database import Database


@dataclass
class AppContext:
    db: Database
    actor: Actor
    today: Callable[[], date] = clock.today
    # Edits made on this database in this session (Ctrl+Z / Ctrl+Y); views push gui.undo.ServiceCommand
    # onto it. A new database gets a new context, so undo never reaches across databases.
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    # Language, recent files, window layout; in memory unless a file is given (see gui/settings.py).
    settings: Settings = field(default_factory=lambda: Settings(None))

    @property
    def session_factory(self):
        return self.db.session_factory
