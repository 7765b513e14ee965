"""Header words as offices and SIASN write them, the header row below titles, and the column guess."""

from __future__ import annotations

import pytest

from reports.roster.headers import (
    check_mapping,
    field_for_header,
    find_header_row,
    guess_mapping,
    normalize_header,
)
from reports.roster.reader import RosterFileError, SheetGrid
from reports.siasn import SIASN_COLUMNS


@pytest.mark.parametrize(("header", "field"), [
    ("NIP", "nip"), ("NIP Baru", "nip"), ("NIP BARU", "nip"), ("nip baru", "nip"), ("NIP/NI PPPK", "nip"),
    ("Nama", "name"), ("Nama Lengkap", "name"), ("NAMA PEGAWAI", "name"),
    ("Tgl. Lahir", "birth_date"), ("Tanggal Lahir", "birth_date"), ("TGL_LAHIR", "birth_date"),
    ("L/P", "sex"), ("Jenis Kelamin", "sex"), ("JK", "sex"),
    ("Gol/Ruang", "golongan"), ("Gol. / Ruang", "golongan"), ("Golongan", "golongan"), ("GOL AKHIR NAMA", "golongan"),
    ("Pangkat/Gol", "golongan"),
    ("Unit Kerja", "unit"), ("UNOR NAMA", "unit"), ("Kec.", "kecamatan"), ("Kecamatan", "kecamatan"),
    ("OPD", "opd"), ("UNOR INDUK NAMA", "opd"), ("Jabatan", "position"), ("JABATAN NAMA", "position"),
    ("Status", "status"), ("JENIS PEGAWAI NAMA", "status"), ("STATUS CPNS PNS", "cpns_pns"),
    ("Pendidikan", "education_level"), ("TINGKAT PENDIDIKAN NAMA", "education_level"),
    ("PENDIDIKAN NAMA", "education_major"), ("TMT PPPK", "tmt_pppk"), ("TMT CPNS", "tmt_cpns"),
    ("NIK", "nik"), ("No. HP", "phone"), ("E-mail", "email"),
])
def test_header_variants_name_their_field(header, field) -> None:
    hit = field_for_header(header)
    assert hit is not None and hit[0] == field


@pytest.mark.parametrize("header", ["No", "No.", "Keterangan", "Alasan penolakan", None, 12])
def test_other_headers_are_ignored(header) -> None:
    assert field_for_header(header) is None


def test_normalize_header_punctuation_and_slashes() -> None:
    assert normalize_header(" Tgl.  Lahir ") == "TGL LAHIR"
    assert normalize_header("Gol. / Ruang") == "GOL/RUANG"


def test_header_row_is_found_below_title_rows() -> None:
    grid = SheetGrid("Data", [
        ["DAFTAR NOMINATIF PEGAWAI", "", "", ""],
        ["DINAS PENDIDIKAN KOTA PALANGKA RAYA", "", "", ""],
        ["", "", "", ""],
        ["No", "NIP", "Nama", "Tgl. Lahir"],
        ["1", "2", "3", "4"],
    ])
    header = find_header_row(grid)
    assert header.excel_row == 4
    assert guess_mapping(header.cells) == {1: "nip", 2: "name", 3: "birth_date"}


def test_no_header_row_is_a_file_error() -> None:
    grid = SheetGrid("Data", [["Judul"], ["Nama", "Alamat"]])
    with pytest.raises(RosterFileError, match="Baris judul kolom tidak ditemukan"):
        find_header_row(grid)


def test_siasn_export_maps_as_it_comes() -> None:
    headers = [c.header for c in SIASN_COLUMNS]
    mapping = guess_mapping(headers)
    by_field = {field: headers[column] for column, field in mapping.items()}
    assert by_field["nip"] == "NIP BARU"
    assert by_field["golongan"] == "GOL AKHIR NAMA"
    assert by_field["unit"] == "UNOR NAMA"
    assert by_field["opd"] == "UNOR INDUK NAMA"
    assert by_field["education_level"] == "TINGKAT PENDIDIKAN NAMA"
    assert by_field["education_major"] == "PENDIDIKAN NAMA"
    assert by_field["status"] == "JENIS PEGAWAI NAMA" and by_field["cpns_pns"] == "STATUS CPNS PNS"
    assert "LOKASI KERJA NAMA" not in by_field.values()
    assert check_mapping(mapping) == []


def test_the_better_named_column_wins_when_two_could_be_the_unit() -> None:
    mapping = guess_mapping(["NIP BARU", "SATUAN KERJA KERJA NAMA", "UNOR NAMA"])
    assert mapping == {0: "nip", 2: "unit"}


def test_check_mapping_refuses_a_field_twice_and_a_missing_nip() -> None:
    assert any("dua kolom" in p for p in check_mapping({0: "nip", 1: "name", 2: "name"}))
    assert any("NIP belum dipetakan" in p for p in check_mapping({1: "name"}))
