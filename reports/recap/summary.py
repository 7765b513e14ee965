"""The recap's summary sheets: Ringkasan, one cross-table per dimension, formasi by kecamatan, retirements."""

from __future__ import annotations

from collections import defaultdict

from models.rules.formatting import format_date_id
from models.services.recap import CrossTab, RecapSummary
from models.services.recap_lists import FormationLine, Retirement
from models.vocabulary import JenisJabatan
from reports.recap.styles import (
    Styles,
    add_status_chart,
    crosstab_sheet,
    heading,
    page_setup,
    write_crosstab,
)


def subtitle(summary: RecapSummary) -> str:
    where = summary.office_name or "SIMPEG Luring"
    return f"Pegawai aktif, keadaan {format_date_id(summary.today)} — {where}"


def ringkasan_sheet(book, styles: Styles, summary: RecapSummary, figures: list[tuple[str, int]]) -> None:
    sheet = book.add_worksheet("Ringkasan")
    title = "REKAPITULASI PEGAWAI" + (f" {summary.regency_name.upper()}" if summary.regency_name else "")
    first = heading(sheet, styles, title, subtitle(summary))
    header_row, last_data, first_count = write_crosstab(sheet, styles, _status_as_rows(summary.by_status), first)
    sheet.set_column(0, 0, 46)
    sheet.set_column(1, 2, 12)
    row = last_data + 3
    sheet.write_string(row, 0, "Angka penting", styles.header)
    sheet.write_string(row, 1, "Jumlah", styles.header)
    for offset, (label, value) in enumerate(figures, start=1):
        sheet.write_string(row + offset, 0, label, styles.text)
        sheet.write_number(row + offset, 1, value, styles.number)
    page_setup(sheet, title, landscape=True)
    tab = _status_as_rows(summary.by_status)
    add_status_chart(book, sheet, tab, (first, 4), header_row, last_data, first_count, kind="pie",
                     title="Komposisi pegawai menurut status", size=(480, 320))


def _status_as_rows(tab: CrossTab) -> CrossTab:
    """The status table with statuses as rows and one count column, for reading and for a pie chart."""
    return CrossTab(tab.title, "Status kepegawaian", tab.rows, tuple((sum(r),) for r in tab.counts),
                    columns=("Pegawai",))


def crosstab_sheets(book, styles: Styles, summary: RecapSummary) -> list[str]:
    text = subtitle(summary)
    crosstab_sheet(book, styles, "Per OPD", summary.by_opd, text, chart="bar", label_width=48)
    crosstab_sheet(book, styles, "Per Unit Kerja", summary.by_unit, text, chart=None, label_width=44,
                   extra_headers=("OPD", "Kecamatan"), extra_widths=(44, 18))
    made = ["Per OPD", "Per Unit Kerja"]
    for name, tab, chart, width in (
        ("Golongan", summary.by_golongan, "column", 16),
        ("Pendidikan", summary.by_education, "column", 16),
        ("Jenis Kelamin", summary.by_sex, "pie", 18),
        ("Umur", summary.by_age, "column", 16),
        ("Jenis Jabatan", summary.by_jenis_jabatan, "column", 22),
        ("Kecamatan", summary.by_kecamatan, "column", 26),
    ):
        crosstab_sheet(book, styles, name, tab, text, chart=chart, label_width=width)
        made.append(name)
    return made


def formation_kecamatan_sheet(book, styles: Styles, summary: RecapSummary, lines: list[FormationLine]) -> None:
    """Need, staff in post and shortage per kecamatan, with a chart: where the gaps are."""
    sheet = book.add_worksheet("Formasi per Kecamatan")
    year = summary.formation_year
    title = f"Formasi dan bezetting per kecamatan tahun {year}" if year else "Formasi dan bezetting per kecamatan"
    first = heading(sheet, styles, title, subtitle(summary) + "; kekurangan = kebutuhan dikurangi bezetting")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for line in lines:
        acc = totals[line.kecamatan or "(tanpa kecamatan)"]
        acc[0] += line.needed
        acc[1] += line.approved
        acc[2] += line.in_post
        acc[3] += line.shortage
    headers = ("Kecamatan", "Kebutuhan", "Formasi disetujui", "Bezetting", "Kekurangan")
    for column, text in enumerate(headers):
        sheet.write_string(first, column, text, styles.header)
    names = sorted(totals)
    for index, name in enumerate(names, start=1):
        sheet.write_string(first + index, 0, name, styles.text)
        for column, value in enumerate(totals[name], start=1):
            sheet.write_number(first + index, column, value, styles.number)
    total_row = first + len(names) + 1
    sheet.write_string(total_row, 0, "Jumlah", styles.total_label)
    for column in range(1, 5):
        sheet.write_number(total_row, column, sum(totals[n][column - 1] for n in names), styles.total_number)
    if not names:
        sheet.write_string(first + 1, 0, "Belum ada formasi yang tercatat.", styles.note)
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 4, 13)
    sheet.set_row(first, 30)
    page_setup(sheet, title, header_row=first)
    if names:
        chart = book.add_chart({"type": "column"})
        for column, colour in ((1, "#5B9BD5"), (3, "#70AD47"), (4, "#C00000")):
            chart.add_series({"name": ["Formasi per Kecamatan", first, column],
                              "categories": ["Formasi per Kecamatan", first + 1, 0, first + len(names), 0],
                              "values": ["Formasi per Kecamatan", first + 1, column, first + len(names), column],
                              "fill": {"color": colour}})
        chart.set_title({"name": "Kebutuhan, bezetting dan kekurangan", "name_font": {"size": 11}})
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": 620, "height": 340})
        sheet.insert_chart(first, 6, chart, {"x_offset": 10})


def retirement_summary_sheet(book, styles: Styles, summary: RecapSummary, people: list[Retirement],
                             years: int) -> None:
    """How many reach their BUP in each of the next years, by jenis jabatan, with a chart."""
    sheet = book.add_worksheet("Pensiun 5 Tahun")
    first_year = summary.today.year
    title = f"Proyeksi pensiun {first_year}-{first_year + years - 1}"
    first = heading(sheet, styles, title, subtitle(summary) + "; menurut TMT pensiun (BUP per jabatan)")
    kinds = [*JenisJabatan, None]
    counts = {(y, k): 0 for y in range(first_year, first_year + years) for k in kinds}
    for person in people:
        counts[(person.on.year, person.jenis_jabatan)] += 1
    used = [k for k in kinds if any(counts[(y, k)] for y in range(first_year, first_year + years))] or kinds[:1]
    tab = CrossTab(title, "Tahun", tuple(str(y) for y in range(first_year, first_year + years)),
                   tuple(tuple(counts[(y, k)] for k in used) for y in range(first_year, first_year + years)),
                   columns=tuple(k.label if k else "(tanpa jabatan)" for k in used))
    header_row, last_data, first_count = write_crosstab(sheet, styles, tab, first)
    sheet.set_column(0, 0, 12)
    sheet.set_column(1, len(used) + 1, 13)
    sheet.set_row(header_row, 30)
    note = last_data + 3
    sheet.write_string(note, 0, "Daftar nama ada pada lembar 'Daftar Pensiun'.", styles.subtitle)
    page_setup(sheet, title, header_row=header_row)
    add_status_chart(book, sheet, tab, (header_row, len(used) + 3), header_row, last_data, first_count,
                     title="Pegawai mencapai BUP per tahun")
