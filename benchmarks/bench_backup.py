"""Seconds to back up, check and restore a 100,000-employee database through SQLite's online backup API.

Run: .venv/bin/python benchmarks/bench_backup.py [--db PATH] [--employees N]
Without --db a demo database is built first (about 25 s); with --db the file is copied, never changed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.storage.backups import check_backup, make_backup, restore_backup  # noqa: E402
from models.storage.database import open_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database to copy and work on")
    parser.add_argument("--employees", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "simpeg.sqlite"
        if args.db:
            shutil.copyfile(args.db, path)
        else:
            subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path), "--employees",
                            str(args.employees)], check=True, capture_output=True, cwd=ROOT)
        db = open_database(path)  # migrates an older copy first, as the program would
        db.close()
        size_mb = path.stat().st_size / 1e6
        started = time.perf_counter()
        backup = make_backup(path, "manual")
        backup_seconds = time.perf_counter() - started
        started = time.perf_counter()
        check_backup(backup.path)
        check_seconds = time.perf_counter() - started
        started = time.perf_counter()
        restore_backup(backup.path, path)
        restore_seconds = time.perf_counter() - started
    print(f"database {size_mb:.0f} MB: backup {backup_seconds:.2f} s, check of the copy {check_seconds:.2f} s, "
          f"restore (incl. safety copy) {restore_seconds:.2f} s")


if __name__ == "__main__":
    main()
