"""The working session at a shared office PC (Berkas): who is signed in (on the status bar), changing one's own
password, and signing out so the next clerk signs in.

Signing out is asked of the window's session (`window.sign_out_requested`, gui/session.py): the same
database, a new window for whoever signs in next, the program ends when nobody does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel

from models.services.sessions import current_user
from models.vocabulary import Role

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from models.services.audit import Actor
    from models.services.users import UserInfo


def role_label(role: str) -> str:
    try:
        return Role(role).label
    except ValueError:
        return role


class SessionActions(QObject):
    """The two Berkas actions, the status-bar label and the dialog opened last."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("session_actions")
        self.window = window
        self.dialog: QDialog | None = None
        actor = window.context.actor
        self.user: UserInfo | None = current_user(window.context.db, actor)
        self.action_change_password = self._action("action_change_password", self.tr("Ganti kata &sandi saya…"),
                                                    self.open_change_password)
        self.action_change_password.setEnabled(self.user is not None)  # a window opened without an account
        self.action_sign_out = self._action("action_sign_out", self.tr("Keluar a&kun"),
                                            self._on_action_sign_out_triggered)
        self.action_sign_out.setStatusTip(self.tr("Tutup sesi ini dan masuk sebagai pengguna lain"))
        menu = window.menu_file
        before = next((a for a in menu.actions() if a.objectName() == "action_quit"), None)
        for action in (self.action_change_password, self.action_sign_out):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        menu.insertSeparator(before) if before is not None else menu.addSeparator()

        self.signed_in_label = QLabel(self.signed_in_text(actor), window)
        self.signed_in_label.setObjectName("signed_in_label")
        if self.user is not None:
            self.signed_in_label.setToolTip(self.user.full_name)
        window.statusBar().addPermanentWidget(self.signed_in_label)

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def signed_in_text(self, actor: Actor) -> str:
        return self.tr("Masuk sebagai: {username} ({role})").format(username=actor.username,
                                                                    role=role_label(actor.role))

    # ---- changing one's own password ----

    def open_change_password(self) -> QDialog | None:
        from gui.dialogs.change_password import ChangePasswordDialog

        if self.user is None:
            return None
        dialog = ChangePasswordDialog(self.window.context.db, self.window.context.actor, self.user, self.window)
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_accepted(self) -> None:
        self.window.statusBar().showMessage(self.tr("Kata sandi Anda sudah diganti."), 8000)

    # ---- signing out ----

    def _on_action_sign_out_triggered(self) -> None:
        self.window.sign_out_requested.emit()
