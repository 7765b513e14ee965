"""The program's look: Qt's Fusion style with a quiet light palette in the office blue, the same on every PC
(Windows 10, 11 or a dark desktop theme), and the few spacing rules the default style lacks.

Colours that mean something (shortage and renewal tints in the tables, error labels in red) are set where
they are used, as explicit colours; nothing here overrides them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleHintReturn, QStyleOption, QWidget

ACCENT = "#2b5a8a"  # the icons' blue: selection, links, focus
TEXT = "#1f2933"
WINDOW = "#f4f6f9"
BUTTON = "#eef1f5"
BASE = "#ffffff"
ALTERNATE_BASE = "#f4f7fb"
DISABLED_TEXT = "#9099a3"
PLACEHOLDER = "#737d88"
TOOLTIP = "#fffdf2"

# Only what Fusion gets wrong for us: a frameless tab action bar and a little air around tool buttons.
# Nothing that replaces a widget's whole drawing (a styled QTabBar or QTableView loses its native look).
STYLE_SHEET = """
QToolBar { border: none; spacing: 2px; }
QToolBar QToolButton { padding: 2px 4px; }
"""


def light_palette() -> QPalette:
    palette = QPalette(QColor(BUTTON), QColor(WINDOW))  # Qt derives the bevel shades from these two
    roles = {
        QPalette.ColorRole.WindowText: TEXT, QPalette.ColorRole.Text: TEXT, QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Base: BASE, QPalette.ColorRole.AlternateBase: ALTERNATE_BASE,
        QPalette.ColorRole.ToolTipBase: TOOLTIP, QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT, QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT, QPalette.ColorRole.LinkVisited: "#5b3f8a",
        QPalette.ColorRole.PlaceholderText: PLACEHOLDER, QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#b8c4d0"))
    return palette


class OfficeStyle(QProxyStyle):
    """Fusion as on Windows everywhere: no stock icons (a floppy disk, a red cross) on dialog buttons, which
    a Linux desktop adds and Windows does not; the program's own icons are the only ones."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None, widget: QWidget | None = None,
                  return_data: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, return_data)


def apply_style(app: QApplication) -> None:
    """Fusion, the light palette and the small style sheet, for every window and dialog of `app`."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(OfficeStyle(fusion))
    app.setPalette(light_palette())
    app.setStyleSheet(STYLE_SHEET)


def icon_size_for(widget: QWidget) -> int:
    """Icons beside text as tall as the text (16 px at the usual 9-10 pt), in logical pixels: Qt scales
    them with the screen, and the SVG icons stay sharp at 125 % or 150 %."""
    return max(16, widget.fontMetrics().height())
