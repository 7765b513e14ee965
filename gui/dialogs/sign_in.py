"""Signing in, and creating the first admin on a database that has no users yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.services.errors import DomainError, ValidationFailed
from models.services.users import UserInfo, create_first_admin, sign_in
from models.storage.database import Database


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class SignInDialog(QDialog):
    """Username and password; `user` holds who signed in once the dialog is accepted."""

    def __init__(self, db: Database, office_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Masuk — SIMPEG Luring"))
        self.db = db
        self.user: UserInfo | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("sign_in_username")
        self.password = QLineEdit(self)
        self.password.setObjectName("sign_in_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label(self, "sign_in_error")
        heading = QLabel(f"<b>{office_name}</b><br>{db.display_name}" if office_name else db.display_name, self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def _on_buttons_accepted(self) -> None:
        try:
            self.user = sign_in(self.db, self.username.text(), self.password.text())
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """The first run of a database: whoever installs the program becomes its admin."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_admin_dialog")
        self.setWindowTitle(self.tr("Buat akun admin"))
        self.db = db
        self.user: UserInfo | None = None
        intro = QLabel(self.tr("Basis data ini belum punya pengguna. Buat akun admin: admin mengatur instansi, "
                               "menambah pengguna lain, dan memulihkan cadangan."), self)
        intro.setWordWrap(True)
        self.username = QLineEdit("admin", self)
        self.username.setObjectName("first_admin_username")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("first_admin_full_name")
        self.password = QLineEdit(self)
        self.password.setObjectName("first_admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("first_admin_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label(self, "first_admin_error")
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Kata sandi (min. 8 karakter)"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat dan masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _on_buttons_accepted(self) -> None:
        if self.password.text() != self.repeat.text():
            self._show(self.tr("Kata sandi dan ulangannya tidak sama."))
            self.repeat.setFocus()
            return
        try:
            self.user = create_first_admin(self.db, self.username.text(), self.full_name.text(),
                                           self.password.text())
        except ValidationFailed as exc:
            self._show(exc.message)
            return
        except DomainError as exc:
            self._show(exc.message)
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
