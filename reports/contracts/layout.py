"""Laying out a contract: template text wrapped and justified into rows, rows into pages.

A row is frozen data, so identical rows (the same article in every contract of a batch) compare equal: the
renderer then draws them once per file as a PDF form and places that form on every page that needs it.
Rows of a block with no personal value are cached across contracts by the values they show.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.services.contracts.template_language import (
    Centered,
    ContractTemplate,
    FieldRows,
    Heading,
    Inline,
    Letterhead,
    PageBreak,
    Paragraph,
    Signatures,
    Title,
    is_personal,
)
from models.vocabulary import PaperSize
from reports.contracts.fonts import text_width

MM = 72 / 25.4
BODY, LEADING = 11.0, 14.0
INDENT = 7 * MM
PAPER_MM = {PaperSize.A4: (210.0, 297.0), PaperSize.F4: (215.0, 330.0)}
Runs = tuple[tuple[str, bool], ...]
Word = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class PageSpec:
    width: float
    height: float
    left: float = 25 * MM  # room for binding
    right: float = 20 * MM
    top: float = 15 * MM
    bottom: float = 22 * MM  # the footer (page x of y) sits below this

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right


def page_spec(paper: PaperSize | str) -> PageSpec:
    width, height = PAPER_MM[PaperSize(paper)]
    return PageSpec(width * MM, height * MM)


@dataclass(frozen=True)
class Piece:
    """One line of text at `dx` from the content's left edge; `word_space` widens spaces to justify it."""

    runs: Runs
    dx: float
    size: float = BODY
    word_space: float = 0.0


@dataclass(frozen=True)
class Row:
    pieces: tuple[Piece, ...]
    height: float
    space_before: float = 0.0
    keep_with_next: bool = False
    shared: bool = True  # the same in many contracts: drawn as a form
    kind: str = "text"  # text, letterhead, signatures, break
    extra: tuple = ()  # letterhead: lines; signatures: (left cells, right cells, column width)

    @property
    def baseline_offset(self) -> float:
        return self.height * 0.73


# ---- text ----


def substitute(segments: Inline, values: dict[str, str]) -> Runs:
    """Template segments with their values filled in, as (text, bold) runs with spaces collapsed."""
    runs: list[tuple[str, bool]] = []
    for segment in segments:
        text = segment.text
        if segment.field is not None:
            text = values.get(segment.field, "")
            if segment.upper:
                text = text.upper()
        text = " ".join(text.replace("\n", " ").split(" "))
        if not text:
            continue
        if runs and runs[-1][1] == segment.bold:
            runs[-1] = (runs[-1][0] + text, segment.bold)
        else:
            runs.append((text, segment.bold))
    return tuple(runs)


def words_of(runs: Runs) -> list[Word]:
    words: list[Word] = []
    current: list[tuple[str, bool]] = []
    for text, bold in runs:
        for index, part in enumerate(text.split(" ")):
            if index and current:
                words.append(tuple(current))
                current = []
            if part:
                current.append((part, bold))
    if current:
        words.append(tuple(current))
    return words


def _word_width(word: Word, size: float) -> float:
    return sum(text_width(text, bold, size) for text, bold in word)


def _split_long(word: Word, width: float, size: float) -> list[Word]:
    """A word wider than the line (a long unit name without spaces) broken by characters."""
    chars = [(c, bold) for text, bold in word for c in text]
    out, current, used = [], [], 0.0
    for char, bold in chars:
        w = text_width(char, bold, size)
        if current and used + w > width:
            out.append(tuple(current))
            current, used = [], 0.0
        current.append((char, bold))
        used += w
    if current:
        out.append(tuple(current))
    return out


def wrap(words: list[Word], width: float, size: float) -> list[list[Word]]:
    lines: list[list[Word]] = []
    line: list[Word] = []
    used = 0.0
    for word in words:
        w = _word_width(word, size)
        if w > width:
            parts = _split_long(word, width, size)
            if line:
                lines.append(line)
            lines.extend([p] for p in parts[:-1])
            line, used = [parts[-1]], _word_width(parts[-1], size)
            continue
        space = text_width(" ", line[-1][-1][1], size) if line else 0.0
        if line and used + space + w > width + 0.01:
            lines.append(line)
            line, used = [word], w
        else:
            line.append(word)
            used += space + w
    if line:
        lines.append(line)
    return lines


def line_piece(line: list[Word], dx: float, width: float, size: float, align: str) -> Piece:
    """A line of words as a piece: merged runs, placed and widened for left, centre or justified text."""
    runs: list[list] = []
    natural = 0.0
    for index, word in enumerate(line):
        for text, bold in word:
            if runs and runs[-1][1] == bold:
                runs[-1][0] += text
            else:
                runs.append([text, bold])
            natural += text_width(text, bold, size)
        if index < len(line) - 1:
            runs[-1][0] += " "
            natural += text_width(" ", runs[-1][1], size)
    word_space = 0.0
    if align == "justify" and len(line) > 1:
        word_space = max(0.0, (width - natural) / (len(line) - 1))
    elif align == "center":
        dx += max(0.0, (width - natural) / 2)
    elif align == "right":
        dx += max(0.0, width - natural)
    return Piece(tuple((text, bold) for text, bold in runs), round(dx, 2), size, round(word_space, 3))


def text_lines(runs: Runs, dx: float, width: float, size: float, align: str) -> list[Piece]:
    lines = wrap(words_of(runs), width, size)
    if not lines:
        return []
    pieces = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        pieces.append(line_piece(line, dx, width, size, "left" if align == "justify" and last else align))
    return pieces


# ---- blocks ----


class Layout:
    """Turns one template into rows for each contract, caching the blocks that do not change per person."""

    def __init__(self, template: ContractTemplate, spec: PageSpec, has_logo: bool) -> None:
        self.template = template
        self.spec = spec
        self.has_logo = has_logo
        self._cache: dict[tuple, tuple[Row, ...]] = {}
        self._fields = [self._block_fields(block) for block in template.blocks]
        self._personal = [self._block_personal(block) for block in template.blocks]
        # One colon column for every "label : value" row in the contract, so the parties' data line up.
        self._colon_dx = max((self._label_dx(row) + sum(text_width(s.text, s.bold, BODY) for s in row.label)
                              for block in template.blocks if isinstance(block, FieldRows) for row in block.rows),
                             default=0.0) + 6

    @staticmethod
    def _label_dx(row) -> float:
        return (row.level + (1 if row.marker else 0)) * INDENT

    @staticmethod
    def _inlines(block) -> list[Inline]:
        if isinstance(block, Letterhead):
            return list(block.lines)
        if isinstance(block, Title | Heading | Centered | Paragraph):
            return [block.text]
        if isinstance(block, FieldRows):
            return [part for row in block.rows for part in (row.label, row.value)]
        if isinstance(block, Signatures):
            return [c for c in block.left + block.right if not isinstance(c, str)]
        return []

    def _block_fields(self, block) -> tuple[str, ...]:
        return tuple(sorted({s.field for inline in self._inlines(block) for s in inline if s.field}))

    def _block_personal(self, block) -> bool:
        return any(is_personal(inline) for inline in self._inlines(block))

    def rows(self, values: dict[str, str]) -> list[Row]:
        out: list[Row] = []
        previous = None
        for index, block in enumerate(self.template.blocks):
            if self._personal[index]:
                rows = self._block_rows(block, values, previous)
            else:
                key = (index, type(previous).__name__, *(values.get(f, "") for f in self._fields[index]))
                rows = self._cache.get(key)
                if rows is None:
                    if len(self._cache) > 20_000:
                        self._cache.clear()
                    rows = self._cache[key] = self._block_rows(block, values, previous)
            out.extend(rows)
            previous = block
        return out

    def _block_rows(self, block, values: dict[str, str], previous) -> tuple[Row, ...]:
        width = self.spec.content_width
        shared = not any(is_personal(i) for i in self._inlines(block))
        if isinstance(block, Letterhead):
            return (self._letterhead(block, values),)
        if isinstance(block, Title):
            pieces = text_lines(tuple((t, True) for t, _ in substitute(block.text, values)), 0, width, 12.5,
                                "center")
            return self._stack(pieces, 16.0, 4.0 if isinstance(previous, Title) else 10.0, shared, keep=True)
        if isinstance(block, Heading):
            pieces = text_lines(tuple((t, True) for t, _ in substitute(block.text, values)), 0, width, BODY,
                                "center")
            return self._stack(pieces, LEADING, 0.0 if isinstance(previous, Heading) else 9.0, shared, keep=True)
        if isinstance(block, Centered):
            pieces = text_lines(substitute(block.text, values), 0, width, BODY, "center")
            return self._stack(pieces, LEADING, 2.0, shared, keep=False)
        if isinstance(block, Paragraph):
            return self._paragraph(block, values, shared, previous)
        if isinstance(block, FieldRows):
            return self._field_rows(block, values)
        if isinstance(block, Signatures):
            return (self._signatures(block, values),)
        if isinstance(block, PageBreak):
            return (Row((), 0.0, kind="break"),)
        raise TypeError(f"blok templat tidak dikenal: {block!r}")

    @staticmethod
    def _stack(pieces: list[Piece], leading: float, space: float, shared: bool, keep: bool) -> tuple[Row, ...]:
        return tuple(Row((p,), leading, space if i == 0 else 0.0, keep, shared) for i, p in enumerate(pieces))

    def _paragraph(self, block: Paragraph, values: dict[str, str], shared: bool, previous) -> tuple[Row, ...]:
        text_dx = (block.level + (1 if block.marker else 0)) * INDENT
        pieces = text_lines(substitute(block.text, values), text_dx, self.spec.content_width - text_dx, BODY,
                            "justify")
        if not pieces:
            return ()
        space = 1.5 if isinstance(previous, Heading) else (2.0 if block.marker or block.level else 5.0)
        count = len(pieces)
        rows = []
        for index, piece in enumerate(pieces):
            line = (piece,)
            if index == 0 and block.marker:
                line = (Piece(((block.marker, False),), block.level * INDENT), piece)
            keep = (index == 0 and count > 1) or (count >= 3 and index == count - 2)
            rows.append(Row(line, LEADING, space if index == 0 else 0.0, keep, shared))
        return tuple(rows)

    def _field_rows(self, block: FieldRows, values: dict[str, str]) -> tuple[Row, ...]:
        label_dx = [self._label_dx(row) for row in block.rows]
        labels = [substitute(row.label, values) for row in block.rows]
        colon_dx = max([self._colon_dx] + [dx + sum(text_width(t, b, BODY) for t, b in label) + 6
                                           for dx, label in zip(label_dx, labels, strict=True)])
        value_dx = colon_dx + text_width(": ", False, BODY)
        width = self.spec.content_width - value_dx
        out = []
        for index, (row, dx, label) in enumerate(zip(block.rows, label_dx, labels, strict=True)):
            shared = not (is_personal(row.value) or is_personal(row.label))
            values_lines = text_lines(substitute(row.value, values), value_dx, width, BODY, "left") or [
                Piece((), value_dx)]
            first = [Piece(label, dx), Piece(((":", False),), round(colon_dx, 2)), values_lines[0]]
            if row.marker:
                first.insert(0, Piece(((row.marker, False),), row.level * INDENT))
            space = 2.0 if index == 0 else 0.0
            for n, piece in enumerate(values_lines):
                pieces = tuple(first) if n == 0 else (piece,)
                out.append(Row(pieces, LEADING, space if n == 0 else 0.0, n < len(values_lines) - 1, shared))
        return tuple(out)

    def _letterhead(self, block: Letterhead, values: dict[str, str]) -> Row:
        logo_width = 24 * MM if self.has_logo else 0.0
        width = self.spec.content_width - logo_width
        pieces = []
        height = 0.0
        for index, inline in enumerate(block.lines):
            runs = substitute(inline, values)
            bold = any(b for _, b in runs)
            size = 13.0 if index == 0 else (15.0 if bold else 10.0)
            natural = sum(text_width(t, b, size) for t, b in runs)
            if natural > width:  # a long office name: smaller, down to 10 pt, then onto two lines
                size = max(10.0, size * width / natural)
            for piece in text_lines(runs, logo_width, width, size, "center"):
                height += size * 1.22
                pieces.append((piece, round(height, 2)))
        height = max(height, 22 * MM if self.has_logo else 0.0) + 5 * MM
        return Row(tuple(p for p, _ in pieces), round(height, 2), 0.0, False, True, "letterhead",
                   tuple(depth for _, depth in pieces))

    def _signatures(self, block: Signatures, values: dict[str, str]) -> Row:
        column = self.spec.content_width * 0.4
        lines = []  # per line: (left pieces, right pieces, height, left kind, right kind)
        height = 0.0
        for left, right in zip(block.left, block.right, strict=True):
            cells = []
            line_height = LEADING
            for cell, dx in ((left, 0.0), (right, self.spec.content_width - column)):
                if isinstance(cell, str):
                    cells.append(((), cell))
                    line_height = max(line_height, 26 * MM)
                else:
                    pieces = tuple(text_lines(substitute(cell, values), dx, column, BODY, "center"))
                    cells.append((pieces, ""))
                    line_height = max(line_height, LEADING * max(1, len(pieces)))
            lines.append((cells[0], cells[1], line_height))
            height += line_height
        return Row((), round(height, 2), 16.0, False, False, "signatures", (tuple(lines), column))


# ---- pages ----


def paginate(rows: list[Row], spec: PageSpec) -> list[list[tuple[float, Row]]]:
    """Rows placed on pages as (top y, row): headings stay with what follows, no single line is left alone."""
    top = spec.height - spec.top
    usable = top - spec.bottom
    pages: list[list[tuple[float, Row]]] = [[]]
    y = top
    count = len(rows)
    for index, row in enumerate(rows):
        if row.kind == "break":
            if pages[-1]:
                pages.append([])
                y = top
            continue
        space = row.space_before if pages[-1] else 0.0
        group = space + row.height
        end = index
        while rows[end].keep_with_next and end + 1 < count and rows[end + 1].kind != "break":
            end += 1
            group += rows[end].space_before + rows[end].height
        group_falls_off = y - group < spec.bottom and group <= usable
        row_falls_off = y - space - row.height < spec.bottom
        if pages[-1] and (group_falls_off or row_falls_off):
            pages.append([])
            y, space = top, 0.0
        y -= space
        pages[-1].append((y, row))
        y -= row.height
    return [page for page in pages if page]
