"""What a list shows in place of rows when it has none: a short title, a line on what to do next, and buttons
that run the window's own actions (import, add, clear the filters)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

MAX_TEXT_WIDTH_EM = 34  # a comfortable line, in widths of the letter "m"
CARD_MARGIN = 24
WRAP_FLAGS = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)


class EmptyState(QWidget):
    """Laid over `parent` (a table's viewport), covering it, while shown; hidden it costs nothing.

    Public for tests: `title_label`, `text_label`, `buttons` (the QPushButtons, in order), `kind` (the
    name the owner gave the message on show, e.g. "empty" or "no_match").
    """

    def __init__(self, parent: QWidget, name: str = "empty_state") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.kind = ""
        # The message sits on a card of its natural size, centred by hand: a word-wrapped label in a
        # stretching layout gets the wrong height.
        self.card = QWidget(self)
        self.title_label = QLabel(self.card)
        self.title_label.setObjectName(f"{name}_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(self.card)
        self.text_label.setObjectName(f"{name}_text")
        for label in (self.title_label, self.text_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._text_width = self.fontMetrics().horizontalAdvance("m") * MAX_TEXT_WIDTH_EM
        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(8)
        self.buttons: list[QPushButton] = []
        self._button_actions: dict[QPushButton, QAction] = {}
        self._watched_actions: set[QAction] = set()

        column = QVBoxLayout(self.card)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.text_label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(6)
        column.addLayout(self._button_row)
        self.hide()
        parent.installEventFilter(self)

    def show_message(self, kind: str, title: str, text: str,
                     buttons: list[tuple[str, QIcon | None, Callable[[], object], QAction | None]]) -> None:
        """Show `title`, `text` and one button per (text, icon, on_click, action): a button that stands for
        an action is enabled only while the action is."""
        self.kind = kind
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self._set_buttons(buttons)
        self.show()
        self._fit_to_parent()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit_to_parent()
        return False

    def _fit_to_parent(self) -> None:
        rect = self.parentWidget().rect()
        self.setGeometry(rect)
        room = rect.width() - 2 * CARD_MARGIN
        for label, longest in ((self.title_label, self._text_width * 3 // 2), (self.text_label, self._text_width)):
            width = max(1, min(longest, room))
            # Measured here: QLabel.heightForWidth remembers the narrow width it had before the table was laid out.
            lines = label.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), WRAP_FLAGS, label.text())
            label.setFixedSize(width, max(lines.height(), label.fontMetrics().height()))
        self.card.layout().activate()
        size = self.card.sizeHint()
        # A little above the middle, where the eye looks first; never above the top margin.
        top = max(CARD_MARGIN, (rect.height() - size.height()) * 2 // 5)
        self.card.setGeometry((rect.width() - size.width()) // 2, top, size.width(), size.height())

    def _set_buttons(self, specs: list[tuple[str, QIcon | None, Callable[[], object], QAction | None]]) -> None:
        for button in self.buttons:
            self._button_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self._button_actions = {}
        while self._button_row.count():
            self._button_row.takeAt(0)
        self._button_row.addStretch(1)
        for text, icon, on_click, action in specs:
            button = QPushButton(text, self.card)
            if icon is not None:
                button.setIcon(icon)
            if action is not None:
                button.setObjectName(f"{self.objectName()}_{action.objectName()}")
                button.setToolTip(action.toolTip())
                button.setEnabled(action.isEnabled())
                self._button_actions[button] = action
                if action not in self._watched_actions:
                    self._watched_actions.add(action)
                    action.changed.connect(self._on_action_changed)
            button.clicked.connect(lambda _checked=False, call=on_click: call())
            self._button_row.addWidget(button)
            self.buttons.append(button)
        if self.buttons:
            self.buttons[-1].setDefault(True)
        self._button_row.addStretch(1)

    def _on_action_changed(self) -> None:
        for button, action in self._button_actions.items():
            button.setEnabled(action.isEnabled())
