"""SIMPEG Luring: open the main window, or parse a batch job's arguments and run it (cli.py holds the jobs)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from cli import DEFAULT_DEMO_EMPLOYEES, EXIT_USAGE, contract_status, iso_date, run_job
from models.storage import profile as paths
from models.version import __version__

log = logging.getLogger("simpeg")


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
    roster.add_argument("--set", action="append", default=[], metavar="KOLOM=NILAI",
                        help="satu nilai untuk semua baris, untuk kolom yang tidak ada di berkas, mis. "
                             "--set status=PPPK atau --set tmt_pppk=2025-10-01 (boleh berulang)")
    roster.add_argument("--create-units", action="store_true",
                        help="buat unit kerja, jabatan, dan kecamatan yang belum dikenal (tanpa ini barisnya ditolak "
                             "dengan nama terdekat yang sudah ada)")
    roster.add_argument("--report", help="tulis laporan (baris ditolak beserta alasannya) ke berkas .xlsx ini")
    recap = job("recap", "tulis rekap pegawai (Excel) untuk pimpinan")
    recap.add_argument("--out", required=True, help="berkas .xlsx tujuan")
    siasn = job("export-siasn", "ekspor daftar pegawai dalam susunan kolom SIASN (.xlsx atau .csv)")
    siasn.add_argument("--out", required=True, help="berkas .xlsx atau .csv tujuan")
    wages = job("wages", "tabel gaji pokok PPPK dan upah PPPK Paruh Waktu: baca dari Excel, atau tulis ke Excel")
    wages.add_argument("file", help="berkas .xlsx dengan lembar 'Gaji PPPK' dan/atau 'Upah PW'")
    wages.add_argument("--export", action="store_true", help="tulis tabel yang ada sekarang ke berkas itu")
    contracts = job("contracts", "cetak perjanjian kerja PPPK untuk upacara penandatanganan (PDF gabungan)")
    contracts.add_argument("--out", required=True, help="berkas PDF gabungan, urut unit kerja lalu nama")
    contracts.add_argument("--per-person", help="folder untuk satu PDF per orang, dalam subfolder per unit")
    contracts.add_argument("--attendance", help="berkas PDF daftar hadir")
    contracts.add_argument("--excel", help="berkas .xlsx daftar perjanjian yang dicetak")
    contracts.add_argument("--unit", help="hanya unit kerja ini (beserta unit di bawahnya)")
    contracts.add_argument("--status", type=contract_status, help="hanya status ini, mis. draft atau Draf")
    contracts.add_argument("--signing-date", type=iso_date, help="hanya tanggal penandatanganan ini (TTTT-BB-HH)")
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
