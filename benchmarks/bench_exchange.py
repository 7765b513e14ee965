"""Seconds of the data exchange on a 100,000-employee office: full export, incremental export after 100
changes, and importing the full package into a PostgreSQL database at the centre.

Run: .venv/bin/python benchmarks/bench_exchange.py [--db PATH] [--employees N] [--pg URL]
The office database is built with `main.py demo` when PATH does not exist (about 30 s for 100,000
employees) and kept; the benchmark works on a copy. --pg (or SIMPEG_TEST_PG_URL) names a server database
whose role may create databases: the centre's database is created there and dropped afterwards.
Timings are of the service calls in this process (opening the file and the key included).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from models.entities import Employee  # noqa: E402
from models.services.audit import Actor  # noqa: E402
from models.services.employees import update_employee  # noqa: E402
from models.services.exchange import (  # noqa: E402
    make_central_keys,
    office_key_export,
    receive_package,
    register_office,
    send_package,
    set_central_key,
)
from models.services.jobs import run_to_end  # noqa: E402
from models.storage.database import open_database  # noqa: E402
from reports.exchange import package  # noqa: E402

CLERK = Actor("bench", "operator")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/f100k.sqlite")
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SIMPEG_TEST_PG_URL"))
    args = parser.parse_args()
    source = Path(args.db)
    if not source.exists():
        print(f"Membuat basis data contoh {args.employees} pegawai di {source} ...")
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(source),
                        "--employees", str(args.employees)], check=True, cwd=ROOT)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        office_path = tmp / "kantor.sqlite"
        shutil.copy(source, office_path)
        private, public, _ = make_central_keys(tmp / "pusat")
        db = open_database(office_path)
        set_central_key(db, CLERK, public.read_bytes())
        office_key = office_key_export(db, CLERK)

        started = time.perf_counter()
        full = run_to_end(send_package(db, tmp, CLERK, package, full=True))
        full_seconds = time.perf_counter() - started
        size = full.path.stat().st_size
        print(f"Ekspor lengkap: {full.rows:,} baris dalam {full_seconds:.2f} s ({size / 1e6:.1f} MB) "
              f"[target < 5 s]")

        with db.session_factory() as s:
            ids = s.scalars(select(Employee.id).order_by(Employee.id).limit(100)).all()
        for i, employee_id in enumerate(ids):
            update_employee(db, employee_id, {"phone": f"0812{i:08d}"}, CLERK)
        started = time.perf_counter()
        delta = run_to_end(send_package(db, tmp, CLERK, package))
        delta_seconds = time.perf_counter() - started
        print(f"Ekspor perubahan (100 pegawai diubah): {delta.rows} baris dalam {delta_seconds:.3f} s "
              f"[target < 0.5 s]")
        db.close()

        if not args.pg:
            print("Impor ke PostgreSQL dilewati: sebutkan --pg URL atau SIMPEG_TEST_PG_URL.")
            return
        name = f"simpeg_bench_{os.getpid()}"
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            central = open_database(make_url(args.pg).set(database=name).render_as_string(hide_password=False))
            register_office(central, CLERK, office_key)
            started = time.perf_counter()
            result = run_to_end(receive_package(central, full.path, private, CLERK, package))
            import_seconds = time.perf_counter() - started
            print(f"Impor paket lengkap ke PostgreSQL: {result.inserted:,} baris baru, "
                  f"{len(result.conflicts)} konflik dalam {import_seconds:.2f} s [target < 30 s]")
            started = time.perf_counter()
            again = run_to_end(receive_package(central, delta.path, private, CLERK, package))
            print(f"Impor paket perubahan: {again.updated} diubah dalam {time.perf_counter() - started:.2f} s")
            central.close()
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()


if __name__ == "__main__":
    main()
