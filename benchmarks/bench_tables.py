"""Milliseconds of the table queries behind the three tabs on a 100,000-employee demo database: a first
page (256 rows) for every sort in both directions, the counts, searches and the filters of the filter bars.

Run: .venv/bin/python benchmarks/bench_tables.py [DB] [--employees N] [--runs R]
The database is built with `main.py demo` when the file is missing. Each figure is the median (and the
worst) of R runs, each in a fresh session. Budgets: a search keystroke (page + count) under 50 ms; what
may exceed ~200 ms on a slow PC (the Formasi sorts by computed numbers) loads in a worker in the window.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path, default=Path("/tmp/simpeg_bench_100k.sqlite"))
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(args.db), "--employees",
                        str(args.employees)], check=True, cwd=ROOT)

    from models.services import queries as q
    from models.services.lookups import unit_choices
    from models.storage.database import open_database

    db = open_database(args.db)

    def timed(label: str, run) -> None:
        spent = []
        for _ in range(args.runs):
            with db.session_factory() as s:
                started = time.perf_counter()
                run(s)
                spent.append((time.perf_counter() - started) * 1000)
        print(f"{label:48s} median {statistics.median(spent):7.1f} ms   worst {max(spent):7.1f} ms", flush=True)

    with db.session_factory() as s:
        units = unit_choices(s)
    opd = next(u for u in units if u.opd_name is None and u.name.startswith("Dinas Pendidikan"))
    kecamatan = next(u.kecamatan_code for u in units if u.kecamatan_code)
    active = q.EmployeeFilter(employment_state="active")

    for sort in sorted(q.EMPLOYEE_SORTS):
        for descending in (False, True):
            timed(f"pegawai sort {sort}{' desc' if descending else ''}",
                  lambda s, so=sort, d=descending: q.list_employees(s, sort=so, descending=d, filters=active))
    for prefix in ("b", "bu", "budi", "siti a", "1985", "19850312", "6271"):
        timed(f"pegawai search {prefix!r} page+count",
              lambda s, p=prefix: (q.list_employees(s, search=p, filters=active), q.count_employees(s, p, active)))
    for label, f in (("status PNS", q.EmployeeFilter(status="PNS", employment_state="active")),
                     ("unit Dinas Pendidikan", q.EmployeeFilter(unit_id=opd.id, employment_state="active")),
                     ("kecamatan", q.EmployeeFilter(kecamatan_code=kecamatan, employment_state="active")),
                     ("golongan III/a", q.EmployeeFilter(golongan="III/a", employment_state="active"))):
        timed(f"pegawai filter {label} page+count", lambda s, f=f: (q.list_employees(s, filters=f),
                                                                     q.count_employees(s, filters=f)))
    timed("status bar counts", lambda s: q.status_counts(s))

    for sort in sorted(q.FORMATION_SORTS):
        timed(f"formasi sort {sort}", lambda s, so=sort: q.list_formations(s, sort=so, today=TODAY))
    timed("formasi count", lambda s: q.count_formations(s))
    for label, f in (("only shortages", q.FormationFilter(shortage_only=True)),
                     ("year 2026", q.FormationFilter(year=2026)),
                     ("OPD Dinas Pendidikan", q.FormationFilter(unit_id=opd.id))):
        timed(f"formasi filter {label} page+count", lambda s, f=f: (q.list_formations(s, filters=f, today=TODAY),
                                                                     q.count_formations(s, filters=f)))
    timed("formasi search 'guru' page+count",
          lambda s: (q.list_formations(s, search="guru", today=TODAY), q.count_formations(s, "guru")))

    for sort in sorted(q.CONTRACT_SORTS):
        timed(f"kontrak sort {sort}", lambda s, so=sort: q.list_contracts(s, sort=so, today=TODAY))
    for months in (3, 6):
        f = q.ContractFilter(ends_within_months=months)
        timed(f"kontrak berakhir dalam {months} bulan page+count",
              lambda s, f=f: (q.list_contracts(s, filters=f, today=TODAY),
                              q.count_contracts(s, filters=f, today=TODAY)))
    timed("unit choices (completion list)", lambda s: unit_choices(s))
    db.close()


if __name__ == "__main__":
    main()
