"""Turning a sheet's data rows into typed roster rows, with every cell's problem named by field (a job)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from models.rules.errors import RuleError
from models.rules.titles import split_titles
from models.services.errors import FieldProblem
from models.services.gc_pause import gc_paused
from models.services.jobs import Job, Progress
from models.services.roster_import import RosterRow
from models.vocabulary import EmployeeStatus
from reports.roster import values as v
from reports.roster.headers import FIXABLE, IGNORED, SheetGrid
from reports.roster.reader import RosterFileError

_READERS: dict[str, Callable[[Any], Any]] = {
    "nip": lambda cell: v.identifier(cell, "NIP", 18),
    "nik": lambda cell: v.identifier(cell, "NIK", 16),
    "name": v.text, "gelar_depan": v.text, "gelar_belakang": v.text, "birth_place": v.text,
    "birth_date": v.date_value, "sex": v.sex, "religion": v.religion,
    "status": v.status, "cpns_pns": v.cpns_pns, "golongan": v.golongan, "tmt_golongan": v.date_value,
    "position": v.text, "jenis_jabatan": v.jenis_jabatan, "tmt_jabatan": v.date_value,
    "unit": v.text, "opd": v.text, "kecamatan": v.text,
    "education_level": v.education_level, "education_major": v.text, "education_year": v.year,
    "tmt_cpns": v.date_value, "tmt_pns": v.date_value, "tmt_pppk": v.date_value,
    "address": v.text, "phone": v.phone, "email": v.text,
}
# Fields that are names of other records, not employee columns.
_NAMES = ("unit", "opd", "kecamatan", "position", "jenis_jabatan")
# Problems about these go under the employee field the clerk knows them by.
_PROBLEM_FIELD = {"cpns_pns": "status"}
_PPPK = (EmployeeStatus.PPPK.value, EmployeeStatus.PPPK_PW.value)
_TICK = 1000


def _is_numbering_row(row: list[Any]) -> bool:
    """The "1 2 3 4 ..." row some offices put under the header to number the columns."""
    numbers = []
    for cell in row:
        if v.is_blank(cell):
            continue
        text = v.text(cell)
        if text is None or not (text.isascii() and text.isdigit()):
            return False
        numbers.append(int(text))
    return len(numbers) >= 3 and numbers == sorted(numbers) and numbers[0] <= 2


def _is_footer(cells: list[Any], columns: list[tuple], nip_column: int | None) -> bool:
    """A signature or note line under the table: no NIP and only one filled cell ("Kepala BKPSDM")."""
    if nip_column is not None and nip_column < len(cells) and not v.is_blank(cells[nip_column]):
        return False
    return sum(1 for column, _key, _reader in columns if column < len(cells) and not v.is_blank(cells[column])) < 2




def fixed_values(fixed: Mapping[str, str] | None) -> dict[str, Any]:
    """The values the clerk gave for every row, read as a cell of their column would be; RosterFileError (in
    Bahasa Indonesia) naming a field that cannot be given so, or a value that cannot be read."""
    found: dict[str, Any] = {}
    for key, raw in (fixed or {}).items():
        if key not in FIXABLE:
            raise RosterFileError(f"'{key}' tidak dapat diberi satu nilai untuk semua baris; yang dapat: "
                                  f"{', '.join(FIXABLE)}.")
        if raw is None or not str(raw).strip():
            continue
        try:
            found[key] = _READERS[key](str(raw).strip())
        except RuleError as exc:
            raise RosterFileError(f"Nilai untuk semua baris '{key}={raw}': {exc.message}") from exc
    return found


def read_roster_rows(grid: SheetGrid, header_index: int, mapping: dict[int, str],
                     fixed: Mapping[str, str] | None = None) -> Job[list[RosterRow]]:
    """Every data row below the header as a RosterRow, as a job (models/services/jobs.py) that steps every
    _TICK rows; blank rows, a column-numbering row and rows with neither NIP nor name (totals, signature
    blocks) are left out. `fixed` gives a field one value for every row (a column the file does not have)."""
    given = fixed_values(fixed)
    with gc_paused():
        return (yield from _read_rows(grid, header_index, mapping, given))


def _read_rows(grid: SheetGrid, header_index: int, mapping: dict[int, str],
               given: dict[str, Any]) -> Job[list[RosterRow]]:
    columns = [(column, key, _READERS[key]) for column, key in mapping.items() if key != IGNORED and key not in given]
    key_columns = [column for column, key, _reader in columns if key in ("nip", "name")]
    nip_column = next((column for column, key, _reader in columns if key == "nip"), None)
    data_rows = grid.rows[header_index + 1:]
    result: list[RosterRow] = []
    for offset, cells in enumerate(data_rows):
        if offset % _TICK == 0:
            yield Progress(offset, len(data_rows))
        if all(column >= len(cells) or v.is_blank(cells[column]) for column in key_columns):
            continue
        if _is_footer(cells, columns, nip_column):
            continue
        if offset < 2 and _is_numbering_row(cells):
            continue
        result.append(_row(grid.excel_row(header_index + 1 + offset), cells, columns, given))
    yield Progress(len(data_rows), len(data_rows))
    return result


def _row(excel_row: int, cells: list[Any], columns: list[tuple[int, str, Callable[[Any], Any]]],
         given: dict[str, Any] | None = None) -> RosterRow:
    found: dict[str, Any] = dict(given or {})
    problems: list[FieldProblem] = []
    width = len(cells)
    for column, key, reader in columns:
        cell = cells[column] if column < width else ""
        if cell == "" or cell is None:
            continue
        try:
            found[key] = reader(cell)
        except RuleError as exc:
            problems.append(FieldProblem(_PROBLEM_FIELD.get(key, key), exc.message))
    status = v.combine_status(found.pop("status", None), found.pop("cpns_pns", None))
    if status is not None:
        found["status"] = status
    # SIASN's export has no TMT PPPK column: for a PPPK it puts the appointment date under TMT CPNS.
    if status in _PPPK and found.get("tmt_pppk") is None and found.get("tmt_cpns") is not None:
        found["tmt_pppk"] = found.pop("tmt_cpns")
    names = {key: found.pop(key, None) for key in _NAMES}
    values = {key: value for key, value in found.items() if value is not None}
    notes: list[str] = []
    if values.get("name") and not values.get("gelar_depan") and not values.get("gelar_belakang"):
        front, name, back = split_titles(values["name"])
        if front or back:
            values.update(name=name, **({"gelar_depan": front} if front else {}),
                          **({"gelar_belakang": back} if back else {}))
            parts = [f"depan '{front}'" if front else "", f"belakang '{back}'" if back else ""]
            notes.append(f"Gelar dipisahkan dari nama: {', '.join(p for p in parts if p)}")
    return RosterRow(excel_row, values, problems=tuple(problems), notes=tuple(notes), **names)
