"""Tests for grades (golongan), pangkat names, PPPK entry grades and education levels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.education import EDUCATION_LEVELS, education_level_name, normalize_education_level
from models.rules.errors import RuleError
from models.rules.grades import (
    PNS_GRADES,
    PPPK_GRADES,
    grade_by_code,
    normalize_golongan,
    pangkat_name,
    pppk_entry_grade,
)

ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
          "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"]


def test_pns_grade_table():
    assert len(PNS_GRADES) == 17
    assert [g.rank for g in PNS_GRADES] == list(range(1, 18))
    assert PNS_GRADES[0].code == "I/a" and PNS_GRADES[0].pangkat == "Juru Muda"
    assert PNS_GRADES[8].code == "III/a" and PNS_GRADES[8].pangkat == "Penata Muda"
    assert PNS_GRADES[-1].code == "IV/e" and PNS_GRADES[-1].pangkat == "Pembina Utama"
    assert all(g.system == "PNS" for g in PNS_GRADES)


def test_pppk_grade_table():
    assert [g.code for g in PPPK_GRADES] == ROMANS
    assert [g.rank for g in PPPK_GRADES] == list(range(1, 18))
    assert all(g.system == "PPPK" and g.pangkat is None for g in PPPK_GRADES)


@pytest.mark.parametrize("raw", [
    "III/a", "III a", "IIIa", "iii/A", "3a", "3/a", "III-a", " 3 A ", "Gol. III/a",
])
def test_normalize_pns_spellings(raw):
    assert normalize_golongan(raw) == "III/a"


@pytest.mark.parametrize("raw", ["IX", "ix", "9", "09", "Golongan IX"])
def test_normalize_pppk_spellings(raw):
    assert normalize_golongan(raw) == "IX"


def test_normalize_with_explicit_system():
    assert normalize_golongan("3", "PPPK") == "III"
    assert normalize_golongan("4e", "PNS") == "IV/e"
    assert normalize_golongan("IV") == "IV"


@pytest.mark.parametrize(("raw", "system"), [
    ("V/a", None), ("I/e", None), ("III/e", None), ("III/f", None), ("XVIII", None), ("18", None),
    ("0", None), ("IIII", None), ("", None), ("abc", None), ("III", "PNS"), ("III/a", "PPPK"),
    ("IX/a", None), ("IX", "PNS"),
])
def test_normalize_rejects_with_indonesian_message(raw, system):
    with pytest.raises(RuleError) as err:
        normalize_golongan(raw, system)
    assert "Golongan" in err.value.message


@st.composite
def pns_spelling(draw):
    grade = draw(st.sampled_from(PNS_GRADES))
    roman, letter = grade.code.split("/")
    number = draw(st.sampled_from([roman, roman.lower(), str(ROMANS.index(roman) + 1)]))
    sep = draw(st.sampled_from(["/", " ", "", "-", " / ", "."]))
    letter = draw(st.sampled_from([letter, letter.upper()]))
    pad = draw(st.sampled_from(["", " "]))
    return grade.code, f"{pad}{number}{sep}{letter}{pad}"


@st.composite
def pppk_spelling(draw):
    grade = draw(st.sampled_from(PPPK_GRADES))
    n = grade.rank
    return grade.code, draw(st.sampled_from([grade.code, grade.code.lower(), str(n), f"{n:02d}"]))


@settings(max_examples=300, deadline=None)
@given(st.one_of(pns_spelling(), pppk_spelling()))
def test_normalize_accepts_every_spelling_of_every_grade(case):
    code, spelling = case
    assert normalize_golongan(spelling) == code
    assert grade_by_code(spelling).code == code


def test_grade_by_code_and_pangkat():
    assert grade_by_code("3a").pangkat == "Penata Muda"
    assert grade_by_code("IX").rank == 9
    assert pangkat_name("iv/c") == "Pembina Utama Muda"
    assert pangkat_name("II/b") == "Pengatur Muda Tingkat I"
    assert pangkat_name("IX") is None
    with pytest.raises(RuleError):
        grade_by_code("Z/z")


@pytest.mark.parametrize(("education", "grade"), [
    ("SD", "I"), ("SMP", "IV"), ("SMA", "V"), ("SMK", "V"), ("D1", "V"), ("D2", "VI"), ("D3", "VII"),
    ("D4", "IX"), ("S1", "IX"), ("Profesi", "IX"), ("S2", "X"), ("Spesialis", "X"), ("S3", "XI"),
    ("40", "IX"), ("50", "XI"),
])
def test_pppk_entry_grade(education, grade):
    assert pppk_entry_grade(education) == grade


def test_education_levels_table():
    assert EDUCATION_LEVELS["40"] == "S-1"
    assert EDUCATION_LEVELS["30"] == "D-III"
    assert list(EDUCATION_LEVELS.values()) == [
        "SD", "SLTP", "SLTA", "D-I", "D-II", "D-III", "D-IV", "S-1", "Profesi", "S-2", "Spesialis", "S-3"]


@pytest.mark.parametrize(("raw", "code"), [
    ("S1", "40"), ("S-1", "40"), ("Sarjana", "40"), ("s1", "40"), ("S-1/Sarjana", "40"),
    ("D3", "30"), ("D III", "30"), ("D-III", "30"), ("Diploma III", "30"),
    ("SMA", "15"), ("SMK", "15"), ("SMA/SMK", "15"), ("SLTA", "15"), ("SMA Sederajat", "15"),
    ("SMP", "10"), ("SLTP", "10"), ("D4", "35"), ("D-IV", "35"), ("S2", "45"), ("Magister", "45"),
    ("S3", "50"), ("Doktor", "50"), ("SD", "05"), ("05", "05"), ("5", "05"), ("Profesi", "42"),
    ("Spesialis", "47"), ("D1", "20"), ("D-II", "25"),
])
def test_normalize_education_level(raw, code):
    assert normalize_education_level(raw) == code


@pytest.mark.parametrize("raw", ["", "S4", "SMA/S1", "TK", "99"])
def test_normalize_education_level_rejects(raw):
    with pytest.raises(RuleError, match="Tingkat pendidikan"):
        normalize_education_level(raw)


def test_education_level_name():
    assert education_level_name("Sarjana") == "S-1"
