"""One version everywhere: models/version.py, the package metadata, the newest CHANGELOG entry."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from models.version import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_the_newest_changelog_entry_is_this_version() -> None:
    entries = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", (ROOT / "CHANGELOG.md").read_text("utf-8"),
                         flags=re.MULTILINE)
    assert entries, "CHANGELOG.md has no '## [x.y.z] - YYYY-MM-DD' entry"
    assert entries[0][0] == __version__
    versions = [tuple(int(p) for p in v.split(".")) for v, _ in entries]
    assert versions == sorted(versions, reverse=True), "entries must be newest first"


def test_the_installed_package_carries_the_same_version() -> None:
    assert version("simpeg-luring") == __version__


def test_the_exchange_package_records_this_version() -> None:
    from models.services.exchange.sending import program_version

    assert program_version() == __version__
