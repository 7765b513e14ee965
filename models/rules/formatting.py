"""Indonesian (PUEBI) display of names, rupiah amounts, numbers and dates for screens and contracts."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from models.rules.errors import RuleError

# Own tables and own code for everything a contract prints (money, numbers in words, dates): what is on a
# signed paper, and what its seal hashes, must never change with a library or the computer's locale.
MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
# Indexed by date.weekday(): Monday is 0.
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_ROMAN_STEPS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def full_name(name: str, gelar_depan: str | None = None, gelar_belakang: str | None = None) -> str:
    """Name with titles as PUEBI writes it: "dr. Siti Aminah, Sp.A"; titles are kept as entered."""
    parts = [" ".join((name or "").split())]
    front = (gelar_depan or "").strip()
    if front:
        parts.insert(0, front)
    text = " ".join(p for p in parts if p)
    # A clerk sometimes types the comma into the title field too; do not print it twice.
    back = (gelar_belakang or "").strip().lstrip(",").strip()
    if back:
        text = f"{text}, {back}" if text else back
    return text


def _check_amount(amount: int | Decimal) -> None:
    # Floats cannot hold rupiah exactly (0.1 + 0.2); callers must pass int or Decimal.
    if isinstance(amount, bool) or not isinstance(amount, int | Decimal):
        raise TypeError(f"Jumlah rupiah harus int atau Decimal, bukan {type(amount).__name__}.")


def format_rupiah(amount: int | Decimal) -> str:
    """Rupiah as PUEBI writes it, with no space after Rp: "Rp2.950.000,00"."""
    _check_amount(amount)
    if isinstance(amount, Decimal) and not amount.is_finite():
        raise ValueError(f"Jumlah rupiah {amount} bukan bilangan.")
    # Sen are rounded half up, as a cashier does: Rp1,005 -> Rp1,01.
    cents = int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    sign = "-" if cents < 0 else ""
    whole, sen = divmod(abs(cents), 100)
    return f"{sign}Rp{format_number(whole)},{sen:02d}"


def format_number(n: int) -> str:
    """A whole number with dots between thousands, as Indonesian writes it: 2000 -> "2.000"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"Hanya bilangan bulat (int), bukan {type(n).__name__}.")
    return f"{n:,}".replace(",", ".")


def number_in_words(n: int) -> str:
    """An integer in Indonesian words: 2950000 -> "dua juta sembilan ratus lima puluh ribu"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"Terbilang hanya untuk bilangan bulat (int), bukan {type(n).__name__}.")
    if n < 0:
        return "minus " + number_in_words(-n)
    if n == 0:
        return "nol"
    if n >= 1000 ** len(_GROUP_NAMES):
        raise ValueError(f"Terbilang hanya sampai ratusan triliun, bukan {format_number(n)}.")
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words = []
    for power in range(len(groups) - 1, -1, -1):
        group = groups[power]
        if not group:
            continue
        if power == 1 and group == 1:
            words.append("seribu")  # 1.001.000 is "satu juta seribu", never "satu ribu"
        else:
            words.append(_below_thousand(group))
            if power:
                words.append(_GROUP_NAMES[power])
    return " ".join(words)


_DIGIT_WORDS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# Indexed by the power of a thousand: 10^3 ribu, 10^6 juta, 10^9 miliar (KBBI, not "milyar"), 10^12 triliun.
_GROUP_NAMES = ("", "ribu", "juta", "miliar", "triliun")


def _below_hundred(n: int) -> str:
    if n < 10:
        return _DIGIT_WORDS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_DIGIT_WORDS[n - 10]} belas"
    tens, ones = divmod(n, 10)
    return f"{_DIGIT_WORDS[tens]} puluh {_DIGIT_WORDS[ones]}".rstrip()


def _below_thousand(n: int) -> str:
    """1..999 in words: "seratus", "dua ratus sebelas", "sembilan puluh sembilan"."""
    hundreds, rest = divmod(n, 100)
    head = "" if not hundreds else "seratus" if hundreds == 1 else f"{_DIGIT_WORDS[hundreds]} ratus"
    return " ".join(part for part in (head, _below_hundred(rest)) if part)


def rupiah_in_words(amount: int | Decimal) -> str:
    """Whole rupiah in words: "dua juta sembilan ratus lima puluh ribu rupiah"; sen are refused."""
    _check_amount(amount)
    whole = int(amount)
    if amount != whole:
        raise ValueError(
            f"Jumlah {amount} memuat sen; terbilang rupiah hanya untuk jumlah rupiah bulat."
        )
    return f"{number_in_words(whole)} rupiah"


def rupiah_with_words(amount: int | Decimal) -> str:
    """Amount with its words, as in a contract: "Rp2.950.000,00 (dua juta ... rupiah)"."""
    return f"{format_rupiah(amount)} ({rupiah_in_words(amount)})"


def month_name_id(month: int) -> str:
    """Indonesian month name: 11 -> "November"."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise RuleError(f"Bulan {month} tidak ada; bulan harus 1 sampai 12.")
    return MONTH_NAMES[month - 1]


def day_name_id(d: date) -> str:
    """Indonesian day name: Senin .. Minggu."""
    return DAY_NAMES[d.weekday()]


def format_date_id(d: date) -> str:
    """Long Indonesian date: "22 November 2026"."""
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def format_date_short(d: date) -> str:
    """Short Indonesian date, day first: "22-11-2026"."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def format_month_year(d: date) -> str:
    """Month and year only, for month-precise dates such as the TMT in a NIP: "Januari 2010"."""
    return f"{MONTH_NAMES[d.month - 1]} {d.year}"


def preamble_date_parts(d: date) -> dict[str, str]:
    """Pieces of "Pada hari ini {hari} tanggal {..} bulan {..} tahun {..}" in a contract preamble."""
    return {
        "hari": day_name_id(d),
        "tanggal_terbilang": number_in_words(d.day),
        "bulan": MONTH_NAMES[d.month - 1],
        "tahun_terbilang": number_in_words(d.year),
    }


def date_in_words(d: date) -> str:
    """A date written out: "dua puluh dua November dua ribu dua puluh enam"."""
    parts = preamble_date_parts(d)
    return f"{parts['tanggal_terbilang']} {parts['bulan']} {parts['tahun_terbilang']}"


def to_roman(n: int) -> str:
    """Roman numeral (1..3999), as archive numbers use for the month: 11 -> "XI"."""
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 3999:
        raise RuleError(f"Angka Romawi hanya untuk 1 sampai 3999, bukan {n}.")
    out = []
    for value, numeral in _ROMAN_STEPS:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)
