"""Roster columns: the fields an import fills, the header words offices and SIASN use for them,
finding the header row below any title rows, and guessing which column is which field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reports.roster.reader import RosterFileError, SheetGrid

IGNORED = ""  # the mapping value of a column the import does not use
HEADER_SCAN_ROWS = 40
MIN_HEADER_FIELDS = 2


@dataclass(frozen=True)
class RosterField:
    """A value the import can take from a column: its key, its label for the clerk, its header words.

    Header words are compared after normalize_header(); the earlier a word, the better the match, so
    when two columns could be the same field (SIASN has both UNOR NAMA and SATUAN KERJA KERJA NAMA)
    the better-named one wins and the other stays unused.
    """

    key: str
    label: str
    headers: tuple[str, ...]
    required: bool = False


ROSTER_FIELDS: tuple[RosterField, ...] = (
    RosterField("nip", "NIP / NI PPPK", (
        "NIP", "NIP BARU", "NIP 18", "NIP/NI PPPK", "NI PPPK", "NIP/NIPPPK", "NIPPPK", "NIP PPPK",
        "NOMOR INDUK PEGAWAI", "NO INDUK PEGAWAI"), required=True),
    RosterField("name", "Nama", (
        "NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA TANPA GELAR", "NAMA PPPK"), required=True),
    RosterField("gelar_depan", "Gelar depan", ("GELAR DEPAN", "GLR DEPAN")),
    RosterField("gelar_belakang", "Gelar belakang", ("GELAR BELAKANG", "GLR BELAKANG")),
    RosterField("nik", "NIK", ("NIK", "NIK KTP", "NO KTP", "NOMOR KTP", "NOMOR INDUK KEPENDUDUKAN")),
    RosterField("birth_place", "Tempat lahir", (
        "TEMPAT LAHIR", "TEMPAT LAHIR NAMA", "TMPT LAHIR", "TPT LAHIR", "KOTA LAHIR")),
    RosterField("birth_date", "Tanggal lahir", (
        "TANGGAL LAHIR", "TGL LAHIR", "TGLLAHIR", "TANGGAL LHR", "TGL LHR")),
    RosterField("sex", "Jenis kelamin", ("JENIS KELAMIN", "L/P", "JK", "KELAMIN", "SEX", "GENDER", "P/L")),
    RosterField("religion", "Agama", ("AGAMA", "AGAMA NAMA")),
    RosterField("status", "Status kepegawaian", (
        "STATUS KEPEGAWAIAN", "STATUS PEGAWAI", "STATUS ASN", "STATUS", "JENIS PEGAWAI", "JENIS PEGAWAI NAMA",
        "JENIS ASN")),
    RosterField("cpns_pns", "Status CPNS/PNS", ("STATUS CPNS PNS", "STATUS CPNS/PNS", "CPNS/PNS")),
    RosterField("golongan", "Golongan", (
        "GOL/RUANG", "GOLONGAN", "GOL", "GOLONGAN/RUANG", "GOL RUANG", "GOLONGAN RUANG", "GOL AKHIR NAMA",
        "GOLONGAN AKHIR", "GOL AKHIR", "PANGKAT/GOL", "PANGKAT/GOLONGAN", "PANGKAT GOLONGAN", "PANGKAT GOL/RUANG",
        "PANGKAT/GOL/RUANG", "GOL/RUANG AKHIR")),
    RosterField("tmt_golongan", "TMT golongan", ("TMT GOLONGAN", "TMT GOL", "TMT PANGKAT", "TMT GOL/RUANG")),
    RosterField("position", "Jabatan", ("JABATAN", "NAMA JABATAN", "JABATAN NAMA", "JABATAN TERAKHIR")),
    RosterField("jenis_jabatan", "Jenis jabatan", ("JENIS JABATAN", "JENIS JABATAN NAMA")),
    RosterField("tmt_jabatan", "TMT jabatan", ("TMT JABATAN",)),
    RosterField("unit", "Unit kerja", (
        "UNIT KERJA", "UNOR NAMA", "UNOR", "NAMA UNIT KERJA", "UNIT", "SATUAN KERJA", "SATKER", "TEMPAT TUGAS",
        "UNIT ORGANISASI", "SATUAN KERJA KERJA NAMA")),
    RosterField("opd", "OPD / unit induk", (
        "OPD", "SKPD", "PERANGKAT DAERAH", "UNIT KERJA INDUK", "UNOR INDUK NAMA", "UNOR INDUK", "INDUK UNIT",
        "SATUAN KERJA INDUK NAMA", "SATUAN KERJA INDUK", "NAMA OPD", "NAMA SKPD")),
    RosterField("kecamatan", "Kecamatan", ("KECAMATAN", "KEC", "NAMA KECAMATAN", "KECAMATAN UNIT KERJA")),
    RosterField("education_level", "Tingkat pendidikan", (
        "TINGKAT PENDIDIKAN", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN", "PENDIDIKAN TERAKHIR", "JENJANG PENDIDIKAN",
        "PEND TERAKHIR", "PEND", "TK PENDIDIKAN")),
    RosterField("education_major", "Jurusan", (
        "JURUSAN", "PENDIDIKAN NAMA", "PROGRAM STUDI", "PRODI", "JURUSAN PENDIDIKAN", "NAMA PENDIDIKAN")),
    RosterField("education_year", "Tahun lulus", ("TAHUN LULUS", "THN LULUS", "TH LULUS")),
    RosterField("tmt_cpns", "TMT CPNS", ("TMT CPNS",)),
    RosterField("tmt_pns", "TMT PNS", ("TMT PNS",)),
    RosterField("tmt_pppk", "TMT PPPK", ("TMT PPPK", "TMT P3K", "TMT PENGANGKATAN", "TMT PPPK PARUH WAKTU")),
    RosterField("address", "Alamat", ("ALAMAT", "ALAMAT RUMAH", "ALAMAT DOMISILI")),
    RosterField("phone", "Nomor HP", (
        "NOMOR HP", "NO HP", "HP", "NO TELP", "NOMOR TELEPON", "TELEPON", "NO TELEPON", "NO HP/WA", "WA")),
    RosterField("email", "Surel", ("EMAIL", "E MAIL", "SUREL", "ALAMAT EMAIL")),
)
FIELD_BY_KEY = {f.key: f for f in ROSTER_FIELDS}
# Fields a roster may leave out and the clerk give once for every row ("status = PPPK"): not the identifiers.
FIXABLE = tuple(f.key for f in ROSTER_FIELDS if f.key not in ("nip", "nik", "name", "birth_date"))

_PUNCTUATION = re.compile(r"[.,:;_()\[\]\-'\"`*#]+")
_SPACES = re.compile(r"\s+")
_RANK: dict[str, tuple[str, int]] = {}
for _field in ROSTER_FIELDS:
    for _rank, _header in enumerate(_field.headers):
        _RANK.setdefault(_header, (_field.key, _rank))


def normalize_header(value: Any) -> str:
    """Upper case, punctuation as spaces, no space around '/': "Tgl. Lahir" -> "TGL LAHIR", "Gol. / Ruang" ->
    "GOL/RUANG"."""
    if value is None or isinstance(value, bool):
        return ""
    text = _PUNCTUATION.sub(" ", str(value).upper())
    text = _SPACES.sub(" ", text).strip()
    return text.replace(" / ", "/").replace("/ ", "/").replace(" /", "/")


def field_for_header(value: Any) -> tuple[str, int] | None:
    """(field key, rank) for a header cell, or None when it names nothing the import uses."""
    return _RANK.get(normalize_header(value))


@dataclass(frozen=True)
class HeaderRow:
    """Where the header is: its index in the grid (Excel row index + 1) and its cells."""

    index: int
    cells: list[Any]

    @property
    def excel_row(self) -> int:
        return self.index + 1


def find_header_row(grid: SheetGrid, scan: int = HEADER_SCAN_ROWS) -> HeaderRow:
    """The row among the first `scan` that names the most fields and names the NIP (titles above are skipped)."""
    best: tuple[int, int] | None = None
    for index, row in enumerate(grid.rows[:scan]):
        keys = {hit[0] for hit in map(field_for_header, row) if hit}
        if "nip" in keys and len(keys) >= MIN_HEADER_FIELDS and (best is None or len(keys) > best[1]):
            best = (index, len(keys))
    if best is None:
        raise RosterFileError(
            f"Baris judul kolom tidak ditemukan pada lembar '{grid.name}' (dicari di {scan} baris pertama): "
            f"perlu kolom NIP dan paling sedikit satu kolom lain, mis. Nama."
        )
    return HeaderRow(best[0], list(grid.rows[best[0]]))


def guess_mapping(header_cells: Sequence[Any]) -> dict[int, str]:
    """Column index -> field key for every recognised header; a field goes to its best-named column."""
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
    for column, cell in enumerate(header_cells):
        hit = field_for_header(cell)
        if hit is None:
            continue
        key, rank = hit
        if key not in best or rank < best[key][0]:
            best[key] = (rank, column)
    return {column: key for key, (_rank, column) in sorted(best.items(), key=lambda item: item[1][1])}


def check_mapping(mapping: dict[int, str]) -> list[str]:
    """Why a (possibly clerk-changed) mapping cannot be used; [] when it can."""
    problems = []
    seen: dict[str, int] = {}
    for column, key in mapping.items():
        if key == IGNORED:
            continue
        if key not in FIELD_BY_KEY:
            problems.append(f"Kolom {column_letter(column)}: isian '{key}' tidak dikenal.")
        elif key in seen:
            problems.append(
                f"{FIELD_BY_KEY[key].label} dipetakan ke dua kolom ({column_letter(seen[key])} dan "
                f"{column_letter(column)}); pilih satu."
            )
        else:
            seen[key] = column
    if "nip" not in seen:
        problems.append("Kolom NIP belum dipetakan; NIP diperlukan untuk mengenali setiap pegawai.")
    return problems


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB": how Excel names a column, for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
