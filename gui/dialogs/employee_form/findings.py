"""Showing the form's findings: each problem or warning under its field, what the NIP and NIK say, a
summary line, and the focus on the first field to fix (in Tab order)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt

from gui.dialogs.employee_form.decoding import nik_summary, nip_summary
from gui.dialogs.employee_form.history_tables import HistoryTable
from gui.dialogs.employee_form.view import EmployeeFormView
from models.rules.nik import NIK_LENGTH
from models.rules.nip import NIP_LENGTH, normalize_digits
from models.services.errors import FieldProblem
from models.vocabulary import EmployeeStatus

HISTORY_FIELDS = ("grade_history", "position_history", "education_history")


class FindingsDisplay:
    """`touched`: fields the clerk edited (only those show problems until `show_all`, set by a save)."""

    def __init__(self, view: EmployeeFormView, *, show_all: bool) -> None:
        self.view = view
        self.show_all = show_all
        self.touched: set[str] = set()

    def tables(self) -> dict[str, HistoryTable]:
        v = self.view
        return dict(zip(HISTORY_FIELDS, (v.grade_history, v.position_history, v.education_history), strict=True))

    def show(self, problems: Sequence[FieldProblem], warnings: Sequence[FieldProblem], today: date) -> None:
        v = self.view
        errors_by_field: dict[str, list[str]] = {}
        warnings_by_field: dict[str, list[str]] = {}
        for p in problems:
            errors_by_field.setdefault(p.field, []).append(p.message)
        for w in warnings:
            warnings_by_field.setdefault(w.field, []).append(w.message)
        status = EmployeeStatus(v.status.currentData())
        info = {
            "nip": nip_summary(v.nip.text(), status.nip_kind, today),
            "nik": nik_summary(v.nik.text(), today),
        }
        for field, message in v.messages.items():
            visible = self.show_all or field in self.touched
            errors = errors_by_field.get(field, []) if visible else []
            warns = warnings_by_field.get(field, []) if visible else []
            text, ok = info.get(field, ("", True))
            if field in info and not self.show_all and self._still_typing(field):
                errors = []  # "12 dari 18 digit" says enough while the clerk is typing
            message.show_findings(errors, warns, text, ok)
        for field, table in self.tables().items():
            visible = self.show_all or field in self.touched
            table.message.show_findings(errors_by_field.get(field, []) if visible else [])
        self._show_summary()

    def _still_typing(self, field: str) -> bool:
        digits = normalize_digits(self.view.inputs[field].text())
        return digits.isdigit() and len(digits) < (NIP_LENGTH if field == "nip" else NIK_LENGTH)

    def _show_summary(self) -> None:
        shown = sum(1 for m in self.view.messages.values() if m.errors)
        shown += sum(1 for t in self.tables().values() if t.message.errors)
        summary = self.view.summary
        if self.show_all and shown:
            summary.setText(QCoreApplication.translate(
                "EmployeeForm", "<b>{n} isian perlu diperbaiki</b> (tanda ✖ merah). "
                "Peringatan ⚠ tidak menghalangi penyimpanan.").format(n=shown))
            summary.setStyleSheet("QLabel { background: #fdecea; color: #b3261e; padding: 6px; }")
            summary.show()
        else:
            summary.hide()

    def focus_first(self, problems: Sequence[FieldProblem]) -> None:
        """Put the focus on the first field with a problem, as Tab would reach it."""
        v = self.view
        order = [*v.tab_chain, *HISTORY_FIELDS]
        fields = sorted({p.field for p in problems if p.field in order}, key=order.index)
        if not fields:
            return
        field = fields[0]
        if field in v.inputs:
            widget = v.inputs[field]
        else:
            table = self.tables()[field]
            v.histories.setCurrentWidget(table)
            widget = table.table
        v.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
