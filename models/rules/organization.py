"""Reading jabatan and unit names as offices write them: jenis jabatan, jenjang, group and kind of unit.

A roster names a jabatan ("Perawat Ahli Pertama", "Kepala Seksi Pemerintahan") and a unit ("SD Negeri 3
Jekan Raya") but rarely says what kind each is. A new jabatan needs its jenis, jenjang and group, because
its retirement age (BUP) follows from them; the name says enough in the common cases, and a name that
does not is refused with a message, never guessed wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.rules.errors import RuleError
from models.rules.retirement import (
    ADMINISTRATOR,
    FUNGSIONAL,
    GROUP_GURU,
    GROUP_KESEHATAN,
    GROUP_OPERASIONAL,
    GROUP_TEKNIS,
    JPT,
    PELAKSANA,
    PENGAWAS,
)

STRUKTURAL = "struktural"  # a hint that says "one of JPT, administrator, pengawas" without saying which

_JENJANG_WORDS = (
    ("ahli utama", "ahli_utama"), ("ahli madya", "ahli_madya"), ("ahli muda", "ahli_muda"),
    ("ahli pertama", "ahli_pertama"), ("penyelia", "penyelia"), ("mahir", "mahir"),
    ("terampil", "terampil"), ("pemula", "pemula"),
)
# Checked in this order: the first pattern that matches the start of the name decides.
_STRUCTURAL_NAMES = (
    (JPT, r"sekretaris daerah|kepala (dinas|badan|satuan polisi)|inspektur( daerah)?$|inspektur kota|"
          r"inspektur kabupaten|asisten|staf ahli|sekretaris dprd|direktur"),
    (ADMINISTRATOR, r"sekretaris (dinas|badan|inspektorat|kecamatan)|kepala (bidang|bagian)|camat|"
                    r"inspektur pembantu|kepala upt(d)? (rumah sakit|rsud)"),
    (PENGAWAS, r"kepala (seksi|sub ?bagian|sub ?bidang|upt|uptd)|kasubbag|kasubag|kasi |lurah|"
               r"sekretaris (kelurahan|desa)|kepala tata usaha"),
)
_HEALTH = re.compile(
    r"\b(dokter|perawat|bidan\b|apoteker|farmasi|kefarmasian|nutrisionis|sanitarian|laboratorium kesehatan|radiografer|"
    r"fisioterapis|perekam medis|rekam medis|epidemiolog|penyuluh kesehatan|terapis gigi|kesehatan|"
    r"administrator kesehatan|elektromedis|psikolog klinis|entomolog)"
)
# Functional jabatan usually written with their jenjang; without it the BUP cannot be known.
_FUNCTIONAL_STEMS = re.compile(
    r"^(pranata|arsiparis|analis|auditor|pustakawan|penyuluh|widyaiswara|perencana|statistisi|assessor|"
    r"asesor|pengelola pengadaan|teknik jalan|penata ruang|pengawas (sekolah|ketenagakerjaan)|"
    r"polisi pamong praja|pemadam kebakaran|penguji|pengendali|pamong belajar|penilik|surveyor)"
)
_OPERATIONAL = re.compile(r"^(operator|pengelola umum|pramu|pengemudi|petugas keamanan|satpam|penjaga)")
_HINTS = {
    "jpt": JPT, "jpt pratama": JPT, "jpt madya": JPT, "jabatan pimpinan tinggi": JPT, "pimpinan tinggi": JPT,
    "administrator": ADMINISTRATOR, "jabatan administrator": ADMINISTRATOR,
    "pengawas": PENGAWAS, "jabatan pengawas": PENGAWAS,
    "pelaksana": PELAKSANA, "jabatan pelaksana": PELAKSANA, "fungsional umum": PELAKSANA,
    "jabatan fungsional umum": PELAKSANA, "jfu": PELAKSANA,
    "fungsional": FUNGSIONAL, "fungsional tertentu": FUNGSIONAL, "jabatan fungsional": FUNGSIONAL,
    "jabatan fungsional tertentu": FUNGSIONAL, "jft": FUNGSIONAL,
    "struktural": STRUKTURAL, "jabatan struktural": STRUKTURAL,
}


@dataclass(frozen=True)
class PositionKind:
    """What a jabatan is: jenis (JPT ... fungsional), jenjang (functional level or None) and group."""

    jenis_jabatan: str
    jenjang: str | None
    group: str


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w/]+", " ", text.lower()).split())


def jenis_jabatan_hint(value: str) -> str:
    """A jenis jabatan as written ("Jabatan Fungsional Tertentu", "JFU", "Struktural") -> our value."""
    key = _words(value)
    if key in _HINTS:
        return _HINTS[key]
    raise RuleError(
        f"Jenis jabatan '{value}' tidak dikenal; tulis JPT, administrator, pengawas, pelaksana, atau fungsional."
    )


def _structural(name: str) -> str | None:
    for jenis, pattern in _STRUCTURAL_NAMES:
        if re.match(pattern, name):
            return jenis
    return None


def _group(name: str) -> str:
    if name.startswith("guru") or "kepala sekolah" in name or name.startswith("pengawas sekolah"):
        return GROUP_GURU
    if _HEALTH.search(name):
        return GROUP_KESEHATAN
    if _OPERATIONAL.match(name):
        return GROUP_OPERASIONAL
    return GROUP_TEKNIS


def classify_position(name: str, jenis_hint: str | None = None) -> PositionKind:
    """Jenis, jenjang and group of a jabatan from its name and, when the file has one, its jenis.

    Raises RuleError when the jenis or, for a functional jabatan, the jenjang cannot be known: both
    decide the retirement age, so they are not guessed.
    """
    text = _words(name)
    if not text:
        raise RuleError("Nama jabatan kosong.")
    jenjang = next((value for words, value in _JENJANG_WORDS if re.search(rf"\b{words}\b", text)), None)
    group = _group(text)
    jenis = jenis_hint
    if jenis in (None, STRUKTURAL):
        structural = _structural(text)
        if structural is not None and jenjang is None:
            jenis = structural
        elif jenis == STRUKTURAL:
            raise RuleError(
                f"Jabatan struktural '{name}': tingkatnya (JPT, administrator, atau pengawas) tidak dapat "
                f"dikenali dari namanya; isi kolom jenis jabatan dengan JPT, administrator, atau pengawas."
            )
        elif jenjang is not None or group in (GROUP_GURU, GROUP_KESEHATAN) or _FUNCTIONAL_STEMS.match(text):
            jenis = FUNGSIONAL
        else:
            jenis = PELAKSANA
    if jenis == FUNGSIONAL and jenjang is None and group != GROUP_GURU:
        raise RuleError(
            f"Jabatan fungsional '{name}' tanpa jenjang: tulis jenjangnya pada nama jabatan "
            f"(mis. '{name} Ahli Pertama' atau '{name} Terampil'), karena batas usia pensiun bergantung padanya."
        )
    if jenis != FUNGSIONAL:
        jenjang = None
    return PositionKind(jenis, jenjang, group)


_UNIT_KINDS = (
    ("sekolah", r"^(uptd |upt )?(sd|sdn|smp|smpn|sma|smk|tk|tkn|slb|mi|mts|paud|sekolah)\b"),
    ("puskesmas", r"^(uptd |upt )?puskesmas\b"),
    ("kelurahan", r"^(kelurahan|desa)\b"),
    ("kecamatan", r"^kecamatan\b"),
)


def guess_unit_kind(name: str, *, top_level: bool) -> str:
    """The kind of a unit from its name: school, puskesmas, kelurahan, kecamatan; else OPD or bidang."""
    text = _words(name)
    for kind, pattern in _UNIT_KINDS:
        if re.match(pattern, text):
            return kind
    return "opd" if top_level else "bidang"
