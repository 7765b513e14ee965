"""Column widths that fit a narrow table: where the columns' natural widths leave the stretching column
(Unit kerja) less than its minimum, the text columns give up part of their width, down to a floor, so
the stretching column keeps room to be read. Until the clerk sizes a column by hand."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView


class ColumnFitter(QObject):
    """Fits the columns whenever the table's viewport changes width. `natural` and `floor` map a column
    to its width with room to spare and to the least it may get; columns in neither keep their width.
    A width set by hand (dragged, or a layout restored) stops the fitting: `active` turns False."""

    def __init__(self, table: QTableView, natural: dict[int, int], floor: dict[int, int], stretch_column: int,
                 stretch_minimum: int) -> None:
        super().__init__(table)
        self.table = table
        self.natural = natural
        self.floor = {column: min(floor.get(column, width), width) for column, width in natural.items()}
        self.stretch_column = stretch_column
        self.stretch_minimum = stretch_minimum
        self.active = True
        self._fitting = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)

    def stop(self) -> None:
        self.active = False

    def widths_for(self, available: int) -> dict[int, int]:
        """The width of each shown column in `natural` for a viewport `available` pixels wide."""
        header = self.table.horizontalHeader()
        shown = [c for c in self.natural if c != self.stretch_column and not header.isSectionHidden(c)]
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in self.natural and c != self.stretch_column and not header.isSectionHidden(c))
        room = available - self.stretch_minimum - others
        total = sum(self.natural[c] for c in shown)
        slack = sum(self.natural[c] - self.floor[c] for c in shown)
        if total <= room or slack <= 0:
            return {c: self.natural[c] for c in shown}
        share = min(total - room, slack) / slack  # every column gives up the same part of what it can spare
        return {c: self.natural[c] - round((self.natural[c] - self.floor[c]) * share) for c in shown}

    def fit(self) -> None:
        if not self.active:
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in self.widths_for(self.table.viewport().width()).items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.active:
            self.fit()
        return False

    def _on_header_section_resized(self, column: int, old: int, new: int) -> None:
        if self._fitting or column == self.stretch_column:
            return
        if old == 0 or new == 0:  # a column shown or hidden: the others share the room anew
            QTimer.singleShot(0, self, self.fit)
        else:
            self.active = False
