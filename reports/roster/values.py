"""Reading cell values as offices type them: identifiers as text, dates in five forms, L/P, golongan ...

Each reader takes one cell (str, float, int, bool, date, datetime or "" as the reader gives them) and
returns a clean value, None for a blank cell, or raises RuleError saying what is wrong with the value.
Readers of values that repeat down a column (status, sex, golongan ...) remember their answers.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from models.rules.education import EDUCATION_LEVELS, normalize_education_level
from models.rules.errors import RuleError
from models.rules.grades import normalize_golongan
from models.rules.nip import normalize_digits, require_digits
from models.rules.organization import jenis_jabatan_hint
from models.vocabulary import EmployeeStatus, Religion, Sex

# Cells that mean "nothing here" in offices' sheets and in SIASN's export.
SHOWN_CHARACTERS = 40  # of a cell quoted in a message
_BLANKS = {"", "-", "--", "—", "–", "n/a", "na", "null", "none", "tidak ada"}
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug cancels out after Feb)
_MAX_SERIAL = 2_958_465  # 9999-12-31
_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
_DMY = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})[\s\-/.]*([a-z]+)[\s\-/.,]*(\d{4})$")
_TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}\s*[-/.]\s*(\d{1,2}|[a-z]+)\s*[-/.]\s*\d{2}$")
_SEX = {
    "L": Sex.MAN, "LK": Sex.MAN, "LAKI-LAKI": Sex.MAN, "LAKI LAKI": Sex.MAN, "LAKILAKI": Sex.MAN, "LAKI": Sex.MAN,
    "LAKI2": Sex.MAN, "PRIA": Sex.MAN, "M": Sex.MAN, "MALE": Sex.MAN, "1": Sex.MAN,
    "P": Sex.WOMAN, "PR": Sex.WOMAN, "PEREMPUAN": Sex.WOMAN, "WANITA": Sex.WOMAN, "F": Sex.WOMAN,
    "FEMALE": Sex.WOMAN, "2": Sex.WOMAN,
}
_RELIGION = {
    "ISLAM": Religion.ISLAM,
    "KRISTEN": Religion.KRISTEN, "PROTESTAN": Religion.KRISTEN, "KRISTEN PROTESTAN": Religion.KRISTEN,
    "KATOLIK": Religion.KATOLIK, "KATHOLIK": Religion.KATOLIK, "KRISTEN KATOLIK": Religion.KATOLIK,
    "HINDU": Religion.HINDU,
    "BUDDHA": Religion.BUDDHA, "BUDHA": Religion.BUDDHA, "BUDDHIS": Religion.BUDDHA,
    "KONGHUCU": Religion.KONGHUCU, "KHONGHUCU": Religion.KONGHUCU, "KONG HU CU": Religion.KONGHUCU,
    "KONGHUCHU": Religion.KONGHUCU,
}
_GOLONGAN_INSIDE = re.compile(r"\b(IV|III|II|I)\s*[/\-.]?\s*([A-E])\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\w/]+")


def is_blank(cell: Any) -> bool:
    if cell is None or cell == "":
        return True
    if cell.__class__ is str and len(cell) <= 9:  # the longest blank word ("tidak ada") has 9 characters
        return cell.strip().lower() in _BLANKS
    return False


def shown(value: Any, limit: int = SHOWN_CHARACTERS) -> str:
    """A cell as quoted in a message: cut short, so a stray paragraph or a 300-digit number stays readable."""
    text = _number_text(value) if _is_number(value) and math.isfinite(value) else str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _is_number(cell: Any) -> bool:
    return cell.__class__ in (int, float)  # not bool, which is an int too


def _number_text(cell: float | int) -> str:
    return str(int(cell)) if float(cell).is_integer() else str(cell)


def text(cell: Any) -> str | None:
    """Plain text with runs of whitespace made single; whole numbers without ".0"."""
    if cell.__class__ is str:
        value = " ".join(cell.split())
        return None if not value or (len(value) <= 9 and value.lower() in _BLANKS) else value
    if is_blank(cell):
        return None
    if _is_number(cell):
        return _number_text(cell)
    if isinstance(cell, datetime | date):
        return f"{cell:%d-%m-%Y}"
    return " ".join(str(cell).split()) or None


def identifier(cell: Any, label: str, length: int) -> str | None:
    """A NIP or NIK: digits only, from text with spaces, dots or a leading apostrophe.

    A number cell is refused: Excel keeps 15 significant digits, so an 18-digit NIP or a 16-digit NIK
    stored as a number has already lost its last digits, and no one can tell which they were.
    """
    if is_blank(cell):
        return None
    if _is_number(cell):
        require_digits(cell, label, length)  # raises the "stored as a number" message
    text = str(cell).strip()
    if "e" in text or "E" in text or text.endswith((".0", ",0")):  # "1.98503E+17" from a number cell
        require_digits(text, label, length)  # says so, or says what else is wrong
    # Length and digits are checked with the rest of the row (models/rules/crosscheck), not twice.
    return normalize_digits(text)


def _serial(number: float) -> date:
    if not 1 <= number <= _MAX_SERIAL:
        raise RuleError(f"angka {shown(_number_text(number))} bukan tanggal (bukan nomor seri tanggal Excel).")
    return _EXCEL_EPOCH + timedelta(days=int(number))


def _ymd(year: int, month: int, day: int, original: Any) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise RuleError(f"'{shown(original)}' bukan tanggal yang sah.") from None


def date_value(cell: Any) -> date | None:
    """A date from a real date cell, an Excel serial number, 12-03-1985, 12/03/1985, 1985-03-12,
    19850312 or 12 Maret 1985 (day first, as Indonesia writes it)."""
    if cell.__class__ is date:
        return cell
    if is_blank(cell):
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if _is_number(cell):
        if float(cell).is_integer() and 19000101 <= cell <= 21001231:
            whole = int(cell)
            return _ymd(whole // 10000, whole // 100 % 100, whole % 100, whole)
        return _serial(float(cell))
    raw = " ".join(str(cell).split())
    value = raw.lower()
    if value.isascii() and value.isdigit():  # "²" is a digit to str.isdigit, not to float()
        if len(value) == 8:
            return _ymd(int(value[:4]), int(value[4:6]), int(value[6:]), raw)
        if len(value) <= 7:
            return _serial(float(value))
    if m := _DMY.match(value):
        return _ymd(int(m[3]), int(m[2]), int(m[1]), raw)
    if m := _YMD.match(value):
        return _ymd(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _D_MONTH_Y.match(value):
        month = _MONTHS.get(m[2])
        if month is None:
            raise RuleError(f"nama bulan '{m[2]}' pada '{shown(raw)}' tidak dikenal.")
        return _ymd(int(m[3]), month, int(m[1]), raw)
    if _TWO_DIGIT_YEAR.match(value):
        raise RuleError(f"tahun pada '{shown(raw)}' hanya dua digit; tulis tahun empat digit, mis. 12-03-1985.")
    raise RuleError(f"'{shown(raw)}' bukan tanggal; tulis seperti 12-03-1985 atau 12 Maret 1985.")


def _key(cell: Any) -> str:
    return " ".join(_WORDS.sub(" ", str(cell).upper()).split())


@lru_cache(maxsize=1024, typed=True)
def sex(cell: Any) -> str | None:
    """L or P from L/P, Laki-laki/Perempuan, Pria/Wanita, M/F or 1/2."""
    if is_blank(cell):
        return None
    key = _number_text(cell) if _is_number(cell) else " ".join(str(cell).upper().split())
    found = _SEX.get(key) or _SEX.get(_key(cell))
    if found is None:
        raise RuleError(f"'{shown(cell)}' tidak dikenal; tulis L atau P (Laki-laki atau Perempuan).")
    return found.value


@lru_cache(maxsize=1024, typed=True)
def status(cell: Any) -> str | None:
    """PNS, CPNS, PPPK or PPPK_PW from how offices and SIASN write them ("PNS DAERAH KAB/KOTA", "P3K" ...)."""
    if is_blank(cell):
        return None
    key = _key(cell)
    compact = key.replace(" ", "")
    if "PARUH WAKTU" in key or compact in {"PPPKPW", "P3KPW", "PW"}:
        return EmployeeStatus.PPPK_PW.value
    if compact.startswith(("PPPK", "P3K")) or key.startswith("PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA"):
        return EmployeeStatus.PPPK.value
    if compact.startswith("CPNS") or key.startswith(("CALON PNS", "CALON PEGAWAI NEGERI SIPIL")):
        return EmployeeStatus.CPNS.value
    if compact.startswith("PNS") or key.startswith("PEGAWAI NEGERI SIPIL"):
        return EmployeeStatus.PNS.value
    raise RuleError(f"'{shown(cell)}' tidak dikenal; tulis PNS, CPNS, PPPK, atau PPPK Paruh Waktu.")


@lru_cache(maxsize=1024, typed=True)
def cpns_pns(cell: Any) -> str | None:
    """SIASN's STATUS CPNS PNS: C (CPNS), P (PNS), or a status written out."""
    if is_blank(cell):
        return None
    key = _key(cell)
    if key == "C":
        return EmployeeStatus.CPNS.value
    if key == "P":
        return EmployeeStatus.PNS.value
    return status(cell)


def combine_status(status_value: str | None, cpns_pns_value: str | None) -> str | None:
    """SIASN calls a CPNS "PNS DAERAH" in JENIS PEGAWAI and says C only in STATUS CPNS PNS."""
    if status_value is None:
        return cpns_pns_value
    if status_value == EmployeeStatus.PNS.value and cpns_pns_value == EmployeeStatus.CPNS.value:
        return EmployeeStatus.CPNS.value
    return status_value


@lru_cache(maxsize=1024, typed=True)
def religion(cell: Any) -> str | None:
    if is_blank(cell):
        return None
    found = _RELIGION.get(_key(cell))
    if found is None:
        names = ", ".join(r.value for r in Religion)
        raise RuleError(f"'{shown(cell)}' tidak dikenal; tulis salah satu: {names}.")
    return found.value


@lru_cache(maxsize=1024, typed=True)
def golongan(cell: Any) -> str | None:
    """The grade as written, cleaned: "III/a", "III a", "3a", "IX", 9, "Penata Muda (III/a)" -> "III/a".

    Whether it is a PNS or a PPPK grade is checked later against the status.
    """
    if is_blank(cell):
        return None
    value = _number_text(cell) if _is_number(cell) else " ".join(str(cell).split())
    try:
        normalize_golongan(value)
        return value
    except RuleError:
        pass
    inside = _GOLONGAN_INSIDE.search(value)
    if inside is not None:
        return f"{inside[1].upper()}/{inside[2].lower()}"
    return value  # the status-aware check says what is wrong with it


@lru_cache(maxsize=1024, typed=True)
def education_level(cell: Any) -> str | None:
    """SIASN education code ("40") from a code or how clerks write it ("S1", "S-1/Sarjana", "D III")."""
    if is_blank(cell):
        return None
    value = _number_text(cell).zfill(2) if _is_number(cell) else str(cell)
    if len(value) > SHOWN_CHARACTERS:  # no level is written that long; keep the message short
        names = ", ".join(EDUCATION_LEVELS.values())
        raise RuleError(f"Tingkat pendidikan '{shown(value)}' tidak dikenal; gunakan salah satu dari: {names}.")
    return normalize_education_level(value)


def year(cell: Any) -> int | None:
    if is_blank(cell):
        return None
    value = _number_text(cell) if _is_number(cell) else str(cell).strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise RuleError(f"'{shown(cell)}' bukan tahun empat digit.")
    return int(value)


def phone(cell: Any) -> str | None:
    """A phone number as text; a number cell lost its leading 0, which Indonesian numbers start with."""
    if is_blank(cell):
        return None
    if _is_number(cell):
        digits = _number_text(cell)
        return "0" + digits if digits.startswith("8") else digits
    value = " ".join(str(cell).split()).lstrip("'\u2018\u2019`")
    return value or None


@lru_cache(maxsize=1024, typed=True)
def jenis_jabatan(cell: Any) -> str | None:
    if is_blank(cell):
        return None
    return jenis_jabatan_hint(str(cell))


