"""Education levels as SIASN codes them, and reading the many ways a clerk writes them."""

from __future__ import annotations

import re

from models.rules.errors import RuleError

EDUCATION_LEVELS: dict[str, str] = {
    "05": "SD",
    "10": "SLTP",
    "15": "SLTA",
    "20": "D-I",
    "25": "D-II",
    "30": "D-III",
    "35": "D-IV",
    "40": "S-1",
    "42": "Profesi",
    "45": "S-2",
    "47": "Spesialis",
    "50": "S-3",
}

# Keys are upper case with spaces, dots, dashes and underscores removed (see _key).
_ALIASES: dict[str, str] = {
    "SD": "05", "SEKOLAHDASAR": "05", "MI": "05",
    "SLTP": "10", "SMP": "10", "MTS": "10", "SEKOLAHMENENGAHPERTAMA": "10",
    "SLTA": "15", "SMA": "15", "SMK": "15", "SMU": "15", "MA": "15", "MAK": "15", "STM": "15",
    "SMEA": "15", "SPK": "15", "SEKOLAHMENENGAHATAS": "15", "SEKOLAHMENENGAHKEJURUAN": "15",
    "D1": "20", "DI": "20", "DIPLOMA1": "20", "DIPLOMAI": "20",
    "D2": "25", "DII": "25", "DIPLOMA2": "25", "DIPLOMAII": "25",
    "D3": "30", "DIII": "30", "DIPLOMA3": "30", "DIPLOMAIII": "30",
    "D4": "35", "DIV": "35", "DIPLOMA4": "35", "DIPLOMAIV": "35", "SARJANATERAPAN": "35",
    "S1": "40", "SI": "40", "SARJANA": "40", "STRATA1": "40", "STRATAI": "40",
    "PROFESI": "42", "PENDIDIKANPROFESI": "42",
    "S2": "45", "SII": "45", "MAGISTER": "45", "MASTER": "45", "STRATA2": "45", "STRATAII": "45",
    "SPESIALIS": "47", "SP1": "47", "SPESIALIS1": "47", "SPESIALISI": "47",
    "S3": "50", "SIII": "50", "DOKTOR": "50", "DOKTORAL": "50", "STRATA3": "50", "STRATAIII": "50",
}
_NOISE = re.compile(r"[\s.\-_]")
_SUFFIXES = ("SEDERAJAT",)


def _key(text: str) -> str:
    key = _NOISE.sub("", text.upper())
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and key != suffix:
            key = key[: -len(suffix)]
    return key


def _lookup(text: str) -> str | None:
    stripped = text.strip()
    if stripped.isdigit() and stripped.zfill(2) in EDUCATION_LEVELS:
        return stripped.zfill(2)
    key = _key(stripped)
    if key in _ALIASES:
        return _ALIASES[key]
    # "SMA/SMK", "S-1/Sarjana": accept when every part names the same level.
    parts = [p for p in re.split(r"[/,]", stripped) if p.strip()]
    if len(parts) > 1:
        codes = {_ALIASES.get(_key(p)) for p in parts}
        if len(codes) == 1 and None not in codes:
            return codes.pop()
    return None


def normalize_education_level(value: str) -> str:
    """SIASN education code for a code or a common spelling: "S1", "Sarjana", "D III", "SMA/SMK" ...."""
    code = _lookup(value) if isinstance(value, str) else None
    if code is None:
        names = ", ".join(EDUCATION_LEVELS.values())
        raise RuleError(f"Tingkat pendidikan '{value}' tidak dikenal; gunakan salah satu dari: {names}.")
    return code


def education_level_name(value: str) -> str:
    """Display name for a code or spelling: "S1" -> "S-1"."""
    return EDUCATION_LEVELS[normalize_education_level(value)]
