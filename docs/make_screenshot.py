"""Render the main window offscreen and save it as a PNG, for the README.

    .venv/bin/python main.py demo --db /tmp/shot.sqlite --employees 2000
    .venv/bin/python docs/make_screenshot.py --db /tmp/shot.sqlite --out docs/main_window.png
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABS = {"pegawai": 0, "formasi": 1, "perjanjian": 2}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Simpan gambar jendela utama SIMPEG Luring.")
    parser.add_argument("--db", required=True, help="berkas basis data yang ditampilkan")
    parser.add_argument("--out", default=str(ROOT / "docs" / "main_window.png"), help="berkas PNG keluaran")
    parser.add_argument("--tab", choices=sorted(TABS), default="pegawai", help="tab yang ditampilkan")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from gui.app import application, create_main_window
    from models.database import open_database

    db = open_database(args.db, create=False)
    try:
        app = application(sys.argv[:1])
        window = create_main_window(db)
        window.tabs.setCurrentIndex(TABS[args.tab])
        window.resize(args.width, args.height)
        window.show()
        app.processEvents()
        saved = window.grab().save(args.out, "PNG")
        window.close()
    finally:
        db.close()
    if not saved:
        print(f"Gagal menyimpan {args.out}", file=sys.stderr)
        return 1
    print(f"Tersimpan: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
