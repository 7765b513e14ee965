"""A table model that pages rows in from the database as the view scrolls; the database sorts and filters.

The model knows nothing about employees or contracts: a row source (see `RowSource`) says which
columns there are, fetches a page and a count through the query layer, and turns a row into text.
Sessions come from a callable passed in, so a test can hand it any database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor

from gui.workers import CancelToken, JobHandle, run_job

log = logging.getLogger(__name__)

PAGE_SIZE = 256
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, ROW_ROLE) is the whole row object

SessionFactory = Callable[[], AbstractContextManager[Any]]
Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple):
    key: str  # also the sort key the query layer knows
    title: str
    sortable: bool = True
    hidden: bool = False  # an optional column: hidden until the clerk shows it (header context menu)


class RowSource(Protocol):
    """What a PagedTableModel needs. Optional too: tooltip(row, key), header_tooltip(key), background(row),
    foreground(row), decoration(row, key) and alignment(key); `BaseSource` gives defaults for them."""

    columns: Sequence[Column]
    default_sort: str

    def fetch(self, session: Any, search: str, filters: Any, sort: str, descending: bool, after: Any,
              limit: int) -> tuple[list[Any], Any]: ...

    def count(self, session: Any, search: str, filters: Any) -> int: ...

    def display(self, row: Any, key: str) -> str: ...


class BaseSource:
    """Defaults for the optional parts of a RowSource."""

    columns: Sequence[Column] = ()
    default_sort = ""

    def tooltip(self, row: Any, key: str) -> str | None:
        return None

    def header_tooltip(self, key: str) -> str | None:
        return None

    def background(self, row: Any) -> QColor | None:
        return None

    def foreground(self, row: Any) -> QColor | None:
        return None

    def decoration(self, row: Any, key: str) -> Any:
        """An icon beside the text, so that a tint is never the only sign."""
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        return None


class PagedTableModel(QAbstractTableModel):
    """Rows of one source, PAGE_SIZE at a time through canFetchMore/fetchMore, with database sorting.

    `reloaded` fires after the rows were thrown away and the first page loaded again (new search,
    filters, sort, or refresh()).

    With `background=True`, every reload after the first runs off the UI thread (first page and count
    in a worker): the old rows stay until the new ones arrive, `busy_changed` says when a load runs,
    a newer reload makes an older one's result stale (it is dropped), and `load_failed` carries the
    exception of a failed load. For sources whose sorts cost more than a keystroke should wait.
    """

    reloaded = Signal()
    busy_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(
        self,
        source: RowSource,
        session_factory: SessionFactory,
        *,
        page_size: int = PAGE_SIZE,
        filters: Any = None,
        background: bool = False,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.source = source
        self.page_size = page_size
        self._session_factory = session_factory
        self._keys = [column.key for column in source.columns]
        self._rows: list[Any] = []
        self._cursor: Any = None
        self._more = True
        self._total: int | None = None
        self._search = ""
        self._filters: Any = filters
        self._sort = source.default_sort
        self._descending = False
        self._background = background
        self._pool = pool
        self._generation = 0  # of the newest reload: older results are stale
        self._job: JobHandle | None = None
        self.busy = False
        self._reload_now()

    # ---- what the window asks ----

    @property
    def search(self) -> str:
        return self._search

    @property
    def filters(self) -> Any:
        return self._filters

    @property
    def sort_column(self) -> int:
        return self._keys.index(self._sort) if self._sort in self._keys else -1

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    @property
    def total(self) -> int:
        """How many rows match the search and filters (counted once per reload)."""
        if self._total is None:
            with self._session_factory() as session:
                self._total = self.source.count(session, self._search, self._filters)
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    @property
    def source_sort(self) -> str:
        """The key of the current sort."""
        return self._sort

    @property
    def source_keys(self) -> list[str]:
        return list(self._keys)

    def column_of(self, key: str) -> int:
        return self._keys.index(key)

    def row_at(self, index: Index | int) -> Any:
        position = index if isinstance(index, int) else index.row()
        return self._rows[position]

    def set_search(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._search:
            self._search = text
            self._reload()

    def set_filters(self, filters: Any) -> None:
        if filters != self._filters:
            self._filters = filters
            self._reload()

    def refresh(self) -> None:
        self._reload()

    def replace_rows(self, rows: Sequence[Any], key: Callable[[Any], Any] = lambda r: r.id) -> None:
        """Put fresh copies of loaded rows in place (matched by `key`), keeping the others and the
        scroll position: after an edit of one row, only that row is read again."""
        fresh = {key(r): r for r in rows}
        for position, old in enumerate(self._rows):
            new = fresh.get(key(old))
            if new is not None:
                self._rows[position] = new
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._keys) - 1))

    # ---- Qt model interface ----

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, key = self._rows[index.row()], self._keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.source.display(row, key)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._optional("tooltip", row, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._optional("background", row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._optional("foreground", row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._optional("alignment", key)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._optional("decoration", row, key)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._keys):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.source.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._optional("header_tooltip", self._keys[section]) or self.source.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Headings over numbers are centred: right-aligned, they would run under the sort arrow.
            cells = self._optional("alignment", self._keys[section])
            if cells is not None and cells & Qt.AlignmentFlag.AlignRight:
                return Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
            return cells
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._fetch_page()
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._keys) or not self.source.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._keys[column], descending) != (self._sort, self._descending):
            self._sort, self._descending = self._keys[column], descending
            self._reload()

    # ---- inside ----

    def _optional(self, name: str, *args: Any) -> Any:
        method = getattr(self.source, name, None)
        return method(*args) if method is not None else None

    def _fetch_page(self) -> list[Any]:
        # Until the page arrives there is nothing more to fetch: a failing query must not make the
        # view ask again on every layout pass.
        self._more = False
        try:
            with self._session_factory() as session:
                rows, cursor = self.source.fetch(session, self._search, self._filters, self._sort,
                                                 self._descending, self._cursor, self.page_size)
        except Exception:
            log.exception("Halaman data gagal dimuat")
            raise
        self._cursor = cursor
        self._more = cursor is not None
        return list(rows)

    def _reload(self) -> None:
        if self._background:
            self._reload_in_background()
        else:
            self._reload_now()

    def _reload_now(self) -> None:
        self._generation += 1
        self.beginResetModel()
        try:
            self._rows, self._cursor, self._total = [], None, None
            self._rows = self._fetch_page()
        finally:
            self.endResetModel()
        self.reloaded.emit()

    def _reload_in_background(self) -> None:
        self._generation += 1
        generation = self._generation
        search, filters, sort, descending = self._search, self._filters, self._sort, self._descending
        if self._job is not None:
            self._job.cancel()  # its result would be stale anyway; stop before it counts
        self._more = False  # the loaded rows are the old query's: no further pages of them
        self._set_busy(True)

        def job(token: CancelToken):
            with self._session_factory() as session:
                rows, cursor = self.source.fetch(session, search, filters, sort, descending, None, self.page_size)
                yield 1, 2
                total = self.source.count(session, search, filters)
            return generation, list(rows), cursor, total

        self._job = run_job(self, job, self._pool)
        self._job.on_success(self._on_job_succeeded).on_failure(
            lambda exc, _details, g=generation: self._on_job_failed(g, exc))

    def _on_job_succeeded(self, result: tuple[int, list[Any], Any, int]) -> None:
        generation, rows, cursor, total = result
        if generation != self._generation:
            return  # a newer search, filter or sort was asked for meanwhile
        self.beginResetModel()
        self._rows, self._cursor, self._more, self._total = rows, cursor, cursor is not None, total
        self.endResetModel()
        self._job = None
        self._set_busy(False)
        self.reloaded.emit()

    def _on_job_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._more = self._cursor is not None
        self._set_busy(False)
        self.load_failed.emit(exc)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)
