"""A compact row of filters under a tab's search box: combo boxes with a "Semua …" first entry, a unit
picker, check boxes, and a "Hapus filter" button that puts every filter back to its default. On a narrow
window (a 1366x768 laptop at 125 %) the filters wrap onto a second row; each stays beside its caption."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from gui.widgets.flow_layout import FlowLayout
from gui.widgets.unit_picker import UnitPicker
from models.services.lookups import UnitChoice


class FilterBar(QWidget):
    """Filters by name; `values()` gives {name: value} (None for "Semua …"); `changed` fires on any change."""

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.setObjectName(f"{prefix}_filters")
        self._defaults: dict[str, Any] = {}
        self.widgets: dict[str, QWidget] = {}
        # The filters flow over as many rows as the width needs; "Hapus filter" stays at the top right.
        self.flow_area = QWidget(self)
        self.flow_area.setObjectName(f"{prefix}_filter_rows")
        self._flow = FlowLayout(self.flow_area, h_spacing=18, v_spacing=6)
        self.reset_button = QPushButton(self.tr("Hapus filter"), self)
        self.reset_button.setObjectName(f"{prefix}_filter_reset")
        self.reset_button.setToolTip(self.tr("Kembalikan semua filter ke bawaan"))
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.flow_area, 1)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        self._resetting = False

    # ---- building ----

    def add_combo(self, name: str, label: str, all_text: str, choices: Sequence[tuple[str, Any]],
                  default: Any = None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"{self.prefix}_filter_{name}")
        combo.addItem(all_text, None)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._defaults[name] = default
        self._select(combo, default)
        combo.currentIndexChanged.connect(self._on_widget_changed)
        self._add(name, label, combo)
        return combo

    def add_unit(self, name: str, label: str,
                 choices: Sequence[UnitChoice] | Callable[[], Sequence[UnitChoice]]) -> UnitPicker:
        picker = UnitPicker(choices, self)
        picker.setObjectName(f"{self.prefix}_filter_{name}")
        picker.setMinimumWidth(picker.fontMetrics().horizontalAdvance("SD Negeri 10 Jekan Raya — Dinas Pendidikan"))
        picker.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._defaults[name] = None
        picker.unit_changed.connect(self._on_widget_changed)
        self._add(name, label, picker)
        return picker

    def add_check(self, name: str, text: str, tooltip: str = "") -> QCheckBox:
        check = QCheckBox(text, self)
        check.setObjectName(f"{self.prefix}_filter_{name}")
        check.setToolTip(tooltip)
        self._defaults[name] = False
        check.toggled.connect(self._on_widget_changed)
        self._add(name, "", check)
        return check

    # ---- reading and resetting ----

    def value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, UnitPicker):
            return widget.unit_id
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise KeyError(name)

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.widgets}

    def is_default(self) -> bool:
        return all(self.value(name) == self._defaults[name] for name in self.widgets)

    def reset(self) -> None:
        """Every filter back to its default, with one `changed` at the end."""
        self._resetting = True
        try:
            for name, widget in self.widgets.items():
                default = self._defaults[name]
                if isinstance(widget, QComboBox):
                    self._select(widget, default)
                elif isinstance(widget, UnitPicker):
                    widget.clear()
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(default))
        finally:
            self._resetting = False
        self._on_widget_changed()

    # ---- inside ----

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        """The widget and its caption as one piece of the flow: they never land on different rows."""
        self.widgets[name] = widget
        piece = QWidget(self.flow_area)
        piece.setObjectName(f"{self.prefix}_filter_{name}_piece")
        row = QHBoxLayout(piece)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if label:
            caption = QLabel(label, piece)
            caption.setBuddy(widget)
            row.addWidget(caption)
        widget.setParent(piece)
        row.addWidget(widget)
        self._flow.addWidget(piece)
        QWidget.setTabOrder(widget, self.reset_button)  # the reset button after the filters, not before

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def _on_widget_changed(self, *_args: Any) -> None:
        if self._resetting:
            return
        self.reset_button.setEnabled(not self.is_default())
        self.changed.emit()
