"""Fuzzing every parser that reads what a clerk (or a file) types: any input either parses or is refused with
a RuleError carrying a message in Bahasa Indonesia; nothing else escapes, nothing hangs."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.errors import RuleError
from models.rules.grades import normalize_golongan
from models.rules.nik import parse_nik
from models.rules.nip import KIND_PNS, KIND_PPPK, parse_nip
from reports.roster import values
from reports.roster.headers import check_mapping, field_for_header, guess_mapping

TODAY = date(2026, 11, 26)

# Text that looks like what offices type: digits, spaces, apostrophes, dashes, slashes, letters, Unicode.
typed = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789 '-./", max_size=30),
    st.from_regex(r"'?\d{2,4}[ ./-]?\d{2}[ ./-]?\d{2,4}", fullmatch=True),
    st.from_regex(r"\d{18}", fullmatch=True),
    st.from_regex(r"\d{16}", fullmatch=True),
)
cells = st.one_of(
    typed, st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.dates(), st.datetimes(),
)


def refused_clearly(exc: RuleError) -> None:
    message = str(exc)
    assert message and len(message) < 400
    assert "Traceback" not in message


@settings(max_examples=300, deadline=None)
@given(typed, st.sampled_from([KIND_PNS, KIND_PPPK]))
def test_nip_parser_parses_or_refuses(text: str, kind: str) -> None:
    try:
        info = parse_nip(text, kind, today=TODAY)
    except RuleError as exc:
        refused_clearly(exc)
    else:
        assert info.birth_date < TODAY


@settings(max_examples=300, deadline=None)
@given(typed)
def test_nik_parser_parses_or_refuses(text: str) -> None:
    try:
        parse_nik(text, today=TODAY)
    except RuleError as exc:
        refused_clearly(exc)


@settings(max_examples=300, deadline=None)
@given(typed)
def test_golongan_parser_parses_or_refuses(text: str) -> None:
    try:
        code = normalize_golongan(text)
    except RuleError as exc:
        refused_clearly(exc)
    else:
        assert normalize_golongan(code) == code  # what it gives back parses to itself


@settings(max_examples=400, deadline=None)
@given(cells)
def test_roster_cell_readers_parse_or_refuse(cell: object) -> None:
    for reader in (values.date_value, values.sex, values.status, values.religion, values.golongan,
                   values.education_level, values.year, values.phone, values.text):
        try:
            result = reader(cell)
        except RuleError as exc:
            refused_clearly(exc)
        else:
            if reader is values.date_value and result is not None:
                assert isinstance(result, date) and not isinstance(result, datetime)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(typed, st.none(), st.integers(), st.sampled_from(
    ["NIP", "NIP BARU", "Nama", "Nama Lengkap", "Tgl. Lahir", "L/P", "Gol/Ruang", "Unit Kerja", "Kec."])),
    max_size=30))
def test_header_mapping_never_fails_and_maps_each_field_once(header: list[object]) -> None:
    for cell in header:
        field_for_header(cell)
    mapping = guess_mapping(header)
    assert all(0 <= column < len(header) for column in mapping)
    assert len(set(mapping.values())) == len(mapping)
    assert all(isinstance(problem, str) and problem for problem in check_mapping(mapping))
