"""Grades (golongan): PNS I/a..IV/e with their pangkat, PPPK I..XVII, and reading how clerks write them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.rules.education import normalize_education_level
from models.rules.errors import RuleError

SYSTEM_PNS = "PNS"
SYSTEM_PPPK = "PPPK"

_ROMANS = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)
_NUMBER_BY_ROMAN = {roman: i for i, roman in enumerate(_ROMANS, start=1)}


@dataclass(frozen=True)
class Grade:
    """One grade: its code, its system, its order within the system, and the PNS pangkat name."""

    code: str
    system: str
    rank: int
    pangkat: str | None


_PNS_TABLE = (
    ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"), ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"), ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"), ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama"),
)

PNS_GRADES: tuple[Grade, ...] = tuple(
    Grade(code, SYSTEM_PNS, rank, pangkat) for rank, (code, pangkat) in enumerate(_PNS_TABLE, start=1)
)
PPPK_GRADES: tuple[Grade, ...] = tuple(
    Grade(roman, SYSTEM_PPPK, rank, None) for rank, roman in enumerate(_ROMANS, start=1)
)
_GRADE_BY_CODE = {g.code: g for g in PNS_GRADES + PPPK_GRADES}
# The highest ruang letter in each PNS golongan: only IV goes up to e.
_LAST_LETTER = {1: "d", 2: "d", 3: "d", 4: "e"}

_PATTERN = re.compile(r"^(?:GOLONGAN|GOL\.?)?\s*([IVX]+|\d{1,2})\s*[/\-.]?\s*([A-E])?$")

# PermenPANRB 72/2020: the grade a PPPK starts in, by SIASN education code.
_PPPK_ENTRY_BY_EDUCATION = {
    "05": "I", "10": "IV", "15": "V", "20": "V", "25": "VI", "30": "VII",
    "35": "IX", "40": "IX", "42": "IX", "45": "X", "47": "X", "50": "XI",
}


def _invalid(value: object, reason: str) -> RuleError:
    return RuleError(f"Golongan '{value}' tidak dikenal: {reason}")


def _number(text: str, value: str) -> int:
    if text.isdigit():
        return int(text)
    if text not in _NUMBER_BY_ROMAN:
        raise _invalid(value, f"'{text}' bukan angka Romawi golongan.")
    return _NUMBER_BY_ROMAN[text]


def normalize_golongan(value: str, system: str | None = None) -> str:
    """Canonical grade code: "III a", "3a", "iii/A" -> "III/a"; "ix", "9", "09" -> "IX".

    Without a system, a ruang letter means PNS and no letter means PPPK.
    """
    if system not in (None, SYSTEM_PNS, SYSTEM_PPPK):
        raise RuleError(f"Sistem golongan '{system}' tidak dikenal; pilih PNS atau PPPK.")
    if not isinstance(value, str) or not value.strip():
        raise RuleError("Golongan belum diisi.")
    match = _PATTERN.match(value.strip().upper())
    if match is None:
        raise _invalid(value, "tulis seperti III/a untuk PNS atau IX untuk PPPK.")
    number = _number(match.group(1), value)
    letter = match.group(2)
    system = system or (SYSTEM_PNS if letter else SYSTEM_PPPK)
    if system == SYSTEM_PNS:
        if letter is None:
            raise _invalid(value, "golongan PNS harus disertai huruf ruang a sampai e, mis. III/a.")
        if not 1 <= number <= 4:
            raise _invalid(value, "golongan PNS hanya I sampai IV.")
        if letter.lower() > _LAST_LETTER[number]:
            last = _LAST_LETTER[number]
            raise _invalid(value, f"ruang golongan {_ROMANS[number - 1]} hanya a sampai {last}.")
        return f"{_ROMANS[number - 1]}/{letter.lower()}"
    if letter is not None:
        raise _invalid(value, "golongan PPPK tidak memakai huruf ruang; tulis I sampai XVII, mis. IX.")
    if not 1 <= number <= len(_ROMANS):
        raise _invalid(value, "golongan PPPK hanya I sampai XVII.")
    return _ROMANS[number - 1]


def grade_by_code(code: str) -> Grade:
    """The Grade for a grade code in any accepted spelling; RuleError when there is none."""
    return _GRADE_BY_CODE[normalize_golongan(code)]


def pangkat_name(golongan: str) -> str | None:
    """The PNS pangkat for a golongan ("III/a" -> "Penata Muda"); None for PPPK grades."""
    return grade_by_code(golongan).pangkat


def pppk_entry_grade(education_level: str) -> str:
    """The PPPK entry grade for an education level (code or spelling), per PermenPANRB 72/2020."""
    return _PPPK_ENTRY_BY_EDUCATION[normalize_education_level(education_level)]


# The golongan a PNS may hold in each jenjang of a jabatan fungsional (PermenPANRB 1/2023, lampiran: jenjang and
# pangkat): Ahli Pertama III/a-III/b, Ahli Muda III/c-III/d, Ahli Madya IV/a-IV/c, Ahli Utama IV/d-IV/e; for the
# keterampilan levels Pemula II/a, Terampil II/b-II/d, Mahir III/a-III/b, Penyelia III/c-III/d.
JENJANG_GOLONGAN: dict[str, tuple[str, str]] = {
    "ahli_pertama": ("III/a", "III/b"), "ahli_muda": ("III/c", "III/d"), "ahli_madya": ("IV/a", "IV/c"),
    "ahli_utama": ("IV/d", "IV/e"), "pemula": ("II/a", "II/a"), "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"), "penyelia": ("III/c", "III/d"),
}


def jenjang_golongan_range(jenjang: str | None) -> tuple[str, str] | None:
    """The lowest and highest PNS golongan of a jenjang (None for a jabatan without one)."""
    return JENJANG_GOLONGAN.get(jenjang) if jenjang else None
