"""Sunting > Unit kerja dan jabatan: the office's units and jabatan, with forms that add them.

An office started empty needs these before its first employee can be placed. Adding cannot be undone
with Ctrl+Z: there is no service that removes a unit or a jabatan (one in use must never be removed), so
none is faked here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.dialogs.organization.positions_page import PositionsPage
from gui.dialogs.organization.units_page import UnitsPage
from models.services.permissions import Permission, allows


class OrganizationDialog(QDialog):
    """`units_page` and `positions_page` on `tabs`; `changed` fires after a unit or a jabatan is added,
    so the window can offer it in its filters and forms."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organization_dialog")
        self.setWindowTitle(self.tr("Unit kerja dan jabatan"))
        can_edit = allows(context.actor, Permission.EDIT_RECORDS)
        intro = QLabel(self.tr("Pegawai ditempatkan pada unit kerja dan memangku jabatan yang tercatat di sini. "
                               "Impor daftar pegawai juga menambahkannya dengan sendirinya."), self)
        intro.setObjectName("organization_intro")
        intro.setWordWrap(True)
        self.units_page = UnitsPage(context.db, context.actor, can_edit=can_edit, parent=self)
        self.positions_page = PositionsPage(context.db, context.actor, can_edit=can_edit, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("organization_tabs")
        self.tabs.addTab(self.units_page, self.tr("&Unit kerja"))
        self.tabs.addTab(self.positions_page, self.tr("&Jabatan"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        close.setAutoDefault(False)  # Enter belongs to the add forms; Esc closes
        self.buttons.rejected.connect(self.reject)
        # Both forms as wide as the wider one: switching tabs does not move the list's edge.
        width = max(page.form_group.sizeHint().width() for page in (self.units_page, self.positions_page))
        for page in (self.units_page, self.positions_page):
            page.form_group.setMinimumWidth(width)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.units_page.unit_added.connect(self._on_page_added)
        self.positions_page.position_added.connect(self._on_page_added)
        self.resize(1120, 620)  # fits a 1366 x 768 laptop with the taskbar

    def _on_page_added(self, _id: int) -> None:
        self.changed.emit()
