"""What the units page and the jabatan page share: how a refusal is shown, and storing or deleting the record
the form shows through the undo commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from gui.dialogs.organization.commands import command_text
from gui.errors import show_error
from models.services.errors import DomainError, ValidationFailed


class RecordPage(QWidget):
    """A page sets `record_kind` ("unit" or "position") and has `commands`, `fields`, `status`, `viewer_text`,
    `can_edit`, `editing` (the row the form shows, None while adding), `versions`, `form_values()` and
    `start_adding()`."""

    record_kind: str

    def idle_status(self) -> str:
        return "" if self.can_edit else self.viewer_text

    def _show_failure(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            self.fields.show_problems(exc.problems)
        else:  # not allowed for this role, changed elsewhere, in use, or a bug
            self.fields.show_general(exc.message if isinstance(exc, DomainError) else str(exc))
            show_error(self, exc)
        self.status.setText(self.idle_status())

    def store_edit(self, old: dict[str, Any], saved: Callable[[str], str]) -> bool:
        """Store the form over the row being edited, whose stored values are `old`; False with the problems
        shown. `saved(name)` is the line that says it worked."""
        row = self.editing
        new = self.form_values()
        if {**new, "name": new["name"].strip()} == old:
            self.fields.clear()
            self.status.setText(self.tr("Tidak ada yang berubah."))
            return True
        failed = self.commands.edit(self.record_kind, command_text(self.record_kind, "edit", row.name), row.id,
                                    self.versions.get(row.id, 1), old, new)
        if failed is not None:
            self._show_failure(failed)
            return False
        self.fields.clear()
        self.status.setText(saved(new["name"].strip()))
        return True

    def delete_edited(self) -> Any | None:
        """Delete the row being edited (the service refuses one in use, and says what uses it); returns the
        row deleted, None when nothing was."""
        row = self.editing
        if row is None:
            return None
        failed = self.commands.delete(self.record_kind, command_text(self.record_kind, "delete", row.name), row.id,
                                      self.versions.get(row.id, 1))
        if failed is not None:
            self._show_failure(failed)
            return None
        self.start_adding()
        return row
