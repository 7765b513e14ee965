"""Tests for cross-checking NIP, NIK and recorded personal data."""

from __future__ import annotations

from datetime import date

from models.rules.crosscheck import Finding, cross_check
from models.rules.nip import KIND_PNS, KIND_PPPK

NIP = "198503122010011003"  # born 12-03-1985, TMT CPNS Januari 2010, man
NIK = "6271011203850001"  # born 12-03-1985, man
BORN = date(1985, 3, 12)


def check(**overrides):
    values = {"nip": NIP, "kind": KIND_PNS, "nik": NIK, "birth_date": BORN, "sex": "L",
              "tmt_cpns": date(2010, 1, 1)}
    values.update(overrides)
    return cross_check(**values)


def test_consistent_record_has_no_findings():
    assert check() == []


def test_blank_identifiers_are_skipped():
    assert check(nip=None, nik="") == []


def test_nip_birth_date_mismatch_is_error_naming_both_dates():
    assert check(birth_date=date(1985, 3, 13), nik=None) == [Finding(
        "error", "birth_date",
        "Tanggal lahir pada NIP (12-03-1985) berbeda dengan tanggal lahir yang dicatat (13-03-1985).",
    )]


def test_nip_sex_mismatch_is_error():
    findings = check(sex="P", nik="6271015203850001")
    assert findings == [Finding(
        "error", "sex",
        "Jenis kelamin pada NIP (laki-laki) berbeda dengan jenis kelamin yang dicatat (perempuan).",
    )]


def test_nik_birth_date_mismatch_is_only_a_warning():
    findings = check(nik="6271011303850001")
    assert findings == [Finding(
        "warning", "birth_date",
        "Tanggal lahir pada NIK (13-03-1985) berbeda dengan tanggal lahir yang dicatat (12-03-1985).",
    )]


def test_nik_sex_mismatch_is_only_a_warning():
    findings = check(nik="6271015203850001")
    assert [(f.level, f.field) for f in findings] == [("warning", "sex")]
    assert "pada NIK (perempuan)" in findings[0].message


def test_malformed_nik_is_error():
    findings = check(nik="62710112038500")
    assert [(f.level, f.field) for f in findings] == [("error", "nik")]
    assert "14 digit" in findings[0].message


def test_well_formed_nik_with_impossible_date_is_warning():
    findings = check(nik="6271013502850001")
    assert [(f.level, f.field) for f in findings] == [("warning", "nik")]
    assert "Tanggal lahir pada NIK" in findings[0].message


def test_unparseable_nip_is_error_and_stops_nip_comparisons():
    findings = check(nip="19850312201001100")
    assert findings == [Finding("error", "nip", "NIP harus 18 digit, yang diisi 17 digit.")]


def test_tmt_cpns_month_mismatch_is_warning():
    findings = check(tmt_cpns=date(2010, 3, 1))
    assert findings == [Finding(
        "warning", "tmt_cpns",
        "TMT CPNS pada NIP (Januari 2010) berbeda dengan TMT CPNS yang dicatat (01-03-2010).",
    )]


def test_tmt_cpns_same_month_other_day_is_fine():
    assert check(tmt_cpns=date(2010, 1, 15)) == []


def test_pppk_unknown_code_is_warning_and_tmt_is_not_compared():
    findings = check(nip="198503122024221003", kind=KIND_PPPK, tmt_cpns=date(2024, 3, 1))
    assert [(f.level, f.field) for f in findings] == [("warning", "nip")]
    assert "(22)" in findings[0].message


def test_pppk_birth_mismatch_names_ni_pppk():
    findings = check(nip="198503122024211003", kind=KIND_PPPK, nik=None, birth_date=date(1985, 3, 11))
    assert findings[0].level == "error"
    assert findings[0].message.startswith("Tanggal lahir pada NI PPPK (12-03-1985)")


def test_recorded_sex_spelled_out_is_understood():
    assert check(sex="Laki-laki") == []
    findings = check(sex="X")
    assert [(f.level, f.field) for f in findings] == [("error", "sex")]


def test_nip_and_nik_compared_when_nothing_recorded():
    findings = check(birth_date=None, sex=None, nik="6271015303850001")
    assert [(f.level, f.field) for f in findings] == [("warning", "nik"), ("warning", "nik")]
    assert "berbeda dengan tanggal lahir pada NIP (12-03-1985)" in findings[0].message
    assert "berbeda dengan jenis kelamin pada NIP (laki-laki)" in findings[1].message
