"""A unit kerja field with completion: thousands of units, so the clerk types part of a name and picks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from models.services.lookups import UnitChoice, unit_choices


class UnitPicker(QLineEdit):
    """Empty means every unit. `unit_id` is the unit whose label the text names exactly, else None;
    `unit_changed` fires when that changes (a completion picked, the text cleared or edited).

    The units come from `choices`, a list or a callable that returns one: a callable is only called
    when the field is first used, so a window with three such fields starts without reading 5,000 units
    three times."""

    unit_changed = Signal(object)  # int | None

    def __init__(self, choices: Sequence[UnitChoice] | Callable[[], Sequence[UnitChoice]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Semua unit kerja"))
        self._ids: dict[str, int] = {}
        self._unit_id: int | None = None
        self._labels = QStringListModel(self)
        completer = QCompleter(self._labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "pahandut" finds "SD Negeri 1 Pahandut — …"
        completer.setMaxVisibleItems(15)
        self.setCompleter(completer)
        completer.activated[str].connect(self._on_completer_activated)
        self.textChanged.connect(self._on_text_changed)
        self._loader: Callable[[], Sequence[UnitChoice]] | None = None
        if callable(choices):
            self._loader = choices
        else:
            self.set_choices(choices)

    @property
    def unit_id(self) -> int | None:
        return self._unit_id

    @property
    def loaded(self) -> bool:
        return self._loader is None

    def set_choices(self, choices: Sequence[UnitChoice]) -> None:
        self._loader = None
        self._ids = {c.label: c.id for c in choices}
        self._labels.setStringList(sorted(self._ids, key=str.lower))

    def ensure_loaded(self) -> None:
        if self._loader is not None:
            self.set_choices(self._loader())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_loaded()
        super().keyPressEvent(event)

    def set_unit(self, unit_id: int | None) -> None:
        self.ensure_loaded()
        label = next((text for text, i in self._ids.items() if i == unit_id), "")
        self.setText(label)

    def _on_completer_activated(self, text: str) -> None:
        self.setText(text)

    def _on_text_changed(self, text: str) -> None:
        self.ensure_loaded()
        unit_id = self._ids.get(text.strip())
        known = unit_id is not None or not text.strip()
        self.setToolTip("" if known else self.tr("Pilih unit kerja dari daftar yang muncul saat mengetik"))
        self.setProperty("unknown", not known)
        if unit_id != self._unit_id:
            self._unit_id = unit_id
            self.unit_changed.emit(unit_id)


def load_units(session_factory: Callable[[], Any]) -> list[UnitChoice]:
    """Every unit with its OPD, read in a session of its own (for a picker's lazy `choices`)."""
    with session_factory() as session:
        return unit_choices(session)
