"""A line under a table that explains its colours: a small swatch before each explanation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class Legend(QWidget):
    def __init__(self, entries: Sequence[tuple[QColor | None, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        size = self.fontMetrics().height() - 2
        self.texts: list[str] = []
        for color, text in entries:
            if color is not None:
                swatch = QLabel(self)
                pixmap = QPixmap(size, size)
                pixmap.fill(color)
                swatch.setPixmap(pixmap)
                layout.addWidget(swatch)
            label = QLabel(text, self)
            layout.addWidget(label)
            layout.addSpacing(14)
            self.texts.append(text)
        layout.addStretch(1)
