"""Writing an output file so that it appears whole or not at all."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_on_success(path: Path) -> Iterator[Path]:
    """A temporary name beside `path` to write to; moved onto `path` when the block ends without error.

    A cancelled or failed job leaves no partial file, and an older file of the same name stays as it was.
    The move raises OSError when `path` is held open (a workbook left open in Excel on Windows).
    """
    temp = path.with_name(f"~{path.stem}-{secrets.token_hex(4)}{path.suffix}")
    try:
        yield temp
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
