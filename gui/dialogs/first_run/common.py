"""What the first-run wizard's pages share: the start choice, and a page whose problems show beside its fields."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from models.services.errors import FieldProblem

PROBLEM_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"


class StartChoice(Enum):
    """What the clerk wants once the office is set up."""

    EMPTY = "empty"  # the main window on the (empty) database
    IMPORT = "import"  # the main window, then the roster import wizard
    DEMO = "demo"  # a separate demo database for the same regency, to look around first


def styled_label(parent: QWidget, name: str, style: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setVisible(bool(text))
    return label


class SetupPage(QWizardPage):
    """A page that checks its own fields: problems of the fields the clerk has touched show as they type,
    all of them once Next is pressed (and Next then stays on the page).

    Subclasses list their OfficeInput/AdminInput field names in FIELDS and implement `problems()`.
    """

    FIELDS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.focus_targets: dict[str, QWidget] = {}
        self._touched: set[str] = set()
        self._show_all = False

    # ---- building ----

    def add_edit(self, form: QFormLayout, key: str, label: str, placeholder: str = "", *,
                 hint: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text, k=key: self.touch(k))
        self.edits[key] = edit
        form.addRow(self.buddy(label, edit), self.with_feedback(key, edit, hint=hint))
        return edit

    def with_feedback(self, key: str, widget: QWidget, *, hint: bool = False) -> QVBoxLayout:
        """`widget` with its hint (optional) and its problem label below it."""
        self.focus_targets[key] = widget
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            self.hints[key] = styled_label(self, f"hint_{key}", HINT_STYLE)
            column.addWidget(self.hints[key])
        self.problem_labels[key] = styled_label(self, f"problem_{key}", PROBLEM_STYLE)
        column.addWidget(self.problem_labels[key])
        return column

    def buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # ---- checking ----

    def problems(self) -> list[FieldProblem]:
        raise NotImplementedError

    def label_key(self, field: str) -> str:
        """Which problem label shows a field's problems (several fields may share one widget)."""
        return field

    def touch(self, key: str) -> None:
        self._touched.add(key)
        self.refresh()

    def refresh(self) -> None:
        """Show the problems (of touched fields, or all after Next) and update the hints."""
        self.show_problems(self.problems(), everything=self._show_all)
        self.update_hints()

    def show_problems(self, problems: list[FieldProblem], *, everything: bool = True) -> None:
        found: dict[str, list[str]] = {}
        for problem in problems:
            found.setdefault(self.label_key(problem.field), []).append(problem.message)
        for key, label in self.problem_labels.items():
            shown = found.get(key) if (everything or key in self._touched) else None
            label.setText("; ".join(shown or []))
            label.setVisible(bool(shown))

    def update_hints(self) -> None:
        """Subclasses fill their hints (decoded NIP, example number)."""

    def set_hint(self, key: str, text: str) -> None:
        self.hints[key].setText(text)
        self.hints[key].setVisible(bool(text))

    def validatePage(self) -> bool:
        self._show_all = True
        self.refresh()
        problems = self.problems()
        if problems:
            self.focus_first(problems)
        return not problems

    def focus_first(self, problems: list[FieldProblem]) -> None:
        keys = [self.label_key(p.field) for p in problems]
        for key, widget in self.focus_targets.items():
            if key in keys:
                widget.setFocus()
                return
