"""Seconds of the roster import (20,000 rows) and of the recap (100,000 employees), end to end.

Run: .venv/bin/python benchmarks/bench_excel.py [--rows N] [--recap-db PATH] [--recap-employees N]
Each command runs as its own process, as a clerk or a script would start it (start-up, opening the
database and reading or writing the file included). The roster is a demo office's SIASN export
(28 columns, made by `export-siasn`). The recap database is built with `main.py demo` when the path
given does not exist yet (about 25 s for 100,000 employees) and kept for the next run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(*args: str) -> tuple[float, dict]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--json"], capture_output=True,
                          text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"{args[0]} gagal ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return seconds, json.loads(proc.stdout.strip().splitlines()[-1])


def office_without_staff(source: Path, target: Path) -> None:
    """A copy of the demo office with its units and jabatan but no employees: the usual first import."""
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    for table in ("contract", "grade_history", "position_history", "education_history", "formation",
                  "audit_entry", "employee"):
        conn.execute(f"DELETE FROM {table}")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--recap-db", type=Path, default=Path(tempfile.gettempdir()) / "bench100k.sqlite")
    parser.add_argument("--recap-employees", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        demo = work / "demo.sqlite"
        timed("demo", "--db", str(demo), "--employees", str(args.rows))
        roster = work / "siasn.xlsx"
        export_seconds, _ = timed("export-siasn", "--db", str(demo), "--out", str(roster))
        office = work / "kantor.sqlite"
        office_without_staff(demo, office)
        known_seconds, known = timed("import-roster", str(roster), "--db", str(office), "--create-units")
        again_seconds, again = timed("import-roster", str(roster), "--db", str(office), "--create-units")
        fresh_seconds, fresh = timed("import-roster", str(roster), "--db", str(work / "baru.sqlite"), "--create-units")
        if not args.recap_db.exists():
            print(f"membuat basis data rekap {args.recap_db} ({args.recap_employees:,} pegawai) ...")
            timed("demo", "--db", str(args.recap_db), "--employees", str(args.recap_employees))
        recap_seconds, recap = timed("recap", "--db", str(args.recap_db), "--out", str(work / "rekap.xlsx"))
        recap_mb = (work / "rekap.xlsx").stat().st_size / 1e6
    print(f"export-siasn  {args.rows:>7,} baris:            {export_seconds:5.1f} s")
    print(f"import-roster {args.rows:>7,} baris, kantor lama: {known_seconds:5.1f} s  "
          f"(baru {known['imported']:,}, ditolak {known['rejected']})")
    print(f"import-roster {args.rows:>7,} baris, ulang:       {again_seconds:5.1f} s  "
          f"(tetap {again['unchanged']:,}, diubah {again['updated']})")
    print(f"import-roster {args.rows:>7,} baris, kantor baru: {fresh_seconds:5.1f} s  "
          f"(baru {fresh['imported']:,}; {len(fresh['created_units']):,} unit dan "
          f"{len(fresh['created_positions'])} jabatan dibuat)")
    print(f"recap         {recap['employees']:>7,} pegawai:          {recap_seconds:5.1f} s  "
          f"({len(recap['sheets'])} lembar, {recap_mb:.0f} MB)")


if __name__ == "__main__":
    main()
