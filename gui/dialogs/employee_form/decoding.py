"""What a typed NIP / NI PPPK or NIK says, in one line a clerk reads beside the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from models.rules.errors import RuleError
from models.rules.formatting import format_date_id, format_month_year
from models.rules.nik import parse_nik
from models.rules.nik_region import nik_region_name
from models.rules.nip import KIND_PNS, KNOWN_PPPK_CODES, SEX_LABELS, normalize_digits, parse_nip

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises



def nip_summary(text: str, kind: str, today: date) -> tuple[str, bool]:
    """(line, readable): what the NIP says, or how far the typing has got / why it cannot be read."""
    digits = normalize_digits(text)
    if not digits:
        return "", True
    label = "NIP" if kind == KIND_PNS else "NI PPPK"
    if digits.isdigit() and len(digits) < 18:
        return translate("EmployeeForm", "{label}: {n} dari 18 digit").format(label=label, n=len(digits)), False
    try:
        info = parse_nip(digits, kind, today=today)
    except RuleError:
        return "", False  # the reason is shown as the field's error
    parts = [translate("EmployeeForm", "Lahir {date}").format(date=format_date_id(info.birth_date))]
    if info.tmt_cpns is not None:
        parts.append(translate("EmployeeForm", "TMT CPNS {month}").format(month=format_month_year(info.tmt_cpns)))
    else:
        parts.append(translate("EmployeeForm", "diangkat {year}").format(year=info.appointment_year))
        if info.pppk_code in KNOWN_PPPK_CODES:
            parts.append(KNOWN_PPPK_CODES[info.pppk_code])
    parts.append(SEX_LABELS[info.sex])
    parts.append(translate("EmployeeForm", "urut {n}").format(n=info.sequence))
    return "✔ " + " · ".join(parts), True


def nik_summary(text: str, today: date) -> tuple[str, bool]:
    """(line, readable) for a NIK: region of first issue, birth date, sex."""
    digits = normalize_digits(text)
    if not digits:
        return "", True
    if digits.isdigit() and len(digits) < 16:
        return translate("EmployeeForm", "NIK: {n} dari 16 digit").format(n=len(digits)), False
    try:
        info = parse_nik(digits, today)
    except RuleError:
        return "", False
    region = nik_region_name(info.region_code) or info.region_code
    born = translate("EmployeeForm", "lahir {date}").format(date=format_date_id(info.birth_date))
    parts = [region, born, SEX_LABELS[info.sex]]
    return "✔ " + " · ".join(parts), True
