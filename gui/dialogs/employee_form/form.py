"""The employee form dialog: reads and fills the view, checks as the clerk types, hands the save over.

Saving is not done here: `submit(FormResult)` (the employee actions, which push an undoable command)
returns None when the record was stored, or the exception that refused it; a ValidationFailed is shown
beside its fields and the first one gets the focus. `confirm(parent, title, text) -> bool` asks before
throwing away changes; tests pass their own so that no modal box blocks them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from gui.dialogs.employee_form.fields import ChoiceField, DateField
from gui.dialogs.employee_form.findings import HISTORY_FIELDS, FindingsDisplay
from gui.dialogs.employee_form.view import EmployeeFormView
from gui.errors import show_error
from models.rules.formatting import format_date_short
from models.rules.grades import PNS_GRADES, PPPK_GRADES
from models.rules.nip import KIND_PNS, NIP_LENGTH, format_nip, guess_nip_kind, normalize_digits
from models.services.employee_history import Histories
from models.services.employee_validation import INPUT_FIELDS, EmployeeInput, check_employee_values
from models.services.employees import EmployeeRecord
from models.services.errors import FieldProblem, ValidationFailed
from models.services.lookups import PositionChoice, UnitChoice
from models.vocabulary import EmployeeStatus, EmploymentState

# Checking waits for a pause in typing: a fast typist should not make it run on every key.
LIVE_DELAY_MS = 120


@dataclass(frozen=True)
class FormResult:
    """What the clerk asked to save: the record (None: a new employee), its fields and its histories."""

    employee_id: int | None
    version: int | None
    data: EmployeeInput
    histories: Histories


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """The default `confirm`: a Yes/No question, No by default."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class EmployeeForm(QDialog):
    def __init__(self, *, units: list[UnitChoice], positions: list[PositionChoice],
                 submit: Callable[[FormResult], Exception | None], today: Callable[[], date],
                 record: EmployeeRecord | None = None,
                 confirm: Callable[[QWidget, str, str], bool] = ask_yes_no, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employee_form")
        self.record = record
        self.submit = submit
        self.confirm = confirm
        self.today = today
        self.view = EmployeeFormView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(1180, 760)

        v = self.view
        v.unit_id.set_choices([(u.id, u.label, u.name) for u in units])
        v.position_id.set_choices([(p.id, p.name, p.name) for p in positions])
        v.position_history.set_completions("position_name", [p.name for p in positions])
        v.position_history.set_completions("unit_name", sorted({u.name for u in units}))
        # A stored record shows what is wrong with it at once; a new one only in the fields typed in.
        self.findings = FindingsDisplay(self.view, show_all=record is not None)
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.check_now)

        if record is None:
            self.setWindowTitle(self.tr("Pegawai baru"))
            self._fill(None, Histories())
        else:
            self.setWindowTitle(self.tr("Ubah data pegawai — {name}").format(name=record.display_name))
            self._fill(record.data, record.histories)
            self._show_state(record)
        self._initial = self.state()
        self._connect()
        self.check_now()
        v.nip.setFocus()

    # ---- reading and filling ----

    def _fill(self, data: EmployeeInput | None, histories: Histories) -> None:
        v = self.view
        values = dict(vars(data)) if data is not None else {}
        self._select(v.status, values.get("status") or EmployeeStatus.PNS.value)
        self._fill_golongan()
        for field in INPUT_FIELDS:
            widget, value = v.inputs[field], values.get(field)
            if isinstance(widget, DateField):
                widget.set_date(value)
            elif isinstance(widget, ChoiceField):
                widget.set_chosen(value)
            elif isinstance(widget, QComboBox):
                if field != "status":
                    self._select(widget, value)
            elif field == "nip" and value:
                widget.setText(format_nip(value, EmployeeStatus(values["status"]).nip_kind))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
        v.grade_history.set_entries(histories.grades)
        v.position_history.set_entries(histories.positions)
        v.education_history.set_entries(histories.educations)
        self._fit_tmt_fields()

    def _show_state(self, record: EmployeeRecord) -> None:
        text = record.employment_state.label
        if record.employment_state is not EmploymentState.ACTIVE and record.ended_on is not None:
            text = self.tr("{state} sejak {date} ({reason})").format(
                state=text, date=format_date_short(record.ended_on), reason=record.end_reason or "-")
        self.view.employment_state.setText(text)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _fit_tmt_fields(self) -> None:
        """A PPPK has no TMT CPNS or PNS, a PNS no TMT PPPK: fields that do not apply are disabled (so Tab
        skips them) unless they hold a value the clerk may want to clear."""
        status = EmployeeStatus(self.view.status.currentData())
        for field, applies in (("tmt_cpns", not status.is_pppk), ("tmt_pns", not status.is_pppk),
                               ("tmt_pppk", status.is_pppk)):
            widget = self.view.inputs[field]
            widget.setEnabled(applies or bool(widget.text().strip()))

    def _fill_golongan(self) -> None:
        """Golongan choices follow the status: I/a … IV/e for PNS and CPNS, I … XVII for PPPK."""
        self._fit_tmt_fields()
        combo = self.view.golongan
        current = combo.currentData()
        status = EmployeeStatus(self.view.status.currentData())
        grades = PPPK_GRADES if status.is_pppk else PNS_GRADES
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for grade in grades:
            combo.addItem(f"{grade.code} — {grade.pangkat}" if grade.pangkat else grade.code, grade.code)
        self._select(combo, current)
        combo.blockSignals(False)

    def collect(self) -> tuple[dict[str, Any], list[FieldProblem]]:
        """Every EmployeeInput field as typed, and what cannot even be read (a date that is no date,
        a unit not in the list)."""
        values: dict[str, Any] = {}
        problems: list[FieldProblem] = []
        for field in INPUT_FIELDS:
            widget = self.view.inputs[field]
            if isinstance(widget, DateField):
                try:
                    values[field] = widget.date_value()
                except ValueError:
                    values[field] = None
                    problems.append(FieldProblem(field, self.tr("'{text}' bukan tanggal; tulis hh-bb-tttt, "
                                                                "mis. 12-03-1985").format(text=widget.text())))
            elif isinstance(widget, ChoiceField):
                try:
                    values[field] = widget.chosen_id()
                except ValueError:
                    values[field] = None
                    what = self.tr("unit kerja") if field == "unit_id" else self.tr("jabatan")
                    problems.append(FieldProblem(field, self.tr("{what} '{text}' tidak ada dalam daftar; pilih "
                                                                "dari saran yang muncul saat mengetik").format(
                                                                    what=what, text=widget.text())))
            elif isinstance(widget, QComboBox):
                values[field] = widget.currentData()
            else:
                values[field] = widget.text()
        year = values["education_year"].strip()
        values["education_year"] = None
        if year:
            if year.isdigit():
                values["education_year"] = int(year)
            else:
                problems.append(FieldProblem("education_year", self.tr("tahun lulus harus angka, mis. 2008")))
        return values, problems

    def histories(self) -> tuple[Histories, list[FieldProblem]]:
        v = self.view
        problems: list[FieldProblem] = []
        lists = []
        for field, table in zip(HISTORY_FIELDS, (v.grade_history, v.position_history, v.education_history),
                                strict=True):
            entries, reasons = table.entries()
            lists.append(tuple(entries))
            problems += [FieldProblem(field, r) for r in reasons]
        return Histories(*lists), problems

    def state(self) -> tuple[Any, ...]:
        """What is on screen, to tell whether the clerk changed anything."""
        v = self.view
        fields = []
        for field in INPUT_FIELDS:
            widget = v.inputs[field]
            fields.append(widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip())
        tables = (v.grade_history.state(), v.position_history.state(), v.education_history.state())
        return (*fields, *map(tuple, tables))

    def is_dirty(self) -> bool:
        return self.state() != self._initial

    # ---- checking as the clerk types ----

    def _connect(self) -> None:
        v = self.view
        for field in INPUT_FIELDS:
            widget = v.inputs[field]
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, f=field: self._on_field_edited(f))
            else:
                widget.textEdited.connect(lambda _t, f=field: self._on_field_edited(f))
                widget.textChanged.connect(lambda _t: self._live_timer.start())  # completer, calendar
        v.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        for field, table in zip(HISTORY_FIELDS, (v.grade_history, v.position_history, v.education_history),
                                strict=True):
            table.changed.connect(lambda f=field: self._on_field_edited(f))
        v.save_button.clicked.connect(self.save)
        v.cancel_button.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        save_shortcut.activated.connect(self.save)
        v.save_button.setDefault(True)
        v.save_button.setAutoDefault(True)

    def _on_field_edited(self, field: str) -> None:
        self.findings.touched.add(field)
        if field == "nip":
            self._guess_status()
        self._live_timer.start()

    def _guess_status(self) -> None:
        """A new employee's status follows a complete NIP until the clerk picks one: a NI PPPK with code 24
        is PPPK Paruh Waktu, another NI PPPK is PPPK, a NIP keeps PNS or CPNS."""
        digits = normalize_digits(self.view.nip.text())
        if self.record is not None or "status" in self.findings.touched or len(digits) != NIP_LENGTH:
            return
        current = EmployeeStatus(self.view.status.currentData())
        if guess_nip_kind(digits) == KIND_PNS:
            wanted = current if not current.is_pppk else EmployeeStatus.PNS
        else:
            wanted = EmployeeStatus.PPPK_PW if digits[12:14] == "24" else EmployeeStatus.PPPK
        if wanted is not current:
            self.view.status.blockSignals(True)
            self._select(self.view.status, wanted.value)
            self.view.status.blockSignals(False)
            self._fill_golongan()

    def _on_status_current_index_changed(self, _index: int) -> None:
        self._fill_golongan()
        self.findings.touched.add("golongan")

    def check_now(self) -> None:
        """Check the whole form with the domain rules and show each finding beside its field."""
        self._live_timer.stop()
        values, read_problems = self.collect()
        _histories, history_problems = self.histories()
        _v, problems, warnings = check_employee_values(values, today=self.today())
        self.findings.show(read_problems + problems + history_problems, warnings, self.today())

    # ---- saving and cancelling ----

    def save(self) -> None:
        """Check, then hand the record to `submit`; stay open with the problems shown when refused."""
        values, read_problems = self.collect()
        histories, history_problems = self.histories()
        if read_problems or history_problems:
            self._refused(read_problems + history_problems, [])
            return
        record = self.record
        if record is not None and not self.is_dirty():
            self.accept()  # nothing changed: nothing to store, nothing to undo
            return
        result = FormResult(record.id if record else None, record.version if record else None,
                            EmployeeInput(**values), histories)
        failure = self.submit(result)
        if failure is None:
            self._initial = self.state()
            self.accept()
        elif isinstance(failure, ValidationFailed):
            self._refused(failure.problems, failure.warnings)
        else:
            show_error(self, failure)

    def _refused(self, problems: list[FieldProblem], warnings: list[FieldProblem]) -> None:
        self.findings.show_all = True
        self._live_timer.stop()
        values, _ = self.collect()
        _v, _p, live_warnings = check_employee_values(values, today=self.today())
        self.findings.show(problems, warnings or live_warnings, self.today())
        self.findings.focus_first(problems)

    def reject(self) -> None:
        """Esc or Batal: ask first when something was changed."""
        if self.is_dirty() and not self.confirm(self, self.tr("Batalkan perubahan?"),
                                                self.tr("Perubahan pada formulir ini belum disimpan. Tutup dan "
                                                        "buang perubahan itu?")):
            return
        super().reject()
