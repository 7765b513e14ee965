"""Password hashing with scrypt (memory-hard, in Python's standard library) and the password policy.

Stored form: `scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`, so the cost can rise later while old hashes still
verify. n=2**15, r=8 uses 32 MB and about 0.1 s per check: cheap for a clerk signing in, expensive for
someone guessing against a copied database file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from models.rules.errors import RuleError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_KEY_LENGTH = 32
MIN_LENGTH = 8


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_KEY_LENGTH,
                          maxmem=256 * n * r + 2**20)


def hash_password(password: str, *, n: int | None = None) -> str:
    n = n or SCRYPT_N
    salt = os.urandom(16)
    digest = _scrypt(password, salt, n, SCRYPT_R, SCRYPT_P)
    b64 = base64.b64encode
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def password_problems(password: str, username: str = "") -> list[str]:
    """Why a new password is refused (empty when it is acceptable)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"kata sandi paling sedikit {MIN_LENGTH} karakter")
    if password.strip() != password:
        problems.append("kata sandi tidak boleh diawali atau diakhiri spasi")
    if username and password.casefold() == username.casefold():
        problems.append("kata sandi tidak boleh sama dengan nama pengguna")
    if password and len(set(password)) < 4:
        problems.append("kata sandi terlalu mudah ditebak (terlalu sedikit karakter berbeda)")
    return problems


def check_password(password: str, username: str = "") -> None:
    problems = password_problems(password, username)
    if problems:
        raise RuleError("Kata sandi ditolak: " + "; ".join(problems) + ".")
