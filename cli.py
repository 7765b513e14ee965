"""The batch jobs of the command line (demo data, import, contracts, recap, export, backup, check, ...): each
takes the parsed arguments, prints its lines for people and returns the JSON object; main.py parses.

Contract for every job: with --json the last line of stdout is exactly one JSON object; exit 0 on success
(also when some rows were rejected), 1 when the job failed as a whole, 2 on a usage error. Messages for
people are in Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.storage import profile as paths

if TYPE_CHECKING:
    from models.storage.database import Database

DEFAULT_DEMO_EMPLOYEES = 2000
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class JobFailed(Exception):
    """The batch job failed as a whole (exit 1)."""


@contextmanager
def opened(target: str | Path, *, create: bool = True) -> Iterator[Database]:
    """The database a job works on, closed when the job ends, however it ends."""
    from models.storage.database import open_database

    db = open_database(target, create=create)
    try:
        yield db
    finally:
        db.close()


def cmd_demo(args: argparse.Namespace) -> dict[str, Any]:
    from models.demo import build_demo

    if args.employees < 1:
        raise JobFailed("Jumlah pegawai harus paling sedikit 1.")
    with opened(args.db) as db:
        started = time.perf_counter()
        counts = build_demo(db, employees=args.employees, seed=args.seed)
        seconds = time.perf_counter() - started
    print(
        f"Data contoh dibuat dalam {seconds:.1f} detik: {counts.employees} pegawai, {counts.units} unit, "
        f"{counts.formations} formasi, {counts.contracts} perjanjian kerja."
    )
    return {"employees": counts.employees, "units": counts.units, "formations": counts.formations,
            "contracts": counts.contracts}


def cmd_check(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.check import check_database

    with opened(args.db, create=False) as db:
        report = check_database(db)
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
    from models.services.audit import Actor
    from models.services.jobs import run_to_end
    from models.services.roster_import import import_roster
    from reports.roster import RosterFileError, load_roster, write_import_report

    started = time.perf_counter()
    # Read the whole file first: a file that cannot be read changes nothing, not even creates the database.
    fixed = {}
    for given in args.set:
        key, sep, value = given.partition("=")
        if not sep:
            raise RosterFileError(f"--set '{given}' harus berbentuk KOLOM=NILAI, mis. status=PPPK.")
        fixed[key.strip()] = value.strip()
    loaded = run_to_end(load_roster(args.file, sheet=args.sheet, header_row=args.header_row, fixed=fixed))
    with opened(args.db) as db:
        result = run_to_end(import_roster(db, loaded.rows, Actor(_actor_name()), source=loaded.path.name,
                                          dry_run=args.dry_run, create_new=args.create_units))
    if args.report:
        write_import_report(args.report, loaded.grid, loaded.header.index, result, loaded.path.name)
    seconds = time.perf_counter() - started
    counts = result.as_dict()
    heading = "Pratinjau impor (tidak ada yang disimpan)" if args.dry_run else "Impor selesai"
    print(f"{heading} dalam {seconds:.1f} detik, lembar '{loaded.grid.name}' (judul kolom di baris "
          f"{loaded.header.excel_row}): {counts['imported']} baru, {counts['updated']} diubah, "
          f"{counts['unchanged']} tetap, {counts['rejected']} ditolak.")
    for row in result.rejected_rows[:20]:
        print(f"- baris {row.row}: " + "\n  ".join(row.reasons))
    if counts["rejected"] > 20:
        print(f"- ... dan {counts['rejected'] - 20} baris lain" + (" (lihat laporan)" if args.report else ""))
    for label, names in (("Unit kerja baru", result.created_units), ("Jabatan baru", result.created_positions),
                         ("Kecamatan baru", result.new_kecamatan)):
        if names:
            print(f"{label}: {', '.join(names)}")
    return {**counts, "sheet": loaded.grid.name, "header_row": loaded.header.excel_row,
            "report": str(args.report) if args.report else None, "seconds": round(seconds, 3)}


def cmd_recap(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.jobs import run_to_end
    from reports.recap import build_recap

    started = time.perf_counter()
    with opened(args.db, create=False) as db:
        result = run_to_end(build_recap(db, Path(args.out)))
    seconds = time.perf_counter() - started
    print(f"Rekap pegawai ditulis ke {args.out} dalam {seconds:.1f} detik: {result.employees} pegawai aktif, "
          f"{len(result.sheets)} lembar.")
    return {"sheets": result.sheets, "employees": result.employees, "seconds": round(seconds, 3),
            "out": str(args.out)}


def cmd_export_siasn(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.jobs import run_to_end
    from reports.siasn import export_siasn

    started = time.perf_counter()
    with opened(args.db, create=False) as db:
        result = run_to_end(export_siasn(db, Path(args.out)))
    seconds = time.perf_counter() - started
    print(f"{result.employees} pegawai diekspor dalam susunan kolom SIASN ke {args.out} ({seconds:.1f} detik).")
    return {**result.as_dict(), "seconds": round(seconds, 3)}


def contract_status(text: str) -> str:
    """--status accepts the stored value (draft, printed, ...) or the Indonesian label (Draf, Dicetak, ...)."""
    from models.vocabulary import ContractStatus

    wanted = text.strip().casefold()
    for status in ContractStatus:
        if wanted in (status.value, status.label.casefold()):
            return status.value
    names = ", ".join(f"{s.value} ({s.label})" for s in ContractStatus)
    raise argparse.ArgumentTypeError(f"status '{text}' tidak dikenal; pilih salah satu: {names}")


def iso_date(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tanggal '{text}' harus berbentuk TTTT-BB-HH, mis. 2025-10-01") from exc


def cmd_wages(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.audit import Actor
    from models.services.contracts.pay import pay_table, replace_pay_tables, wage_rows
    from reports.pay_tables import read_pay_workbook, write_pay_workbook

    with opened(args.db, create=False) as db:
        if args.export:
            with db.session_factory() as s:
                table, wages = pay_table(s), wage_rows(s)
            path = write_pay_workbook(Path(args.file), table.cells, table.ranges, wages)
            print(f"Tabel gaji ({len(table.cells)} sel) dan upah ({len(wages)} baris) ditulis ke {path}.")
            return {"file": str(path), "pay_cells": len(table.cells), "wages": len(wages)}
        book = read_pay_workbook(args.file)
        actor = Actor(_actor_name())
        cells, wages = replace_pay_tables(db, actor, book.cells, book.wages)
    if cells is not None:
        print(f"Tabel gaji pokok PPPK: {cells} sel disimpan.")
    if wages is not None:
        print(f"Tabel upah PPPK Paruh Waktu: {wages} baris disimpan.")
    return {"file": str(args.file), "pay_cells": cells, "wages": wages}


def cmd_contracts(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.audit import Actor
    from models.services.contracts.print_batch import BatchOptions, print_batch
    from models.services.contracts.selection import ContractSelection
    from models.services.jobs import run_to_end
    from models.vocabulary import ContractKind, ContractStatus
    from reports.contracts.batch import PdfBatch

    selection = ContractSelection(
        unit_name=args.unit, status=ContractStatus(args.status) if args.status else None,
        signing_date=args.signing_date, kind=ContractKind(args.kind) if args.kind else None,
    )
    options = BatchOptions(
        out=Path(args.out), per_person_dir=Path(args.per_person) if args.per_person else None,
        attendance=Path(args.attendance) if args.attendance else None,
        excel=Path(args.excel) if args.excel else None, workers=args.workers,
    )
    with opened(args.db, create=False) as db:
        result = run_to_end(print_batch(db, Actor(_actor_name()), selection, options, PdfBatch()))
    print(f"{result.contracts} perjanjian kerja ({result.pages} halaman) dicetak ke {result.out} dalam "
          f"{result.seconds:.1f} detik; {result.numbered} baru diberi nomor.")
    if result.person_files:
        print(f"{result.person_files} berkas per orang di {args.per_person}.")
    if result.attendance_pages is not None:
        print(f"Daftar hadir ({result.attendance_pages} halaman): {args.attendance}.")
    if result.excel is not None:
        print(f"Daftar yang dicetak (Excel): {result.excel}.")
    if result.changed_since_signing:
        print(f"Perhatian: {result.changed_since_signing} perjanjian yang sudah ditandatangani dicetak sesuai naskah "
              "saat ditandatangani; data pegawainya sudah berubah sejak itu.")
    return result.as_dict()


def cmd_verify_contract(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.contracts.seal import verify_contract, verify_seal
    from models.services.contracts.seal_payload import public_key_from_text

    payload = sys.stdin.read() if args.payload == "-" else args.payload
    if args.public_key:
        verification = verify_seal(payload, public_key_from_text(args.public_key))
    else:
        with opened(args.db or paths.default_database_path(), create=False) as db:
            verification = verify_contract(db, payload)
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
    from models.services.audit import Actor
    from models.services.exchange.sending import send_package
    from models.services.jobs import run_to_end
    from reports.exchange import package

    started = time.perf_counter()
    with opened(args.db, create=False) as db:
        result = run_to_end(send_package(db, Path(args.out), Actor(_actor_name()), package, full=args.full))
    seconds = time.perf_counter() - started
    kind = "lengkap" if result.full else "perubahan"
    print(f"Paket {kind} nomor {result.sequence} ditulis ke {result.path} dalam {seconds:.1f} detik: "
          f"{result.rows} baris, {result.deleted} penghapusan.")
    return {**result.as_dict(), "seconds": round(seconds, 3)}


def cmd_import_package(args: argparse.Namespace) -> dict[str, Any]:
    import os

    from models.services.audit import Actor
    from models.services.exchange.receiving import receive_package
    from models.services.jobs import run_to_end
    from reports.exchange import package

    key = args.central_key or os.environ.get("SIMPEG_CENTRAL_KEY")
    if not key:
        raise JobFailed("Sebutkan berkas kunci privat kantor pusat: --central-key FILE (atau SIMPEG_CENTRAL_KEY).")
    started = time.perf_counter()
    with opened(args.db) as db:
        result = run_to_end(receive_package(db, Path(args.file), Path(key), Actor(_actor_name()), package,
                                            dry_run=args.dry_run))
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
    from models.services.audit import Actor
    from models.services.exchange import office_key_export

    with opened(args.db, create=False) as db:
        info = office_key_export(db, Actor(_actor_name()))
    out = Path(args.export)
    out.write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"Kunci publik {info['name']} ({info['key_id']}) ditulis ke {out}; kirim ke kantor pusat (register-office).")
    return {"file": str(out), "office_uuid": info["office_uuid"], "key_id": info["key_id"]}


def cmd_set_central_key(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.audit import Actor
    from models.services.exchange import set_central_key

    try:
        pem = Path(args.file).read_bytes()
    except OSError as exc:
        raise JobFailed(f"Berkas kunci '{args.file}' tidak dapat dibaca: {exc}.") from exc
    with opened(args.db, create=False) as db:
        key_id = set_central_key(db, Actor(_actor_name()), pem)
    print(f"Kunci publik kantor pusat {key_id} dipasang; paket berikutnya dienkripsi untuknya.")
    return {"key_id": key_id}


def cmd_register_office(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.audit import Actor
    from models.services.exchange import read_office_key_file, register_office

    info = read_office_key_file(Path(args.file))
    with opened(args.db) as db:
        office = register_office(db, Actor(_actor_name()), info)
    note = " (menggantikan kunci lama)" if office.replaced_key else ""
    print(f"{office.name} terdaftar dengan kunci {office.key_id}{note}; paketnya kini diterima.")
    return {"office_uuid": office.office_uuid, "name": office.name, "key_id": office.key_id,
            "replaced_key": office.replaced_key}


def cmd_exchange_status(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.exchange import office_overview

    with opened(args.db, create=False) as db, db.session_factory() as s:
        rows = office_overview(s)
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

    from models.storage.database import to_url

    url = make_url(to_url(db_arg))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise JobFailed("Cadangan dan pemulihan di sini hanya untuk berkas SQLite; basis data server dicadangkan "
                        "dengan pg_dump oleh pengelolanya.")
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> dict[str, Any]:
    from models.storage.backups import backup_with_rotation, make_backup

    path = _sqlite_path(args.db)
    started = time.perf_counter()
    backup = make_backup(path, "manual", to=Path(args.to)) if args.to else backup_with_rotation(path, "manual")
    seconds = time.perf_counter() - started
    print(f"Cadangan dibuat: {backup.path} ({backup.size / 1e6:.1f} MB, {seconds:.1f} detik).")
    return {"backup": str(backup.path), "bytes": backup.size, "seconds": round(seconds, 3)}


def cmd_restore(args: argparse.Namespace) -> dict[str, Any]:
    from models.services.audit import Actor
    from models.storage.backups import restore_as
    from models.storage.instance_lock import InstanceLock

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
    "wages": cmd_wages,
    "verify-contract": cmd_verify_contract,
    "export": cmd_export,
    "import-package": cmd_import_package,
    "central-keys": cmd_central_keys,
    "office-key": cmd_office_key,
    "set-central-key": cmd_set_central_key,
    "register-office": cmd_register_office,
    "exchange-status": cmd_exchange_status,
}


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


