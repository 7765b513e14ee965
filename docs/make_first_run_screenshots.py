"""Screenshots of the first-run wizard's pages at 1366x768: docs/screenshots/first_run_<n>_<page>.png.

Run under Xvfb so the real window shows, centred on a 1366x768 screen:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_first_run_screenshots.py
With `openbox` installed (apt-get install openbox) the window gets a frame with its title. Without an X server
(QT_QPA_PLATFORM=offscreen) it grabs the wizard without its frame.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gui.dialogs.first_run import FirstRunWizard  # noqa: E402
from models.storage.database import open_database  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
NAMES = ("welcome", "office", "ppk", "numbering", "admin", "start")


def settle(app: QApplication, ms: int = 150) -> None:
    QTest.qWait(ms)
    app.processEvents()


def shoot(app: QApplication, wizard: QWidget, n: int) -> None:
    settle(app)
    path = OUT / f"first_run_{n}_{NAMES[n - 1]}.png"
    if QGuiApplication.platformName() == "offscreen":
        wizard.grab().save(str(path))
    else:  # the whole screen region of the window, with its frame
        frame = wizard.frameGeometry()
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(path))
    print(path)


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def window_manager() -> subprocess.Popen | None:
    """A window manager on the X display, so the wizard has its frame and title bar."""
    if not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    openbox = shutil.which("openbox")
    if openbox is None:
        return None
    process = subprocess.Popen([openbox, "--sm-disable"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    QTest.qWait(500)
    return process


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    manager = window_manager()
    app.setStyle("Fusion")
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp()) / "SIMPEG Luring"  # as in the user's data folder
    folder.mkdir()
    db = open_database(folder / "simpeg.sqlite")
    wizard = FirstRunWizard(db, today=lambda: date(2026, 11, 26))
    wizard.show()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    wizard.move(QPoint((screen.width() - wizard.frameGeometry().width()) // 2,
                       (screen.height() - wizard.frameGeometry().height()) // 2))
    shoot(app, wizard, 1)

    wizard.next()
    office = wizard.office_page
    type_into(office.search, "palangka")
    settle(app)
    QTest.keyClick(office.completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(office.completer.popup(), Qt.Key.Key_Return)
    type_into(office.edits["address"], "Jl. Tjilik Riwut Km. 5,5, Palangka Raya")
    shoot(app, wizard, 2)

    wizard.next()
    ppk = wizard.ppk_page
    type_into(ppk.edits["ppk_name"], "Drs. Yohanes Tingang, M.Si.")
    type_into(ppk.edits["ppk_nip"], "19710514 199603 1 002")
    shoot(app, wizard, 3)

    wizard.next()
    numbering = wizard.numbering_page
    type_into(numbering.edits["contract_number_pattern_pw"], "800.1.2.5/{seq}/PPPK-PW/BKPSDM/{year}")
    shoot(app, wizard, 4)

    wizard.next()
    admin = wizard.admin_page
    type_into(admin.edits["full_name"], "Siti Rahmawati, S.Kom.")
    type_into(admin.edits["password"], "rahasia-kantor-1")
    type_into(admin.edits["password_repeat"], "rahasia-kantor-1")
    shoot(app, wizard, 5)

    wizard.next()
    shoot(app, wizard, 6)
    wizard.reject()  # nothing saved
    db.close()
    if manager is not None:
        manager.terminate()
        manager.wait(5)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    sys.exit(main())
