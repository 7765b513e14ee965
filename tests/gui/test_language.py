"""Language: Indonesian is the source, English comes from the committed .qm; Preferensi switches it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from gui.i18n import LANGUAGES, current_language, install_language, translation_file
from gui.session import WindowSession
from gui.settings import Settings
from tests.factories import ADMIN
from tests.staff import TODAY

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "simpeg_en.ts"
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.iter("message") if (m.find("translation") is None
                                           or m.find("translation").get("type") not in ("vanished", "obsolete"))}


@pytest.fixture
def indonesian_afterwards(qapp):
    yield
    install_language("id")


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path) -> None:
    compiled = tmp_path / "simpeg_en.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == translation_file("en").read_bytes(), "run `make translations`"


def test_every_string_in_gui_is_in_the_ts(tmp_path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py", str(ROOT / "gui"), "-source-language",
                    "id", "-target-language", "en", "-locations", "none", "-ts", str(fresh)], check=True)
    missing = sources(fresh) - sources(TS)
    assert not missing, f"run `make translations`; not in simpeg_en.ts: {sorted(missing)[:10]}"


def test_english_translates_the_window_and_indonesian_needs_no_file(qapp, indonesian_afterwards) -> None:
    assert set(LANGUAGES) == {"id", "en"}
    assert install_language("en") and current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "Pegawai") == "Employees"
    assert install_language("id") and current_language() == "id"
    assert QCoreApplication.translate("MainWindow", "Pegawai") == "Pegawai"


def test_choosing_english_in_preferences_rebuilds_the_window_in_english(qtbot, db, tmp_path,
                                                                          indonesian_afterwards) -> None:
    settings = Settings(tmp_path / "simpeg.ini")
    session = WindowSession(settings, actor=ADMIN, today=lambda: TODAY)
    window = session.show_database(db)
    window.show()  # not qtbot.addWidget: the session deletes the windows it replaces
    window.action_preferences.trigger()
    dialog = window.dialogs["preferences"]
    assert dialog.language.currentText() == "Bahasa Indonesia"
    assert "riwayat urungkan" in dialog.note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()

    english = session.window
    assert english is not window
    assert [english.tabs.tabText(i) for i in range(3)] == ["Employees", "Formations", "Work Contracts"]
    assert [a.text() for a in english.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert english.employees_tab.search.placeholderText() == "Search name, NIP or NIK…"
    assert Settings(tmp_path / "simpeg.ini").language == "en"  # saved for the next start

    english.action_preferences.trigger()
    dialog = english.dialogs["preferences"]
    assert dialog.windowTitle() == "Preferences"
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.accept()
    indonesian = session.window
    assert indonesian.tabs.tabText(0) == "Pegawai"
    indonesian.close()
    indonesian.deleteLater()
