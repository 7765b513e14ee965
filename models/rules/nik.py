"""NIK (Nomor Induk Kependudukan): check, decode and build the 16-digit population number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from stdnum.exceptions import ValidationError
from stdnum.id import nik as stdnum_nik

from models import clock
from models.rules.errors import RuleError
from models.rules.nip import SEX_MAN, SEX_WOMAN, normalize_digits, require_digits

NIK_LENGTH = 16
# Women have 40 added to the day of birth.
WOMAN_DAY_OFFSET = 40


@dataclass(frozen=True)
class NikInfo:
    """What a NIK says about its holder: where it was first issued, birth date and sex."""

    nik: str
    region_code: str
    birth_date: date
    sex: str
    sequence: int


def format_region_code(digits: str) -> str:
    """"627101" -> "62.71.01" (province, regency/city, kecamatan)."""
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"


def _birth_date(digits: str, today: date) -> tuple[date, str]:
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = SEX_MAN
    if day > WOMAN_DAY_OFFSET:
        day -= WOMAN_DAY_OFFSET
        sex = SEX_WOMAN
    # The NIK holds only two year digits: take the latest century that does not put the birth in the future.
    for century in (2000, 1900):
        try:
            born = date(century + yy, month, day)
        except ValueError:
            continue
        if born <= today:
            return born, sex
    raise RuleError(
        f"Tanggal lahir pada NIK ({digits[6:8]}-{digits[8:10]}-{digits[10:12]}) bukan tanggal yang sah; "
        f"digit ke-7 sampai ke-12 harus tanggal, bulan, dan tahun lahir "
        f"(tanggal ditambah 40 untuk perempuan)."
    )


@lru_cache(maxsize=4096)
def _region_known(prefix: str) -> bool:
    """Whether stdnum knows the province and regency of a NIK's first four digits.

    Our own date check runs first, so all stdnum can still reject is the region, and that depends on
    these four digits only: caching them makes checking a 20,000-row roster several times faster.
    """
    try:
        stdnum_nik.validate(prefix + "01" + "010180" + "0001")  # kecamatan 01, born 01-01-1980, no. 0001
    except ValidationError:
        return False
    return True


def parse_nik(value: str, today: date | None = None) -> NikInfo:
    """Check and decode a NIK; raise RuleError saying what is wrong (length, date, region)."""
    digits = require_digits(value, "NIK", NIK_LENGTH)
    born, sex = _birth_date(digits, today or clock.today())
    if not _region_known(digits[:4]):
        raise RuleError(
            f"Kode wilayah pada NIK ({format_region_code(digits)}) tidak dikenal; "
            f"dua digit pertama harus kode provinsi."
        )
    return NikInfo(
        nik=digits,
        region_code=format_region_code(digits),
        birth_date=born,
        sex=sex,
        sequence=int(digits[12:16]),
    )


def is_well_formed_nik(value: str | None) -> bool:
    """True when the value is 16 digits once separators are removed, whatever the digits say."""
    if not isinstance(value, str):
        return False
    digits = normalize_digits(value)
    return len(digits) == NIK_LENGTH and digits.isascii() and digits.isdigit()


def build_nik(region_code: str, birth_date: date, sex: str, sequence: int) -> str:
    """Compose a NIK from region ("62.71.01" or "627101"), birth date, sex ("L"/"P") and sequence."""
    region = normalize_digits(region_code)
    if not (len(region) == 6 and region.isascii() and region.isdigit()):
        raise RuleError(f"Kode wilayah '{region_code}' harus enam digit, mis. 62.71.01.")
    if sex not in (SEX_MAN, SEX_WOMAN):
        raise RuleError(f"Jenis kelamin '{sex}' tidak dikenal; gunakan L atau P.")
    if not 1 <= sequence <= 9999:
        raise RuleError(f"Nomor urut NIK {sequence} di luar rentang 1 sampai 9999.")
    day = birth_date.day + (WOMAN_DAY_OFFSET if sex == SEX_WOMAN else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{sequence:04d}"
