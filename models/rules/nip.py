"""NIP (PNS) and NI PPPK: clean, check, decode, display and build the 18-digit employee numbers."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from models import clock
from models.rules.errors import RuleError
from models.rules.formatting import format_date_short, format_month_year
from models.vocabulary import NipKind

KIND_PNS = NipKind.PNS
KIND_PPPK = NipKind.PPPK
KINDS = (KIND_PNS, KIND_PPPK)

SEX_MAN = "L"
SEX_WOMAN = "P"
SEX_LABELS = {SEX_MAN: "laki-laki", SEX_WOMAN: "perempuan"}
_SEX_BY_DIGIT = {"1": SEX_MAN, "2": SEX_WOMAN}
_DIGIT_BY_SEX = {SEX_MAN: "1", SEX_WOMAN: "2"}

# Codes seen in the NI PPPK. BKN has not published the list, so an unknown code is a warning only.
KNOWN_PPPK_CODES = {"21": "PPPK penuh waktu", "24": "PPPK paruh waktu"}

NIP_LENGTH = 18
EARLIEST_BIRTH_YEAR = 1940
FIRST_PPPK_YEAR = 2019
MIN_AGE = 18

_LEADING_QUOTES = ("'", "\u2018", "\u2019", "`")
_SEPARATORS = re.compile(r"[\s.\-]")
# What an identifier looks like after a spreadsheet stored it as a number: 1.98503E+17 or 1985...000.0
_SPREADSHEET_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$|^\d+[.,]0+$")


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP or NI PPPK says about its holder."""

    nip: str
    kind: str
    birth_date: date
    sex: str
    sequence: int
    tmt_cpns: date | None
    appointment_year: int | None
    pppk_code: str | None
    warnings: tuple[str, ...] = ()


def normalize_digits(value: str | None) -> str:
    """Strip whitespace, a leading apostrophe, spaces, dots and dashes; does not validate.

    Any other character (a letter O typed for a zero, say) is kept, so that a validator can reject
    the value instead of silently reading a different number.
    """
    if value is None:
        return ""
    text = str(value).strip()
    if text.startswith(_LEADING_QUOTES):
        text = text[1:]
    return _SEPARATORS.sub("", text)


def require_digits(value: object, label: str, length: int) -> str:
    """Normalize an identifier and return it, or raise RuleError unless it is exactly `length` digits."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise RuleError(f"{label} belum diisi.")
    if not isinstance(value, str):
        # Excel keeps 15 significant digits: a number cell has already lost the last digits.
        raise RuleError(
            f"{label} tersimpan sebagai angka, bukan teks, sehingga digit terakhirnya bisa sudah hilang. "
            f"Simpan kolom {label} sebagai teks lalu isi ulang."
        )
    text = value.strip()
    if _SPREADSHEET_NUMBER.match(text):
        raise RuleError(
            f"{label} '{text}' berasal dari sel angka di spreadsheet sehingga digitnya sudah hilang. "
            f"Simpan kolom {label} sebagai teks lalu isi ulang."
        )
    digits = normalize_digits(text)
    if not (digits.isascii() and digits.isdigit()):
        raise RuleError(f"{label} hanya boleh berisi angka, tetapi '{text}' memuat huruf atau tanda lain.")
    if len(digits) != length:
        raise RuleError(f"{label} harus {length} digit, yang diisi {len(digits)} digit.")
    return digits


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise RuleError(f"Jenis nomor pegawai '{kind}' tidak dikenal; pilih PNS atau PPPK.")
    return kind


def _label(kind: str) -> str:
    return "NIP" if kind == KIND_PNS else "NI PPPK"


def _adult_from(birth_date: date) -> date:
    """The 18th birthday; someone born on 29 February comes of age on 28 February."""
    year = birth_date.year + MIN_AGE
    day = min(birth_date.day, calendar.monthrange(year, birth_date.month)[1])
    return date(year, birth_date.month, day)


def _birth_date(digits: str, label: str, today: date) -> date:
    text = f"{digits[6:8]}-{digits[4:6]}-{digits[0:4]}"
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise RuleError(
            f"Tanggal lahir pada {label} ({text}) bukan tanggal yang sah; "
            f"delapan digit pertama harus tahun, bulan, dan tanggal lahir."
        ) from None
    if born.year < EARLIEST_BIRTH_YEAR:
        raise RuleError(
            f"Tahun lahir pada {label} ({born.year}) tidak masuk akal; paling awal {EARLIEST_BIRTH_YEAR}."
        )
    if born > today:
        raise RuleError(f"Tanggal lahir pada {label} ({text}) ada di masa depan.")
    return born


def _sex(digit: str, label: str) -> str:
    if digit not in _SEX_BY_DIGIT:
        raise RuleError(
            f"Digit jenis kelamin pada {label} (digit ke-15: {digit}) harus 1 (laki-laki) atau 2 (perempuan)."
        )
    return _SEX_BY_DIGIT[digit]


def _sequence(digits: str, label: str) -> int:
    sequence = int(digits[15:18])
    if sequence == 0:
        raise RuleError(f"Nomor urut pada {label} (tiga digit terakhir) tidak boleh 000.")
    return sequence


def _tmt_cpns(digits: str, born: date, today: date) -> date:
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12:
        hint = " Jika ini NI PPPK, pilih jenis pegawai PPPK." if guess_nip_kind(digits) == KIND_PPPK else ""
        raise RuleError(
            f"Bulan TMT CPNS pada NIP ({digits[12:14]}) tidak ada; digit ke-13 dan ke-14 "
            f"harus bulan 01 sampai 12.{hint}"
        )
    tmt = date(year, month, 1)
    # Month precision: the month of the 18th birthday is accepted.
    last_day = date(year, month, calendar.monthrange(year, month)[1])
    if last_day < _adult_from(born):
        raise RuleError(
            f"TMT CPNS pada NIP ({format_month_year(tmt)}) sebelum pegawai berusia {MIN_AGE} tahun "
            f"(lahir {format_date_short(born)})."
        )
    if year > today.year + 1:
        raise RuleError(f"TMT CPNS pada NIP ({format_month_year(tmt)}) terlalu jauh di masa depan.")
    return tmt


def _appointment_year(digits: str, born: date, today: date) -> int:
    year = int(digits[8:12])
    if year < FIRST_PPPK_YEAR:
        raise RuleError(
            f"Tahun pengangkatan pada NI PPPK ({year}) tidak masuk akal; "
            f"PPPK pertama diangkat tahun {FIRST_PPPK_YEAR}."
        )
    if year < born.year + MIN_AGE:
        raise RuleError(
            f"Tahun pengangkatan pada NI PPPK ({year}) sebelum pegawai berusia {MIN_AGE} tahun "
            f"(lahir {format_date_short(born)})."
        )
    if year > today.year + 1:
        raise RuleError(f"Tahun pengangkatan pada NI PPPK ({year}) ada di masa depan.")
    return year


def _pppk_code_warnings(code: str) -> tuple[str, ...]:
    if code in KNOWN_PPPK_CODES:
        return ()
    known = " dan ".join(f"{c} ({name})" for c, name in KNOWN_PPPK_CODES.items())
    hint = " Jika ini NIP PNS, pilih jenis pegawai PNS." if 1 <= int(code) <= 12 else ""
    return (f"Kode jenis PPPK pada NI PPPK ({code}) tidak dikenal; kode yang dikenal: {known}. "
            f"Periksa kembali nomornya.{hint}",)


def parse_nip(value: str, kind: str = KIND_PNS, *, today: date | None = None) -> NipInfo:
    """Check and decode a NIP (PNS) or NI PPPK; raise RuleError saying what is wrong."""
    kind = _check_kind(kind)
    label = _label(kind)
    today = today or clock.today()
    digits = require_digits(value, label, NIP_LENGTH)
    born = _birth_date(digits, label, today)
    if kind == KIND_PNS:
        tmt = _tmt_cpns(digits, born, today)
        year = code = None
        warnings: tuple[str, ...] = ()
    else:
        tmt = None
        year = _appointment_year(digits, born, today)
        code = digits[12:14]
        warnings = _pppk_code_warnings(code)
    return NipInfo(
        nip=digits,
        kind=kind,
        birth_date=born,
        sex=_sex(digits[14], label),
        sequence=_sequence(digits, label),
        tmt_cpns=tmt,
        appointment_year=year,
        pppk_code=code,
        warnings=warnings,
    )


def guess_nip_kind(value: str) -> str:
    """PNS when digits 13-14 form a month 01..12 (the TMT CPNS), PPPK otherwise (the code 21, 24 ...)."""
    digits = normalize_digits(value)
    pair = digits[12:14]
    if len(pair) == 2 and pair.isdigit() and 1 <= int(pair) <= 12:
        return KIND_PNS
    return KIND_PPPK


def format_nip(nip: str, kind: str | None = None) -> str:
    """Grouped display: PNS "19850312 201001 1 003", PPPK "19850312 2024 21 1 003"; others unchanged."""
    digits = normalize_digits(nip)
    if len(digits) != NIP_LENGTH or not (digits.isascii() and digits.isdigit()):
        return nip
    kind = _check_kind(kind) if kind is not None else guess_nip_kind(digits)
    if kind == KIND_PNS:
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return f"{digits[:8]} {digits[8:12]} {digits[12:14]} {digits[14]} {digits[15:]}"


def _builder_parts(birth_date: date, sex: str, sequence: int) -> tuple[str, str, str]:
    if sex not in _DIGIT_BY_SEX:
        raise RuleError(f"Jenis kelamin '{sex}' tidak dikenal; gunakan L atau P.")
    if not 1 <= sequence <= 999:
        raise RuleError(f"Nomor urut {sequence} di luar rentang 1 sampai 999.")
    return birth_date.strftime("%Y%m%d"), _DIGIT_BY_SEX[sex], f"{sequence:03d}"


def build_pns_nip(birth_date: date, tmt_cpns: date, sex: str, sequence: int) -> str:
    """Compose a PNS NIP: YYYYMMDD birth, YYYYMM TMT CPNS, sex digit, three-digit sequence."""
    born, sex_digit, seq = _builder_parts(birth_date, sex, sequence)
    return f"{born}{tmt_cpns.year:04d}{tmt_cpns.month:02d}{sex_digit}{seq}"


def build_pppk_nip(birth_date: date, appointment_year: int, code: str, sex: str, sequence: int) -> str:
    """Compose a NI PPPK: YYYYMMDD birth, YYYY appointment year, two-digit code, sex digit, sequence."""
    born, sex_digit, seq = _builder_parts(birth_date, sex, sequence)
    if not (len(code) == 2 and code.isascii() and code.isdigit()):
        raise RuleError(f"Kode jenis PPPK '{code}' harus dua digit angka.")
    if not 1000 <= appointment_year <= 9999:
        raise RuleError(f"Tahun pengangkatan {appointment_year} harus empat digit.")
    return f"{born}{appointment_year}{code}{sex_digit}{seq}"


def status_from_identifier(value: str, today: date | None = None) -> tuple[str | None, str]:
    """What an identifier says the status is, and how it says so (for a roster without a status column).

    A NI PPPK carries its code (21: PPPK, 24: PPPK Paruh Waktu); a PNS NIP carries the TMT CPNS: a CPNS
    becomes PNS after a probation of at least a year, so a TMT CPNS more than two years back means PNS, one
    within the last year CPNS, and one between says nothing for sure. Returns (EmployeeStatus value or None,
    the note or the reason in Bahasa Indonesia)."""
    today = today or clock.today()
    kind = guess_nip_kind(value)
    try:
        info = parse_nip(value, kind, today=today)
    except RuleError:
        return None, ""
    if kind == KIND_PPPK:
        status = {"21": "PPPK", "24": "PPPK_PW"}.get(info.pppk_code or "")
        if status is None:
            return None, f"kode {info.pppk_code} pada NI PPPK tidak menunjukkan PPPK atau PPPK Paruh Waktu"
        label = "PPPK Paruh Waktu" if status == "PPPK_PW" else "PPPK"
        return status, f"status {label} dibaca dari NI PPPK (kode {info.pppk_code})"
    tmt = info.tmt_cpns
    if tmt is None:
        return None, ""
    months = (today.year - tmt.year) * 12 + today.month - tmt.month
    if months >= 24:
        return "PNS", f"status PNS dibaca dari NIP (TMT CPNS {tmt:%m-%Y}, lebih dari dua tahun lalu)"
    if months < 12:
        return "CPNS", f"status CPNS dibaca dari NIP (TMT CPNS {tmt:%m-%Y}, belum setahun)"
    return None, f"NIP menunjukkan TMT CPNS {tmt:%m-%Y}: bisa CPNS atau PNS; isi kolom status"
