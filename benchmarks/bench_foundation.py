"""Seconds of `main.py demo` at 100,000 employees and of `main.py check` on that database.

Run: .venv/bin/python benchmarks/bench_foundation.py [--employees N] [--keep PATH]
Each command runs as its own process, as a clerk or a script would start it, so the figures include
start-up and opening (migrating) the database.
"""

from __future__ import annotations

import argparse
import json
import resource
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
        sys.exit(f"{args[0]} gagal ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return seconds, json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the database at this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "bench.sqlite"
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
        demo_seconds, counts = timed("demo", "--db", str(path), "--employees", str(args.employees))
        check_seconds, report = timed("check", "--db", str(path))
        size_mb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"demo  {args.employees:>7,} pegawai: {demo_seconds:6.1f} s  "
          f"({counts['units']:,} unit, {counts['formations']:,} formasi, {counts['contracts']:,} perjanjian)")
    print(f"check {report['employees']:>7,} pegawai: {check_seconds:6.1f} s  (ok={report['ok']})")
    print(f"database size: {size_mb:.0f} MB; peak memory of a child process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
