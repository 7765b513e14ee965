"""PagedTableModel without a window: pages on demand, resets on sort, search and filters, the roles it serves."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.table_models.contracts import ContractSource
from gui.table_models.employees import EmployeeSource
from gui.table_models.formations import FormationSource
from gui.table_models.paged import ROW_ROLE, BaseSource, Column, PagedTableModel
from models.services.queries import CONTRACT_SORTS, EMPLOYEE_SORTS, FORMATION_SORTS


class ListSource(BaseSource):
    """Rows from a list; the cursor is simply the position of the next row."""

    default_sort = "name"

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.fetches: list[tuple[str, Any, str, bool, Any, int]] = []
        self.columns = (Column("name", "Nama"), Column("n", "Angka"), Column("note", "Catatan", sortable=False))

    def _matching(self, search: str, filters: Any) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["name"].lower().startswith(search.lower()) and (filters is None or
                                                                                           r["n"] % 2 == filters)]

    def fetch(self, session, search, filters, sort, descending, after, limit):
        self.fetches.append((search, filters, sort, descending, after, limit))
        rows = sorted(self._matching(search, filters), key=lambda r: (r[sort], r["id"]), reverse=descending)
        start = after or 0
        page = rows[start:start + limit]
        return page, (start + limit if start + limit < len(rows) else None)

    def count(self, session, search, filters) -> int:
        return len(self._matching(search, filters))

    def display(self, row, key) -> str:
        return str(row[key])

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if key == "n" else None


ROWS = [{"id": i, "name": f"Pegawai {i % 7}", "n": i, "note": "-"} for i in range(23)]


def make_model(qtbot, page_size: int = 5) -> tuple[PagedTableModel, ListSource]:
    source = ListSource(ROWS)
    model = PagedTableModel(source, lambda: nullcontext(None), page_size=page_size)
    return model, source


def load_all(model: PagedTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_first_page_loads_at_once_and_the_rest_on_demand(qtbot) -> None:
    model, source = make_model(qtbot)
    assert model.rowCount() == 5 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    load_all(model)
    assert model.rowCount() == 23 and not model.canFetchMore(QModelIndex())
    assert [f[4] for f in source.fetches] == [None, 5, 10, 15, 20]
    assert len({model.row_at(i)["id"] for i in range(23)}) == 23


def test_sort_resets_and_lets_the_source_sort(qtbot) -> None:
    model, source = make_model(qtbot)
    with qtbot.waitSignal(model.reloaded):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "22"
    assert (model.sort_column, model.sort_order) == (1, Qt.SortOrder.DescendingOrder)
    fetches = len(source.fetches)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # unchanged: no new query
    model.sort(2, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert len(source.fetches) == fetches and model.sort_column == 1


def test_search_and_filters_reset_and_count(qtbot) -> None:
    model, source = make_model(qtbot)
    assert model.total == 23
    with qtbot.waitSignal(model.reloaded):
        model.set_search("  pegawai   3 ")
    assert model.search == "pegawai 3" and model.total == 3 and model.rowCount() == 3
    model.set_filters(1)
    assert model.total == 2 and {model.row_at(i)["n"] % 2 for i in range(model.rowCount())} == {1}
    fetches = len(source.fetches)
    model.set_search("pegawai 3")
    assert len(source.fetches) == fetches
    model.refresh()
    assert len(source.fetches) == fetches + 1


def test_roles_and_headers(qtbot) -> None:
    model, _ = make_model(qtbot)
    index = model.index(0, 1)
    assert index.data(ROW_ROLE) == model.row_at(index)
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignRight
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nama"
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Catatan"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter  # clear of the sort arrow
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == centred
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(99, 0).data() is None


def test_page_size_must_be_positive(qtbot) -> None:
    with pytest.raises(ValueError):
        PagedTableModel(ListSource(ROWS), lambda: nullcontext(None), page_size=0)


@pytest.mark.parametrize(("source", "sorts"), [
    (EmployeeSource, EMPLOYEE_SORTS), (FormationSource, FORMATION_SORTS), (ContractSource, CONTRACT_SORTS),
])
def test_every_sortable_column_is_a_sort_the_queries_know(qtbot, source, sorts) -> None:
    columns = source().columns
    assert {c.key for c in columns if c.sortable} <= sorts
    assert source.default_sort in sorts
    assert all(c.title for c in columns)


class FailingSource(ListSource):
    def fetch(self, session, search, filters, sort, descending, after, limit):
        if search == "rusak":
            raise RuntimeError("disk I/O error")
        return super().fetch(session, search, filters, sort, descending, after, limit)


def test_background_reloads_keep_old_rows_drop_stale_results_and_report_failures(qtbot) -> None:
    source = FailingSource(ROWS)
    model = PagedTableModel(source, lambda: nullcontext(None), page_size=5, background=True)
    assert model.rowCount() == 5 and not model.busy  # the first page loads at once
    reloads: list[int] = []
    model.reloaded.connect(lambda: reloads.append(model.total))
    model.set_search("pegawai 1")
    model.set_search("pegawai 3")  # asked before the first answer came: that one is stale
    assert model.busy and model.rowCount() == 5 and not model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.busy)
    assert reloads == [3] and model.rowCount() == 3
    assert {model.row_at(i)["name"] for i in range(3)} == {"Pegawai 3"}
    with qtbot.waitSignal(model.load_failed) as failed:
        model.set_search("rusak")
    assert isinstance(failed.args[0], RuntimeError) and not model.busy
    assert model.rowCount() == 3 and reloads == [3]  # the rows shown stay
