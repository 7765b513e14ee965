"""The attendance list (daftar hadir) of a signing ceremony: one numbered row per person, grouped by unit, with a
signature column whose numbers alternate left and right, as such lists are kept in Indonesian offices, and a
closing block for the officer who certifies the list.

Nothing is cut short: a long name, jabatan or unit wraps and its row grows to hold it; the dotted line for each
signature is as long as its half of the column allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from models.rules.formatting import day_name_id, format_date_id
from reports.contracts.fonts import BOLD, REGULAR, register_fonts, text_width
from reports.contracts.layout import page_spec, text_lines

ROW = 27.0  # the least height of a person's row (two lines)
LINE = 10.5
PAD = 6.0  # above the first line and below the last
GROUP = 17.0
HEADER = 22.0
SIZE = 8.5
CLOSING = 110.0  # the certifying officer's block under the table
# Column widths as shares of the content width: No, Nama/NI PPPK, Jabatan, Unit kerja, Tanda tangan.
SHARES = (0.06, 0.30, 0.22, 0.20, 0.22)
TITLES = ("No", "Nama / NI PPPK", "Jabatan", "Unit Kerja", "Tanda Tangan")
BLANK = "...................."


@dataclass(frozen=True)
class AttendanceRow:
    name: str
    nip: str  # grouped for display
    position: str
    unit: str
    group: str  # heading the row is listed under (the unit, with its OPD)


@dataclass(frozen=True)
class Certifier:
    """The officer who certifies the list (jabatan, name, NIP); blank parts are left to fill in by hand."""

    title: str = ""
    name: str = ""
    nip: str = ""


def _lines(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Text wrapped to `width`, every word kept (a word longer than the width is broken)."""
    pieces = text_lines(tuple([(text, bold)]), 0, width, size, "left")
    return ["".join(t for t, _ in p.runs) for p in pieces] or [""]


@dataclass(frozen=True)
class _Person:
    number: int
    row: AttendanceRow
    name: list[str]
    position: list[str]
    unit: list[str]

    @property
    def height(self) -> float:
        lines = max(len(self.name) + 1, len(self.position), len(self.unit))
        return max(ROW, 2 * PAD + lines * LINE - (LINE - SIZE))


def _people(rows: list[AttendanceRow], widths: list[float]) -> list[_Person]:
    return [_Person(number, row, _lines(row.name, widths[1] - 6, SIZE, True),
                    _lines(row.position, widths[2] - 6, SIZE), _lines(row.unit, widths[3] - 6, SIZE))
            for number, row in enumerate(rows, 1)]


def signature_line(number: int, width: float) -> str:
    """"12. ........" as long as fits in `width` points."""
    text = f"{number}. "
    dot = text_width(".", False, SIZE)
    count = max(3, int((width - text_width(text, False, SIZE)) / dot))
    return text + "." * count


def write_attendance(path: Path | str, rows: list[AttendanceRow], *, paper: str, title: str,
                     signing_date: date | None, place: str | None, certifier: Certifier | None = None) -> int:
    """Write the list; returns its page count."""
    register_fonts()
    spec = page_spec(paper)
    widths = [spec.content_width * s for s in SHARES]
    xs = [spec.left + sum(widths[:i]) for i in range(len(widths))]
    lines: list[tuple[str, object, float]] = []
    previous = None
    for person in _people(rows, widths):
        if person.row.group != previous:
            lines.append(("group", person.row.group, GROUP))
            previous = person.row.group
        lines.append(("row", person, person.height))
    top = spec.height - spec.top
    first_top = top - 62  # the title block on page 1
    pages: list[list[tuple[str, object, float]]] = [[]]
    y = first_top - HEADER
    for index, (kind, item, height) in enumerate(lines):
        following = lines[index + 1][2] if kind == "group" and index + 1 < len(lines) else 0.0
        if y - height - following < spec.bottom:  # a unit's heading never stands alone at a page's foot
            pages.append([])
            y = top - HEADER
        pages[-1].append((kind, item, height))
        y -= height
    closing_on_new_page = y - CLOSING < spec.bottom
    canvas = Canvas(str(path), pagesize=(spec.width, spec.height), pageCompression=1, invariant=1,
                    initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setAuthor("SIMPEG Luring")
    total = len(pages) + (1 if closing_on_new_page else 0)
    for page_no, page in enumerate(pages, 1):
        y = top
        if page_no == 1:
            canvas.setFont(BOLD, 13)
            canvas.drawCentredString(spec.width / 2, y - 14, "DAFTAR HADIR")
            canvas.setFont(BOLD, 11)
            canvas.drawCentredString(spec.width / 2, y - 29, title.upper())
            canvas.setFont(REGULAR, 10)
            when = f"{day_name_id(signing_date)}, {format_date_id(signing_date)}" if signing_date else BLANK
            canvas.drawString(spec.left, y - 47, f"Hari/Tanggal : {when}")
            canvas.drawString(spec.left + spec.content_width / 2, y - 47, f"Tempat : {place or BLANK}")
            y = first_top
        _header(canvas, xs, widths, y)
        y -= HEADER
        for kind, item, height in page:
            if kind == "group":
                canvas.setFont(BOLD, SIZE + 0.5)
                for line in _lines(str(item), spec.content_width - 6, SIZE + 0.5, True)[:1]:
                    canvas.drawString(spec.left + 3, y - GROUP + 5.5, line)
                canvas.setLineWidth(0.5)
                canvas.line(spec.left, y - GROUP, spec.left + spec.content_width, y - GROUP)
            else:
                _person(canvas, xs, widths, y, item, height)
            y -= height
        if page_no == len(pages):
            if closing_on_new_page:
                _footer(canvas, spec, page_no, total)
                canvas.showPage()
                page_no, y = page_no + 1, top
            _closing(canvas, spec, y - 24, certifier or Certifier(), place, signing_date)
        _footer(canvas, spec, page_no, total)
        canvas.showPage()
    canvas.save()
    return total


def _footer(canvas: Canvas, spec, page_no: int, total: int) -> None:
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(spec.left + spec.content_width, spec.bottom / 2, f"Halaman {page_no} dari {total}")


def _closing(canvas: Canvas, spec, y: float, certifier: Certifier, place: str | None,
             signing_date: date | None) -> None:
    """"Palangka Raya, 1 Oktober 2025 / Mengetahui, / {jabatan} / (room) / {nama} / NIP {nip}" on the right."""
    x = spec.left + spec.content_width * 0.55
    width = spec.content_width * 0.45
    canvas.setFont(REGULAR, 10)
    when = format_date_id(signing_date) if signing_date else BLANK
    canvas.drawString(x, y, f"{place or BLANK}, {when}")
    y -= 14
    canvas.drawString(x, y, "Mengetahui,")
    for line in _lines(certifier.title or BLANK, width, 10):
        y -= 13
        canvas.drawString(x, y, line)
    y -= 52
    canvas.setFont(BOLD, 10)
    canvas.drawString(x, y, certifier.name or f"({BLANK}{BLANK})")
    canvas.setFont(REGULAR, 10)
    canvas.drawString(x, y - 13, f"NIP {certifier.nip or BLANK}")


def _header(canvas: Canvas, xs: list[float], widths: list[float], y: float) -> None:
    canvas.setLineWidth(0.8)
    canvas.rect(xs[0], y - HEADER, sum(widths), HEADER)
    canvas.setFont(BOLD, SIZE + 0.5)
    for x, width, title in zip(xs, widths, TITLES, strict=True):
        canvas.drawCentredString(x + width / 2, y - HEADER + 8, title)
        canvas.line(x, y, x, y - HEADER)


def _person(canvas: Canvas, xs: list[float], widths: list[float], y: float, person: _Person, height: float) -> None:
    canvas.setLineWidth(0.4)
    canvas.line(xs[0], y - height, xs[0] + sum(widths), y - height)
    for x in [*xs, xs[0] + sum(widths)]:
        canvas.line(x, y, x, y - height)
    first = y - PAD - SIZE + 1
    canvas.setFont(REGULAR, SIZE)
    canvas.drawCentredString(xs[0] + widths[0] / 2, first, str(person.number))
    canvas.setFont(BOLD, SIZE)
    for index, line in enumerate(person.name):
        canvas.drawString(xs[1] + 3, first - index * LINE, line)
    canvas.setFont(REGULAR, SIZE)
    canvas.drawString(xs[1] + 3, first - len(person.name) * LINE, person.row.nip)
    for column, lines in ((2, person.position), (3, person.unit)):
        for index, line in enumerate(lines):
            canvas.drawString(xs[column] + 3, first - index * LINE, line)
    # Odd numbers sign on the left half of the column, even numbers on the right, so neighbours do not crowd.
    half = widths[4] / 2
    x = xs[4] + 3 + (half if person.number % 2 == 0 else 0)
    canvas.drawString(x, y - height + PAD + 1, signature_line(person.number, half - 6))
