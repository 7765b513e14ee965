"""What every view in the window works with: the open database, who is working, today, and the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from models.database import Database
    from models.services.audit import Actor


@dataclass
class AppContext:
    db: Database
    actor: Actor
    today: Callable[[], date] = date.today
    # Edits of this session (Ctrl+Z / Ctrl+Y); views push gui.undo.ServiceCommand onto it.
    undo_stack: QUndoStack = field(default_factory=QUndoStack)

    @property
    def session_factory(self):
        return self.db.session_factory
