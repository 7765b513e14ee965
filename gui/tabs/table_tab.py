"""What every list tab shares: a search box that filters as the clerk types, a count, a paged table, and
what the table says when it has no rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gui.errors import show_error
from gui.icons import icon
from gui.style import icon_size_for
from gui.table_models.paged import PagedTableModel
from gui.tabs.column_fit import ColumnFitter
from gui.widgets.column_chooser import column_menu
from gui.widgets.empty_state import EmptyState
from models.rules.formatting import format_number

SEARCH_DELAY_MS = 150  # long enough not to query on every key of a fast typist, short enough to feel live
SHORT_SAMPLE = 12  # characters: a column sample this short is a number, a date or a code


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
    `action_bar`, `filter_bar` (None until a subclass sets one). Actions that work on the selection are
    added with `add_action`; `row_activated` fires with the row object on double-click or Enter;
    `total_changed` with the number of rows the search and filters select. Right-clicking the header
    offers the columns to show; `header_state()` / `restore_header_state()` keep that choice, the
    widths and the order. On a narrow window `column_fitter` narrows the long text columns so the
    stretching one stays readable, until the clerk sets a width. With no rows, `empty_state` covers the
    table: what to do next (`empty_message`, `empty_buttons`) or, when the search or filters select
    nothing, a button that clears them.
    """

    row_activated = Signal(object)
    total_changed = Signal(int)

    object_prefix = "table"
    # A typical widest text per column: its width in the table's font sizes the column.
    column_samples: ClassVar[dict[str, str]] = {}
    # The column that takes the room left over (the last one when None); the clerk can resize the others.
    stretch_key: ClassVar[str | None] = None
    # The column that says which row is which: it cannot be hidden.
    fixed_key: ClassVar[str] = "name"
    # On a narrow window the stretching column keeps room for this much text; the other columns with a
    # long sample give up part of their width for it, except these (a NIP cut short is no NIP).
    stretch_sample: ClassVar[str] = "SD Negeri 10 Jekan Raya"
    full_width_keys: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.object_prefix}_tab")
        self.model = model
        self.model.setParent(self)

        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self.object_prefix}_search")
        self.search.setPlaceholderText(self.placeholder_text())
        self.search.setClearButtonEnabled(True)
        # On a narrow window the action bar gives way (its last actions move into its » menu), not the
        # search box: it keeps room for its hint and a few words.
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.placeholder_text()) + 40)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{self.object_prefix}_count")
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.object_prefix}_table")
        self.action_bar = QToolBar(self)
        self.action_bar.setObjectName(f"{self.object_prefix}_actions")
        # Icon and text: the icons help find an action again, the words say what it does.
        self.action_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        side = icon_size_for(self.action_bar)
        self.action_bar.setIconSize(QSize(side, side))
        # Shown while a model that loads in the background is busy; typing goes on meanwhile.
        self.busy_indicator = QProgressBar(self)
        self.busy_indicator.setObjectName(f"{self.object_prefix}_busy")
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setMaximumSize(80, self.search.sizeHint().height() // 2)
        self.busy_indicator.setToolTip(self.tr("Memuat…"))
        self.busy_indicator.hide()
        self._build_table()
        self.empty_state = EmptyState(self.table.viewport(), f"{self.object_prefix}_empty")
        self._empty_buttons: list[tuple[str, QAction]] = []

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.action_bar)
        top.addSpacing(12)
        top.addWidget(self.busy_indicator)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._layout = layout
        self.filter_bar: QWidget | None = None
        self.column_menu: QMenu | None = None  # the last one shown, for tests

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.model.reloaded.connect(self._on_model_reloaded)
        self.model.busy_changed.connect(self._on_model_busy_changed)
        self.model.load_failed.connect(self._on_model_load_failed)
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

    def header_state(self) -> QByteArray:
        """Shown columns, widths and order of the table's header, for QSettings."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | bytes | None) -> bool:
        """Put back a state from header_state(); a missing or foreign state leaves the header as it is."""
        if not state:
            return False
        header = self.table.horizontalHeader()
        if not header.restoreState(QByteArray(state)):
            return False
        fixed = self.model.column_of(self.fixed_key) if self.fixed_key in self.model.source_keys else -1
        if fixed >= 0:
            header.setSectionHidden(fixed, False)
        if self.column_fitter is not None:
            self.column_fitter.stop()  # the widths are the clerk's now
        return True

    def show_column_menu(self, pos: QPoint | None = None) -> QMenu:
        """The column chooser at `pos` of the header (its top left when None)."""
        header = self.table.horizontalHeader()
        fixed = {self.model.column_of(self.fixed_key)} if self.fixed_key in self.model.source_keys else set()
        self.column_menu = column_menu(self.table, fixed, self)
        self.column_menu.popup(header.mapToGlobal(pos or QPoint(0, header.height())))
        return self.column_menu

    def set_filter_bar(self, bar: QWidget) -> None:
        """Put a filter row under the search box."""
        self.filter_bar = bar
        self._layout.insertWidget(1, bar)

    def add_below_table(self, widget: QWidget) -> None:
        """A line under the table, e.g. a legend of its colours."""
        self._layout.addWidget(widget)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---- no rows ----

    def empty_message(self) -> tuple[str, str]:
        """The title and the next step shown when the list has nothing at all; a subclass says more."""
        return self.tr("Belum ada data."), ""

    def empty_buttons(self) -> list[tuple[str, str]]:
        """(action objectName, button text) for the buttons under empty_message, in order."""
        return []

    def connect_empty_state(self, find_action: Callable[[str], QAction | None]) -> None:
        """Look up the actions behind empty_buttons() (the window's, once its features are installed)."""
        self._empty_buttons = [(text, action) for name, text in self.empty_buttons()
                               if (action := find_action(name)) is not None]
        self._update_empty_state()

    def is_filtered(self) -> bool:
        """Whether a search or a filter other than the default narrows the list."""
        bar = self.filter_bar
        is_default = getattr(bar, "is_default", None)
        return bool(self.search.text().strip()) or (is_default is not None and not is_default())

    def clear_search_and_filters(self) -> None:
        """Empty the search box and put every filter back to its default: all rows come back."""
        self._search_timer.stop()
        self.search.blockSignals(True)  # no delayed search: the model is told at once below
        self.search.clear()
        self.search.blockSignals(False)
        reset = getattr(self.filter_bar, "reset", None)
        if reset is not None:
            reset()
        self.model.set_search("")

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
        natural: dict[int, int] = {}
        floor: dict[int, int] = {}
        for key, sample in self.column_samples.items():
            column = self.model.column_of(key)
            heading = self.model.headerData(column, Qt.Orientation.Horizontal)
            # Room for the text, the cell margins, and the sort arrow beside the heading.
            width = max(cell.horizontalAdvance(sample) + 16, title.horizontalAdvance(heading) + 32)
            header.resizeSection(column, width)
            natural[column] = width
            # Numbers, dates and codes stay whole when narrowed; names and titles show their first 60 %.
            whole = key in self.full_width_keys or len(sample) <= SHORT_SAMPLE
            text = cell.horizontalAdvance(sample) if whole else round(cell.horizontalAdvance(sample) * 0.6)
            floor[column] = max(text + 16, title.horizontalAdvance(heading) + 16)
        self.column_fitter: ColumnFitter | None = None
        if self.stretch_key is None:
            header.setStretchLastSection(True)
        else:
            stretch = self.model.column_of(self.stretch_key)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            self.column_fitter = ColumnFitter(table, natural, floor, stretch,
                                              cell.horizontalAdvance(self.stretch_sample) + 16)
        for column, spec in enumerate(self.model.source.columns):
            header.setSectionHidden(column, spec.hidden)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
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

    def _on_model_busy_changed(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)

    def _on_model_load_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        self.show_column_menu(pos)

    def _on_model_reloaded(self) -> None:
        total = self.model.total
        self.count_label.setText(self.count_text(format_number(total)))
        self.table.scrollToTop()
        self._update_empty_state()
        self.total_changed.emit(total)

    def _update_empty_state(self) -> None:
        if self.model.total:
            self.empty_state.hide()
        elif self.is_filtered():
            self.empty_state.show_message(
                "no_match", self.tr("Tidak ada yang cocok dengan pencarian atau filter."),
                self.tr("Ubah kata pencarian atau pilihan filter, atau hapus semuanya untuk melihat semua baris."),
                [(self.tr("Hapus pencarian dan filter"), icon("filter-clear"), self.clear_search_and_filters, None)])
        else:
            title, text = self.empty_message()
            self.empty_state.show_message("empty", title, text, [
                (label, action.icon(), action.trigger, action) for label, action in self._empty_buttons])
