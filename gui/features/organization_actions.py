"""Sunting > Unit kerja dan jabatan: opens the dialog that lists and adds units and jabatan, and lets the
window's unit pickers know of a unit added there (forms read their choices each time they open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gui.widgets.unit_picker import UnitPicker, load_units

if TYPE_CHECKING:
    from gui.dialogs.organization import OrganizationDialog
    from gui.main_window import MainWindow


class OrganizationActions(QObject):
    """`action_organization` in the Sunting menu (for every role: a viewer looks, the dialog's add
    buttons are off); `dialog` is the one open (tests read it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("organization_actions")
        self.window = window
        self.dialog: OrganizationDialog | None = None
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
            self.dialog = OrganizationDialog(self.window.context, self.window)
            self.dialog.changed.connect(self.refresh_unit_choices)
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

    def _on_dialog_destroyed(self, _obj: QObject | None = None) -> None:
        self.dialog = None


def install(window: MainWindow) -> OrganizationActions:
    existing = window.findChild(OrganizationActions, "organization_actions")
    if existing is not None:
        return existing
    actions = OrganizationActions(window)
    window.organization_actions = actions
    return actions
