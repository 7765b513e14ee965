"""Undo and redo of the clerk's edits in this session: one QUndoCommand per service call.

A command holds two callables that each call a service (one transaction, audited): `apply` does the
edit, `revert` undoes it. The first push runs `apply` (QUndoStack.push calls redo). When a call fails
(a validation error, a concurrent edit), the command marks itself obsolete so the stack drops it, and
`on_error` shows the message; the database is unchanged because each service call is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, apply: Callable[[], object], revert: Callable[[], object], *,
                 on_done: Callable[[], object] | None = None,
                 on_error: Callable[[Exception], object] | None = None) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._on_done = on_done
        self._on_error = on_error
        self.failed: Exception | None = None

    def redo(self) -> None:
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)

    def _run(self, call: Callable[[], object]) -> None:
        self.failed = None
        try:
            call()
        except Exception as exc:  # a service refused: keep the stack consistent with the database
            self.failed = exc
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(exc)
            return
        if self._on_done is not None:
            self._on_done()
