"""What every list tab shares: a search box that filters as the clerk types, a count, and a paged table."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gui.table_models.paged import PagedTableModel
from models.rules.formatting import format_number

SEARCH_DELAY_MS = 150  # long enough not to query on every key of a fast typist, short enough to feel live


class FullTextTooltipDelegate(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the column is too narrow for it."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if event.type() == QEvent.Type.ToolTip and text and not index.data(Qt.ItemDataRole.ToolTipRole):
            margins = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1)
            if option.fontMetrics.horizontalAdvance(text) + margins > view.visualRect(index).width():
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


class TableTab(QWidget):
    """A list tab. Subclasses name their widgets (`object_prefix`), give texts and column widths.

    Widgets a test or the window touches are public: `search`, `count_label`, `table`, `model`,
    `action_bar`. Actions that work on the selection are added with `add_action`; `row_activated` fires
    with the row object on double-click or Enter.
    """

    row_activated = Signal(object)

    object_prefix = "table"
    # A typical widest text per column: its width in the table's font sizes the column.
    column_samples: ClassVar[dict[str, str]] = {}
    # The column that takes the room left over (the last one when None); the clerk can resize the others.
    stretch_key: ClassVar[str | None] = None

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.object_prefix}_tab")
        self.model = model
        self.model.setParent(self)

        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self.object_prefix}_search")
        self.search.setPlaceholderText(self.placeholder_text())
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{self.object_prefix}_count")
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.object_prefix}_table")
        self.action_bar = QToolBar(self)
        self.action_bar.setObjectName(f"{self.object_prefix}_actions")
        self.action_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_table()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.action_bar)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.model.reloaded.connect(self._on_model_reloaded)
        self._on_model_reloaded()

    # ---- texts a subclass gives ----

    def placeholder_text(self) -> str:
        return self.tr("Cari…")

    def count_text(self, total: str) -> str:
        return self.tr("{total} baris").format(total=total)

    # ---- actions ----

    def refresh(self) -> None:
        self.model.refresh()

    def add_action(self, action: QAction, *, selection: bool = False) -> None:
        """Show `action` on the tab's bar and in the table's context menu; with `selection` it is enabled
        only while rows are selected."""
        self.action_bar.addAction(action)
        self.table.addAction(action)
        if selection:
            self._selection_actions.append(action)
            action.setEnabled(bool(self.selected_rows()))

    def selected_rows(self) -> list[Any]:
        """The row objects of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def current_row(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---- inside ----

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegate(FullTextTooltipDelegate(table))
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        cell, title = table.fontMetrics(), header.fontMetrics()
        for key, sample in self.column_samples.items():
            column = self.model.column_of(key)
            heading = self.model.headerData(column, Qt.Orientation.Horizontal)
            # Room for the text, the cell margins, and the sort arrow beside the heading.
            width = max(cell.horizontalAdvance(sample) + 16, title.horizontalAdvance(heading) + 32)
            header.resizeSection(column, width)
        if self.stretch_key is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(self.model.column_of(self.stretch_key), QHeaderView.ResizeMode.Stretch)
        # Show the model's sort before enabling sorting, which would otherwise re-sort by column 0.
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._selection_actions: list[QAction] = []
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        table.activated.connect(self._on_table_activated)  # double-click or Enter

    def _on_selection_changed(self, *_args: Any) -> None:
        enabled = bool(self.table.selectionModel().selectedRows())
        for action in self._selection_actions:
            action.setEnabled(enabled)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_activated.emit(self.model.row_at(index.row()))

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: the search runs once typing pauses

    def _on_search_timer_timeout(self) -> None:
        self.model.set_search(self.search.text())

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column != self.model.sort_column:  # a column the database cannot sort by: put the arrow back
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _on_model_reloaded(self) -> None:
        self.count_label.setText(self.count_text(format_number(self.model.total)))
        self.table.scrollToTop()
