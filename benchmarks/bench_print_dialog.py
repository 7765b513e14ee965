"""The print dialog on a demo database: 1,000 contracts printed off the UI thread, how long, and whether the window
stays responsive (a 20 ms timer in the UI thread: its ticks and its longest gap), then a batch cancelled half-way.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_print_dialog.py --db DEMO.sqlite [--contracts 1000]

The database is copied first; the copy is printed into and thrown away.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--contracts", type=int, default=1000)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from gui.app import create_main_window
    from models.entities import Contract
    from models.storage.database import open_database

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="bench_print_"))
    copy = work / "demo.sqlite"
    shutil.copy(args.db, copy)
    db = open_database(copy)
    window = create_main_window(db)
    actions = window.contract_actions
    window.show()
    with db.session_factory() as s:
        ids = list(s.scalars(select(Contract.id).order_by(Contract.id).limit(args.contracts)))

    def run(out: Path, cancel_after: int | None) -> dict:
        dialog = actions.print_contracts(ids)
        dialog.out_edit.setText(str(out))
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        started = time.perf_counter()
        handle = dialog.start_print()
        cancelled_at: list[float] = []

        def progress(done: int, _total: int, _text: str) -> None:
            if cancel_after is not None and done >= cancel_after and not cancelled_at:
                cancelled_at.append(time.perf_counter())
                dialog.cancel_button.click()

        handle.on_progress(progress)
        loop = QEventLoop()
        handle.on_finished(loop.quit)
        loop.exec()
        ended = time.perf_counter()
        timer.stop()
        gaps = [b - a for a, b in zip([started, *ticks], [*ticks, ended], strict=True)]
        result = {"seconds": round(ended - started, 2), "ticks": len(ticks),
                  "expected_ticks": int((ended - started) / 0.02), "longest_gap_ms": round(max(gaps) * 1000, 1),
                  "longest_gap_at_s": round(sum(gaps[:gaps.index(max(gaps))]), 2),
                  "gaps_over_100ms": sum(g > 0.1 for g in gaps),
                  "label": dialog.progress_label.text().splitlines()[0]}
        if cancelled_at:
            result["stop_after_cancel_s"] = round(ended - cancelled_at[0], 2)
            result["files_left"] = sorted(p.name for p in out.parent.iterdir())
        dialog.close()
        return result

    def state():
        with db.session_factory() as s:
            return s.execute(select(Contract.id, Contract.number, Contract.status, Contract.version)).all()

    app.processEvents()
    cancel_dir = work / "batal"
    cancel_dir.mkdir()
    before = state()
    cancelled = run(cancel_dir / "batal.pdf", cancel_after=300)
    cancelled["database_unchanged"] = state() == before
    (work / "cetak").mkdir()
    printed = run(work / "cetak" / "semua.pdf", None)
    print(f"contracts: {len(ids)}")
    print(f"print: {printed}")
    print(f"cancel: {cancelled}")
    db.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
