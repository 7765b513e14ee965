"""Reading a roster file into plain grids of cell values: Excel (xlsx, xlsm, xlsb, xls), ODS and CSV.

Excel and ODS go through python-calamine (Rust), which reads a 20,000-row sheet in a fraction of a
second where openpyxl's read-only mode takes several. Cells come back as Python values: str, float,
int, bool, date, datetime, and "" for an empty cell. Row i of a grid is Excel row i + 1.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.services.errors import DomainError
from models.services.gc_pause import gc_paused

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
SUFFIXES = EXCEL_SUFFIXES | CSV_SUFFIXES


class RosterFileError(DomainError):
    """The roster file cannot be read as a whole (missing, damaged, locked, no header row); nothing changed."""


@dataclass(frozen=True)
class SheetGrid:
    """One sheet's cells; rows[i] is Excel row i + 1, and every row is as long as the widest."""

    name: str
    rows: list[list[Any]]

    @staticmethod
    def excel_row(index: int) -> int:
        return index + 1


@dataclass
class RosterFile:
    """An opened roster file: its sheet names, and each sheet's grid read on first use."""

    path: Path
    sheet_names: list[str]
    _book: Any = None
    _grids: dict[str, SheetGrid] = field(default_factory=dict)

    def sheet(self, name: str | None = None) -> SheetGrid:
        """The grid of a sheet by name (the first sheet when None)."""
        name = self.sheet_names[0] if name is None else name
        if name not in self.sheet_names:
            known = ", ".join(f"'{n}'" for n in self.sheet_names)
            raise RosterFileError(f"Lembar '{name}' tidak ada dalam berkas {self.path.name}; yang ada: {known}.")
        if name not in self._grids:
            self._grids[name] = SheetGrid(name, self._read(name))
        return self._grids[name]

    def _read(self, name: str) -> list[list[Any]]:
        if self._book is None:  # CSV: read when opened
            return self._grids[name].rows
        from python_calamine import CalamineError

        try:
            sheet = self._book.get_sheet_by_name(name)
            _check_size(sheet.height, f"Lembar '{name}' dalam berkas {self.path.name}")
            with gc_paused():  # half a million cell objects at 20,000 rows
                return sheet.to_python(skip_empty_area=False)
        except (CalamineError, ValueError, OSError) as exc:
            raise RosterFileError(f"Lembar '{name}' dalam berkas {self.path.name} tidak dapat dibaca: {exc}") from exc


MAX_ROWS = 200_000  # the largest regional office has about 100,000 staff; more is a wrong file or a whole province


def _check_size(rows: int, what: str) -> None:
    """Refuse a sheet too long to be one office's roster before reading it (a million rows is 1.7 GB)."""
    if rows > MAX_ROWS:
        count, limit = f"{rows:,}".replace(",", "."), f"{MAX_ROWS:,}".replace(",", ".")
        raise RosterFileError(f"{what} berisi {count} baris; paling banyak {limit} baris sekali impor. "
                              "Periksa apakah ini berkas yang benar, atau bagi menjadi beberapa berkas.")


def open_roster_file(path: str | Path) -> RosterFile:
    """Open a roster file; RosterFileError says, in Indonesian, why one cannot be read."""
    path = Path(path)
    if not path.exists():
        raise RosterFileError(f"Berkas '{path}' tidak ditemukan.")
    if path.is_dir():
        raise RosterFileError(f"'{path}' adalah folder, bukan berkas daftar pegawai.")
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _open_csv(path)
    if suffix not in EXCEL_SUFFIXES:
        allowed = ", ".join(sorted(SUFFIXES))
        raise RosterFileError(f"Berkas '{path.name}' bukan lembar kerja yang dikenal; gunakan salah satu: {allowed}.")
    return _open_excel(path)


def _open_excel(path: Path) -> RosterFile:
    from python_calamine import CalamineError, PasswordError, SheetTypeEnum, load_workbook

    try:
        book = load_workbook(str(path))
        names = [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    except PasswordError as exc:
        raise RosterFileError(
            f"Berkas '{path.name}' dilindungi kata sandi. Buka di Excel, simpan tanpa kata sandi, lalu ulangi."
        ) from exc
    except (CalamineError, ValueError, OSError) as exc:
        raise RosterFileError(
            f"Berkas '{path.name}' tidak dapat dibaca sebagai lembar kerja Excel (rusak atau bukan Excel): {exc}"
        ) from exc
    if not names:
        raise RosterFileError(f"Berkas '{path.name}' tidak berisi lembar kerja.")
    return RosterFile(path, names, book)


class _Semicolon(csv.excel):
    delimiter = ";"


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _open_csv(path: Path) -> RosterFile:
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise RosterFileError(f"Berkas '{path.name}' tidak dapat dibaca: {exc}") from exc
    _check_size(text.count("\n"), f"Berkas '{path.name}'")
    sample = text[:20_000]
    if "\x00" in sample:
        raise RosterFileError(f"Berkas '{path.name}' bukan CSV: isinya data biner, bukan teks. Simpan daftar "
                              f"pegawai sebagai .xlsx atau CSV dari Excel.")
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:  # one column, or too uneven to tell: Indonesian Excel saves CSV with ";"
        dialect = _Semicolon if sample.count(";") > sample.count(",") else csv.excel
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise RosterFileError(f"Berkas '{path.name}' tidak dapat dibaca sebagai CSV: {exc}") from exc
    width = max((len(r) for r in rows), default=0)
    for r in rows:
        r.extend([""] * (width - len(r)))
    name = path.stem
    roster = RosterFile(path, [name])
    roster._grids[name] = SheetGrid(name, rows)
    return roster
