"""The program's name and author, and where it keeps its files in the user's profile (platformdirs): the
window, the command line and the services (the seal's key folder) all ask here."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "SIMPEG Luring"
APP_AUTHOR = "SIMPEG"


def data_folder() -> Path:
    """The user's data folder (platformdirs): %LOCALAPPDATA%\\SIMPEG\\SIMPEG Luring on Windows,
    ~/.local/share/SIMPEG Luring on Linux. The installer's uninstaller leaves it alone."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    """The office's database when no other was chosen: simpeg.sqlite in the data folder."""
    return data_folder() / "simpeg.sqlite"


def demo_database_path() -> Path:
    """The demo database (--demo, or "look first with demo data" in the first-run setup), kept apart from
    the office's own so that no invented person ever mixes with real records."""
    return data_folder() / "contoh.sqlite"

