"""Retirement age (BUP) by jenis jabatan and the dates that follow from it."""

from __future__ import annotations

import calendar
from datetime import date

from models.rules.errors import RuleError

JPT = "JPT"
ADMINISTRATOR = "administrator"
PENGAWAS = "pengawas"
PELAKSANA = "pelaksana"
FUNGSIONAL = "fungsional"
JENIS_JABATAN = (JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL)

AHLI_UTAMA = "ahli_utama"
AHLI_MADYA = "ahli_madya"
AHLI_MUDA = "ahli_muda"
AHLI_PERTAMA = "ahli_pertama"
PENYELIA = "penyelia"
MAHIR = "mahir"
TERAMPIL = "terampil"
PEMULA = "pemula"

GROUP_GURU = "guru"
GROUP_KESEHATAN = "kesehatan"
GROUP_TEKNIS = "teknis"
GROUP_OPERASIONAL = "operasional"
GROUPS = (GROUP_GURU, GROUP_KESEHATAN, GROUP_TEKNIS, GROUP_OPERASIONAL)

# PP 11/2017 Pasal 239 (as amended by PP 17/2020).
_BUP_BY_JENIS = {JPT: 60, ADMINISTRATOR: 58, PENGAWAS: 58, PELAKSANA: 58}
_BUP_BY_JENJANG = {
    AHLI_UTAMA: 65, AHLI_MADYA: 60, AHLI_MUDA: 58, AHLI_PERTAMA: 58,
    PENYELIA: 58, MAHIR: 58, TERAMPIL: 58, PEMULA: 58,
}
# UU 14/2005 sets 60 for guru, and a JF whose BUP is set by its own law follows that law.
_BUP_GURU = 60
MIN_BUP = 50
MAX_BUP = 70


def _key(value: str) -> str:
    return "_".join(value.strip().lower().replace("-", " ").split())


def default_bup(jenis_jabatan: str, jenjang: str | None = None, group: str | None = None) -> int:
    """Default BUP: 58, 60 for JPT, JF ahli madya and every guru, 65 for JF ahli utama."""
    jenis = _key(jenis_jabatan or "")
    jenis = JPT if jenis == "jpt" else jenis
    if jenis not in JENIS_JABATAN:
        raise RuleError(
            f"Jenis jabatan '{jenis_jabatan}' tidak dikenal; pilih JPT, administrator, pengawas, "
            f"pelaksana, atau fungsional."
        )
    if group is not None:
        if _key(group) not in GROUPS:
            raise RuleError(f"Kelompok jabatan '{group}' tidak dikenal; pilih {', '.join(GROUPS)}.")
        if _key(group) == GROUP_GURU:
            return _BUP_GURU
    if jenis != FUNGSIONAL:
        return _BUP_BY_JENIS[jenis]
    if not jenjang:
        raise RuleError("Jenjang jabatan fungsional belum diisi; batas usia pensiun bergantung pada jenjang.")
    level = _key(jenjang)
    if level not in _BUP_BY_JENJANG:
        names = ", ".join(k.replace("_", " ") for k in _BUP_BY_JENJANG)
        raise RuleError(f"Jenjang jabatan fungsional '{jenjang}' tidak dikenal; pilih salah satu: {names}.")
    return _BUP_BY_JENJANG[level]


def _check_bup(bup: int) -> None:
    if isinstance(bup, bool) or not isinstance(bup, int) or not MIN_BUP <= bup <= MAX_BUP:
        raise RuleError(f"Batas usia pensiun {bup} tahun tidak masuk akal; harus {MIN_BUP} sampai {MAX_BUP}.")


def bup_month_end(birth_date: date, bup: int) -> date:
    """Last day of the month in which the employee turns `bup`: no contract may end after it."""
    _check_bup(bup)
    year = birth_date.year + bup
    return date(year, birth_date.month, calendar.monthrange(year, birth_date.month)[1])


def retirement_date(birth_date: date, bup: int) -> date:
    """TMT pensiun: the first day of the month after the month of the BUP birthday."""
    _check_bup(bup)
    year, month = birth_date.year + bup, birth_date.month + 1
    if month == 13:
        year, month = year + 1, 1
    return date(year, month, 1)


def full_years(since: date, on: date) -> int:
    """Whole years from `since` to `on`: an age on a day, a masa kerja (negative when `on` comes first)."""
    return on.year - since.year - ((on.month, on.day) < (since.month, since.day))
