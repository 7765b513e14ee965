"""Input widgets of the employee form: a dd-MM-yyyy date field with a calendar, a line edit that completes
from a list of choices, and the message line shown under a field."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QCompleter, QLabel, QLineEdit, QWidget

from models.rules.formatting import format_date_short

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a5300"
INFO_COLOR = "#3b4a5a"
OK_COLOR = "#1e6b34"

_DATE_TYPING = QRegularExpression(r"^[0-9]{0,2}(-[0-9]{0,2}(-[0-9]{0,4})?)?$|^[0-9]{0,8}$")
_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$|^(\d{2})(\d{2})(\d{4})$")


def parse_date_text(text: str) -> date | None:
    """"12-03-1985" or "12031985" -> date; "" -> None; ValueError when it is no date."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(g) for g in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
    return date(year, month, day)


class DateField(QLineEdit):
    """A date typed day first (hh-bb-tttt); F4 or Alt+Down opens a calendar. Empty means no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.setValidator(QRegularExpressionValidator(_DATE_TYPING, self))
        self.setMaxLength(10)
        self.setToolTip(self.tr("Tanggal, hari dahulu: 12-03-1985. F4 membuka kalender."))
        width = self.fontMetrics().horizontalAdvance("00-00-00000") + 24
        self.setMaximumWidth(width + 40)
        self.setMinimumWidth(width)
        self.calendar: QCalendarWidget | None = None

    def date_value(self) -> date | None:
        """The typed date; None when empty; ValueError when the text is no date."""
        return parse_date_text(self.text())

    def set_date(self, value: date | None) -> None:
        self.setText(format_date_short(value) if value else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> QCalendarWidget:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("date_calendar")
        calendar.setGridVisible(True)
        try:
            current = self.date_value()
        except ValueError:
            current = None
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.activated.connect(self._on_calendar_activated)
        calendar.clicked.connect(self._on_calendar_activated)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _on_calendar_activated(self, value: QDate) -> None:
        self.set_date(date(value.year(), value.month(), value.day()))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus()


class ChoiceField(QLineEdit):
    """Text completed from a list of (id, label) choices, matching anywhere in the label, any case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[int, str, str]] = []
        self._ids_by_label: dict[str, int] = {}
        self._ids_by_name: dict[str, list[int]] = {}
        self._labels: dict[int, str] = {}
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.setModel(QStringListModel(completer))
        self.setCompleter(completer)

    def set_choices(self, choices: Sequence[tuple[int, str, str]]) -> None:
        """(id, label shown, plain name) for each choice; a plain name alone is accepted when unique."""
        self._choices = list(choices)
        self._labels = {}
        self._ids_by_label = {}
        self._ids_by_name = {}
        model = self.completer().model()
        assert isinstance(model, QStringListModel)
        model.setStringList([label for _, label, _ in choices])

    def _index(self) -> None:
        # Built on first use: a form opened only to look costs nothing for 5,000 units.
        if self._labels or not self._choices:
            return
        self._labels = {choice_id: label for choice_id, label, _ in self._choices}
        self._ids_by_label = {label.casefold(): choice_id for choice_id, label, _ in self._choices}
        for choice_id, _, name in self._choices:
            self._ids_by_name.setdefault(name.casefold(), []).append(choice_id)

    def chosen_id(self) -> int | None:
        """The id of the typed choice; None when empty; ValueError when it matches none (or several)."""
        text = " ".join(self.text().split()).casefold()
        if not text:
            return None
        self._index()
        if text in self._ids_by_label:
            return self._ids_by_label[text]
        ids = self._ids_by_name.get(text, [])
        if len(ids) == 1:
            return ids[0]
        raise ValueError(self.text())

    def set_chosen(self, choice_id: int | None) -> None:
        if choice_id is not None:
            self._index()
        self.setText(self._labels.get(choice_id, "") if choice_id is not None else "")


class FieldMessage(QLabel):
    """The line under a field: what the field's value says (info) and what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.info = ""
        self.info_ok = True

    def show_findings(self, errors: Sequence[str] = (), warnings: Sequence[str] = (), info: str = "",
                      info_ok: bool = True) -> None:
        self.errors, self.warnings, self.info, self.info_ok = list(errors), list(warnings), info, info_ok
        lines = []
        if info:
            lines.append(f'<span style="color:{OK_COLOR if info_ok else INFO_COLOR}">{html.escape(info)}</span>')
        lines += [f'<span style="color:{ERROR_COLOR}">✖ {html.escape(e)}</span>' for e in errors]
        lines += [f'<span style="color:{WARNING_COLOR}">⚠ {html.escape(w)}</span>' for w in warnings]
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def plain_text(self) -> str:
        """What the clerk reads, without markup (for tests and accessibility)."""
        parts = ([self.info] if self.info else []) + self.errors + self.warnings
        return "\n".join(parts)
