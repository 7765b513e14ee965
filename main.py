"""SIMPEG Luring: open the main window, or run a batch job from the command line.

Command-line contract for every batch job: with --json the last line of stdout is exactly one JSON
object; exit 0 on success (also when some rows were rejected), 1 when the job failed as a whole,
2 on a usage error. Messages for people are in Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

APP_NAME = "SIMPEG Luring"
APP_AUTHOR = "SIMPEG"
DEFAULT_DEMO_EMPLOYEES = 2000
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("simpeg")


class JobFailed(Exception):
    """The batch job failed as a whole (exit 1)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Perintah tidak lengkap atau salah: {message}\n")


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / "simpeg.sqlite"


def setup_logging(verbose: bool = False) -> None:
    from logging.handlers import RotatingFileHandler

    from platformdirs import user_log_dir

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.INFO if verbose else logging.WARNING)
    root.addHandler(stderr)
    try:
        folder = Path(user_log_dir(APP_NAME, APP_AUTHOR))
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "simpeg.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:  # a read-only profile must not stop the program
        log.warning("Berkas log tidak dapat dibuat")


# ---- batch jobs: each returns the JSON object and prints its human lines itself ----


def cmd_demo(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.demo import build_demo

    if args.employees < 1:
        raise JobFailed("Jumlah pegawai harus paling sedikit 1.")
    db = open_database(args.db)
    try:
        started = time.perf_counter()
        counts = build_demo(db, employees=args.employees, seed=args.seed)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    print(
        f"Data contoh dibuat dalam {seconds:.1f} detik: {counts.employees} pegawai, {counts.units} unit, "
        f"{counts.formations} formasi, {counts.contracts} perjanjian kerja."
    )
    return {"employees": counts.employees, "units": counts.units, "formations": counts.formations,
            "contracts": counts.contracts}


def cmd_check(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.check import check_database

    db = open_database(args.db, create=False)
    try:
        report = check_database(db)
    finally:
        db.close()
    if report.ok:
        print(f"Basis data sehat: {report.employees} pegawai, {report.warnings} peringatan.")
    else:
        print(f"Ditemukan {report.problem_count} masalah:")
        for problem in report.problems:
            print(f"- {problem.message}")
    result = {"ok": report.ok, "employees": report.employees,
              "problems": [p.as_dict() for p in report.problems], "warnings": report.warnings}
    if not report.ok:
        raise JobFailedWithResult(result)
    return result


class JobFailedWithResult(JobFailed):
    """A failed job that still has a JSON result to report (for example `check` finding problems)."""

    def __init__(self, result: dict[str, Any]) -> None:
        super().__init__("Pemeriksaan menemukan masalah.")
        self.result = result


COMMANDS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "demo": cmd_demo,
    "check": cmd_check,
}


def build_parser() -> Parser:
    parser = Parser(prog="simpeg-luring", description="SIMPEG Luring: kepegawaian BKPSDM tanpa internet.")
    parser.add_argument("--db", help="berkas basis data (SQLite) atau URL SQLAlchemy")
    parser.add_argument("--verbose", action="store_true", help="tampilkan log rinci")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    def job(name: str, help_text: str) -> Parser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", required=True, help="berkas basis data atau URL SQLAlchemy")
        p.add_argument("--json", action="store_true", help="baris terakhir keluaran berupa satu objek JSON")
        return p

    demo = job("demo", "buat basis data contoh yang realistis")
    demo.add_argument("--employees", type=int, default=DEFAULT_DEMO_EMPLOYEES, help="jumlah pegawai")
    demo.add_argument("--seed", type=int, default=1, help="benih acak (hasil sama untuk benih sama)")
    job("check", "periksa integritas basis data dan aturan kepegawaian")
    return parser


def run_job(args: argparse.Namespace) -> int:
    from models.services.errors import DomainError

    try:
        result = COMMANDS[args.command](args)
        code = EXIT_OK
    except JobFailedWithResult as exc:
        result, code = exc.result, EXIT_FAILED
    except (JobFailed, DomainError) as exc:
        message = getattr(exc, "message", str(exc))
        print(f"Gagal: {message}", file=sys.stderr)
        result, code = {"ok": False, "error": message}, EXIT_FAILED
    if args.json:
        print(json.dumps(result, ensure_ascii=False, default=str))
    return code


def open_window(db_arg: str | None) -> int:
    from models.database import open_database
    from models.services.errors import DomainError

    target = Path(db_arg) if db_arg and "://" not in db_arg else None
    if db_arg is None:
        target = default_database_path()
        target.parent.mkdir(parents=True, exist_ok=True)
    first_run = target is not None and not target.exists()
    try:
        db = open_database(db_arg or target)
        if first_run:
            from models.demo import build_demo

            build_demo(db, employees=DEFAULT_DEMO_EMPLOYEES)
    except DomainError as exc:
        print(f"Gagal membuka basis data: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    from gui.app import run_window

    try:
        return run_window(db, sys.argv)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    if args.command is None:
        return open_window(args.db)
    return run_job(args)


if __name__ == "__main__":
    sys.exit(main())
