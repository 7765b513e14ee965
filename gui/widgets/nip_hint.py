"""What a PNS NIP says, in words, for the line beside a NIP field (the PPK's, in the office settings and in
the first-run setup): birth date, TMT CPNS, sex and sequence; empty when the NIP is blank or unreadable
(the field's problem line says why)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from models.rules.errors import RuleError
from models.rules.formatting import format_date_id, format_month_year
from models.rules.nip import KIND_PNS, parse_nip

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises


def pns_nip_hint(nip: str | None, today: date) -> str:
    if not nip or not nip.strip():
        return ""
    try:
        info = parse_nip(nip, KIND_PNS, today=today)
    except RuleError:
        return ""
    sex = translate("nip_hint", "laki-laki") if info.sex == "L" else translate("nip_hint", "perempuan")
    assert info.tmt_cpns is not None
    return translate("nip_hint", "Lahir {born}, TMT CPNS {tmt}, {sex}, nomor urut {seq}.").format(
        born=format_date_id(info.birth_date), tmt=format_month_year(info.tmt_cpns), sex=sex, seq=info.sequence)
