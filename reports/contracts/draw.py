"""Drawing laid-out contracts on a reportlab canvas.

Rows that many contracts share are drawn once per file as PDF forms (XObjects) and only placed on each page;
rows with personal values are drawn as text. The seal's QR is one path. Fonts are embedded as subsets.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from models.services.contracts.template_language import STAMP
from reports.contracts import qr
from reports.contracts.fonts import REGULAR, font_name, register_fonts
from reports.contracts.layout import BODY, LEADING, MM, PageSpec, Piece, Row, text_lines

QR_SIDE = 24 * MM
STAMP_BOX = (32 * MM, 20 * MM)
FOOTER_SIZE = 8.5


def _f(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


class ContractWriter:
    """One PDF file being written: contracts go in one after another, each with its own page numbers."""

    def __init__(self, target: str | BinaryIO, spec: PageSpec, logo: bytes | None = None,
                 title: str = "Perjanjian Kerja") -> None:
        register_fonts()
        self.spec = spec
        self.canvas = Canvas(target, pagesize=(spec.width, spec.height), pageCompression=1, invariant=1,
                             initialFontName=REGULAR, initialFontSize=BODY)
        self.canvas.setTitle(title)
        self.canvas.setAuthor("SIMPEG Luring")
        self.canvas.setCreator("SIMPEG Luring")
        self.logo = ImageReader(BytesIO(logo)) if logo else None
        self._forms: dict[object, str] = {}
        self._form_count = 0
        self.pages = 0

    # ---- forms ----

    def _form(self, key: object, draw: Callable[[], None], bbox: tuple[float, float, float, float]) -> str:
        name = self._forms.get(key)
        if name is None:
            self._form_count += 1
            name = f"f{self._form_count}"  # a counter, not len(): forms are defined inside forms
            self.canvas.beginForm(name, *bbox)
            draw()
            self.canvas.endForm()
            self._forms[key] = name
        return name

    def _place(self, name: str, x: float, y: float) -> None:
        self.canvas.addLiteral(f"q 1 0 0 1 {_f(x)} {_f(y)} cm")
        self.canvas.doForm(name)
        self.canvas.addLiteral("Q")

    # ---- text ----

    def _pieces(self, pieces: tuple[Piece, ...], x: float, y: float, depths: tuple[float, ...] | None = None,
                gray: float | None = None) -> None:
        if not pieces:
            return
        if gray is not None:
            self.canvas.saveState()
            self.canvas.setFillGray(gray)
        text = self.canvas.beginText()
        word_space = 0.0
        for index, piece in enumerate(pieces):
            text.setTextOrigin(x + piece.dx, y - (depths[index] if depths else 0.0))
            if piece.word_space != word_space:
                text.setWordSpace(piece.word_space)
                word_space = piece.word_space
            for chunk, bold in piece.runs:
                text.setFont(font_name(bold), piece.size)
                text.textOut(chunk)
        if word_space:
            text.setWordSpace(0)
        self.canvas.drawText(text)
        if gray is not None:
            self.canvas.restoreState()

    def _row_form(self, row: Row) -> str:
        """A shared row as a form whose origin is the row's top left; its text is drawn once per file."""
        width = self.spec.content_width
        if row.kind == "letterhead":
            return self._form(row, lambda: self._letterhead(row, 0), (-5, -row.height - 5, width + 5, 5))
        return self._form(row, lambda: self._pieces(row.pieces, 0, -row.baseline_offset),
                          (-5, -row.height - 5, width + 5, 5))

    def _shared_run(self, run: list[tuple[float, Row]]) -> None:
        """Consecutive shared rows as one form of row forms: a page of a batch is then a handful of operators."""
        if not run:
            return
        run_top = run[0][0]
        key = ("run", tuple((round(run_top - top, 2), row) for top, row in run))

        def draw() -> None:
            for offset, row in key[1]:
                self._place(self._row_form(row), 0, -offset)

        depth = key[1][-1][0] + key[1][-1][1].height
        name = self._form(key, draw, (-5, -depth - 5, self.spec.content_width + 5, 5))
        self._place(name, self.spec.left, run_top)

    # ---- special rows ----

    def _letterhead(self, row: Row, top: float) -> None:
        """The letterhead with its top edge at `top`, in the coordinates of the form it is drawn into."""
        c = self.canvas
        width = self.spec.content_width
        if self.logo is not None:
            logo_w, logo_h = self.logo.getSize()
            height = 22 * MM
            c.drawImage(self.logo, 0, top - height - 1 * MM, width=min(22 * MM, height * logo_w / logo_h),
                        height=height, preserveAspectRatio=True, anchor="c", mask="auto")
        self._pieces(row.pieces, 0, top, row.extra)
        rule = top - row.height + 2.5 * MM
        c.setLineWidth(1.8)
        c.line(0, rule + 1.6, width, rule + 1.6)
        c.setLineWidth(0.6)
        c.line(0, rule - 0.6, width, rule - 0.6)

    def _stamp_box(self) -> str:
        box_w, box_h = STAMP_BOX

        def draw() -> None:
            c = self.canvas
            c.setStrokeGray(0.45)
            c.setLineWidth(0.6)
            c.setDash(2, 2)
            c.rect(-box_w / 2, -box_h / 2, box_w, box_h)
            c.setDash()
            c.setFillGray(0.45)
            c.setFont(REGULAR, 7)
            c.drawCentredString(0, 1.5, "METERAI")
            c.drawCentredString(0, -7, "Rp10.000")

        return self._form("stamp", draw, (-box_w / 2 - 2, -box_h / 2 - 2, box_w / 2 + 2, box_h / 2 + 2))

    def _qr_caption(self) -> str:
        def draw() -> None:
            self.canvas.setFillGray(0.3)
            self.canvas.setFont(REGULAR, 6.5)
            self.canvas.drawCentredString(0, 0, "Pindai untuk memeriksa keaslian")

        return self._form("qr-caption", draw, (-60, -4, 60, 8))

    def _signatures(self, row: Row, top: float, payload: str | None) -> None:
        lines, column = row.extra
        left = self.spec.left
        width = self.spec.content_width
        y = top
        qr_centre = None
        for (left_pieces, left_kind), (right_pieces, right_kind), height in lines:
            for pieces, kind, dx in ((left_pieces, left_kind, 0.0), (right_pieces, right_kind, width - column)):
                if kind == STAMP:
                    self._place(self._stamp_box(), left + dx + column / 2, y - height / 2)
                elif pieces:
                    depths = tuple(LEADING * 0.73 + LEADING * i for i in range(len(pieces)))
                    self._pieces(pieces, left, y, depths)
            if (left_kind or right_kind) and qr_centre is None:
                qr_centre = y - height / 2
            y -= height
        if payload:
            centre = qr_centre if qr_centre is not None else y + QR_SIDE / 2
            x = left + width / 2 - QR_SIDE / 2
            self.canvas.addLiteral(qr.path_operators(qr.encode(payload), x, centre - QR_SIDE / 2, QR_SIDE))
            self._place(self._qr_caption(), left + width / 2, centre - QR_SIDE / 2 - 5)

    def _footer(self, number: str, page: int, pages: int) -> None:
        spec = self.spec
        y = spec.bottom / 2
        left = Piece(((f"Perjanjian Kerja Nomor {number}", False),), 0, FOOTER_SIZE)
        right = text_lines(((f"Halaman {page} dari {pages}", False),), 0, spec.content_width, FOOTER_SIZE,
                           "right")[0]
        self._pieces((left, right), spec.left, y, gray=0.25)

    # ---- contracts ----

    def add_contract(self, pages: list[list[tuple[float, Row]]], number: str, payload: str | None) -> int:
        """Draw one laid-out contract; returns its page count."""
        total = len(pages)
        for page_no, placed in enumerate(pages, 1):
            run: list[tuple[float, Row]] = []
            for top, row in placed:
                if row.shared and row.kind in ("text", "letterhead"):
                    run.append((top, row))
                    continue
                self._shared_run(run)
                run = []
                if row.kind == "text":
                    self._pieces(row.pieces, self.spec.left, top - row.baseline_offset)
                elif row.kind == "signatures":
                    self._signatures(row, top, payload)
            self._shared_run(run)
            self._footer(number, page_no, total)
            self.canvas.showPage()
        self.pages += total
        return total

    def save(self) -> None:
        self.canvas.save()
