"""Changing one's own password: the old one, the new one twice; each problem shown beside its field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.first_run.common import HINT_STYLE, PROBLEM_STYLE, styled_label
from gui.errors import show_error
from models.rules.passwords import MIN_LENGTH
from models.services.audit import Actor
from models.services.errors import DomainError, FieldProblem, ValidationFailed
from models.services.users import UserInfo, set_password
from models.storage.database import Database

# The service's field names (set_password) -> this dialog's fields; "password" is the new one.
FIELDS = ("old_password", "password", "repeat")


class ChangePasswordDialog(QDialog):
    """`user` is the signed-in person's account; accepted once set_password stored the new password."""

    def __init__(self, db: Database, actor: Actor, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.db, self.actor, self.user = db, actor, user
        who = QLabel(self.tr("Akun: {username} ({name})").format(username=user.username, name=user.full_name), self)
        who.setObjectName("change_password_account")
        self.old_password = self._password_edit("change_password_old")
        self.new_password = self._password_edit("change_password_new")
        self.repeat = self._password_edit("change_password_repeat")
        self.edits = {"old_password": self.old_password, "password": self.new_password, "repeat": self.repeat}
        self.problem_labels = {key: styled_label(self, f"problem_{key}", PROBLEM_STYLE) for key in FIELDS}
        hint = styled_label(self, "change_password_hint", HINT_STYLE, self.tr(
            "Paling sedikit {n} karakter, tidak sama dengan nama pengguna.").format(n=MIN_LENGTH))
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi lama"), self._with_problem("old_password"))
        form.addRow(self.tr("Kata sandi baru"), self._with_problem("password", hint))
        form.addRow(self.tr("Ulangi kata sandi baru"), self._with_problem("repeat"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ganti"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _with_problem(self, key: str, hint: QLabel | None = None) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.edits[key])
        if hint is not None:
            column.addWidget(hint)
        column.addWidget(self.problem_labels[key])
        return column

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem beside its field (the others cleared); the first such field gets the focus."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field if problem.field in FIELDS else "password", []).append(problem.message)
        for key, label in self.problem_labels.items():
            messages = by_field.get(key)
            label.setText("; ".join(messages) if messages else "")
            label.setVisible(bool(messages))
        first = next((key for key in FIELDS if key in by_field), None)
        if first is not None:
            self.edits[first].setFocus()
            self.edits[first].selectAll()

    def _on_buttons_accepted(self) -> None:
        if self.new_password.text() != self.repeat.text():
            self.show_problems([FieldProblem("repeat", self.tr("tidak sama dengan kata sandi baru"))])
            return
        try:
            set_password(self.db, self.actor, self.user.id, self.new_password.text(),
                         old_password=self.old_password.text())
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return
        except DomainError as exc:  # the account was removed meanwhile
            show_error(self, exc)
            return
        self.accept()
