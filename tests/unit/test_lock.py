"""requirements.lock pins every package pyproject.toml names, within its range, and `make test` installs it."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"
# The venv's own installers: `python -m venv` brings them, and only the dist extra asks for setuptools.
VENV_TOOLS = {"pip", "setuptools", "wheel"}


def locked() -> dict[str, tuple[Version, Marker | None]]:
    """name -> (pinned version, marker) from the lock file."""
    pins = {}
    for raw in LOCK.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        (spec,) = requirement.specifier
        assert spec.operator == "==", f"not pinned: {line}"
        pins[canonicalize_name(requirement.name)] = (Version(spec.version), requirement.marker)
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        names += extra
    return [Requirement(n) for n in names]


def test_the_lock_pins_every_declared_package_within_its_range() -> None:
    pins = locked()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is in pyproject.toml but not in requirements.lock (make lock)"
        version, _ = pins[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock has {name}=={version}, outside pyproject.toml's {requirement}")
        for extra in requirement.extras:  # psycopg[binary] needs psycopg-binary pinned too
            assert canonicalize_name(f"{name}-{extra}") in pins


def test_the_lock_keeps_pyside6_on_6_11() -> None:
    version, _ = locked()["pyside6"]
    assert Version("6.11") <= version < Version("6.12")


def test_the_lock_knows_windows() -> None:
    """The lock is made for every platform: the Windows build (installer/README.md) installs from it too."""
    markers = [str(m) for _, m in locked().values() if m is not None]
    assert any("win32" in m for m in markers)


@pytest.mark.skipif(Path(sys.prefix).resolve() != (ROOT / ".venv").resolve(),
                    reason="only the project's .venv is installed from the lock (make test)")
def test_the_project_environment_is_installed_from_the_lock() -> None:
    wrong = []
    for name, (version, marker) in locked().items():
        if name in VENV_TOOLS or (marker is not None and not marker.evaluate()):
            continue
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            continue  # another extra's package (dist), or one this platform does not need
        if installed != version:
            wrong.append(f"{name}: {installed} installed, lock has {version}")
    assert not wrong, "\n".join(wrong)


def test_make_installs_with_the_lock_as_constraints() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "LOCK := requirements.lock" in makefile and "pip install -q -c $(LOCK)" in makefile
    assert makefile.count("$(PIP_INSTALL) -e") == 3  # run, test, dist
