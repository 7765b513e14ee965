"""The main window on a real database: tabs, search as you type, header sorting, paging, counts, contracts."""

from __future__ import annotations

import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from gui.app import create_main_window
from gui.dialogs.about import about_text
from gui.launch import run_window
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.table_models.contracts import ENDING_SOON_COLOR, EXPIRED_COLOR
from models.storage.database import Database, open_database
from models.version import __version__
from tests.staff import TODAY, build_office

STAFF = 40
GUI_DIR = Path(__file__).resolve().parents[2] / "gui"


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(tmp_path_factory.mktemp("window") / "simpeg.sqlite")
    build_office(database, STAFF)
    yield database
    database.close()


@pytest.fixture
def window(qtbot, office_db: Database) -> MainWindow:
    win = create_main_window(office_db, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def column_texts(table, key: str) -> list[str]:
    model = table.model()
    column = model.column_of(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_header(qtbot, table, key: str) -> None:
    header = table.horizontalHeader()
    section = table.model().column_of(key)
    table.scrollTo(table.model().index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_window_shows_three_tabs_with_their_titles(window) -> None:
    assert window.windowTitle() == "SIMPEG Luring — simpeg.sqlite"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Pegawai", "Formasi", "Perjanjian Kerja"]
    for name in ("employees", "formations", "contracts"):
        assert window.findChild(type(window.employees_tab.table), f"{name}_table") is not None


def test_employee_table_shows_every_employee_sorted_by_name(window) -> None:
    table = window.employees_tab.table
    assert table.model().rowCount() == STAFF
    names = column_texts(table, "name")
    assert names[0] == "Agus Salim" and names == sorted(names, key=str.lower)
    assert window.employees_tab.count_label.text() == "40 pegawai"
    assert table.alternatingRowColors()
    assert column_texts(table, "nip")[0] == "19840311 202506 1 003"  # grouped as clerks read it


def test_typing_a_name_filters_once_typing_pauses(qtbot, window) -> None:
    tab = window.employees_tab
    assert tab.search.placeholderText() == "Cari nama, NIP atau NIK…"
    qtbot.keyClicks(tab.search, "bUdi")
    assert tab.model.rowCount() == STAFF  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
    assert set(column_texts(tab.table, "name")) == {"Budi Santoso, S.Pd."}
    assert tab.count_label.text() == "4 pegawai"
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == STAFF)


def test_typing_digits_finds_by_nip(qtbot, window) -> None:
    tab = window.employees_tab
    qtbot.keyClicks(tab.search, "19840311 2025")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert column_texts(tab.table, "name") == ["Agus Salim"]


def test_clicking_headers_sorts_in_the_database(qtbot, window) -> None:
    table = window.employees_tab.table
    before = column_texts(table, "nip")[0]
    click_header(qtbot, table, "nip")
    nips = column_texts(table, "nip")
    assert nips[0] != before and nips == sorted(nips)
    click_header(qtbot, table, "nip")
    assert column_texts(table, "nip") == sorted(nips, reverse=True)
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(qtbot, table, "golongan")
    grades = [g for g in column_texts(table, "golongan") if g]
    assert list(dict.fromkeys(grades)) == ["III/a", "III/b", "V", "VII", "IX"]  # grade order, not alphabetical


def test_status_bar_counts_active_employees_per_status(window) -> None:
    assert window.status_counts.text() == "Pegawai aktif: 40 (PNS 16 · CPNS 8 · PPPK 8 · PPPK Paruh Waktu 8)"


def test_scrolling_to_the_end_fetches_the_next_pages(qtbot, office_db) -> None:
    win = create_main_window(office_db, page_size=10, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    table = win.employees_tab.table
    assert table.model().rowCount() == 10
    bar = table.verticalScrollBar()

    def scrolled_to_end() -> bool:
        bar.setValue(bar.maximum())
        return table.model().rowCount() == STAFF

    qtbot.waitUntil(scrolled_to_end)
    names = column_texts(table, "name")
    assert len(set(zip(names, column_texts(table, "nip"), strict=True))) == STAFF
    assert win.employees_tab.count_label.text() == "40 pegawai"


def test_contract_tab_shows_days_left_and_tints_ending_contracts(window) -> None:
    tab = window.contracts_tab
    window.tabs.setCurrentWidget(tab)
    model = tab.model
    assert model.rowCount() == 16 and tab.count_label.text() == "16 perjanjian kerja"
    days = column_texts(tab.table, "days_left")
    assert days[0] == "-178" and "5" in days and "36" in days and days[-1] == "826"
    column = model.column_of("days_left")
    background = {days[row]: model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
                  for row in range(model.rowCount())}
    assert background["-178"] == EXPIRED_COLOR
    assert background["5"] == ENDING_SOON_COLOR and background["36"] == ENDING_SOON_COLOR
    assert background["826"] is None
    tooltip = model.index(days.index("5"), column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Berakhir dalam 5 hari")


def test_formation_tab_shows_staff_in_post(window) -> None:
    tab = window.formations_tab
    assert column_texts(tab.table, "opd") == ["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pendidikan"]
    assert column_texts(tab.table, "in_post") == ["10", "10", "10"]
    assert column_texts(tab.table, "vacancies") == ["0", "20", "0"]


def test_menus_offer_quit_and_about(window) -> None:
    assert window.action_quit.shortcut().toString() == "Ctrl+Q"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Berkas", "&Sunting", "&Perjanjian Kerja", "&Laporan", "Ba&ntuan"]
    text = about_text(window.context)

    assert f"SIMPEG Luring {__version__}</h3>" in text
    assert "simpeg.sqlite" in text
    window.action_quit.trigger()
    assert not window.isVisible()


def test_gui_never_imports_sqlalchemy() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+sqlalchemy\b", re.MULTILINE)
    sources = sorted(GUI_DIR.rglob("*.py"))
    assert len(sources) > 5
    offenders = [str(p.relative_to(GUI_DIR)) for p in sources if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_a_cut_off_cell_shows_its_whole_text_as_tooltip(window) -> None:
    table = window.formations_tab.table
    column = table.model().column_of("opd")
    table.horizontalHeader().resizeSection(column, 30)
    index = table.model().index(0, column)
    rect = table.visualRect(index)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    option = QStyleOptionViewItem()
    option.initFrom(table)
    assert table.itemDelegate().helpEvent(event, table, option, index)
    assert QToolTip.text() == "Dinas Kesehatan"


def test_run_window_shows_the_window_and_returns_the_exit_code(qtbot, office_db, tmp_path) -> None:
    shown: list[str] = []

    def look_and_quit() -> None:
        shown.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                     and w.isVisible())
        QApplication.exit(0)

    QTimer.singleShot(50, look_and_quit)
    assert run_window(office_db, ["simpeg-luring"], settings=Settings(tmp_path / "simpeg.ini")) == 0
    assert shown == ["SIMPEG Luring — simpeg.sqlite"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert Settings(tmp_path / "simpeg.ini").window_geometry  # closed on the way out, layout saved
    assert (QApplication.applicationName(), QApplication.organizationName()) == ("SIMPEG Luring", "SIMPEG")


def test_window_layout_is_restored_from_the_settings_file(qtbot, office_db, tmp_path) -> None:
    path = tmp_path / "simpeg.ini"
    first = create_main_window(office_db, today=lambda: TODAY, settings=Settings(path))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(first.width(), 761)
    first.tabs.setCurrentWidget(first.contracts_tab)
    header = first.employees_tab.table.horizontalHeader()
    name_column = first.employees_tab.model.column_of("name")
    header.resizeSection(name_column, 333)
    header.moveSection(header.visualIndex(name_column), 0)
    first.close()

    second = create_main_window(office_db, today=lambda: TODAY, settings=Settings(path))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    # Only the height: the offscreen screen is 800 px wide, and restoreGeometry keeps a window on its screen.
    assert second.height() == 761
    assert second.current_tab is second.contracts_tab
    restored = second.employees_tab.table.horizontalHeader()
    assert restored.sectionSize(name_column) == 333
    assert restored.visualIndex(name_column) == 0


def test_about_shows_version_database_counts_and_licences(qtbot, window) -> None:
    window.action_about.trigger()
    dialog = window.dialogs["about"]
    assert dialog.isVisible() and dialog.windowTitle() == "Tentang SIMPEG Luring"
    text = QTextDocumentFragment.fromHtml(dialog.text.text()).toPlainText()
    assert f"SIMPEG Luring {__version__}" in text
    assert str(window.db.path) in text
    assert "40 tercatat, 40 aktif (PNS 16, CPNS 8, PPPK 8, PPPK Paruh Waktu 8)" in text
    assert "Formasi\t3" in text or "Formasi 3" in text.replace("\n", " ")
    assert "Perjanjian kerja 16" in text.replace("\n", " ").replace("\t", " ")
    assert f"Python {platform.python_version()}" in text and "PySide6 " in text and "Qt " in text
    assert "SIL Open Font License" in text


HEAVY = ("reportlab", "openpyxl", "xlsxwriter", "pypdf", "cryptography", "python_calamine")


def test_opening_the_window_imports_no_report_library(office_db) -> None:
    """They are imported when first used (printing, Excel, seals): the window starts without them."""
    script = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(GUI_DIR.parent)!r})
from gui.app import application, create_main_window
from models.storage.database import open_database
app = application([])
window = create_main_window(open_database({str(office_db.path)!r}, create=False))
window.show()
app.processEvents()
print(sorted(name for name in {HEAVY!r} if name in sys.modules))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_status_bar_says_how_far_the_data_is_from_the_central_office(window) -> None:
    label = window.status_sync
    assert label.text().startswith("Belum pernah dikirim ke pusat; ") and label.text().endswith(" baris menunggu")
    assert "#b3261e" in label.styleSheet()  # never sent, with data waiting: red
    assert "lebih dari 30 hari" in label.toolTip()
