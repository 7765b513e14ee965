"""A form whose every field has a line beneath it for what the service said is wrong with it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models.services.errors import FieldProblem

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises

PROBLEM_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"


class FieldRows:
    """Rows of `form`, one per service field name; `problem_labels[field]` shows that field's problems.
    Problems for a field the form does not show go to `general` (the line under the form)."""

    def __init__(self, form: QFormLayout, owner: QWidget) -> None:
        self.form = form
        self.owner = owner
        self.inputs: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.general = self._label("problem_general", PROBLEM_STYLE)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def add(self, field: str, label: str, widget: QWidget, hint: QLabel | None = None) -> QWidget:
        widget.setObjectName(field)
        if isinstance(widget, QComboBox):  # a long unit name must not widen the form past the screen
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
        self.inputs[field] = widget
        self.problem_labels[field] = self._label(f"problem_{field}", PROBLEM_STYLE)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if hint is not None:
            column.addWidget(hint)
        column.addWidget(self.problem_labels[field])
        caption = QLabel(label, self.owner)
        caption.setBuddy(widget)  # Alt + the &-letter jumps to the field
        self.form.addRow(caption, column)
        return widget

    def hint(self, name: str) -> QLabel:
        label = self._label(name, HINT_STYLE)
        label.show()
        return label

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Each problem beside its field (several joined); the first field with one gets the focus."""
        self.clear()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            field = problem.field if problem.field in self.problem_labels else ""
            by_field.setdefault(field, []).append(problem.message)
        for field, messages in by_field.items():
            label = self.problem_labels.get(field, self.general)
            label.setText("✖ " + "; ".join(messages))
            label.show()
        first = next((f for f in self.inputs if f in by_field), None)
        if first is not None:
            self.inputs[first].setFocus()

    def show_general(self, text: str) -> None:
        self.clear()
        self.general.setText("✖ " + text)
        self.general.show()

    def clear(self) -> None:
        for label in (*self.problem_labels.values(), self.general):
            label.clear()
            label.hide()

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel(self.owner)
        label.setObjectName(name)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        label.hide()
        return label

    def finish(self, *, button_text: str, button_name: str, on_click, enter_from: QLineEdit, status_name: str,
               viewer_text: str, can_edit: bool) -> FormButtons:
        """The form's last rows: the buttons (right-aligned; Enter in `enter_from` presses the add or the save
        button, whichever shows), the general problem line, and a status line that tells a viewer why
        nothing can be changed. The add button shows while adding; save, delete and new while editing."""
        buttons = FormButtons(self.owner, button_text, button_name, can_edit)
        buttons.add.clicked.connect(on_click)
        enter_from.returnPressed.connect(buttons.press_default)
        self.form.addRow(self.general)
        self.form.addRow(buttons.row)
        buttons.status.setObjectName(status_name)
        buttons.status.setWordWrap(True)
        self.form.addRow(buttons.status)
        if not can_edit:
            buttons.status.setText(viewer_text)
        return buttons


class FormButtons:
    """`add` (adding), or `delete` ("Hapus…"), `new` ("Baru": back to adding) and `save` (editing); `status`."""

    def __init__(self, owner: QWidget, add_text: str, add_name: str, can_edit: bool) -> None:
        what = add_name.removeprefix("add_")  # "unit", "position"
        self.add = self._button(owner, add_text, add_name, can_edit)
        self.save = self._button(owner, translate("FormButtons", "&Simpan perubahan"), f"save_{what}", can_edit)
        self.delete = self._button(owner, translate("FormButtons", "&Hapus…"), f"delete_{what}", can_edit)
        self.new = self._button(owner, translate("FormButtons", "Ba&ru"), f"new_{what}", True)
        self.new.setToolTip(translate("FormButtons", "Kosongkan formulir untuk menambah yang baru"))
        self.status = QLabel(owner)
        self.row = QHBoxLayout()
        self.row.addWidget(self.delete)
        self.row.addStretch(1)
        for button in (self.new, self.save, self.add):
            self.row.addWidget(button)
        self.set_editing(False)

    @staticmethod
    def _button(owner: QWidget, text: str, name: str, enabled: bool) -> QPushButton:
        button = QPushButton(text, owner)
        button.setObjectName(name)
        button.setEnabled(enabled)
        # Enter in the name presses it; not as the dialog's default button, which would press it twice.
        button.setAutoDefault(False)
        return button

    def set_editing(self, editing: bool) -> None:
        self.add.setVisible(not editing)
        for button in (self.save, self.delete, self.new):
            button.setVisible(editing)

    def press_default(self) -> None:
        button = self.save if self.save.isVisibleTo(self.save.parentWidget()) else self.add
        if button.isEnabled():
            button.click()
