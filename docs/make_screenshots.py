"""Render the main window's tabs and the office settings on a demo database, as PNGs for the README.

    make screenshots                              # under Xvfb (xvfb-run) on a 1366x768 screen
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py
    .venv/bin/python docs/make_screenshots.py     # offscreen, when no X server is at hand
    .venv/bin/python docs/make_screenshots.py --db /tmp/shot.sqlite --only formasi

Writes docs/main_window.png and docs/screenshots/{pegawai,formasi,perjanjian_kerja,pegawai_kosong,
pengaturan_instansi}.png. The window is 1366x768, the screen of the common office laptop, in the program's
own style (Fusion, the light palette, the icons), as a clerk sees it. The demo database (5,000 employees,
built when missing) is the same for every run: same seed; pegawai_kosong is a new empty database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SHOTS = ("main_window", "pegawai", "formasi", "perjanjian_kerja", "pegawai_kosong", "pengaturan_instansi")
WIDTH, HEIGHT = 1366, 768  # the common laptop screen of a BKPSDM clerk


def demo_logo():
    """A round emblem drawn here, so the logo preview shows something without shipping a real crest."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#0b5394"))
    painter.setPen(QPen(QColor("#f1c232"), 10))
    painter.drawEllipse(QRectF(8, 8, 224, 224))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 30, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 0, 240, 240), Qt.AlignmentFlag.AlignCenter, "BKPSDM")
    painter.end()
    path = Path(tempfile.gettempdir()) / "simpeg_demo_logo.png"
    image.save(str(path))
    return path


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"Gagal menyimpan {path}")
    print(f"Tersimpan: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def save_empty_database_shot(app, path: Path) -> None:
    """The Pegawai tab of a new, empty database: what it offers a clerk who starts from nothing."""
    from gui.app import create_main_window
    from models.services.audit import Actor
    from models.storage.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "kosong.sqlite", create=True)
        try:
            window = create_main_window(db, actor=Actor("admin", "admin"))
            window.resize(WIDTH, HEIGHT)
            window.show()
            window.tabs.setCurrentWidget(window.employees_tab)
            settle(app)
            save(window, path)
            window.close()
        finally:
            db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Simpan gambar layar SIMPEG Luring untuk README.")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "simpeg_screens_5000.sqlite",
                        help="basis data contoh (dibuat bila belum ada)")
    parser.add_argument("--employees", type=int, default=5000)
    parser.add_argument("--only", choices=SHOTS, action="append", help="hanya gambar ini (boleh berulang)")
    parser.add_argument("--out", type=Path, default=DOCS, help="folder tujuan (bawaan: docs/)")
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from gui.app import application, create_main_window
    from models.services.audit import Actor
    from models.storage.database import open_database

    if not args.db.exists():
        from models.demo import build_demo

        db = open_database(args.db)
        build_demo(db, employees=args.employees)
        db.close()
    wanted = set(args.only or SHOTS)
    db = open_database(args.db, create=False)
    try:
        app = application(sys.argv[:1])
        window = create_main_window(db, actor=Actor("admin", "admin"))
        screen = app.primaryScreen().size()
        if (screen.width(), screen.height()) < (WIDTH, HEIGHT) and os.environ.get("DISPLAY"):
            print(f"Peringatan: layar {screen.width()}x{screen.height()} lebih kecil dari {WIDTH}x{HEIGHT}")
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app)
        tabs = {"main_window": window.employees_tab, "pegawai": window.employees_tab,
                "formasi": window.formations_tab, "perjanjian_kerja": window.contracts_tab}
        for name, tab in tabs.items():
            if name not in wanted:
                continue
            window.tabs.setCurrentWidget(tab)
            tab.table.selectRow(2)  # a selected row shows which actions apply to it
            settle(app)
            save(window, args.out / ("main_window.png" if name == "main_window" else f"screenshots/{name}.png"))
        if "pegawai_kosong" in wanted:
            save_empty_database_shot(app, args.out / "screenshots" / "pegawai_kosong.png")
        if "pengaturan_instansi" in wanted:
            dialog = window.open_office_settings()
            dialog.load_logo_file(demo_logo())
            dialog.adjustSize()
            settle(app)
            save(dialog, args.out / "screenshots" / "pengaturan_instansi.png")
            dialog.reject()  # the logo was only for the picture
        window.close()
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
