"""A narrow main window (a 1366x768 laptop at 125 % scaling leaves 1093 px): every tab fits in 1000 px,
the filters wrap onto a second row instead of being cut off, the legends wrap, the action bar folds its
last actions into its » menu, and nothing is out of reach. On a 1366 px window the filters stay one row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from gui.app import create_main_window
from gui.main_window import MainWindow
from gui.tabs.table_tab import TableTab
from models.storage.database import Database
from tests.staff import TODAY, build_office

NARROW = 1000  # 1093 px less a window frame, with room to spare
LAPTOP = 1060  # the window's first size there: 97 % of the screen (MainWindow._default_size)


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    build_office(db, 12)
    win = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    return win


def show_tab(window: MainWindow, tab: TableTab, width: int) -> None:
    window.resize(width, 700)
    window.tabs.setCurrentWidget(tab)
    for _ in range(3):
        QApplication.processEvents()


def rect_in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def assert_fully_shown(window: MainWindow, widget: QWidget) -> None:
    name = widget.objectName() or type(widget).__name__
    assert widget.isVisible(), name
    assert widget.width() >= widget.minimumSizeHint().width(), name  # not squeezed
    assert window.rect().contains(rect_in_window(window, widget)), (name, rect_in_window(window, widget))


def filter_rows(tab: TableTab) -> list[list[str]]:
    """The filters' names row by row: a new row where a centre line lies lower than the last by more than
    a few pixels (a check box and a combo box on one row have different tops but share a centre)."""
    assert tab.filter_bar is not None
    centres = sorted((w.mapTo(w.window(), w.rect().center()).y(), name) for name, w in tab.filter_bar.widgets.items())
    rows: list[list[str]] = []
    last = None
    for y, name in centres:
        if last is None or y - last > 4:
            rows.append([])
        rows[-1].append(name)
        last = y
    return rows


def test_no_tab_needs_more_than_1000_px(window) -> None:
    for tab in window.table_tabs.values():
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        assert tab.minimumSizeHint().width() <= NARROW, tab.objectName()
        assert tab.filter_bar.minimumSizeHint().width() <= NARROW, tab.objectName()
        assert window.minimumSizeHint().width() <= NARROW


def test_at_1000_px_every_filter_is_shown_inside_the_window_and_they_wrap(window) -> None:
    for tab in window.table_tabs.values():
        show_tab(window, tab, NARROW)
        assert window.width() == NARROW
        bar = tab.filter_bar
        for widget in (*bar.widgets.values(), bar.reset_button, tab.search, tab.count_label):
            assert_fully_shown(window, widget)
        # No filter covers another, and the table starts below the last row of filters.
        rects = [rect_in_window(window, w) for w in bar.widgets.values()]
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
        assert rect_in_window(window, tab.table).top() >= max(r.bottom() for r in rects)
        assert not any(r.intersects(rect_in_window(window, bar.reset_button)) for r in rects)
    # Five filters with captions do not fit one row of 1000 px: they take two.
    for tab in (window.employees_tab, window.formations_tab):
        show_tab(window, tab, NARROW)
        assert len(filter_rows(tab)) == 2, tab.objectName()


def test_at_1366_px_the_filters_stay_on_one_row(window) -> None:
    for tab in window.table_tabs.values():
        show_tab(window, tab, 1366)
        assert len(filter_rows(tab)) == 1, tab.objectName()
        bar = tab.filter_bar
        tallest = max(w.height() for w in bar.widgets.values())
        assert bar.height() <= tallest + 2
        # "Hapus filter" stays at the right end of the row.
        reset = rect_in_window(window, bar.reset_button)
        assert reset.right() >= rect_in_window(window, tab.table).right() - 2


def test_the_window_at_its_own_minimum_width_hides_nothing(window) -> None:
    width = window.minimumSizeHint().width()
    for tab in window.table_tabs.values():
        show_tab(window, tab, width)
        assert window.width() == width
        for widget in (*tab.filter_bar.widgets.values(), tab.filter_bar.reset_button, tab.search):
            assert_fully_shown(window, widget)
        legend = getattr(tab, "legend", None)
        for label in legend.labels if legend is not None else ():
            assert_fully_shown(window, label)


def test_legends_are_one_line_when_wide_and_wrap_when_narrow(window) -> None:
    tab = window.contracts_tab
    legend = tab.legend
    show_tab(window, tab, 1366)
    line = legend.fontMetrics().height()
    assert legend.height() < 2 * line
    assert len({rect_in_window(window, label).top() for label in legend.labels}) == 1

    show_tab(window, tab, NARROW)
    assert len({rect_in_window(window, label).top() for label in legend.labels}) >= 2
    for label in legend.labels:
        assert_fully_shown(window, label)

    # Narrower than its longest explanation: that one breaks its words onto a second line.
    longest = max(legend.labels, key=lambda label: label.sizeHint().width())
    show_tab(window, tab, longest.sizeHint().width() - 100)
    assert longest.height() >= 2 * line
    assert window.rect().contains(rect_in_window(window, longest))
    assert longest.text().startswith("⚠ Berakhir dalam 6 bulan")


def test_at_1000_px_the_action_bar_keeps_every_action_within_reach(window) -> None:
    for tab in (window.employees_tab, window.contracts_tab):
        show_tab(window, tab, NARROW)
        bar = tab.action_bar
        assert window.rect().contains(rect_in_window(window, bar))
        # The search box keeps room for its hint; the bar gives way.
        assert tab.search.width() >= tab.search.minimumWidth() > tab.search.fontMetrics().horizontalAdvance(
            tab.search.placeholderText())
        folded = [a for a in bar.actions() if not a.isSeparator() and not bar.widgetForAction(a).isVisible()]
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if folded:
            assert extension is not None and extension.isVisible(), [a.text() for a in folded]
            assert window.rect().contains(rect_in_window(window, extension))
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if not action.isSeparator() and button.isVisible():
                assert window.rect().contains(rect_in_window(window, button)), action.text()
    # Back at 1366 every action has its own button again.
    show_tab(window, window.employees_tab, 1366)
    bar = window.employees_tab.action_bar
    assert all(bar.widgetForAction(a).isVisible() for a in bar.actions() if not a.isSeparator())


# ---- the columns on a narrow window ----

def unit_room(tab: TableTab) -> int:
    """How wide the Unit kerja column is, and how much the table needs to show a typical unit name."""
    return tab.table.horizontalHeader().sectionSize(tab.model.column_of("unit"))


def typical_unit(tab: TableTab) -> int:
    return tab.table.fontMetrics().horizontalAdvance("SD Negeri 10 Jekan Raya")


def test_on_the_laptop_the_unit_column_keeps_room_and_the_nip_stays_whole(window) -> None:
    for tab in window.table_tabs.values():
        show_tab(window, tab, LAPTOP)
        assert unit_room(tab) >= typical_unit(tab), tab.objectName()
        for width in (LAPTOP, NARROW):
            show_tab(window, tab, width)
            header = tab.table.horizontalHeader()
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            # Every column is on screen: the others gave up width instead of running off to the right.
            assert sum(header.sectionSize(c) for c in shown) <= tab.table.viewport().width(), tab.objectName()
            assert tab.table.horizontalScrollBar().maximum() == 0
    tab = window.employees_tab
    show_tab(window, tab, NARROW)
    nip = tab.model.index(0, tab.model.column_of("nip")).data()
    assert tab.table.horizontalHeader().sectionSize(tab.model.column_of("nip")) > (
        tab.table.fontMetrics().horizontalAdvance(nip))


def test_wide_again_the_columns_get_back_their_room(window) -> None:
    tab = window.employees_tab
    show_tab(window, tab, 1366)
    wide = [tab.table.horizontalHeader().sectionSize(c) for c in range(tab.model.columnCount())]
    show_tab(window, tab, NARROW)
    name = tab.model.column_of("name")
    assert tab.table.horizontalHeader().sectionSize(name) < wide[name]
    show_tab(window, tab, 1366)
    assert [tab.table.horizontalHeader().sectionSize(c) for c in range(tab.model.columnCount())] == wide


def test_a_shown_column_takes_room_from_the_others_not_from_unit_kerja(window) -> None:
    tab = window.employees_tab
    show_tab(window, tab, 1366)
    header = tab.table.horizontalHeader()
    for key in ("nik", "birth_date", "tmt"):
        header.setSectionHidden(tab.model.column_of(key), False)
    for _ in range(3):
        QApplication.processEvents()
    assert unit_room(tab) >= typical_unit(tab)


def test_a_width_set_by_hand_is_kept(window) -> None:
    tab = window.employees_tab
    show_tab(window, tab, NARROW)
    header = tab.table.horizontalHeader()
    name = tab.model.column_of("name")
    header.resizeSection(name, 333)  # as a drag of the column's edge does
    show_tab(window, tab, 1366)
    show_tab(window, tab, NARROW)
    assert header.sectionSize(name) == 333
