"""Undoable changes to units and jabatan: add, edit and delete, each a ServiceCommand on the window's undo stack.

Every step passes the row version the previous step left (a `RowRef` shared by all commands on the same
row), so an undo after someone else changed the row fails with the service's message instead of
overwriting their change. A deleted unit or jabatan comes back with the same uuid (and id when still
free); the ref then follows the restored row. Undoing an add deletes the row, and redoing it restores
that same row, so later steps on the stack keep pointing at it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from gui.undo import ServiceCommand
from models.services.organization import create_position, create_unit
from models.services.organization_changes import (
    RowSnapshot,
    delete_position,
    delete_unit,
    restore_position,
    restore_unit,
    update_position,
    update_unit,
)

if TYPE_CHECKING:
    from gui.context import AppContext

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises


@dataclass
class RowRef:
    """Where a unit or jabatan is now (id) and the version its last step left."""

    id: int
    version: int


@dataclass(frozen=True)
class _Services:
    create: Callable[..., Any]
    update: Callable[..., Any]
    delete: Callable[..., RowSnapshot]
    restore: Callable[..., Any]


SERVICES = {
    "unit": _Services(create_unit, update_unit, delete_unit, restore_unit),
    "position": _Services(create_position, update_position, delete_position, restore_position),
}


class OrganizationCommands(QObject):
    """Builds and pushes the commands. `changed` fires after every step that went through (also an undo
    or redo from the window's Edit menu); `failed(exc)` when an undo or redo was refused. A first step
    that is refused is not emitted: the push returns it and the form shows it beside its fields."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.refs: dict[tuple[str, int], RowRef] = {}
        self._quiet = False

    # ---- refs ----

    def ref(self, kind: str, row_id: int, version: int) -> RowRef:
        """The shared ref of a row, at the version the clerk is looking at."""
        ref = self.refs.setdefault((kind, row_id), RowRef(row_id, version))
        ref.version = version
        return ref

    def _moved(self, kind: str, ref: RowRef, row: Any) -> None:
        if row.id != ref.id:
            self.refs.pop((kind, ref.id), None)
            ref.id = row.id
        self.refs[(kind, row.id)] = ref
        ref.version = row.version

    # ---- the three steps ----

    def add(self, kind: str, text: str, values: dict[str, Any]) -> tuple[int | None, Exception | None]:
        """Create a unit ("unit") or jabatan ("position") from `values`; returns (its id, None) or
        (None, why not)."""
        db, actor, services = self.context.db, self.context.actor, SERVICES[kind]
        state: dict[str, RowRef] = {}
        snapshots: list[RowSnapshot] = []

        def apply() -> None:
            if "ref" not in state:
                row = services.create(db, actor, **values)
                state["ref"] = self.ref(kind, row.id, row.version)
            else:  # redo after undo: the same row back, not a new one
                self._moved(kind, state["ref"], services.restore(db, actor, snapshots.pop()))

        def revert() -> None:
            ref = state["ref"]
            snapshots.append(services.delete(db, actor, ref.id, expected_version=ref.version))

        failed = self._push(text, apply, revert)
        return (None, failed) if failed is not None else (state["ref"].id, None)

    def edit(self, kind: str, text: str, row_id: int, version: int, old: dict[str, Any],
             new: dict[str, Any]) -> Exception | None:
        """Store `new` over the row (whose values are `old`); undo stores `old` again."""
        db, actor, services = self.context.db, self.context.actor, SERVICES[kind]
        ref = self.ref(kind, row_id, version)

        def write(values: dict[str, Any]) -> Callable[[], None]:
            def call() -> None:
                ref.version = services.update(db, actor, ref.id, **values, expected_version=ref.version).version
            return call

        return self._push(text, write(new), write(old))

    def delete(self, kind: str, text: str, row_id: int, version: int) -> Exception | None:
        """Delete the row (the service refuses one in use); undo puts it back with the same uuid."""
        db, actor, services = self.context.db, self.context.actor, SERVICES[kind]
        ref = self.ref(kind, row_id, version)
        snapshots: list[RowSnapshot] = []

        def apply() -> None:
            snapshots.append(services.delete(db, actor, ref.id, expected_version=ref.version))

        def revert() -> None:
            self._moved(kind, ref, services.restore(db, actor, snapshots.pop()))

        return self._push(text, apply, revert)

    # ---- pushing ----

    def _push(self, text: str, apply: Callable[[], object], revert: Callable[[], object]) -> Exception | None:
        command = ServiceCommand(text, apply, revert, on_done=self.changed.emit, on_error=self._on_error)
        self._quiet = True  # the first step's failure goes back to the form
        try:
            self.context.undo_stack.push(command)
        finally:
            self._quiet = False
        return command.failed

    def _on_error(self, exc: Exception) -> None:
        if not self._quiet:
            self.failed.emit(exc)


def command_text(kind: str, step: str, name: str) -> str:
    """What the Edit menu's Urungkan/Ulangi say for this step."""
    texts = {
        ("unit", "add"): translate("OrganizationCommands", "Tambah unit {name}"),
        ("unit", "edit"): translate("OrganizationCommands", "Ubah unit {name}"),
        ("unit", "delete"): translate("OrganizationCommands", "Hapus unit {name}"),
        ("position", "add"): translate("OrganizationCommands", "Tambah jabatan {name}"),
        ("position", "edit"): translate("OrganizationCommands", "Ubah jabatan {name}"),
        ("position", "delete"): translate("OrganizationCommands", "Hapus jabatan {name}"),
    }
    return texts[(kind, step)].format(name=name.strip())
