"""The look: the application icon files, one consistent icon set on the window's actions, the style, and a
window that fits a 1366x768 laptop screen."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from gui.app import create_main_window
from gui.icons import ACTION_ICONS, TAB_ICONS, app_icon, icon
from gui.main_window import MainWindow
from gui.style import ACCENT, apply_style
from models.storage.database import Database
from resources import resource_path
from tests.staff import TODAY, build_office

ROOT = Path(__file__).resolve().parents[2]
ICONS = resource_path("icons")
LINE_ICONS = sorted(p for p in ICONS.glob("*.svg") if p.name != "app.svg")
PALETTE = {"#2b5a8a", "#2e8b57"}


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    build_office(db, 12)
    win = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 728)  # a 1366x768 screen less the Windows taskbar
    win.show()
    qtbot.waitExposed(win)
    return win


# ---- the application icon ----

def test_app_ico_holds_every_size_from_16_to_256_as_png() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _colors, _res, _planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert width == height and bits == 32
        png = data[offset:offset + length]
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        image = QImage.fromData(png)
        assert image.width() == (width or 256)
        sizes.append(image.width())
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_app_png_is_256_pixels_and_not_blank() -> None:
    image = QImage(str(ICONS / "app.png"))
    assert image.size() == QSize(256, 256)
    assert image.pixelColor(128, 128).alpha() == 255  # drawn, not transparent, in the middle
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners


def test_window_and_dialogs_carry_the_app_icon(window) -> None:
    assert not app_icon().isNull()
    assert not window.windowIcon().isNull()
    assert window.windowIcon().cacheKey() == app_icon().cacheKey()


def test_application_sets_style_icon_and_exact_scaling_before_it_exists() -> None:
    script = ("from PySide6.QtGui import QGuiApplication\n"
              "from gui.app import application\n"
              "app = application(['x'])\n"
              "sheet = bool(app.styleSheet())\n"
              "app.setStyleSheet('')  # app.style() is the style sheet's wrapper while one is set\n"
              "style = app.style()\n"
              "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name, style.baseStyle().name(), sheet,"
              " app.windowIcon().isNull(), app.palette().highlight().color().name(),"
              " style.styleHint(style.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout.split()
    assert out == ["PassThrough", "fusion", "True", "False", ACCENT, "0"]  # no stock icons on OK/Cancel


# ---- one icon set ----

@pytest.mark.parametrize("path", LINE_ICONS, ids=lambda p: p.stem)
def test_line_icons_share_grid_stroke_and_two_colours(path: Path) -> None:
    text = path.read_text()
    assert 'viewBox="0 0 24 24"' in text
    assert 'stroke-width="1.75"' in text and text.count("stroke-width") == 1  # one width for the whole set
    assert set(re.findall(r"#[0-9a-f]{6}", text)) <= PALETTE
    assert QSvgRenderer(str(path)).isValid()


def test_every_named_icon_exists() -> None:
    for name in {*ACTION_ICONS.values(), *TAB_ICONS.values(), "filter-clear"}:
        assert not icon(name).isNull(), name
    with pytest.raises(KeyError):
        icon("no-such-icon")


def test_icons_stay_sharp_at_150_percent() -> None:
    pixmap = icon("employee-add").pixmap(QSize(16, 16), 1.5)
    assert pixmap.size() == QSize(24, 24)  # drawn for the screen's pixels, not scaled up from 16
    assert pixmap.deviceIndependentSize().toSize() == QSize(16, 16)


def test_every_action_of_the_window_has_its_icon(window) -> None:
    named = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName() in ACTION_ICONS}
    # The actions clerks use most are there (the features installed them), each with an icon.
    for name in ("action_new_employee", "action_edit_employee", "action_delete_employee", "action_end_employee",
                 "action_new_contract", "action_renew", "action_mark_signed", "action_end_contract",
                 "action_print_contracts", "action_verify_contract", "action_import_roster", "action_recap",
                 "action_exchange_send", "action_exchange_receive", "action_backups", "action_users",
                 "action_audit_log", "action_preferences", "action_open_database", "action_new_database",
                 "action_about", "action_undo", "action_redo", "action_find"):
        assert name in named, name
        assert not named[name].icon().isNull(), name
    for i, key in enumerate(("employees", "formations", "contracts")):
        assert not window.tabs.tabIcon(i).isNull(), key


def test_tab_action_bars_show_icon_and_text_and_fit_at_1366(window) -> None:
    for tab in (window.employees_tab, window.contracts_tab):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        bar = tab.action_bar
        assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for action in bar.actions():
            if action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()  # not folded into the » menu
            assert not action.icon().isNull() and action.iconText()


def test_main_window_fits_a_1366x768_screen(window) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    assert window.size() == QSize(1366, 728)
    for tab in window.table_tabs.values():
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        # The filter bar is not squeezed: every filter keeps at least the room it asks for.
        for widget in tab.filter_bar.widgets.values():
            assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
        assert tab.table.viewport().height() > 15 * tab.table.verticalHeader().defaultSectionSize()


def test_style_keeps_the_meaningful_colours(qtbot, window, qapp) -> None:
    """With the palette and style sheet on, a shortage cell in Formasi is still painted in its red."""
    from gui.table_models.formations import SHORTAGE_COLOR

    old_palette, old_sheet = qapp.palette(), qapp.styleSheet()
    try:
        apply_style(qapp)
        assert qapp.palette().highlight().color().name() == ACCENT
        tab = window.formations_tab
        window.tabs.setCurrentWidget(tab)
        model = tab.model
        column = model.column_of("vacancies")
        row = next(r for r in range(model.rowCount())
                   if model.index(r, column).data(Qt.ItemDataRole.BackgroundRole) == SHORTAGE_COLOR)
        tab.table.clearSelection()
        tab.table.scrollTo(model.index(row, column))
        qtbot.wait(50)
        rect = tab.table.visualRect(model.index(row, column))
        image = tab.table.viewport().grab().toImage()
        # Left of the right-aligned number and right of the warning sign: only the cell's background.
        x = rect.left() + rect.width() * 2 // 3 - 10
        x = max(rect.left() + 22, min(x, rect.right() - 30))
        assert image.pixelColor(x, rect.center().y()).name() == SHORTAGE_COLOR.name()
    finally:
        qapp.setStyleSheet(old_sheet)
        qapp.setPalette(old_palette)
