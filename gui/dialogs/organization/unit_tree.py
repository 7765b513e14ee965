"""The units as a tree: OPD at the top, schools, puskesmas and kelurahan beneath, with a name search that
keeps the units above a match in view."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from models.rules.formatting import format_number
from models.services.queries.organization import UnitRow

ID_ROLE = Qt.ItemDataRole.UserRole
EXPAND_ALL_UP_TO = 300  # units; a larger tree opens with its OPD closed


class UnitTree(QTreeWidget):
    """Columns NAME ... EMPLOYEES; each item holds its unit's id (`unit_id(item)`)."""

    NAME, KIND, KECAMATAN, EMPLOYEES = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_tree")
        self.setHeaderLabels([self.tr("Unit kerja"), self.tr("Jenis"), self.tr("Kecamatan"), self.tr("Pegawai aktif")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (self.KIND, self.KECAMATAN, self.EMPLOYEES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, rows: list[UnitRow]) -> None:
        """Show `rows` (in tree order: each parent before its children)."""
        self.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for row in rows:
            parent = items.get(row.parent_id) if row.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self)
            item.setText(self.NAME, row.name)
            item.setToolTip(self.NAME, row.name)  # a long name is cut off in the column
            item.setText(self.KIND, row.kind.label)
            item.setText(self.KECAMATAN, row.kecamatan_name or "")
            item.setText(self.EMPLOYEES, format_number(row.employees_beneath))
            item.setTextAlignment(self.EMPLOYEES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(self.NAME, ID_ROLE, row.id)
            items[row.id] = item
        if len(rows) <= EXPAND_ALL_UP_TO:
            self.expandAll()

    def unit_id(self, item: QTreeWidgetItem) -> int | None:
        return item.data(self.NAME, ID_ROLE)

    def items(self) -> Iterator[QTreeWidgetItem]:
        """Every item of the tree, parents before their children."""
        iterator = QTreeWidgetItemIterator(self)
        while iterator.value() is not None:
            yield iterator.value()
            iterator += 1

    def select(self, unit_id: int) -> QTreeWidgetItem | None:
        """Make the unit the current one, scrolled into view."""
        for item in self.items():
            if self.unit_id(item) == unit_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return item
        return None

    def filter(self, text: str) -> None:
        """Show the units whose name holds `text`, with the units above them (to see where they are)."""
        needle = text.strip().casefold()
        for item in self.items():
            item.setHidden(bool(needle))
        if not needle:
            return
        for item in self.items():
            if needle in item.text(self.NAME).casefold():
                while item is not None and item.isHidden():
                    item.setHidden(False)
                    if item.parent() is not None:
                        item.parent().setExpanded(True)
                    item = item.parent()
