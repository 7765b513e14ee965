"""Reading a roster with the guessed sheet, header row and column mapping (the command line's way)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.services.jobs import Job
from models.services.roster_import import RosterRow
from reports.roster.headers import HeaderRow, check_mapping, find_header_row, guess_mapping
from reports.roster.reader import RosterFile, RosterFileError, SheetGrid, open_roster_file
from reports.roster.rows import read_roster_rows


@dataclass(frozen=True)
class LoadedRoster:
    path: Path
    grid: SheetGrid
    header: HeaderRow
    mapping: dict[int, str]
    rows: list[RosterRow]


def _pick_sheet(book: RosterFile, sheet: str | None) -> tuple[SheetGrid, HeaderRow]:
    if sheet is not None:
        grid = book.sheet(sheet)
        return grid, find_header_row(grid)
    first_error: RosterFileError | None = None
    for name in book.sheet_names:  # the first sheet that has a header row
        grid = book.sheet(name)
        try:
            return grid, find_header_row(grid)
        except RosterFileError as exc:
            first_error = first_error or exc
    assert first_error is not None
    if len(book.sheet_names) > 1:
        raise RosterFileError(f"Tidak ada lembar dengan baris judul kolom NIP dalam berkas {book.path.name} "
                              f"(lembar: {', '.join(book.sheet_names)}).")
    raise first_error


def load_roster(source: str | Path | RosterFile, *, sheet: str | None = None, header_row: int | None = None,
                mapping: dict[int, str] | None = None, fixed: dict[str, str] | None = None) -> Job[LoadedRoster]:
    """Read a roster (a path, or a file already opened) with the guessed sheet, header row (or the Excel
    row given) and column mapping, as a job whose steps are read_roster_rows's (the command line drives it
    with models.services.jobs.run_to_end). A file that cannot be read raises RosterFileError once it runs."""
    book = source if isinstance(source, RosterFile) else open_roster_file(source)
    if header_row is None:
        grid, header = _pick_sheet(book, sheet)
    else:
        grid = book.sheet(sheet)
        if not 1 <= header_row <= len(grid.rows):
            raise RosterFileError(f"Baris judul {header_row} di luar lembar '{grid.name}' "
                                  f"(lembar itu berisi {len(grid.rows)} baris).")
        header = HeaderRow(header_row - 1, list(grid.rows[header_row - 1]))
    mapping = guess_mapping(header.cells) if mapping is None else mapping
    problems = check_mapping(mapping)
    if problems:
        raise RosterFileError(f"Pemetaan kolom lembar '{grid.name}' belum dapat dipakai: " + " ".join(problems))
    rows = yield from read_roster_rows(grid, header.index, mapping, fixed)
    return LoadedRoster(book.path, grid, header, mapping, rows)
