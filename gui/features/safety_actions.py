"""Backups, users, the audit log and the contract wording in the window (Berkas, Laporan, Perjanjian Kerja).

Restoring a backup replaces the open database, so it is asked of the window's session
(`window.restore_requested`, gui/session.py): it closes the database, restores through the service (admin
only, with a safety copy first) and opens the restored file in a new window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from models.services.permissions import Permission, allows

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class SafetyActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("safety_actions")
        self.window = window
        self.dialog: QDialog | None = None
        context = window.context
        self.action_backups = self._action("action_backups", self.tr("&Cadangan basis data…"), self.open_backups)
        self.action_backups.setEnabled(context.db.path is not None)
        self.action_users = self._action("action_users", self.tr("Pen&gguna…"), self.open_users)
        self.action_users.setEnabled(allows(context.actor, Permission.MANAGE_USERS))
        self.action_audit = self._action("action_audit_log", self.tr("Log &audit…"), self.open_audit_log)
        menu = window.menu_file
        before = next((a for a in menu.actions() if a.objectName() == "action_quit"), None)
        for action in (self.action_backups, self.action_users):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)
        window.menu_reports.addSeparator()
        window.menu_reports.addAction(self.action_audit)
        self.action_templates = self._action("action_contract_templates", self.tr("&Templat perjanjian…"),
                                             self.open_templates)
        window.menu_contracts.addSeparator()
        window.menu_contracts.addAction(self.action_templates)

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def open_backups(self) -> QDialog:
        from gui.dialogs.backups import BackupsDialog

        context = self.window.context
        dialog = BackupsDialog(context.db.path, context.actor, self.window)
        dialog.restore_requested.connect(self.window.restore_requested)
        return self._show(dialog)

    def open_users(self) -> QDialog:
        from gui.dialogs.users import UsersDialog

        return self._show(UsersDialog(self.window.context.db, self.window.context.actor, self.window))

    def open_templates(self) -> QDialog:
        from gui.dialogs.contract_templates import ContractTemplatesDialog

        return self._show(ContractTemplatesDialog(self.window.context, self.window))

    def open_audit_log(self) -> QDialog:
        from gui.dialogs.audit_log import AuditLogDialog

        return self._show(AuditLogDialog(self.window.context.db, self.window))

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.show()
        return dialog

