"""Berkas > Pertukaran data: from a fresh district office and a fresh centre to a package applied at the
centre, every step through the window (keys made, installed, exported and registered, fingerprints compared,
the package sent and received)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui.app import create_main_window
from gui.dialogs.exchange_setup import PAGE_CENTRE, PAGE_OFFICE, ExchangeSetupDialog
from models.services.audit import Actor
from models.services.exchange import exchange_setup
from models.services.organization import save_office
from models.storage.database import Database, open_database
from tests.factories import ADMIN
from tests.staff import TODAY, build_office
from tests.unit.exchange.helpers import PALANGKA


def window_on(qtbot, db: Database, actor: Actor | None = None):
    window = create_main_window(db, today=lambda: TODAY, actor=actor)
    qtbot.addWidget(window)
    return window, window.exchange_actions


def wait_done(qtbot, actions) -> QMessageBox:
    qtbot.waitUntil(lambda: actions.job is None and actions.done_box is not None, timeout=30000)
    box = actions.done_box
    actions.done_box = None
    return box


def fresh_office(folder: Path, employees: int = 8) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "kantor.sqlite")
    save_office(db, PALANGKA, ADMIN)
    build_office(db, employees)
    return db


def test_a_fresh_office_and_a_fresh_centre_exchange_a_package_through_the_window_only(qtbot, tmp_path: Path) -> None:
    centre_db = open_database(tmp_path / "pusat.sqlite")
    office_db = fresh_office(tmp_path / "kantor")
    centre_window, centre = window_on(qtbot, centre_db)
    office_window, office = window_on(qtbot, office_db)
    assert "&Pertukaran data…" in [a.text() for a in office_window.menu_file.actions()]

    # The centre makes its key pair once.
    centre.action_setup.trigger()
    centre_setup: ExchangeSetupDialog = centre.setup_dialog
    qtbot.waitUntil(centre_setup.isVisible)
    centre_setup.tabs.setCurrentIndex(PAGE_CENTRE)
    centre_setup.ask_key_folder = lambda: str(tmp_path / "kunci pusat")
    centre_setup.make_keys_button.click()
    private = Path(centre_window.context.settings.central_private_key)
    public = private.with_name("pusat.x25519.pub.pem")
    assert private.is_file() and public.is_file()
    made = centre_setup.last_message
    assert "Sidik jari:" in made and str(public) in made
    centre_fingerprint = made.rsplit("Sidik jari: ", 1)[1]
    assert len(centre_fingerprint.split()) == 8

    # Kirim ke Pusat on an office without the centre's key opens the set-up at the missing step, asking no folder.
    office.ask_folder = lambda: pytest_fail("no folder may be asked before the key is installed")
    office.action_send.trigger()
    setup: ExchangeSetupDialog = office.setup_dialog
    qtbot.waitUntil(setup.isVisible)
    assert setup.tabs.currentIndex() == PAGE_OFFICE
    assert "kunci publik kantor pusat (langkah 1)" in setup.notice.text() and setup.notice.isVisible()
    assert "Belum dipasang" in setup.central_status.text() and not setup.send_button.isEnabled()

    # The office installs the centre's public key after comparing its fingerprint.
    asked: list[str] = []
    setup.ask_central_public_key = lambda: str(public)
    setup.confirm = lambda title, text: asked.append(text) or True
    setup.install_central_button.click()
    halves = centre_fingerprint.split()
    assert " ".join(halves[:4]) + "\n" + " ".join(halves[4:]) in asked[-1]  # two lines, to read out
    assert setup.central_status.text() == f"Terpasang. Sidik jari: {centre_fingerprint}"
    assert setup.send_button.isEnabled() and not setup.notice.isVisible()

    # It saves its own key file for the centre; the fingerprint shown is the one in the file.
    key_file = tmp_path / "surel" / "kunci-kantor.json"
    key_file.parent.mkdir()
    suggested: list[str] = []
    setup.ask_office_key_target = lambda name: suggested.append(name) or str(key_file)
    setup.export_office_button.click()
    assert suggested[-1].endswith("kunci-kantor-62.71.json")
    info = json.loads(key_file.read_text(encoding="utf-8"))
    office_fingerprint = exchange_setup(office_db).office_fingerprint
    assert office_fingerprint.replace(" ", "").startswith(info["key_id"])
    assert office_fingerprint in setup.last_message and office_fingerprint in setup.office_status.text()

    # The office's overdue setting.
    setup.warn_days.setValue(14)
    setup.warn_days.editingFinished.emit()
    assert exchange_setup(office_db).warn_days == 14

    # The centre registers the office after comparing that fingerprint.
    centre_setup.ask_office_key_file = lambda: str(key_file)
    questions: list[str] = []
    centre_setup.confirm = lambda title, text: questions.append(text) or True
    centre_setup.register_button.click()
    assert "BKPSDM Kota Palangka Raya (kode 62.71)" in questions[-1]
    shown = questions[-1].split(":\n")[1].split("\n\n")[0]
    assert shown.split() == office_fingerprint.split() and shown.count("\n") == 1
    assert centre_setup.registered_status.text().startswith("1 kantor daerah terdaftar")
    assert "BKPSDM Kota Palangka Raya terdaftar dengan kunci" in centre_setup.last_message

    # The office sends; the status bar says it was sent.
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    office.ask_folder = lambda: str(usb)
    setup.send_button.click()
    box = wait_done(qtbot, office)
    assert "nomor 1" in box.text()
    (package,) = usb.glob("*.zip")
    assert office_window.status_sync.text() == "Kirim ke pusat: paket 1, hari ini; 0 perubahan menunggu"

    # The centre receives it with the key it made (the file dialog starts at it) and sees the office.
    centre.ask_package = lambda: str(package)
    centre.ask_central_key = lambda: centre_window.context.settings.central_private_key
    centre_setup.receive_button.click()
    received = wait_done(qtbot, centre)
    assert "dari BKPSDM Kota Palangka Raya" in received.text()
    centre_setup.offices_button.click()
    offices = centre.offices_dialog
    qtbot.waitUntil(offices.isVisible)
    assert offices.model.rowCount() == 1
    texts = {b.text() for b in offices.findChild(QDialogButtonBox).buttons()}
    assert texts == {"&Tutup", "Muat ulang"}  # no English "Close"
    centre_setup.refresh()
    centre_setup.grab().save(str(tmp_path / "pusat.png"))
    setup.grab().save(str(tmp_path / "kantor.png"))
    offices.close()
    centre_setup.close()
    setup.close()
    centre_db.close()
    office_db.close()


def pytest_fail(message: str):
    raise AssertionError(message)


def test_a_key_not_confirmed_is_not_installed_and_a_private_key_is_refused(qtbot, tmp_path: Path) -> None:
    from models.services.exchange import make_central_keys

    private, public, _ = make_central_keys(tmp_path / "kunci")
    db = fresh_office(tmp_path / "kantor", employees=0)
    _window, actions = window_on(qtbot, db)
    setup = actions.open_setup()
    setup.ask_central_public_key = lambda: str(public)
    setup.confirm = lambda title, text: False
    setup.install_central_button.click()
    assert exchange_setup(db).central_key_id is None and "Belum dipasang" in setup.central_status.text()

    setup.ask_central_public_key = lambda: str(private)
    setup.confirm = lambda title, text: True
    setup.install_central_button.click()
    error = setup.findChild(QMessageBox, "error_box")
    assert error is not None and "kunci privat" in error.text()
    assert exchange_setup(db).central_key_id is None
    setup.close()
    db.close()


def test_a_viewer_sees_the_steps_but_cannot_install_keys_or_register(qtbot, tmp_path: Path) -> None:
    db = fresh_office(tmp_path / "kantor", employees=0)
    _window, actions = window_on(qtbot, db, actor=Actor("tamu", "viewer"))
    setup = actions.open_setup()
    assert not setup.install_central_button.isEnabled() and not setup.register_button.isEnabled()
    assert not setup.make_keys_button.isEnabled() and not setup.warn_days.isEnabled()
    assert setup.export_office_button.isEnabled()  # a viewer may make reports and packages
    assert "Hanya admin" in setup.result.text()
    setup.close()
    db.close()


def test_an_office_without_its_settings_is_sent_to_them_first(qtbot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "kosong.sqlite")
    window, actions = window_on(qtbot, db)
    actions.ask_folder = lambda: pytest_fail("no folder before the office is named")
    actions.action_send.trigger()
    setup = actions.setup_dialog
    assert "Pengaturan instansi" in setup.notice.text()
    assert setup.office_missing_box.isVisibleTo(setup) and not setup.export_office_button.isEnabled()
    setup.office_settings_button.click()
    assert "office_settings" in window.dialogs
    window.dialogs["office_settings"].close()
    setup.close()
    db.close()
