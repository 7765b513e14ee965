"""The column chooser: a checkable menu of a table's columns, shown by right-clicking its header."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget


def column_menu(table: QTableView, fixed_columns: Collection[int], parent: QWidget | None = None) -> QMenu:
    """A menu with one checkable action per column (checked: shown); the fixed ones cannot be hidden.

    Toggling an action shows or hides its column at once; the last visible column stays."""
    header = table.horizontalHeader()
    model = table.model()
    menu = QMenu(parent or table)
    menu.setObjectName("column_menu")
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        action = QAction(str(title), menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column not in fixed_columns)
        action.setData(column)
        action.toggled.connect(lambda shown, c=column: _show_column(table, c, shown))
        menu.addAction(action)
    return menu


def _show_column(table: QTableView, column: int, shown: bool) -> None:
    header = table.horizontalHeader()
    if not shown and header.count() - header.hiddenSectionCount() <= 1:
        return
    header.setSectionHidden(column, not shown)
    if shown and header.sectionSize(column) < 40:
        table.resizeColumnToContents(column)
