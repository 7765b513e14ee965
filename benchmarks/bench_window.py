"""The main window on a 100,000-employee database: seconds to the first page of rows, search latency, memory.

Run: .venv/bin/python benchmarks/bench_window.py [DB] [--employees N] [--runs R] [--searches S]
The database is built with `main.py demo` when the file is missing. Each run starts `main.py --db DB` in
a fresh process, exactly as a clerk would (the window process is this script in --child mode: it only
adds an event filter, then calls main.main). It prints:
- seconds from starting the process to the employee table painted with its first page of rows;
- search latency per keystroke: from setting the search box's text to the rows loaded and painted, median
  and 95th percentile over S searches of realistic prefixes (names, NIP, NIK). The 150 ms typing pause of
  the search box is deliberate and left out (set to 0 in the child);
- peak memory: the window process's resident set high-water mark.
Targets: < 1.5 s, < 50 ms, < 300 MB. Qt runs offscreen unless --platform says otherwise.
"""

from __future__ import annotations

import sys
import time

T_CHILD_START = time.time()
TARGETS = {"start_s": 1.5, "search_ms": 50.0, "memory_mb": 300.0}


# ---- the window process ----


def child(db: str, prefixes: list[str]) -> None:
    """Start the real program on `db`; report when the first page is painted, then time the searches."""
    import json
    import os
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import gui.tabs.table_tab as table_tab

    table_tab.SEARCH_DELAY_MS = 0  # the typing pause is a choice, not latency
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([sys.argv[0]])
    report: dict = {}

    def employees_table():
        for widget in app.topLevelWidgets():
            tab = getattr(widget, "employees_tab", None)
            if tab is not None and widget.isVisible():
                return tab
        return None

    def run_searches() -> None:
        tab = employees_table()
        loaded = []
        tab.model.reloaded.connect(lambda: loaded.append(True))
        latencies, found = [], []
        for prefix in prefixes:
            loaded.clear()
            started = time.perf_counter()
            tab.search.setText(prefix)
            deadline = time.perf_counter() + 30
            while not loaded and time.perf_counter() < deadline:
                app.processEvents()
            tab.table.viewport().repaint()
            latencies.append((time.perf_counter() - started) * 1000)
            found.append(tab.model.total)
        report.update(search_ms=latencies, found=found)
        import resource

        report["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print("BENCH " + json.dumps(report), flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if (event.type() == QEvent.Type.Paint and "painting" not in report and obj.parent() is not None
                    and obj.parent().objectName() == "employees_table" and obj.parent().model().rowCount() > 0):
                report["painting"] = True

                def painted() -> None:  # after the paint
                    report["shown_at"] = time.time()
                    report["cpu_s"] = time.process_time()  # less sensitive than wall time to a busy machine

                QTimer.singleShot(0, painted)
                QTimer.singleShot(0, run_searches)
            return False

    first_paint = FirstPaint()
    app.installEventFilter(first_paint)
    import main

    sys.exit(main.main(["--db", db]))


# ---- the measuring process ----


def realistic_prefixes(db: str, count: int, seed: int = 7) -> list[str]:
    """What clerks type: the start of a name (with a space and the next name's start), of a NIP as printed
    (grouped), or of a NIK; taken from employees of the database."""
    import random
    import sqlite3

    rng = random.Random(seed)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name, nip, nik FROM employee WHERE nik IS NOT NULL ORDER BY id").fetchall()
    finally:
        connection.close()
    prefixes = []
    while len(prefixes) < count:
        name, nip, nik = rng.choice(rows)
        kind = len(prefixes) % 5
        if kind in (0, 1, 2):
            words = name.split()
            text = words[0][: rng.randint(3, 6)]
            if kind == 2 and len(words) > 1:
                text = f"{words[0]} {words[1][: rng.randint(1, 3)]}"
        elif kind == 3:
            text = nip[: rng.choice((8, 14))]
            text = text if len(text) == 8 else f"{text[:8]} {text[8:]}"
        else:
            text = nik[: rng.randint(6, 12)]
        if text not in prefixes:  # typing the same text again searches nothing
            prefixes.append(text)
    return prefixes


def build_if_missing(db: Path, employees: int) -> None:
    import subprocess

    if db.exists():
        return
    print(f"Membuat basis data contoh {employees:,} pegawai di {db} …", flush=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db), "--employees", str(employees)],
                   check=True, cwd=ROOT)


def one_run(db: Path, prefixes: list[str], platform: str) -> dict:
    import json
    import os
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        # The window keeps recent files and layout in the user's settings: give it a private folder.
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "XDG_CONFIG_HOME": home, "XDG_STATE_HOME": home,
               "XDG_CACHE_HOME": home, "SIMPEG_USER": "admin", "SIMPEG_PASSWORD": "bench-rahasia-1"}
        started = time.time()
        proc = subprocess.run([sys.executable, __file__, "--child", str(db), "--prefixes", json.dumps(prefixes)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        sys.exit(f"Jendela gagal ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    report = json.loads(lines[-1][len("BENCH "):])
    report["start_s"] = report["shown_at"] - started
    return report


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    import argparse
    import statistics
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path, default=Path(tempfile.gettempdir()) / "simpeg_bench_100k.sqlite",
                        help="basis data (dibuat bila belum ada)")
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="berapa kali jendela dibuka")
    parser.add_argument("--searches", type=int, default=50)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM, mis. xcb di bawah Xvfb")
    args = parser.parse_args()

    db = args.db.resolve()
    build_if_missing(db, args.employees)
    prefixes = realistic_prefixes(str(db), args.searches)
    runs = [one_run(db, prefixes, args.platform) for _ in range(args.runs)]
    starts = [r["start_s"] for r in runs]
    searches = [ms for r in runs for ms in r["search_ms"]]
    memory_mb = max(r["maxrss_kb"] for r in runs) / 1024
    median_start = statistics.median(starts)
    median_search, p95_search = statistics.median(searches), percentile(searches, 0.95)

    def verdict(value: float, key: str) -> str:
        return "ok" if value < TARGETS[key] else f"LEBIH DARI TARGET {TARGETS[key]:g}"

    print(f"basis data: {db} ({db.stat().st_size / 1e6:.0f} MB)")
    print(f"jendela tampil dengan baris: {median_start:.2f} s median dari {args.runs} "
          f"({', '.join(f'{s:.2f}' for s in starts)}; waktu CPU proses "
          f"{statistics.median(r['cpu_s'] for r in runs):.2f} s)  [{verdict(median_start, 'start_s')}]")
    print(f"pencarian per ketukan: median {median_search:.1f} ms, p95 {p95_search:.1f} ms, maks "
          f"{max(searches):.1f} ms ({len(searches)} pencarian; mis. {', '.join(repr(p) for p in prefixes[:5])})  "
          f"[{verdict(p95_search, 'search_ms')}]")
    print(f"memori puncak proses jendela: {memory_mb:.0f} MB  [{verdict(memory_mb, 'memory_mb')}]")


if __name__ == "__main__":
    from pathlib import Path

    ROOT = Path(__file__).resolve().parents[1]
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        import json

        child(sys.argv[2], json.loads(sys.argv[4]))
    else:
        main()
