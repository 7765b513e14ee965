"""A layout that places its items left to right and starts a new row when the next one does not fit, like
words in a paragraph (the idea of Qt's FlowLayout example): filter rows and legends that wrap on a narrow
window instead of widening it."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items keep their size hint where it fits; an item wider than a whole row gets the row's width (not
    less than its minimum) and, if it wraps its text, the height for that width. Items in a row are
    centred vertically on each other. Hidden widgets take no room."""

    def __init__(self, parent: QWidget | None = None, *, h_spacing: int = 6, v_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout's item list ----

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # ---- sizes ----

    def horizontalSpacing(self) -> int:
        return self._h_spacing

    def verticalSpacing(self) -> int:
        return self._v_spacing

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Everything on one row: the room the layout takes where there is enough."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._h_spacing * max(len(shown) - 1, 0)
        height = max((self._natural(item).height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As narrow as the widest item allows, one item per row."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # ---- inside ----

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _natural(item: QLayoutItem) -> QSize:
        return item.sizeHint().expandedTo(item.minimumSize())

    def _size_in_row(self, item: QLayoutItem, row_width: int) -> QSize:
        size = self._natural(item)
        if size.width() <= row_width:
            return size
        width = max(row_width, item.minimumSize().width())
        height = item.heightForWidth(width) if item.hasHeightForWidth() else size.height()
        return QSize(width, height)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (only measure unless `move`); returns the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            size = self._size_in_row(item, area.width())
            needed = size.width() if not rows[-1] else used + self._h_spacing + size.width()
            if rows[-1] and needed > area.width():
                rows.append([])
                needed = size.width()
            rows[-1].append((item, size))
            used = needed
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _item, size in row)
            x = area.x()
            for item, size in row:
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + self._h_spacing
            y += height + self._v_spacing
        content = y - self._v_spacing - area.y() if any(rows) else 0
        return content + margins.top() + margins.bottom()
