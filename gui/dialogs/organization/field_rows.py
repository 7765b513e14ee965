"""A form whose every field has a line beneath it for what the service said is wrong with it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models.services.errors import FieldProblem

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
               viewer_text: str, can_edit: bool) -> tuple[QPushButton, QLabel]:
        """The form's last rows: the add button (right-aligned; Enter in `enter_from` presses it), the general
        problem line, and a status line that tells a viewer why nothing can be added."""
        button = QPushButton(button_text, self.owner)
        button.setObjectName(button_name)
        button.setEnabled(can_edit)
        button.clicked.connect(on_click)
        # Enter in the name adds; not as the dialog's default button, which would add a second time.
        button.setAutoDefault(False)
        enter_from.returnPressed.connect(button.click)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button)
        self.form.addRow(self.general)
        self.form.addRow(buttons)
        status = QLabel(self.owner)
        status.setObjectName(status_name)
        status.setWordWrap(True)
        self.form.addRow(status)
        if not can_edit:
            status.setText(viewer_text)
        return button, status
