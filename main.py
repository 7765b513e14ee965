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

from gui import paths
from models.version import __version__

DEFAULT_DEMO_EMPLOYEES = 2000
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("simpeg")


class JobFailed(Exception):
    """The batch job failed as a whole (exit 1)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Perintah tidak lengkap atau salah: {message}\n")


def setup_logging(verbose: bool = False) -> None:
    from logging.handlers import RotatingFileHandler

    from platformdirs import user_log_dir

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.INFO if verbose else logging.WARNING)
    root.addHandler(stderr)
    try:
        folder = Path(user_log_dir(paths.APP_NAME, paths.APP_AUTHOR))
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


def _actor_name() -> str:
    from models.services.audit import current_username

    return current_username()


def cmd_import_roster(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.audit import Actor
    from reports.roster import import_roster, load_roster, write_import_report

    started = time.perf_counter()
    # Read the whole file first: a file that cannot be read changes nothing, not even creates the database.
    loaded = load_roster(args.file, sheet=args.sheet, header_row=args.header_row)
    db = open_database(args.db)
    try:
        result = import_roster(db, loaded.rows, Actor(_actor_name()), source=loaded.path.name,
                               dry_run=args.dry_run)
    finally:
        db.close()
    if args.report:
        write_import_report(args.report, loaded.grid, loaded.header.index, result, loaded.path.name)
    seconds = time.perf_counter() - started
    counts = result.as_dict()
    heading = "Pratinjau impor (tidak ada yang disimpan)" if args.dry_run else "Impor selesai"
    print(f"{heading} dalam {seconds:.1f} detik, lembar '{loaded.grid.name}' (judul kolom di baris "
          f"{loaded.header.excel_row}): {counts['imported']} baru, {counts['updated']} diubah, "
          f"{counts['unchanged']} tetap, {counts['rejected']} ditolak.")
    for row in result.rejected_rows[:20]:
        print(f"- baris {row.row}: {row.reason}")
    if counts["rejected"] > 20:
        print(f"- ... dan {counts['rejected'] - 20} baris lain" + (" (lihat laporan)" if args.report else ""))
    for label, names in (("Unit kerja baru", result.created_units), ("Jabatan baru", result.created_positions),
                         ("Kecamatan baru", result.new_kecamatan)):
        if names:
            print(f"{label}: {', '.join(names)}")
    return {**counts, "sheet": loaded.grid.name, "header_row": loaded.header.excel_row,
            "report": str(args.report) if args.report else None, "seconds": round(seconds, 3)}


def cmd_recap(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from reports.recap import build_recap

    started = time.perf_counter()
    db = open_database(args.db, create=False)
    try:
        result = build_recap(db, Path(args.out))
    finally:
        db.close()
    seconds = time.perf_counter() - started
    print(f"Rekap pegawai ditulis ke {args.out} dalam {seconds:.1f} detik: {result.employees} pegawai aktif, "
          f"{len(result.sheets)} lembar.")
    return {"sheets": result.sheets, "employees": result.employees, "seconds": round(seconds, 3),
            "out": str(args.out)}


def cmd_export_siasn(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from reports.siasn import export_siasn

    started = time.perf_counter()
    db = open_database(args.db, create=False)
    try:
        result = export_siasn(db, Path(args.out))
    finally:
        db.close()
    seconds = time.perf_counter() - started
    print(f"{result.employees} pegawai diekspor dalam susunan kolom SIASN ke {args.out} ({seconds:.1f} detik).")
    return {**result.as_dict(), "seconds": round(seconds, 3)}


def _contract_status(text: str) -> str:
    """--status accepts the stored value (draft, printed, ...) or the Indonesian label (Draf, Dicetak, ...)."""
    from models.vocabulary import ContractStatus

    wanted = text.strip().casefold()
    for status in ContractStatus:
        if wanted in (status.value, status.label.casefold()):
            return status.value
    names = ", ".join(f"{s.value} ({s.label})" for s in ContractStatus)
    raise argparse.ArgumentTypeError(f"status '{text}' tidak dikenal; pilih salah satu: {names}")


def _iso_date(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tanggal '{text}' harus berbentuk TTTT-BB-HH, mis. 2025-10-01") from exc


def cmd_contracts(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.audit import Actor
    from models.services.contract_documents import ContractSelection
    from models.vocabulary import ContractKind, ContractStatus
    from reports.contracts.batch import BatchOptions, print_contracts

    selection = ContractSelection(
        unit_name=args.unit, status=ContractStatus(args.status) if args.status else None,
        signing_date=args.signing_date, kind=ContractKind(args.kind) if args.kind else None,
    )
    options = BatchOptions(
        out=Path(args.out), per_person_dir=Path(args.per_person) if args.per_person else None,
        attendance=Path(args.attendance) if args.attendance else None,
        excel=Path(args.excel) if args.excel else None, workers=args.workers,
    )
    db = open_database(args.db, create=False)
    try:
        result = print_contracts(db, Actor(_actor_name()), selection, options)
    finally:
        db.close()
    print(f"{result.contracts} perjanjian kerja ({result.pages} halaman) dicetak ke {result.out} dalam "
          f"{result.seconds:.1f} detik; {result.numbered} baru diberi nomor.")
    if result.person_files:
        print(f"{result.person_files} berkas per orang di {args.per_person}.")
    if result.attendance_pages is not None:
        print(f"Daftar hadir ({result.attendance_pages} halaman): {args.attendance}.")
    if result.excel is not None:
        print(f"Daftar yang dicetak (Excel): {result.excel}.")
    return result.as_dict()


def cmd_verify_contract(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.rules.contract_seal import public_key_from_text
    from models.services.contract_seal import verify_contract, verify_seal

    payload = sys.stdin.read() if args.payload == "-" else args.payload
    if args.public_key:
        verification = verify_seal(payload, public_key_from_text(args.public_key))
    else:
        db = open_database(args.db or paths.default_database_path(), create=False)
        try:
            verification = verify_contract(db, payload)
        finally:
            db.close()
    facts = verification.facts
    if verification.valid and facts is not None:
        print(f"SAH: perjanjian kerja nomor {facts.number}")
        print(f"  Nama     : {facts.name}")
        print(f"  NI PPPK  : {facts.nip}")
        print(f"  Masa     : {facts.start:%d-%m-%Y} s.d. {facts.end:%d-%m-%Y}")
        if verification.status_label:
            print(f"  Status   : {verification.status_label}")
        for note in verification.notes:
            print(f"  Catatan  : {note}")
        return verification.as_dict()
    print(f"TIDAK SAH: {verification.reason}")
    raise JobFailedWithResult(verification.as_dict())


class JobFailedWithResult(JobFailed):
    """A failed job that still has a JSON result to report (for example `check` finding problems)."""

    def __init__(self, result: dict[str, Any]) -> None:
        super().__init__("Pemeriksaan menemukan masalah.")
        self.result = result


# ---- data exchange with the central office (issue 6) ----


def cmd_export(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.audit import Actor
    from reports.exchange import export_package

    started = time.perf_counter()
    db = open_database(args.db, create=False)
    try:
        result = export_package(db, Path(args.out), Actor(_actor_name()), full=args.full)
    finally:
        db.close()
    seconds = time.perf_counter() - started
    kind = "lengkap" if result.full else "perubahan"
    print(f"Paket {kind} nomor {result.sequence} ditulis ke {result.path} dalam {seconds:.1f} detik: "
          f"{result.rows} baris, {result.deleted} penghapusan.")
    return {**result.as_dict(), "seconds": round(seconds, 3)}


def cmd_import_package(args: argparse.Namespace) -> dict[str, Any]:
    import os

    from models.database import open_database
    from models.services.audit import Actor
    from reports.exchange import import_package

    key = args.central_key or os.environ.get("SIMPEG_CENTRAL_KEY")
    if not key:
        raise JobFailed("Sebutkan berkas kunci privat kantor pusat: --central-key FILE (atau SIMPEG_CENTRAL_KEY).")
    started = time.perf_counter()
    db = open_database(args.db)
    try:
        result = import_package(db, Path(args.file), Path(key), Actor(_actor_name()), dry_run=args.dry_run)
    finally:
        db.close()
    seconds = time.perf_counter() - started
    heading = "Pratinjau paket (tidak ada yang disimpan)" if args.dry_run else "Paket diterapkan"
    print(f"{heading}: nomor {result.sequence} dari {result.office_name} dalam {seconds:.1f} detik: "
          f"{result.inserted} baru, {result.updated} diubah, {result.unchanged} tetap, {result.deleted} dihapus, "
          f"{len(result.conflicts)} konflik.")
    for warning in result.warnings:
        print(f"Peringatan: {warning}")
    for conflict in result.conflicts[:20]:
        print(f"- konflik: {conflict.detail}")
    if len(result.conflicts) > 20:
        print(f"- ... dan {len(result.conflicts) - 20} konflik lain")
    return {**result.as_dict(), "seconds": round(seconds, 3)}


def cmd_central_keys(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.exchange import make_central_keys

    private, public, key_id = make_central_keys(Path(args.out))
    print(f"Kunci kantor pusat {key_id} dibuat. Simpan {private} baik-baik (rahasia: membuka semua paket); "
          f"kirim {public} ke setiap kantor (set-central-key).")
    return {"private_key": str(private), "public_key": str(public), "key_id": key_id}


def cmd_office_key(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.audit import Actor
    from models.services.exchange import office_key_export

    db = open_database(args.db, create=False)
    try:
        info = office_key_export(db, Actor(_actor_name()))
    finally:
        db.close()
    out = Path(args.export)
    out.write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"Kunci publik {info['name']} ({info['key_id']}) ditulis ke {out}; kirim ke kantor pusat (register-office).")
    return {"file": str(out), "office_uuid": info["office_uuid"], "key_id": info["key_id"]}


def cmd_set_central_key(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.audit import Actor
    from models.services.exchange import set_central_key

    try:
        pem = Path(args.file).read_bytes()
    except OSError as exc:
        raise JobFailed(f"Berkas kunci '{args.file}' tidak dapat dibaca: {exc}.") from exc
    db = open_database(args.db, create=False)
    try:
        key_id = set_central_key(db, Actor(_actor_name()), pem)
    finally:
        db.close()
    print(f"Kunci publik kantor pusat {key_id} dipasang; paket berikutnya dienkripsi untuknya.")
    return {"key_id": key_id}


def cmd_register_office(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.audit import Actor
    from models.services.exchange import read_office_key_file, register_office

    info = read_office_key_file(Path(args.file))
    db = open_database(args.db)
    try:
        office = register_office(db, Actor(_actor_name()), info)
    finally:
        db.close()
    note = " (menggantikan kunci lama)" if office.replaced_key else ""
    print(f"{office.name} terdaftar dengan kunci {office.key_id}{note}; paketnya kini diterima.")
    return {"office_uuid": office.office_uuid, "name": office.name, "key_id": office.key_id,
            "replaced_key": office.replaced_key}


def cmd_exchange_status(args: argparse.Namespace) -> dict[str, Any]:
    from models.database import open_database
    from models.services.exchange import office_overview

    db = open_database(args.db, create=False)
    try:
        with db.session_factory() as s:
            rows = office_overview(s)
    finally:
        db.close()
    for row in rows:
        last = f"{row.last_package_at:%d-%m-%Y %H:%M}" if row.last_package_at else "belum ada"
        print(f"{row.name} ({row.code}): paket terakhir nomor {row.last_sequence} ({last}), {row.rows} baris, "
              f"{row.open_conflicts} konflik terbuka, {row.missing_sequences} paket hilang.")
    return {"offices": [{"office_uuid": r.office_uuid, "name": r.name, "code": r.code,
                         "last_sequence": r.last_sequence, "last_package_at": r.last_package_at,
                         "packages": r.packages, "rows": r.rows, "open_conflicts": r.open_conflicts,
                         "missing_sequences": r.missing_sequences} for r in rows]}


def _sqlite_path(db_arg: str) -> Path:
    from sqlalchemy.engine import make_url

    from models.database import to_url

    url = make_url(to_url(db_arg))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise JobFailed("Cadangan dan pemulihan di sini hanya untuk berkas SQLite; basis data server dicadangkan "
                        "dengan pg_dump oleh pengelolanya.")
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.backups import backup_with_rotation, make_backup

    path = _sqlite_path(args.db)
    started = time.perf_counter()
    backup = make_backup(path, "manual", to=Path(args.to)) if args.to else backup_with_rotation(path, "manual")
    seconds = time.perf_counter() - started
    print(f"Cadangan dibuat: {backup.path} ({backup.size / 1e6:.1f} MB, {seconds:.1f} detik).")
    return {"backup": str(backup.path), "bytes": backup.size, "seconds": round(seconds, 3)}


def cmd_restore(args: argparse.Namespace) -> dict[str, Any]:
    from models.instance_lock import InstanceLock
    from models.services.audit import Actor
    from models.services.backups import restore_as

    path = _sqlite_path(args.db)
    with InstanceLock(path):  # not while the window or another job has the file open
        safety = restore_as(Actor(_actor_name()), Path(args.file), path)
    print(f"Dipulihkan dari {args.file}. Data sebelumnya disalin ke {safety.path}.")
    return {"restored": str(args.file), "safety_copy": str(safety.path)}


COMMANDS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "check": cmd_check,
    "import-roster": cmd_import_roster,
    "recap": cmd_recap,
    "export-siasn": cmd_export_siasn,
    "contracts": cmd_contracts,
    "verify-contract": cmd_verify_contract,
    "export": cmd_export,
    "import-package": cmd_import_package,
    "central-keys": cmd_central_keys,
    "office-key": cmd_office_key,
    "set-central-key": cmd_set_central_key,
    "register-office": cmd_register_office,
    "exchange-status": cmd_exchange_status,
}


def build_parser() -> Parser:
    parser = Parser(prog="simpeg-luring", description="SIMPEG Luring: kepegawaian BKPSDM tanpa internet.")
    parser.add_argument("--db", help="berkas basis data (SQLite) atau URL SQLAlchemy")
    parser.add_argument("--verbose", action="store_true", help="tampilkan log rinci")
    parser.add_argument("--demo", action="store_true",
                        help="buka basis data contoh di folder data pengguna (dibuat pada pemakaian pertama)")
    parser.add_argument("--version", action="version", version=f"SIMPEG Luring {__version__}",
                        help="tampilkan versi program lalu keluar")
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
    roster = job("import-roster", "impor daftar pegawai dari Excel (xlsx/xls/ods) atau CSV")
    roster.add_argument("file", help="berkas daftar pegawai")
    roster.add_argument("--sheet", help="nama lembar (bawaan: lembar pertama yang berjudul kolom NIP)")
    roster.add_argument("--header-row", type=int, help="nomor baris judul kolom (bawaan: dicari otomatis)")
    roster.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan apa pun")
    roster.add_argument("--report", help="tulis laporan (baris ditolak beserta alasannya) ke berkas .xlsx ini")
    recap = job("recap", "tulis rekap pegawai (Excel) untuk pimpinan")
    recap.add_argument("--out", required=True, help="berkas .xlsx tujuan")
    siasn = job("export-siasn", "ekspor daftar pegawai dalam susunan kolom SIASN (.xlsx atau .csv)")
    siasn.add_argument("--out", required=True, help="berkas .xlsx atau .csv tujuan")
    contracts = job("contracts", "cetak perjanjian kerja PPPK untuk upacara penandatanganan (PDF gabungan)")
    contracts.add_argument("--out", required=True, help="berkas PDF gabungan, urut unit kerja lalu nama")
    contracts.add_argument("--per-person", help="folder untuk satu PDF per orang, dalam subfolder per unit")
    contracts.add_argument("--attendance", help="berkas PDF daftar hadir")
    contracts.add_argument("--excel", help="berkas .xlsx daftar perjanjian yang dicetak")
    contracts.add_argument("--unit", help="hanya unit kerja ini (beserta unit di bawahnya)")
    contracts.add_argument("--status", type=_contract_status, help="hanya status ini, mis. draft atau Draf")
    contracts.add_argument("--signing-date", type=_iso_date, help="hanya tanggal penandatanganan ini (TTTT-BB-HH)")
    contracts.add_argument("--kind", choices=["full_time", "part_time"], help="hanya PPPK penuh/paruh waktu")
    contracts.add_argument("--workers", type=int, help="jumlah proses pencetak (bawaan: 2)")
    verify = sub.add_parser("verify-contract", help="periksa segel (kode QR) perjanjian kerja tanpa internet")
    verify.add_argument("payload", help="isi kode QR yang dipindai (atau - untuk membaca dari masukan)")
    verify.add_argument("--db", help="basis data instansi (bawaan: basis data utama)")
    verify.add_argument("--public-key", help="kunci publik instansi (base64), bila tanpa basis data")
    verify.add_argument("--json", action="store_true", help="baris terakhir keluaran berupa satu objek JSON")
    _add_exchange_parsers(sub, job)
    backup = job("backup", "cadangkan basis data (SQLite) sekarang, ke folder cadangan atau ke berkas lain")
    backup.add_argument("--to", help="berkas tujuan (bawaan: folder 'cadangan' di samping basis data)")
    restore = job("restore", "pulihkan basis data dari sebuah cadangan (data sekarang disalin dulu)")
    restore.add_argument("file", help="berkas cadangan .sqlite")
    return parser


def _add_exchange_parsers(sub: Any, job: Callable[[str, str], Parser]) -> None:
    export = job("export", "buat paket data untuk kantor pusat (terenkripsi, bertanda tangan)")
    export.add_argument("--out", required=True, help="berkas .zip tujuan, atau folder (mis. flashdisk)")
    export.add_argument("--full", action="store_true", help="kirim semua baris, bukan hanya perubahan")
    package = job("import-package", "terapkan paket data dari kantor daerah (di kantor pusat)")
    package.add_argument("file", help="berkas paket .zip")
    package.add_argument("--central-key", help="kunci privat kantor pusat (bawaan: SIMPEG_CENTRAL_KEY)")
    package.add_argument("--dry-run", action="store_true", help="periksa dan hitung saja, tidak menyimpan apa pun")
    keys = sub.add_parser("central-keys", help="buat pasangan kunci kantor pusat")
    keys.add_argument("--out", required=True, help="folder untuk berkas kunci")
    keys.add_argument("--json", action="store_true", help="baris terakhir keluaran berupa satu objek JSON")
    office_key = job("office-key", "ekspor kunci publik tanda tangan kantor ini untuk kantor pusat")
    office_key.add_argument("--export", required=True, help="berkas .json tujuan")
    central = job("set-central-key", "pasang kunci publik kantor pusat di kantor ini")
    central.add_argument("file", help="berkas kunci publik kantor pusat (.pem)")
    register = job("register-office", "daftarkan kunci kantor daerah di kantor pusat")
    register.add_argument("file", help="berkas kunci kantor (.json dari office-key --export)")
    job("exchange-status", "daftar kantor daerah: paket terakhir, nomor urut, baris, konflik")


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


def open_window(db_arg: str | None, *, demo: bool = False) -> int:
    """The window: gui/launch.py chooses the database, checks it, sets it up or signs in."""
    from gui.launch import start_window

    return start_window(db_arg, demo=demo)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    if args.command is None:
        return open_window(args.db, demo=args.demo)
    return run_job(args)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the contract printer's worker processes, in a frozen (installed) build
    sys.exit(main())
