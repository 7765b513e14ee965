"""A line under a table that explains its colours: a small swatch before each explanation. On a narrow
window the explanations flow onto more lines, and one too long for a whole line wraps its words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gui.widgets.flow_layout import FlowLayout


class OneLineFirstLabel(QLabel):
    """A word-wrapping label that asks for one line where there is room (a plain word-wrapping QLabel
    asks for about 80 characters and so breaks a longer text even on a wide window)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2 * self.margin()
        return QSize(width + 1, self.heightForWidth(width + 1))


class Legend(QWidget):
    def __init__(self, entries: Sequence[tuple[QColor | None, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, h_spacing=18, v_spacing=2)
        layout.setContentsMargins(0, 2, 0, 0)
        size = self.fontMetrics().height() - 2
        self.texts: list[str] = []
        self.labels: list[QLabel] = []
        for color, text in entries:
            self.texts.append(text)
            if not text:
                continue
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            if color is not None:
                swatch = QLabel(entry)
                pixmap = QPixmap(size, size)
                pixmap.fill(color)
                swatch.setPixmap(pixmap)
                swatch.setContentsMargins(0, 1, 0, 0)  # centred on the first line, also when the text wraps
                row.addWidget(swatch, 0, Qt.AlignmentFlag.AlignTop)
            label = OneLineFirstLabel(text, entry)
            row.addWidget(label, 1)
            self.labels.append(label)
            layout.addWidget(entry)
