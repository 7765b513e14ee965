"""Long sheets for XlsxWriter workbooks, streamed straight into the sheet XML.

XlsxWriter makes well-styled workbooks with charts, but spends about 5 microseconds per cell: a
100,000-row list of 20 columns alone would take 10 seconds. Here XlsxWriter writes the whole workbook,
long sheets included with their header row, column widths and formats, frozen panes, autofilter and
print set-up; then the long sheets' rows are written into the finished file's sheet XML as plain
`<row>` elements (inline strings, numbers, dates as serial numbers with the column's date style),
which is several times faster. The result is an ordinary .xlsx that Excel and LibreOffice open.

    sheet = LongSheet("Daftar Pegawai", [Column("NIP", TEXT, 21), Column("Tanggal lahir", DATE, 12)], count)
    book = xlsxwriter.Workbook(path)          # build the other sheets as usual
    sheet.add_to(book, styles)                # header, widths, filter, print set-up
    book.close()
    splice_rows(path, [(sheet, rows_iterable)])
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import weakref
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

TEXT, NUMBER, DATE = "text", "number", "date"
_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()
_BAD_XML = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_CHUNK_ROWS = 2000


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    width: float = 14
    num_format: str | None = None  # e.g. "dd-mm-yyyy" (the default for DATE), "#,##0"


@dataclass
class LongSheet:
    """A sheet whose data rows are streamed in after XlsxWriter closed the workbook."""

    name: str
    columns: Sequence[Column]
    count: int  # number of data rows, known beforehand so the filter and print area cover them
    landscape: bool = True
    title: str | None = None  # printed in the page header; the sheet name when None
    _index: int = -1
    _styles: list[int | None] = field(default_factory=list)
    _formats: list[Any] = field(default_factory=list)

    def add_to(self, book, header_format) -> None:
        """Add the sheet to an XlsxWriter workbook: header, widths, column formats, panes, filter, printing."""
        sheet = book.add_worksheet(self.name)
        self._index = len(book.worksheets()) - 1
        for index, column in enumerate(self.columns):
            number_format = column.num_format or ("dd-mm-yyyy" if column.kind == DATE else None)
            cell_format = _number_format(book, number_format) if number_format else None
            self._formats.append(cell_format)
            sheet.set_column(index, index, column.width, cell_format)
            sheet.write_string(0, index, column.header, header_format)
        last = len(self.columns) - 1
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(1, self.count), last)
        sheet.set_row(0, 30)
        if self.landscape:
            sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        title = (self.title or self.name).replace("&", "&&")
        sheet.set_header(f"&C&B{title}")
        sheet.set_footer(f"&L{title}&RHalaman &P dari &N")

    def _resolve_styles(self) -> None:
        # XlsxWriter numbers the formats it used when it closes the workbook.
        self._styles = [fmt.xf_index if fmt is not None else None for fmt in self._formats]
        if any(fmt is not None and style is None for fmt, style in zip(self._formats, self._styles, strict=True)):
            raise ValueError(f"Lembar {self.name}: format kolom tidak terdaftar di buku kerja.")

    @property
    def part_name(self) -> str:
        return f"xl/worksheets/sheet{self._index + 1}.xml"


_BOOK_FORMATS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _number_format(book, number_format: str):
    """One format object per number format and workbook: XlsxWriter gives a style index (xf_index) only
    to the first of several equal formats, and the rows need that index."""
    formats = _BOOK_FORMATS.setdefault(book, {})
    if number_format not in formats:
        formats[number_format] = book.add_format({"num_format": number_format})
    return formats[number_format]


def _column_letters(count: int) -> list[str]:
    letters = []
    for index in range(count):
        name, n = "", index + 1
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def _clean(text: str) -> str:
    return _BAD_XML.sub(lambda m: _ESCAPES.get(m.group(), ""), text)


def _rows_xml(sheet: LongSheet, rows: Iterable[Sequence[Any]]) -> Iterable[str]:
    """The <row> elements for the data rows (Excel row 2 onwards), in chunks of text.

    The hot loop of a 100,000-row sheet: each column's markup is prepared once, and the check for
    characters that need escaping runs once per row over all its text, not once per cell.
    """
    letters = _column_letters(len(sheet.columns))
    plans = []
    for letter, column, style in zip(letters, sheet.columns, sheet._styles, strict=True):
        s = f' s="{style}"' if style is not None else ""
        kind = 0 if column.kind == TEXT else (1 if column.kind == DATE else 2)
        mid = f'"{s} t="inlineStr"><is><t>' if kind == 0 else f'"{s}><v>'
        plans.append((kind, f'<c r="{letter}', mid, "</t></is></c>" if kind == 0 else "</v></c>"))
    needs_escape = _BAD_XML.search
    epoch = _EPOCH_ORDINAL
    out: list[str] = []
    number = 1
    for values in rows:
        number += 1
        r = str(number)
        cells = ['<row r="', r, '">']
        texts = []
        for (kind, pre, mid, end), value in zip(plans, values, strict=False):
            if value is None or value == "":
                continue
            if kind == 0:
                if value.__class__ is not str:
                    value = str(value)
                texts.append(value)
            elif kind == 1:
                value = (value.date() if isinstance(value, datetime) else value).toordinal() - epoch
            cells += (pre, r, mid, str(value), end)
        cells.append("</row>")
        row_xml = "".join(cells)
        if texts and needs_escape("".join(texts)):
            row_xml = _escaped_row(plans, values, r)
        out.append(row_xml)
        if len(out) >= _CHUNK_ROWS:
            yield "".join(out)
            out.clear()
    if out:
        yield "".join(out)


def _escaped_row(plans: list[tuple], values: Sequence[Any], r: str) -> str:
    """The rare row with &, < or > (or a control character) in its text, escaped cell by cell."""
    cells = ['<row r="', r, '">']
    for (kind, pre, mid, end), value in zip(plans, values, strict=False):
        if value is None or value == "":
            continue
        if kind == 0:
            value = _clean(str(value))
        elif kind == 1:
            value = (value.date() if isinstance(value, datetime) else value).toordinal() - _EPOCH_ORDINAL
        cells += (pre, r, mid, str(value), end)
    cells.append("</row>")
    return "".join(cells)


def splice_rows(path: str | Path, sheets: Sequence[tuple[LongSheet, Iterable[Sequence[Any]]]]) -> None:
    """Write each long sheet's rows into the closed workbook at `path` (rewritten through a temporary file)."""
    for _ in splicing(path, sheets):
        pass


def splicing(path: str | Path, sheets: Sequence[tuple[LongSheet, Iterable[Sequence[Any]]]]) -> Iterator[int]:
    """splice_rows step by step, for a job: yields the index of the long sheet being written after every chunk
    of rows. Closed half-way, it leaves the workbook at `path` as it was and no temporary file."""
    path = Path(path)
    by_part = {}
    for sheet, rows in sheets:
        sheet._resolve_styles()
        by_part[sheet.part_name] = (sheet, rows)
    order = list(by_part)
    handle, temp_name = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED,
                                                              compresslevel=1) as target:
            for info in source.infolist():
                if info.filename not in by_part:
                    target.writestr(info, source.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
                    continue
                sheet, rows = by_part[info.filename]
                index = order.index(info.filename)
                yield index
                xml = source.read(info.filename).decode("utf-8")
                head, tail = _split_sheet_xml(xml, sheet)
                with target.open(info.filename, "w", force_zip64=True) as stream:
                    stream.write(head.encode("utf-8"))
                    for chunk in _rows_xml(sheet, rows):
                        stream.write(chunk.encode("utf-8"))
                        yield index
                    stream.write(tail.encode("utf-8"))
        shutil.copymode(path, temp_name)
        shutil.move(temp_name, path)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)


def _split_sheet_xml(xml: str, sheet: LongSheet) -> tuple[str, str]:
    """The sheet XML before and after where the data rows go, with the dimension widened to cover them."""
    end = xml.find("</sheetData>")
    if end < 0:
        raise ValueError(f"Lembar {sheet.name}: susunan XML tidak dikenal (tanpa </sheetData>).")
    last = _column_letters(len(sheet.columns))[-1]
    head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}{sheet.count + 1}"/>', xml[:end], count=1)
    return head, xml[end:]
