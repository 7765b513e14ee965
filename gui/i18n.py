"""The interface language: Bahasa Indonesia is written in the source; other languages come from .qm files.

`resources/translations/simpeg_<code>.ts` is made by `make translations` (pyside6-lupdate over gui/) and
compiled to the .qm beside it (pyside6-lrelease); the .qm files are committed so a fresh copy runs
without the tools.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path

SOURCE_LANGUAGE = "id"
# Each language is named in itself, so a clerk who cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translation_file(code: str) -> Path:
    return resource_path("translations", f"simpeg_{code}.qm")


def current_language() -> str:
    """The language the interface is translated into now (the source language until one is installed)."""
    return _current


def install_language(code: str) -> bool:
    """Translate the interface into `code` from now on (windows built later); False when no file exists.

    The source language needs no file: installing it removes the translators installed before.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = code if code in LANGUAGES else SOURCE_LANGUAGE
    found = True
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        found = ours.load(str(translation_file(code)))
        if found:
            app.installTranslator(ours)
            _installed.append(ours)
            qt_own = QTranslator(app)  # Qt's own dialogs and buttons
            if qt_own.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
    global _current
    _current = code if found else SOURCE_LANGUAGE
    return found
