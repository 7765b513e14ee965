"""The import wizard on a large roster: seconds until the preview is shown, and how long the UI thread stalls.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_import_wizard.py ROSTER.xlsx --db PATH [--import]
        [--shots PREFIX]

Prints one JSON object: seconds to list the sheets, to show the preview, to import; the longest gap between
ticks of a 10 ms UI timer during each (a responsive window keeps it well under 100 ms).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from gui.app import application, create_main_window
from models.storage.database import open_database


class Stalls:
    """The longest time between ticks of a 10 ms timer: how long the UI thread was busy at once."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.longest, self.last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return round(self.longest, 3)


def wait(condition, timeout: float = 120.0) -> float:
    started = time.perf_counter()
    while not condition():
        QApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - started > timeout:
            raise TimeoutError
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("roster")
    parser.add_argument("--db", required=True)
    parser.add_argument("--do-import", action="store_true")
    parser.add_argument("--shots", default="")
    args = parser.parse_args()
    application(sys.argv)
    db = open_database(args.db)
    window = create_main_window(db)
    window.show()
    actions = window.report_actions
    wizard = actions.open_import_wizard()
    stalls = Stalls()
    figures: dict[str, float] = {}

    def shot(name: str) -> None:
        if args.shots:
            QApplication.processEvents()
            wizard.grab().save(f"{args.shots}{name}.png")

    stalls.start()
    started = time.perf_counter()
    wizard.file_page.open_file(args.roster)
    wait(wizard.file_page.isComplete)
    figures["open_seconds"] = round(time.perf_counter() - started, 3)
    figures["open_longest_stall"] = stalls.stop()
    shot("1_file")
    wizard.button(QWizard.WizardButton.NextButton).click()
    shot("2_mapping")
    stalls.start()
    started = time.perf_counter()
    wizard.preview_page.state.create_new = True  # the roster's units are new to this office: the clerk confirms
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait(lambda: wizard.preview_page.state.preview is not None and not wizard.preview_page.is_running)
    QApplication.processEvents()
    figures["preview_seconds"] = round(time.perf_counter() - started, 3)
    figures["preview_longest_stall"] = stalls.stop()
    preview = wizard.preview_page
    figures["rows"] = len(preview.state.preview.outcomes)
    figures["counts"] = preview.counts_label.text()
    shot("3_preview")
    stalls.start()
    started = time.perf_counter()
    preview.problems_only.click()
    QApplication.processEvents()
    figures["filter_seconds"] = round(time.perf_counter() - started, 3)
    preview.table.scrollToBottom()
    QApplication.processEvents()
    figures["filter_longest_stall"] = stalls.stop()
    shot("3_preview_problems")
    preview.problems_only.click()
    if args.do_import:
        stalls.start()
        started = time.perf_counter()
        wizard.button(QWizard.WizardButton.CommitButton).click()
        wait(wizard.import_page.isComplete)
        figures["import_seconds"] = round(time.perf_counter() - started, 3)
        figures["import_longest_stall"] = stalls.stop()
        figures["import_status"] = wizard.import_page.status_label.text()
        shot("4_summary")
    print(json.dumps(figures, ensure_ascii=False))
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
