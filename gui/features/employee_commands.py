"""Undoable employee changes: save (new or edit), delete and end, each a ServiceCommand over the services.

Every step passes the row version the previous step left (`EmployeeRef`, shared by all commands on the
same employee), so an undo after someone else saved the record fails with the service's message instead
of overwriting their change. A deleted employee comes back with the same uuid (and id when still free);
the ref then follows the restored row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gui.undo import ServiceCommand
from models.services.employee_history import Histories
from models.services.employee_removal import EmployeeSnapshot, delete_employee, restore_employee
from models.services.employee_validation import EmployeeInput
from models.services.employees import end_employee, reinstate_employee, save_employee

if TYPE_CHECKING:
    from gui.context import AppContext
    from gui.dialogs.employee_form import FormResult

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises


@dataclass
class EmployeeRef:
    """Where an employee is now (id) and the version its last step left."""

    id: int
    version: int


class EmployeeCommands:
    """Builds and pushes the commands; `changed(employee_id or None)` runs after every step."""

    def __init__(self, context: AppContext, changed: Callable[[int | None], None],
                 failed: Callable[[Exception], None]) -> None:
        self.context = context
        self.changed = changed
        self.failed = failed
        self.refs: dict[int, EmployeeRef] = {}
        self._quiet = False  # during a form's save the form shows the failure itself

    # ---- refs ----

    def ref(self, employee_id: int, version: int) -> EmployeeRef:
        """The shared ref of an employee, at the version the clerk is looking at."""
        ref = self.refs.setdefault(employee_id, EmployeeRef(employee_id, version))
        ref.version = version
        return ref

    def _moved(self, ref: EmployeeRef, new_id: int, version: int) -> None:
        if new_id != ref.id:
            self.refs.pop(ref.id, None)
            ref.id = new_id
        self.refs[new_id] = ref
        ref.version = version

    # ---- pushing ----

    def _push(self, text: str, apply: Callable[[], object], revert: Callable[[], object],
              on_done: Callable[[], None]) -> ServiceCommand:
        command = ServiceCommand(text, apply, revert, on_done=on_done, on_error=self._on_error)
        self.context.undo_stack.push(command)
        return command

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Failures of commands pushed inside go to the caller (a dialog shows them), not to `failed`."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _on_error(self, exc: Exception) -> None:
        if not self._quiet:
            self.failed(exc)

    # ---- save ----

    def save(self, result: FormResult) -> Exception | None:
        """Push the form's save; None when stored, else the exception (the form shows it)."""
        db, actor, today = self.context.db, self.context.actor, self.context.today
        state: dict[str, object] = {}

        if result.employee_id is None:
            snapshot: list[EmployeeSnapshot] = []

            def apply() -> None:
                if not state:
                    saved = save_employee(db, None, result.data, result.histories, actor, today=today())
                    state["ref"] = self.ref(saved.id, saved.version)
                    state["name"] = saved.name
                else:
                    ref = state["ref"]
                    restored = restore_employee(db, snapshot.pop(), actor)
                    self._moved(ref, restored.id, restored.version)

            def revert() -> None:
                ref = state["ref"]
                snapshot.append(delete_employee(db, ref.id, actor, expected_version=ref.version))

            text = translate("EmployeeCommands", "Tambah pegawai {name}").format(name=result.data.name.strip())
        else:
            ref = state["ref"] = self.ref(result.employee_id, result.version)
            steps: dict[str, tuple[EmployeeInput, Histories]] = {}

            def write(data: EmployeeInput, histories: Histories) -> None:
                saved = save_employee(db, ref.id, data, histories, actor, expected_version=ref.version,
                                      today=today())
                ref.version = saved.version
                if "before" not in steps:
                    steps["before"] = (saved.before, saved.before_histories)
                    steps["after"] = (saved.data, saved.histories)  # with the uuids of new rows

            def apply() -> None:
                write(*steps.get("after", (result.data, result.histories)))

            def revert() -> None:
                write(*steps["before"])

            text = translate("EmployeeCommands", "Ubah data {name}").format(name=result.data.name.strip())

        def done() -> None:
            self.changed(state["ref"].id)

        with self.quietly():
            command = self._push(text, apply, revert, done)
        return command.failed

    # ---- delete ----

    def delete(self, employee_id: int, version: int, name: str) -> ServiceCommand:
        db, actor = self.context.db, self.context.actor
        ref = self.ref(employee_id, version)
        snapshot: list[EmployeeSnapshot] = []

        def apply() -> None:
            snapshot.append(delete_employee(db, ref.id, actor, expected_version=ref.version))

        def revert() -> None:
            restored = restore_employee(db, snapshot.pop(), actor)
            self._moved(ref, restored.id, restored.version)

        text = translate("EmployeeCommands", "Hapus pegawai {name}").format(name=name)
        return self._push(text, apply, revert, lambda: self.changed(ref.id))

    # ---- end (pensiun / berhenti) ----

    def end(self, employee_id: int, version: int, name: str, state: str, on: date, reason: str) -> ServiceCommand:
        db, actor = self.context.db, self.context.actor
        ref = self.ref(employee_id, version)

        def apply() -> None:
            ended = end_employee(db, ref.id, state, on, reason, actor, expected_version=ref.version)
            ref.version = ended.version

        def revert() -> None:
            back = reinstate_employee(db, ref.id, actor, expected_version=ref.version)
            ref.version = back.version

        text = translate("EmployeeCommands", "Akhiri kepegawaian {name}").format(name=name)
        return self._push(text, apply, revert, lambda: self.changed(ref.id))
