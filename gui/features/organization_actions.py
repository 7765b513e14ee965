"""Sunting > Unit kerja dan jabatan: opens the dialog that lists, adds, changes and deletes units and jabatan,
and after each step (or its undo from the Edit menu, also with the dialog closed) lets the window's tabs
and unit pickers show it (forms read their choices each time they open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gui.dialogs.organization.commands import OrganizationCommands
from gui.errors import show_error
from gui.widgets.unit_picker import UnitPicker, load_units

if TYPE_CHECKING:
    from gui.dialogs.organization import OrganizationDialog
    from gui.main_window import MainWindow


class OrganizationActions(QObject):
    """`action_organization` in the Sunting menu (for every role: a viewer looks, the dialog's buttons
    are off); `dialog` is the one open (tests read it); `commands` push the dialog's steps on the undo
    stack and live as long as the window, so an undo after the dialog closed still refreshes the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("organization_actions")
        self.window = window
        self.dialog: OrganizationDialog | None = None
        self.commands = OrganizationCommands(window.context, self)
        self.commands.changed.connect(self._on_commands_changed)
        self.commands.failed.connect(self._on_commands_failed)
        self.action_organization = QAction(self.tr("Unit &kerja dan jabatan…"), window)
        self.action_organization.setObjectName("action_organization")
        self.action_organization.setToolTip(self.tr("Lihat dan tambah unit kerja (OPD, sekolah, puskesmas, "
                                                    "kelurahan) dan jabatan"))
        self.action_organization.triggered.connect(self.open_dialog)
        window.menu_edit.addSeparator()
        window.menu_edit.addAction(self.action_organization)

    def open_dialog(self) -> OrganizationDialog:
        """Show the dialog (not modal: the clerk may keep it beside the window), one at a time."""
        from gui.dialogs.organization import OrganizationDialog

        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = OrganizationDialog(self.window.context, self.window, commands=self.commands)
            self.dialog.finished.connect(self.dialog.deleteLater)
            self.dialog.destroyed.connect(self._on_dialog_destroyed)
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def refresh_unit_choices(self) -> int:
        """Give the unit pickers that already read their units (the tabs' filters) the list again; those
        not used yet read it when first used. Returns how many were refreshed."""
        pickers = [p for p in self.window.findChildren(UnitPicker) if p.loaded]
        if not pickers:
            return 0
        units = load_units(self.window.context.session_factory)
        for picker in pickers:
            picker.set_choices(units)
        return len(pickers)

    def _on_commands_changed(self) -> None:
        """A unit or jabatan was added, changed or deleted: the tabs show unit and jabatan names."""
        self.refresh_unit_choices()
        self.window.refresh()

    def _on_commands_failed(self, exc: Exception) -> None:
        """An undo or redo was refused (e.g. the unit got employees meanwhile): say why where the clerk is."""
        dialog = self.dialog
        show_error(dialog if dialog is not None and dialog.isVisible() else self.window, exc)

    def _on_dialog_destroyed(self, _obj: QObject | None = None) -> None:
        self.dialog = None

