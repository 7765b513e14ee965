"""Starting the program: which database the window opens (the last one, the default one, the demo), falling
back when the last one is refused, and the first-run setup's "look first with demo data"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from gui.settings import Settings
from models.storage.database import open_database
from tests.staff import build_office


@pytest.fixture
def other_db_path(tmp_path: Path) -> Path:
    path = tmp_path / "lain" / "kantor_lain.sqlite"
    path.parent.mkdir()
    other = open_database(path)
    build_office(other, 3, contracts=False, formations=False)
    other.close()
    return path


@pytest.fixture
def started(monkeypatch, tmp_path):
    """main.open_window with the settings file, the default and demo databases and the window itself
    replaced: returns what the window would have been opened on, and the demo builds asked for."""
    import gui.launch
    import gui.session
    import main
    import models.demo
    from models.services.audit import Actor

    opened: list[Path | None] = []
    demos: list[Path | None] = []
    monkeypatch.setattr(gui.launch, "default_settings_path", lambda: tmp_path / "simpeg.ini")
    monkeypatch.setattr(gui.launch, "default_database_path", lambda: tmp_path / "bawaan" / "simpeg.sqlite")
    monkeypatch.setattr(gui.launch, "demo_database_path", lambda: tmp_path / "bawaan" / "contoh.sqlite")
    monkeypatch.setattr(gui.launch, "run_window", lambda db, argv, **_kw: opened.append(db.path) or 0)
    monkeypatch.setattr(gui.session, "sign_in", lambda db, parent=None: Actor("admin", "admin"))
    set_up_done = SimpleNamespace(start_choice=SimpleNamespace(name="EMPTY"), user=SimpleNamespace(
        actor=Actor("admin", "admin")))
    monkeypatch.setattr(gui.session, "set_up", lambda db, parent=None, **_kw: set_up_done)
    monkeypatch.setattr(models.demo, "build_demo", lambda db, employees, **_kw: demos.append(db.path))
    return main, opened, demos


def test_the_program_reopens_the_database_opened_last(started, tmp_path, other_db_path) -> None:
    main, opened, demos = started
    settings = Settings(tmp_path / "simpeg.ini")
    settings.add_recent_database(other_db_path)
    settings.sync()
    assert main.open_window(None) == 0
    assert opened == [other_db_path.resolve()] and demos == []


def test_without_a_last_database_the_default_one_gets_the_first_run_setup(started, tmp_path, monkeypatch) -> None:
    import gui.session

    main, opened, demos = started
    asked: list[Path] = []
    monkeypatch.setattr(gui.session, "set_up", lambda db, parent=None, **_kw: asked.append(db.path))  # cancelled
    assert main.open_window(None) == 0
    default = (tmp_path / "bawaan" / "simpeg.sqlite").resolve()
    assert asked == [default] and opened == [] and demos == []  # no demo data in the office's own database


def test_demo_opens_the_separate_demo_database_filled_on_first_use(started, tmp_path) -> None:
    main, opened, demos = started
    assert main.open_window(None, demo=True) == 0
    demo = (tmp_path / "bawaan" / "contoh.sqlite").resolve()
    assert opened == [demo] and demos == [demo]
    assert main.open_window(None, demo=True) == 0
    assert opened == [demo, demo] and demos == [demo]  # built once


def test_a_last_database_that_is_refused_falls_back_to_the_default_one(started, tmp_path, capsys) -> None:
    main, opened, _demos = started
    letter = tmp_path / "surat.sqlite"
    letter.write_text("bukan basis data", encoding="utf-8")
    settings = Settings(tmp_path / "simpeg.ini")
    settings.last_database = str(letter)
    settings.sync()
    assert main.open_window(None) == 0
    assert opened == [(tmp_path / "bawaan" / "simpeg.sqlite").resolve()]
    assert "Basis data terakhir tidak dapat dibuka" in capsys.readouterr().err
    assert Settings(tmp_path / "simpeg.ini").last_database == ""


def test_first_run_setup_choosing_the_demo_opens_the_demo_database_as_the_new_admin(started, tmp_path,
                                                                                   monkeypatch) -> None:
    import gui.session
    from models.services.audit import Actor
    from models.services.users import sign_in
    from models.storage.database import open_database

    main, opened, demos = started
    admin = SimpleNamespace(username="siti", full_name="Siti Aminah", password="rahasia-kantor-1")
    chose_demo = SimpleNamespace(start_choice=SimpleNamespace(name="DEMO"), regency_code="62.03", admin_input=admin,
                                 user=SimpleNamespace(actor=Actor("siti", "admin")))  # as the real wizard
    monkeypatch.setattr(gui.session, "set_up", lambda db, parent=None, **_kw: chose_demo)
    assert main.open_window(None) == 0
    demo = (tmp_path / "bawaan" / "contoh.sqlite").resolve()
    assert opened == [demo] and demos == [demo]
    db = open_database(demo, create=False)
    try:
        assert sign_in(db, "siti", "rahasia-kantor-1").username == "siti"  # the same admin, made again there
    finally:
        db.close()
