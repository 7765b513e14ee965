"""The attendance list (daftar hadir) of a signing ceremony: one numbered row per person, grouped by unit, with a
signature column whose numbers alternate left and right, as such lists are kept in Indonesian offices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from models.rules.formatting import day_name_id, format_date_id
from reports.contracts.fonts import BOLD, REGULAR, register_fonts, text_width
from reports.contracts.layout import page_spec, text_lines

ROW = 27.0
GROUP = 17.0
HEADER = 22.0
SIZE = 8.5
# Column widths as shares of the content width: No, Nama/NI PPPK, Jabatan, Unit kerja, Tanda tangan.
SHARES = (0.06, 0.30, 0.22, 0.20, 0.22)
TITLES = ("No", "Nama / NI PPPK", "Jabatan", "Unit Kerja", "Tanda Tangan")


@dataclass(frozen=True)
class AttendanceRow:
    name: str
    nip: str  # grouped for display
    position: str
    unit: str
    group: str  # heading the row is listed under (the unit, with its OPD)


def _fit(text: str, width: float, size: float, bold: bool = False, lines: int = 2) -> list[str]:
    """Text wrapped to at most `lines` lines of `width`; the last shortened with an ellipsis if needed."""
    pieces = text_lines(tuple([(text, bold)]), 0, width, size, "left")
    out = ["".join(t for t, _ in p.runs) for p in pieces]
    if len(out) > lines:
        out = out[:lines]
        last = out[-1]
        while last and text_width(last + "…", bold, size) > width:
            last = last[:-1]
        out[-1] = last.rstrip() + "…"
    return out


def write_attendance(path: Path | str, rows: list[AttendanceRow], *, paper: str, title: str,
                     signing_date: date | None, place: str | None) -> int:
    """Write the list; returns its page count."""
    register_fonts()
    spec = page_spec(paper)
    widths = [spec.content_width * s for s in SHARES]
    xs = [spec.left + sum(widths[:i]) for i in range(len(widths))]
    lines: list[tuple[str, object]] = []
    previous = None
    for number, row in enumerate(rows, 1):
        if row.group != previous:
            lines.append(("group", row.group))
            previous = row.group
        lines.append(("row", (number, row)))
    top = spec.height - spec.top
    first_top = top - 62  # the title block on page 1
    pages: list[list[tuple[str, object]]] = [[]]
    y = first_top - HEADER
    for kind, item in lines:
        height = GROUP if kind == "group" else ROW
        if y - height < spec.bottom or (kind == "group" and y - height - ROW < spec.bottom):
            pages.append([])
            y = top - HEADER
        pages[-1].append((kind, item))
        y -= height
    canvas = Canvas(str(path), pagesize=(spec.width, spec.height), pageCompression=1, invariant=1,
                    initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setAuthor("SIMPEG Luring")
    total = len(pages)
    for page_no, page in enumerate(pages, 1):
        y = top
        if page_no == 1:
            canvas.setFont(BOLD, 13)
            canvas.drawCentredString(spec.width / 2, y - 14, "DAFTAR HADIR")
            canvas.setFont(BOLD, 11)
            canvas.drawCentredString(spec.width / 2, y - 29, title.upper())
            canvas.setFont(REGULAR, 10)
            blank = "...................."
            when = f"{day_name_id(signing_date)}, {format_date_id(signing_date)}" if signing_date else blank
            canvas.drawString(spec.left, y - 47, f"Hari/Tanggal : {when}")
            canvas.drawString(spec.left + spec.content_width / 2, y - 47, f"Tempat : {place or blank}")
            y = first_top
        _header(canvas, xs, widths, y)
        y -= HEADER
        for kind, item in page:
            if kind == "group":
                canvas.setFont(BOLD, SIZE + 0.5)
                canvas.drawString(spec.left + 3, y - GROUP + 5.5, _fit(str(item), spec.content_width - 6, SIZE + 0.5,
                                                                       True, 1)[0])
                canvas.setLineWidth(0.5)
                canvas.line(spec.left, y - GROUP, spec.left + spec.content_width, y - GROUP)
                y -= GROUP
            else:
                _person(canvas, xs, widths, y, *item)
                y -= ROW
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(spec.left + spec.content_width, spec.bottom / 2, f"Halaman {page_no} dari {total}")
        canvas.showPage()
    canvas.save()
    return total


def _header(canvas: Canvas, xs: list[float], widths: list[float], y: float) -> None:
    canvas.setLineWidth(0.8)
    canvas.rect(xs[0], y - HEADER, sum(widths), HEADER)
    canvas.setFont(BOLD, SIZE + 0.5)
    for x, width, title in zip(xs, widths, TITLES, strict=True):
        canvas.drawCentredString(x + width / 2, y - HEADER + 8, title)
        canvas.line(x, y, x, y - HEADER)


def _person(canvas: Canvas, xs: list[float], widths: list[float], y: float, number: int, row: AttendanceRow) -> None:
    canvas.setLineWidth(0.4)
    canvas.line(xs[0], y - ROW, xs[0] + sum(widths), y - ROW)
    for x in [*xs, xs[0] + sum(widths)]:
        canvas.line(x, y, x, y - ROW)
    first, second = y - 11, y - 21.5
    canvas.setFont(REGULAR, SIZE)
    canvas.drawCentredString(xs[0] + widths[0] / 2, first, str(number))
    canvas.setFont(BOLD, SIZE)
    canvas.drawString(xs[1] + 3, first, _fit(row.name, widths[1] - 6, SIZE, True, 1)[0])
    canvas.setFont(REGULAR, SIZE)
    canvas.drawString(xs[1] + 3, second, row.nip)
    for column, text in ((2, row.position), (3, row.unit)):
        for index, line in enumerate(_fit(text, widths[column] - 6, SIZE)):
            canvas.drawString(xs[column] + 3, first - index * 10.5, line)
    # Odd numbers sign on the left half of the column, even numbers on the right, so neighbours do not crowd.
    half = widths[4] / 2
    x = xs[4] + 3 + (half if number % 2 == 0 else 0)
    canvas.drawString(x, second + 2, f"{number}. ..................")
