"""Contract actions of the window: new, renew, mark signed, end, print and verify (tab bars and the menu).

Changes go through the services (one transaction each, audited) and onto the undo stack. Work on many rows
runs with gui.workers.run_job and a progress dialog; once it is done, a ServiceCommand is pushed whose first
redo does nothing (the change is already made) and whose undo calls a revert service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QProgressDialog

from gui.dialogs.contract_end import EndContractDialog
from gui.dialogs.contract_new import NewContractsDialog
from gui.dialogs.contract_renew import RenewContractsDialog
from gui.dialogs.contract_sign import MarkSignedDialog
from gui.dialogs.contract_verify import VerifyContractDialog
from gui.dialogs.pay_tables import PayTablesDialog
from gui.errors import show_error
from gui.undo import ServiceCommand
from gui.workers import CancelToken, JobHandle, run_job
from models.services.contracts.drafts import create_contracts
from models.services.contracts.pay import pay_table
from models.services.contracts.proposals import propose_contracts
from models.services.contracts.renewal import renewal_list
from models.services.contracts.renewal_plans import renewal_plans
from models.services.contracts.undo import (
    delete_drafts,
    end_undoably,
    renew_undoably,
    reopen_contract,
    sign_undoably,
    unmark_signed,
)
from models.services.errors import Cancelled
from models.services.jobs import Job, Progress, one_step, run_to_end
from models.services.organization import get_office

if TYPE_CHECKING:
    from gui.dialogs.contract_print import PrintContractsDialog
    from gui.main_window import MainWindow

PROGRESS_DELAY_MS = 300  # a job done sooner never flashes a progress dialog


class ContractActions(QObject):
    """Owns the actions and the dialogs they open (`window.contract_actions`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("contract_actions")
        self.window = window
        self.context = window.context
        self.pool = None  # tests may pass their own QThreadPool
        self.dialog: QDialog | None = None  # the dialog opened last (tests read it)
        self.job: JobHandle | None = None

        self.action_new_for_employees = self._action("action_new_contract_employees", self.tr("Perjanjian &baru…"),
                                                     self._on_new_for_employees_triggered)
        self.action_new = self._action("action_new_contract", self.tr("Perjanjian &baru…"),
                                       self._on_new_for_contracts_triggered)
        self.action_renew = self._action("action_renew", self.tr("&Perpanjang…"), self._on_renew_triggered)
        self.action_renewal_list = self._action("action_renewal_list", self.tr("Daftar perpanjangan &jatuh tempo…"),
                                                self._on_renewal_list_triggered)
        self.action_sign = self._action("action_mark_signed", self.tr("Tandai &ditandatangani…"),
                                        self._on_sign_triggered)
        self.action_end = self._action("action_end_contract", self.tr("&Akhiri…"), self._on_end_triggered)
        self.action_print = self._action("action_print_contracts", self.tr("&Cetak perjanjian…"),
                                         self._on_print_triggered, QKeySequence("Ctrl+P"))
        self.action_verify = self._action("action_verify_contract", self.tr("Periksa &keaslian perjanjian…"),
                                          self._on_verify_triggered)
        self.action_pay_tables = self._action("action_pay_tables", self.tr("Tabel &gaji dan upah…"),
                                              self._on_pay_tables_triggered)
        self.action_new_for_employees.setToolTip(self.tr("Perjanjian kerja baru untuk PPPK terpilih yang belum "
                                                         "punya perjanjian berjalan"))

        window.employees_tab.add_action(self.action_new_for_employees, selection=True)
        tab = window.contracts_tab
        for action in (self.action_new, self.action_renew, self.action_sign, self.action_end):
            tab.add_action(action, selection=True)
        tab.add_action(self.action_print)
        menu = window.menu_contracts
        for action in (self.action_new, self.action_renew, self.action_renewal_list, self.action_sign,
                       self.action_end):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_print)
        menu.addAction(self.action_verify)
        menu.addSeparator()
        menu.addAction(self.action_pay_tables)

    def _action(self, name: str, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # ---- helpers ----

    def _open(self, dialog: QDialog, on_accepted: Callable[[], object]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_error(self, exc: BaseException, *_details: object) -> None:
        show_error(self.window, exc)

    def _run(self, title: str, total: int, work: Callable[[], Job], on_success: Callable[[Any], None]) -> JobHandle:
        """Run the service job `work()` makes off the UI thread with a progress dialog; Batal closes it at its
        next step (its transaction rolls back), and once it has committed it can no longer be cancelled."""
        progress = QProgressDialog(title, self.tr("Batal"), 0, 0, self.window)
        progress.setObjectName("contract_progress")
        progress.setWindowTitle(self.tr("Perjanjian kerja"))
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def job(_token: CancelToken) -> Job:
            yield Progress(0, total)
            return (yield from work())

        def step(done: int, steps: int, _text: str) -> None:
            progress.setMaximum(steps)
            progress.setValue(done)

        def finished() -> None:
            progress.reset()
            progress.deleteLater()
            self.job = None

        def failed(exc: BaseException, _details: str) -> None:
            if not isinstance(exc, Cancelled):
                self._show_error(exc)

        handle = run_job(self.window, job, self.pool).on_progress(step).on_success(on_success) \
            .on_failure(failed).on_finished(finished)
        progress.canceled.connect(handle.cancel)
        self.job = handle
        return handle

    def _push_done(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        """Put a change already made on the undo stack: its first redo only refreshes the window."""
        first = [True]

        def apply() -> None:
            if first[0]:
                first[0] = False
                return
            redo()

        self.context.undo_stack.push(ServiceCommand(text, apply, undo, on_done=self.window.refresh,
                                                    on_error=self._show_error))

    # ---- new contracts ----

    def _on_new_for_employees_triggered(self) -> None:
        self.new_contracts([row.id for row in self.window.employees_tab.selected_rows()])

    def _on_new_for_contracts_triggered(self) -> None:
        rows = self.window.contracts_tab.selected_rows()
        self.new_contracts(list(dict.fromkeys(row.employee_id for row in rows)))

    def new_contracts(self, employee_ids: list[int]) -> NewContractsDialog:
        with self.context.session_factory() as s:
            proposals = propose_contracts(s, employee_ids, self.context.today())
            pay = pay_table(s)
        dialog = NewContractsDialog(proposals, self.window, pay)
        return self._open(dialog, lambda: self._create(dialog.inputs()))

    def _create(self, inputs: list) -> JobHandle:
        db, actor = self.context.db, self.context.actor
        state: dict[str, list[int]] = {}

        def done(ids: list[int]) -> None:
            state["ids"] = ids
            self._push_done(self.tr("Perjanjian baru ({count})").format(count=len(ids)),
                            lambda: state.update(ids=run_to_end(create_contracts(db, inputs, actor))),
                            lambda: delete_drafts(db, actor, state["ids"]))

        return self._run(self.tr("Membuat perjanjian kerja…"), len(inputs),
                         lambda: create_contracts(db, inputs, actor), done)

    # ---- renewal ----

    def _on_renew_triggered(self) -> None:
        self.renew([row.id for row in self.window.contracts_tab.selected_rows()])

    def _on_renewal_list_triggered(self) -> None:
        with self.context.session_factory() as s:
            ids = [c.contract_id for c in renewal_list(s, self.context.today())]
        self.renew(ids)

    def renew(self, contract_ids: list[int]) -> RenewContractsDialog:
        def load(start):
            if not contract_ids:
                return []
            with self.context.session_factory() as s:
                return renewal_plans(s, contract_ids, start_date=start)

        dialog = RenewContractsDialog(load(None), load, self.context.today(), self.window)
        return self._open(dialog, lambda: self._renew(dialog.chosen_ids(), dialog.start_date()))

    def _renew(self, contract_ids: list[int], start) -> JobHandle:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        state: dict[str, Any] = {}

        def work() -> Job:
            return renew_undoably(db, actor, contract_ids, start_date=start, today=today)

        def done(change) -> None:
            state["change"] = change
            self._push_done(self.tr("Perpanjang {count} perjanjian").format(count=len(change.created_ids)),
                            lambda: state.update(change=run_to_end(work())),
                            lambda: delete_drafts(db, actor, state["change"].created_ids,
                                                  reopen=state["change"].previous))

        return self._run(self.tr("Memperpanjang perjanjian kerja…"), len(contract_ids), work, done)

    # ---- signing ----

    def _on_sign_triggered(self) -> None:
        self.mark_signed([row.id for row in self.window.contracts_tab.selected_rows()])

    def mark_signed(self, contract_ids: list[int]) -> MarkSignedDialog:
        office = get_office(self.context.db)
        place = (office.signing_city or "") if office is not None else ""
        dialog = MarkSignedDialog(len(contract_ids), self.context.today(), place, self.window)
        return self._open(dialog, lambda: self._sign(contract_ids, dialog.signing_date(), dialog.place()))

    def _sign(self, contract_ids: list[int], signing_date, place: str) -> JobHandle:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        state: dict[str, Any] = {}

        def sign():
            return sign_undoably(db, actor, contract_ids, signing_date, place, today=today)

        def done(change) -> None:
            state["change"] = change
            self._push_done(self.tr("Tandai ditandatangani ({count})").format(count=len(contract_ids)),
                            lambda: state.update(change=sign()),
                            lambda: unmark_signed(db, actor, contract_ids, state["change"].versions,
                                                  previous=state["change"].previous))

        return self._run(self.tr("Mencatat penandatanganan…"), len(contract_ids), lambda: one_step(sign), done)

    # ---- ending ----

    def _on_end_triggered(self) -> None:
        row = self.window.contracts_tab.current_row()
        if row is not None:
            self.end_contract(row)

    def end_contract(self, row) -> EndContractDialog:
        dialog = EndContractDialog(row, self.context.today(), self.window)
        return self._open(dialog, lambda: self._end(row.id, dialog.outcome_status(), dialog.ended_on(),
                                                    dialog.reason_text()))

    def _end(self, contract_id: int, outcome, on, reason) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        state: dict[str, Any] = {}

        def apply() -> None:
            state["change"] = end_undoably(db, actor, contract_id, outcome, on, reason, today=today)

        def revert() -> None:
            change = state["change"]
            reopen_contract(db, actor, change.contract_id, change.version, change.status, change.ended_on,
                            change.end_reason)

        self.context.undo_stack.push(ServiceCommand(self.tr("Akhiri perjanjian"), apply, revert,
                                                    on_done=self.window.refresh, on_error=self._show_error))

    # ---- printing and checking ----

    def _on_print_triggered(self) -> None:
        self.print_contracts([row.id for row in self.window.contracts_tab.selected_rows()])

    def print_contracts(self, contract_ids: list[int]) -> PrintContractsDialog:
        from gui.dialogs.contract_print import PrintContractsDialog

        dialog = PrintContractsDialog(self.context, contract_ids, self.window, pool=self.pool)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda _result: self.window.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_pay_tables_triggered(self) -> None:
        self.pay_tables()

    def pay_tables(self) -> PayTablesDialog:
        dialog = PayTablesDialog(self.context, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_verify_triggered(self) -> None:
        self.verify()

    def verify(self) -> VerifyContractDialog:
        dialog = VerifyContractDialog(self.context.db, self.context.today, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

