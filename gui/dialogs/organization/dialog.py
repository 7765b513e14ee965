"""Sunting > Unit kerja dan jabatan: the office's units and jabatan, with forms that add them, and change
or delete the one picked in the list.

An office started empty needs these before its first employee can be placed. Every add, change and
delete is a command on the window's undo stack: Ctrl+Z here or in the window undoes it. A unit or
jabatan in use is never deleted (the service refuses and says what uses it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.dialogs.organization.commands import OrganizationCommands
from gui.dialogs.organization.positions_page import PositionsPage
from gui.dialogs.organization.units_page import UnitsPage
from models.services.permissions import Permission, allows


class OrganizationDialog(QDialog):
    """`units_page` and `positions_page` on `tabs`; `changed` fires after a unit or a jabatan is added,
    changed or deleted (also by an undo), so the window can offer it in its filters and forms. `commands`
    (given by the window, which outlives the dialog) push the steps; `undo_button` shows the next undo."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 commands: OrganizationCommands | None = None) -> None:
        super().__init__(parent)
        self.commands = commands if commands is not None else OrganizationCommands(context, self)
        self.setObjectName("organization_dialog")
        self.setWindowTitle(self.tr("Unit kerja dan jabatan"))
        can_edit = allows(context.actor, Permission.EDIT_RECORDS)
        intro = QLabel(self.tr("Pegawai ditempatkan pada unit kerja dan memangku jabatan yang tercatat di sini. "
                               "Impor daftar pegawai juga menambahkannya dengan sendirinya."), self)
        intro.setObjectName("organization_intro")
        intro.setWordWrap(True)
        self.units_page = UnitsPage(context.db, context.actor, can_edit=can_edit, commands=self.commands, parent=self)
        self.positions_page = PositionsPage(context.db, context.actor, can_edit=can_edit, commands=self.commands,
                                            parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("organization_tabs")
        self.tabs.addTab(self.units_page, self.tr("&Unit kerja"))
        self.tabs.addTab(self.positions_page, self.tr("&Jabatan"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        close.setAutoDefault(False)  # Enter belongs to the add forms; Esc closes
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Z / Ctrl+Y work here as in the window (the window's shortcuts do not reach this one).
        self.action_undo = context.undo_stack.createUndoAction(self, self.tr("Urungkan"))
        self.action_undo.setObjectName("organization_undo")
        self.action_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.action_redo = context.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        self.action_redo.setObjectName("organization_redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.action_undo, self.action_redo])
        self.undo_button = QToolButton(self)
        self.undo_button.setObjectName("organization_undo_button")
        self.undo_button.setDefaultAction(self.action_undo)
        self.undo_button.setAutoRaise(True)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Both forms as wide as the wider one: switching tabs does not move the list's edge.
        width = max(page.form_group.sizeHint().width() for page in (self.units_page, self.positions_page))
        for page in (self.units_page, self.positions_page):
            page.form_group.setMinimumWidth(width)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.commands.changed.connect(self._on_commands_changed)
        self.resize(1120, 620)  # fits a 1366 x 768 laptop with the taskbar

    def _on_commands_changed(self) -> None:
        self.changed.emit()  # the pages read their lists again themselves
