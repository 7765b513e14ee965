"""What the import wizard's pages hand on to each other: the file, the sheet, the header, the mapping, the results."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.services.roster_import import RosterImportResult, RosterRow
from reports.roster import HeaderRow, RosterFile, SheetGrid


@dataclass
class SheetChoice:
    """A sheet of the opened file and the header row found on it (None: no header with a NIP column)."""

    name: str
    header: HeaderRow | None
    rows: int


@dataclass
class ImportState:
    book: RosterFile | None = None
    sheets: list[SheetChoice] = field(default_factory=list)
    grid: SheetGrid | None = None
    header_index: int = 0
    mapping: dict[int, str] = field(default_factory=dict)
    rows: list[RosterRow] = field(default_factory=list)
    preview: RosterImportResult | None = None
    fixed: dict[str, str] = field(default_factory=dict)  # a field the file lacks, one value for every row
    create_new: bool = False  # the clerk confirmed: units and jabatan the database does not know are created
    remembered: bool = False  # the mapping came from an earlier import of a file with the same headers
    result: RosterImportResult | None = None

    @property
    def path(self) -> Path | None:
        return self.book.path if self.book is not None else None

    @property
    def source(self) -> str:
        return self.book.path.name if self.book is not None else ""

    def choose_sheet(self, name: str) -> None:
        assert self.book is not None
        self.grid = self.book.sheet(name)
        choice = next(c for c in self.sheets if c.name == name)
        self.header_index = choice.header.index if choice.header is not None else 0

    def header_cells(self) -> list[Any]:
        if self.grid is None or not self.grid.rows:
            return []
        return list(self.grid.rows[self.header_index])


def open_and_scan(path: str | Path) -> tuple[RosterFile, list[SheetChoice]]:
    """Open a roster file and find the header row of each sheet (runs off the UI thread: sheets are read)."""
    from reports.roster import RosterFileError, find_header_row, open_roster_file

    book = open_roster_file(path)
    sheets = []
    for name in book.sheet_names:
        grid = book.sheet(name)
        try:
            header: HeaderRow | None = find_header_row(grid)
        except RosterFileError:
            header = None
        sheets.append(SheetChoice(name, header, len(grid.rows)))
    return book, sheets
