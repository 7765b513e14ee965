"""Reading jabatan and unit names: jenis, jenjang and group of a new jabatan, kind of a new unit."""

from __future__ import annotations

import pytest

from models.demo.catalog import POSITIONS
from models.rules.errors import RuleError
from models.rules.organization import classify_position, guess_unit_kind, jenis_jabatan_hint


@pytest.mark.parametrize("spec", POSITIONS, ids=lambda spec: spec.name)
def test_every_demo_jabatan_is_read_from_its_name_alone(spec) -> None:
    kind = classify_position(spec.name)
    assert (kind.jenis_jabatan, kind.jenjang, kind.group) == (spec.jenis, spec.jenjang, spec.group)


@pytest.mark.parametrize(("name", "hint", "jenis"), [
    ("Kepala Dinas Pendidikan", None, "JPT"), ("Sekretaris Daerah", None, "JPT"),
    ("Kepala Bidang Kesehatan Masyarakat", None, "administrator"), ("Camat", None, "administrator"),
    ("Kepala Seksi Pemerintahan", None, "pengawas"), ("Lurah", None, "pengawas"),
    ("Pengadministrasi Perkantoran", None, "pelaksana"), ("Staf", "Jabatan Fungsional Umum", "pelaksana"),
    ("Guru Kelas", None, "fungsional"), ("Kepala Subbagian Umum", "Jabatan Struktural", "pengawas"),
])
def test_jenis_from_name_and_hint(name, hint, jenis) -> None:
    assert classify_position(name, jenis_jabatan_hint(hint) if hint else None).jenis_jabatan == jenis


@pytest.mark.parametrize(("name", "hint", "reason"), [
    ("Perawat", None, "tanpa jenjang"), ("Pranata Komputer", None, "tanpa jenjang"),
    ("Analis", "JFT", "tanpa jenjang"), ("Staf Khusus", "Struktural", "tingkatnya"),
])
def test_what_decides_the_bup_is_never_guessed(name, hint, reason) -> None:
    with pytest.raises(RuleError, match=reason):
        classify_position(name, jenis_jabatan_hint(hint) if hint else None)


def test_unknown_jenis_hint_is_refused() -> None:
    with pytest.raises(RuleError, match="Jenis jabatan 'Honorer' tidak dikenal"):
        jenis_jabatan_hint("Honorer")


@pytest.mark.parametrize(("name", "top", "kind"), [
    ("SD Negeri 3 Jekan Raya", False, "sekolah"), ("UPTD SMP Negeri 1", False, "sekolah"),
    ("Puskesmas Kereng Bangkirai", False, "puskesmas"), ("Kelurahan Langkai", False, "kelurahan"),
    ("Kecamatan Pahandut", True, "kecamatan"), ("Dinas Kesehatan", True, "opd"),
    ("Bidang Pembinaan SD", False, "bidang"),
])
def test_unit_kind_from_its_name(name, top, kind) -> None:
    assert guess_unit_kind(name, top_level=top) == kind
