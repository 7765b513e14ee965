"""Cross-check an employee's NIP, NIK, birth date, sex and TMT CPNS against each other.

Why some findings are errors and others warnings:
- The NIP is issued by BKN from the data the employee was appointed with, and it is the key every
  other record (SIASN, payroll, contracts) hangs on. An unreadable NIP, or a NIP whose birth date or
  sex disagrees with the record, means one of them is wrong and must be fixed before saving: error.
- A NIK never changes, even when Dukcapil registered a wrong date, so a NIK that disagrees with the
  record is a fact to note, not something a clerk can correct: warning. Only a malformed NIK (wrong
  length, letters) is an error, because that is a typing mistake the clerk can fix.
- The TMT CPNS in the NIP is only month-precise, and the recorded TMT is sometimes corrected later by
  a decree, so a difference is worth a look but not a block: warning.
- An unknown PPPK code is not a wrong number, only one we have not seen yet: warning.
Each finding names the recorded field it compares against ("birth_date", "sex", "tmt_cpns"), or the
identifier itself ("nip", "nik") when the identifier alone is at fault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.rules.errors import RuleError
from models.rules.formatting import format_date_short, format_month_year
from models.rules.nik import NikInfo, is_well_formed_nik, parse_nik
from models.rules.nip import KIND_PNS, SEX_LABELS, NipInfo, parse_nip

ERROR = "error"
WARNING = "warning"

_SEX_ALIASES = {
    "L": "L", "LAKI-LAKI": "L", "LAKI LAKI": "L", "LAKI": "L", "PRIA": "L", "1": "L",
    "P": "P", "PEREMPUAN": "P", "WANITA": "P", "2": "P",
}


@dataclass(frozen=True)
class Finding:
    """One problem found: level "error" (must fix) or "warning" (worth a look), the field, the reason."""

    level: str
    field: str
    message: str


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _recorded_sex(sex: str | None, findings: list[Finding]) -> str | None:
    if _blank(sex):
        return None
    code = _SEX_ALIASES.get(str(sex).strip().upper())
    if code is None:
        message = f"Jenis kelamin yang dicatat ('{sex}') tidak dikenal; isi L atau P."
        findings.append(Finding(ERROR, "sex", message))
    return code


def _check_nip(nip: str, kind: str, findings: list[Finding]) -> NipInfo | None:
    try:
        info = parse_nip(nip, kind)
    except RuleError as exc:
        findings.append(Finding(ERROR, "nip", exc.message))
        return None
    findings.extend(Finding(WARNING, "nip", w) for w in info.warnings)
    return info


def _check_nik(nik: str, findings: list[Finding]) -> NikInfo | None:
    try:
        return parse_nik(nik)
    except RuleError as exc:
        # A malformed NIK is a typing mistake; a well-formed one with odd content is the holder's NIK.
        level = WARNING if is_well_formed_nik(nik) else ERROR
        findings.append(Finding(level, "nik", exc.message))
        return None


def _compare_nip(info: NipInfo, label: str, birth_date: date | None, sex: str | None,
                 tmt_cpns: date | None, findings: list[Finding]) -> None:
    if birth_date is not None and info.birth_date != birth_date:
        findings.append(Finding(
            ERROR, "birth_date",
            f"Tanggal lahir pada {label} ({format_date_short(info.birth_date)}) berbeda dengan "
            f"tanggal lahir yang dicatat ({format_date_short(birth_date)}).",
        ))
    if sex is not None and info.sex != sex:
        findings.append(Finding(
            ERROR, "sex",
            f"Jenis kelamin pada {label} ({SEX_LABELS[info.sex]}) berbeda dengan "
            f"jenis kelamin yang dicatat ({SEX_LABELS[sex]}).",
        ))
    if (info.tmt_cpns is not None and tmt_cpns is not None
            and (info.tmt_cpns.year, info.tmt_cpns.month) != (tmt_cpns.year, tmt_cpns.month)):
        findings.append(Finding(
            WARNING, "tmt_cpns",
            f"TMT CPNS pada NIP ({format_month_year(info.tmt_cpns)}) berbeda dengan "
            f"TMT CPNS yang dicatat ({format_date_short(tmt_cpns)}).",
        ))


def _compare_nik(info: NikInfo, birth_date: date | None, sex: str | None, findings: list[Finding]) -> None:
    if birth_date is not None and info.birth_date != birth_date:
        findings.append(Finding(
            WARNING, "birth_date",
            f"Tanggal lahir pada NIK ({format_date_short(info.birth_date)}) berbeda dengan "
            f"tanggal lahir yang dicatat ({format_date_short(birth_date)}).",
        ))
    if sex is not None and info.sex != sex:
        findings.append(Finding(
            WARNING, "sex",
            f"Jenis kelamin pada NIK ({SEX_LABELS[info.sex]}) berbeda dengan "
            f"jenis kelamin yang dicatat ({SEX_LABELS[sex]}).",
        ))


def _compare_nip_nik(nip_info: NipInfo, label: str, nik_info: NikInfo, birth_date: date | None,
                     sex: str | None, findings: list[Finding]) -> None:
    # Only needed when nothing was recorded to compare each identifier against.
    if birth_date is None and nip_info.birth_date != nik_info.birth_date:
        findings.append(Finding(
            WARNING, "nik",
            f"Tanggal lahir pada NIK ({format_date_short(nik_info.birth_date)}) berbeda dengan "
            f"tanggal lahir pada {label} ({format_date_short(nip_info.birth_date)}).",
        ))
    if sex is None and nip_info.sex != nik_info.sex:
        findings.append(Finding(
            WARNING, "nik",
            f"Jenis kelamin pada NIK ({SEX_LABELS[nik_info.sex]}) berbeda dengan "
            f"jenis kelamin pada {label} ({SEX_LABELS[nip_info.sex]}).",
        ))


def cross_check(*, nip: str | None, kind: str, nik: str | None, birth_date: date | None,
                sex: str | None, tmt_cpns: date | None = None) -> list[Finding]:
    """All findings for one employee's identifiers against the recorded data; blanks are skipped."""
    findings: list[Finding] = []
    recorded_sex = _recorded_sex(sex, findings)
    label = "NIP" if kind == KIND_PNS else "NI PPPK"
    nip_info = None if _blank(nip) else _check_nip(nip, kind, findings)
    nik_info = None if _blank(nik) else _check_nik(nik, findings)
    if nip_info is not None:
        _compare_nip(nip_info, label, birth_date, recorded_sex, tmt_cpns, findings)
    if nik_info is not None:
        _compare_nik(nik_info, birth_date, recorded_sex, findings)
    if nip_info is not None and nik_info is not None:
        _compare_nip_nik(nip_info, label, nik_info, birth_date, recorded_sex, findings)
    return findings
