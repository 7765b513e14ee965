"""Render the exchange set-up as a clerk meets it, from a fresh district office and a fresh centre to a
package received, as PNGs in docs/screenshots/:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_exchange_screenshots.py
    .venv/bin/python docs/make_exchange_screenshots.py      # offscreen, when no X server is at hand

pertukaran_1_kantor.png (the office page before the centre's key is installed, as Kirim ke Pusat opens it),
pertukaran_2_sidik_jari.png (the fingerprint question), pertukaran_3_kantor_siap.png (every step done),
pertukaran_4_pusat.png (the centre's page), pertukaran_5_kantor_daerah.png (the offices after a package).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"


def main() -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QMessageBox

    from gui.app import application, create_main_window
    from gui.dialogs.exchange_setup import PAGE_CENTRE
    from models.demo import build_demo
    from models.services.audit import Actor
    from models.storage.database import open_database

    app = application(sys.argv[:1])
    admin = Actor("admin", "admin")

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name), "PNG")
        print(f"Tersimpan: docs/screenshots/{name}")

    def wait(actions) -> None:
        while actions.job is not None or actions.done_box is None:
            app.processEvents()
        actions.done_box.close()
        actions.done_box = None

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        office_db = open_database(work / "kantor.sqlite")
        build_demo(office_db, employees=300)
        centre_db = open_database(work / "pusat.sqlite")
        office_window = create_main_window(office_db, actor=admin)
        centre_window = create_main_window(centre_db, actor=admin)
        office, centre = office_window.exchange_actions, centre_window.exchange_actions

        centre_setup = centre.open_setup()
        centre_setup.ask_key_folder = lambda: str(work / "kunci pusat")
        centre_setup.make_keys_button.click()
        public = Path(centre_window.context.settings.central_private_key).with_name("pusat.x25519.pub.pem")

        office.action_send.trigger()  # no key yet: the set-up opens at step 1
        setup = office.setup_dialog
        save(setup, "pertukaran_1_kantor.png")

        question: list[tuple[str, str]] = []
        setup.ask_central_public_key = lambda: str(public)
        setup.confirm = lambda title, text: question.append((title, text)) or True
        setup.install_central_button.click()
        box = QMessageBox(QMessageBox.Icon.Question, question[0][0], question[0][1],
                          QMessageBox.StandardButton.NoButton, setup)
        box.addButton("Ya, sama", QMessageBox.ButtonRole.YesRole)
        box.addButton("Batal", QMessageBox.ButtonRole.RejectRole)
        box.show()
        save(box, "pertukaran_2_sidik_jari.png")
        box.close()

        key_file = work / "kunci-kantor.json"
        setup.ask_office_key_target = lambda suggested: str(key_file)
        setup.export_office_button.click()
        save(setup, "pertukaran_3_kantor_siap.png")

        centre_setup.ask_office_key_file = lambda: str(key_file)
        centre_setup.confirm = lambda title, text: True
        centre_setup.register_button.click()
        centre_setup.tabs.setCurrentIndex(PAGE_CENTRE)
        save(centre_setup, "pertukaran_4_pusat.png")

        usb = work / "flashdisk"
        usb.mkdir()
        office.ask_folder = lambda: str(usb)
        setup.send_button.click()
        wait(office)
        (package,) = usb.glob("*.zip")
        centre.ask_package = lambda: str(package)
        centre.ask_central_key = lambda: centre_window.context.settings.central_private_key
        centre_setup.receive_button.click()
        wait(centre)
        centre_setup.offices_button.click()
        save(centre.offices_dialog, "pertukaran_5_kantor_daerah.png")
        for window in (office_window, centre_window):
            window.close()
        office_db.close()
        centre_db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
