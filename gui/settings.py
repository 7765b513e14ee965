"""The program's own settings (language, recent files, window layout): one typed facade over an INI file.

Options are declared once below, with their type and default. The file is given explicitly (tests use
tmp_path); `Settings(None)` keeps everything in memory, for windows that must not touch the clerk's file.
Office settings (name, PPK, number patterns) are not here: they live in the database, see
models/services/organization.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from models.storage.profile import APP_AUTHOR, APP_NAME

T = TypeVar("T")
MAX_RECENT = 8


def default_settings_path() -> Path:
    """simpeg.ini in the user's configuration folder (platformdirs)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "simpeg.ini"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: where it is stored, its type, and its value when never saved."""

    key: str
    kind: type
    default: T

    @overload
    def __get__(self, settings: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...
    def __get__(self, settings: Settings | None, owner: type) -> Any:
        if settings is None:
            return self
        return settings.read(self)

    def __set__(self, settings: Settings, value: T) -> None:
        settings.write(self, value)


def _convert(value: Any, kind: type, default: Any) -> Any:
    """An INI file gives strings (and lists of them): turn a stored value into the option's type."""
    if value is None:
        return default
    try:
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        if kind is int:
            return int(value)
        if kind is str:
            return str(value)
        if kind is bytes:
            return bytes(value.data()) if isinstance(value, QByteArray) else bytes(value)
        if kind is tuple:  # a list of strings; INI gives a lone item as a plain string
            if isinstance(value, str):
                return (value,) if value else ()
            return tuple(str(v) for v in value)
    except (TypeError, ValueError):
        return default
    return value


class Settings:
    """Typed access to the settings file: `settings.language = "en"`, `settings.recent_databases`."""

    language = Option("ui/language", str, "id")
    recent_databases = Option("files/recent", tuple, ())
    last_database = Option("files/last", str, "")
    window_geometry = Option("window/geometry", bytes, b"")
    window_state = Option("window/state", bytes, b"")
    current_tab = Option("window/tab", int, 0)
    last_output_folder = Option("files/output", str, "")  # where the clerk last saved a report or a print
    central_private_key = Option("exchange/central_key", str, "")  # at a centre: the key file made here

    def __init__(self, path: Path | str | None) -> None:
        self.path = Path(path) if path is not None else None
        self._memory: dict[str, Any] = {}
        self._qsettings: QSettings | None = None
        if self.path is not None:
            # A read-only profile must not stop the program: QSettings then keeps values for this session.
            with contextlib.suppress(OSError):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # ---- the declared options ----

    def read(self, option: Option[T]) -> T:
        return _convert(self._get(option.key), option.kind, option.default)

    def write(self, option: Option[T], value: T) -> None:
        if option.kind is bytes:
            value = QByteArray(bytes(value))  # type: ignore[assignment]
        elif option.kind is tuple:
            value = list(value)  # type: ignore[assignment]
        self._set(option.key, value)

    # ---- recent databases ----

    def add_recent_database(self, path: str | Path) -> None:
        """Put `path` first in the recent list (at most MAX_RECENT) and remember it as the last one opened."""
        text = str(path)
        self.recent_databases = (text, *(p for p in self.recent_databases if p != text))[:MAX_RECENT]
        self.last_database = text

    def remove_recent_database(self, path: str | Path) -> None:
        text = str(path)
        self.recent_databases = tuple(p for p in self.recent_databases if p != text)
        if self.last_database == text:
            self.last_database = ""

    # ---- table header layout, one per table ----

    def header_state(self, name: str) -> bytes:
        return _convert(self._get(f"headers/{name}"), bytes, b"")

    def set_header_state(self, name: str, state: bytes) -> None:
        self._set(f"headers/{name}", QByteArray(bytes(state)))

    # ---- roster column mappings, one per header set ----

    def roster_mapping(self, headers: Sequence[Any]) -> tuple[dict[int, str], dict[str, str]] | None:
        """The column mapping (and the values given for every row) last used with exactly these headers."""
        text = self._get(f"roster_mappings/{_header_signature(headers)}")
        try:
            data = json.loads(text) if text else None
            return ({int(c): str(k) for c, k in data["mapping"].items()},
                    {str(k): str(v) for k, v in data.get("fixed", {}).items()}) if data else None
        except (TypeError, ValueError, KeyError, AttributeError):
            return None  # an older or damaged entry: guess again

    def remember_roster_mapping(self, headers: Sequence[Any], mapping: dict[int, str], fixed: dict[str, str]) -> None:
        self._set(f"roster_mappings/{_header_signature(headers)}",
                  json.dumps({"mapping": {str(c): k for c, k in mapping.items()}, "fixed": fixed}))

    def sync(self) -> None:
        """Write to disk now (QSettings also writes by itself, later)."""
        if self._qsettings is not None:
            self._qsettings.sync()

    # ---- storage ----

    def _get(self, key: str) -> Any:
        if self._qsettings is None:
            return self._memory.get(key)
        return self._qsettings.value(key)

    def _set(self, key: str, value: Any) -> None:
        if self._qsettings is None:
            self._memory[key] = value
        else:
            self._qsettings.setValue(key, value)


def _header_signature(headers: Sequence[Any]) -> str:
    """The same header row, whatever its case and spacing, gives the same key."""
    text = "\x1f".join(" ".join(str(h or "").split()).casefold() for h in headers).rstrip("\x1f")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
