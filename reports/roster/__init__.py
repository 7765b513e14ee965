"""Roster import from Excel, ODS or CSV, in the steps a wizard shows them.

    book = open_roster_file(path)                     # sheet names; RosterFileError if unreadable
    grid = book.sheet(name)                           # the cells of one sheet
    header = find_header_row(grid)                    # below any title rows
    mapping = guess_mapping(header.cells)             # column -> field; the clerk may change it
    rows = run_to_end(read_roster_rows(grid, header.index, mapping))  # a job: models/services/jobs.py
    preview = run_to_end(preview_roster(db, rows))    # every row's outcome and problems; writes nothing
    result = run_to_end(import_roster(db, rows, actor, source=path.name))
    write_import_report(out, grid, header.index, result)

`preview_roster` and `import_roster` are services: import them from models.services.roster_import. The
window runs the jobs with gui.workers.run_job instead of run_to_end. `load_roster` is a job that does the
first five steps with the guesses, for the command line. Reading the file and guessing the columns need
no database: the names that need models.services.roster_import (rows, loading, report) are imported on
first use, so a window can offer the first steps without loading the database layer.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from reports.roster.headers import (
    FIELD_BY_KEY,
    IGNORED,
    ROSTER_FIELDS,
    HeaderRow,
    check_mapping,
    column_letter,
    find_header_row,
    guess_mapping,
)
from reports.roster.reader import RosterFile, RosterFileError, SheetGrid, open_roster_file

_LAZY = {
    "read_roster_rows": "reports.roster.rows", "write_import_report": "reports.roster.report",
    "LoadedRoster": "reports.roster.loading", "load_roster": "reports.roster.loading",
}

__all__ = [
    "FIELD_BY_KEY", "IGNORED", "ROSTER_FIELDS", "HeaderRow", "RosterFile", "RosterFileError", "SheetGrid",
    "check_mapping", "column_letter", "find_header_row", "guess_mapping", "open_roster_file", *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
