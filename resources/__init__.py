"""Finds the files shipped in resources/ (fonts, templates, icons), in the source tree or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource_path("fonts", "LiberationSerif-Regular.ttf")."""
    path = _HERE.joinpath(*parts)
    if not path.exists() and hasattr(sys, "_MEIPASS"):  # a one-file bundle unpacks data beside the code
        bundled = Path(sys._MEIPASS, "resources", *parts)
        if bundled.exists():
            return bundled
    return path
