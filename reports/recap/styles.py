"""How recap sheets look: formats, page set-up, titles, and cross-tables with totals and charts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.services.recap import CrossTab

HEADER_BG = "#1F4E78"
TOTAL_BG = "#DDEBF7"
STATUS_COLOURS = ("#1F4E78", "#5B9BD5", "#70AD47", "#FFC000", "#ED7D31", "#A5A5A5")
A4 = 9


@dataclass
class Styles:
    title: Any
    subtitle: Any
    header: Any
    text: Any
    number: Any
    total_label: Any
    total_number: Any
    bold: Any
    date: Any
    note: Any

    @classmethod
    def add_to(cls, book) -> Styles:
        border = {"border": 1, "border_color": "#A6A6A6"}
        return cls(
            title=book.add_format({"bold": True, "font_size": 14, "font_color": HEADER_BG}),
            subtitle=book.add_format({"italic": True, "font_color": "#595959"}),
            header=book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_BG, "text_wrap": True,
                                    "valign": "vcenter", "align": "center", **border}),
            text=book.add_format(border),
            number=book.add_format({"num_format": "#,##0", **border}),
            total_label=book.add_format({"bold": True, "bg_color": TOTAL_BG, **border}),
            total_number=book.add_format({"bold": True, "bg_color": TOTAL_BG, "num_format": "#,##0", **border}),
            bold=book.add_format({"bold": True}),
            date=book.add_format({"num_format": "dd-mm-yyyy", **border}),
            note=book.add_format({"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"}),
        )


def page_setup(sheet, title: str, *, landscape: bool = True, header_row: int | None = None) -> None:
    """A4, fit to one page wide, header row repeated, page numbers in the footer."""
    if landscape:
        sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_footer(f"&L{title}&RHalaman &P dari &N")
    if header_row is not None:
        sheet.repeat_rows(header_row)
        sheet.freeze_panes(header_row + 1, 0)


def heading(sheet, styles: Styles, title: str, subtitle: str) -> int:
    """Title and subtitle in rows 1-2; returns the first free row (a blank row left after them)."""
    sheet.write_string(0, 0, title, styles.title)
    sheet.write_string(1, 0, subtitle, styles.subtitle)
    return 3


def write_crosstab(sheet, styles: Styles, tab: CrossTab, first_row: int, extra_headers: tuple[str, ...] = ()
                   ) -> tuple[int, int, int]:
    """The table with a Jumlah column and row; returns (header row, last data row, first count column)."""
    labels = (*extra_headers, tab.dimension)
    headers = (*labels, *tab.columns, "Jumlah")
    for column, text in enumerate(headers):
        sheet.write_string(first_row, column, text, styles.header)
    first_count = len(labels)
    row = first_row
    for index, (label, counts) in enumerate(zip(tab.rows, tab.counts, strict=True)):
        row = first_row + 1 + index
        for column, value in enumerate(tab.extra[index] if tab.extra else ()):
            sheet.write_string(row, column, value, styles.text)
        sheet.write_string(row, first_count - 1, label, styles.text)
        for offset, count in enumerate(counts):
            sheet.write_number(row, first_count + offset, count, styles.number)
        sheet.write_number(row, first_count + len(counts), sum(counts), styles.total_number)
    last_data = row
    total_row = last_data + 1
    for column in range(first_count):
        sheet.write_string(total_row, column, "Jumlah" if column == 0 else "", styles.total_label)
    for offset, total in enumerate(tab.column_totals):
        sheet.write_number(total_row, first_count + offset, total, styles.total_number)
    sheet.write_number(total_row, first_count + len(tab.columns), tab.total, styles.total_number)
    return first_row, last_data, first_count


def add_status_chart(book, sheet, tab: CrossTab, at: tuple[int, int], header_row: int, last_data: int,
                     first_count: int, *, kind: str = "column", title: str | None = None,
                     size: tuple[int, int] = (620, 340)) -> None:
    """A chart of the table: stacked columns (or bars) by status, or a pie of the Jumlah column."""
    if last_data <= header_row:
        return
    name = sheet.get_name().replace("'", "''")
    label_col = first_count - 1
    categories = [name, header_row + 1, label_col, last_data, label_col]
    if kind == "pie":
        chart = book.add_chart({"type": "pie"})
        total_col = first_count + len(tab.columns)
        chart.add_series({"name": "Jumlah", "categories": categories,
                          "values": [name, header_row + 1, total_col, last_data, total_col],
                          "data_labels": {"percentage": True, "category": False},
                          "points": [{"fill": {"color": c}} for c in STATUS_COLOURS]})
    else:
        chart = book.add_chart({"type": kind, "subtype": "stacked"})
        for offset in range(len(tab.columns)):
            column = first_count + offset
            chart.add_series({"name": [name, header_row, column], "categories": categories,
                              "values": [name, header_row + 1, column, last_data, column],
                              "fill": {"color": STATUS_COLOURS[offset % len(STATUS_COLOURS)]},
                              "gap": 60})
        chart.set_legend({"position": "bottom"})
        values_axis = {"num_format": "#,##0", "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}}
        if kind == "bar":  # XlsxWriter's y axis is the vertical category axis here: every label, first on top
            # "crossing: max" keeps the value axis at the bottom once the categories are reversed.
            chart.set_y_axis({"interval_unit": 1, "reverse": True, "crossing": "max", "num_font": {"size": 8}})
            chart.set_x_axis(values_axis)
        else:
            chart.set_x_axis({"interval_unit": 1, "num_font": {"rotation": -45, "size": 8}})
            chart.set_y_axis(values_axis)
    chart.set_title({"name": title or tab.title, "name_font": {"size": 11, "bold": True}})
    chart.set_size({"width": size[0], "height": size[1]})
    sheet.insert_chart(at[0], at[1], chart, {"x_offset": 10, "y_offset": 0})


def crosstab_sheet(book, styles: Styles, name: str, tab: CrossTab, subtitle: str, *, chart: str | None = "column",
                   label_width: float = 28, extra_headers: tuple[str, ...] = (), extra_widths: tuple[float, ...] = ()
                   ) -> Any:
    """A sheet holding one cross-table, formatted for print, with a chart to its right (or below for bars)."""
    sheet = book.add_worksheet(name)
    first = heading(sheet, styles, tab.title, subtitle)
    header_row, last_data, first_count = write_crosstab(sheet, styles, tab, first, extra_headers)
    for column, width in enumerate(extra_widths):
        sheet.set_column(column, column, width)
    sheet.set_column(first_count - 1, first_count - 1, label_width)
    sheet.set_column(first_count, first_count + len(tab.columns), 11)
    sheet.set_row(header_row, 30)
    page_setup(sheet, tab.title, header_row=header_row)
    if chart is not None:
        chart_column = first_count + len(tab.columns) + 2
        height = 340 if chart != "bar" else max(340, min(1400, 22 * len(tab.rows) + 120))
        add_status_chart(book, sheet, tab, (header_row, chart_column), header_row, last_data, first_count,
                         kind=chart, size=(620, height))
    return sheet
