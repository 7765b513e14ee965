"""Kirim ke Pusat / Terima paket / Kantor daerah in the window, on real databases and real packages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from gui.app import create_main_window
from gui.features.exchange_actions import ExchangeActions
from gui.table_models.exchange_offices import COL_CONFLICTS, COL_NAME, COL_SEQUENCE
from models.storage.database import Database, open_database
from tests.staff import TODAY, build_office
from tests.unit.exchange.helpers import PALANGKA, central_keys, make_office, register


def window_with_exchange(qtbot, db: Database) -> tuple:
    window = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    return window, window.exchange_actions


def wait_done(qtbot, actions: ExchangeActions) -> QMessageBox:
    qtbot.waitUntil(lambda: actions.job is None and actions.done_box is not None, timeout=30000)
    return actions.done_box


def test_send_then_receive_then_see_the_office_in_the_central_view(qtbot, tmp_path: Path) -> None:
    keys = central_keys(tmp_path / "kunci")
    office = make_office(tmp_path / "kantor", PALANGKA, keys)
    build_office(office, 10)
    window, actions = window_with_exchange(qtbot, office)
    texts = [a.text() for a in window.menu_file.actions()]
    assert {"&Kirim ke Pusat…", "&Terima paket…", "Kantor &daerah…"} <= set(texts)
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    actions.ask_folder = lambda: str(usb)

    actions.action_send.trigger()

    box = wait_done(qtbot, actions)
    assert "nomor 1" in box.text() and "lengkap" in box.text()
    (package,) = usb.glob("*.zip")
    box.grab().save("/tmp/f_exchange_sent.png")

    central = open_database(tmp_path / "pusat.sqlite")
    register(central, office)
    _central_window, central_actions = window_with_exchange(qtbot, central)
    central_actions.ask_package = lambda: str(package)
    central_actions.ask_central_key = lambda: str(keys.private)

    central_actions.action_receive.trigger()

    received = wait_done(qtbot, central_actions)
    assert "dari BKPSDM Kota Palangka Raya" in received.text() and "0 dihapus" in received.text()
    central_actions.action_offices.trigger()
    dialog = central_actions.offices_dialog
    qtbot.waitUntil(dialog.isVisible)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, COL_NAME).data() == "BKPSDM Kota Palangka Raya"
    assert model.index(0, COL_SEQUENCE).data() == "1" and model.index(0, COL_CONFLICTS).data() == "0"
    assert "1 kantor terdaftar" in dialog.findChild(QLabel).text()
    dialog.grab().save("/tmp/f_exchange_offices.png")
    central.close()
    office.close()


def test_a_package_for_another_centre_shows_why_and_changes_nothing(qtbot, tmp_path: Path) -> None:
    keys = central_keys(tmp_path / "kunci")
    office = make_office(tmp_path / "kantor", PALANGKA, keys)
    build_office(office, 3)
    _window, actions = window_with_exchange(qtbot, office)
    actions.ask_folder = lambda: str(tmp_path)
    actions.action_send.trigger()
    wait_done(qtbot, actions)
    (package,) = tmp_path.glob("*.zip")
    central = open_database(tmp_path / "pusat.sqlite")
    register(central, office)
    other = central_keys(tmp_path / "kunci-lain")
    central_window, central_actions = window_with_exchange(qtbot, central)
    central_actions.ask_package = lambda: str(package)
    central_actions.ask_central_key = lambda: str(other.private)

    central_actions.action_receive.trigger()

    qtbot.waitUntil(lambda: central_window.findChild(QMessageBox, "error_box") is not None, timeout=30000)
    error = central_window.findChild(QMessageBox, "error_box")
    assert "dienkripsi untuk kunci kantor pusat" in error.text() and "Tidak ada yang diterapkan" in error.text()
    error.grab().save("/tmp/f_exchange_error.png")
    assert central_actions.done_box is None
    central.close()
    office.close()
