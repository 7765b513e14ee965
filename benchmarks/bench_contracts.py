"""Print a signing ceremony's worth of PPPK Paruh Waktu contracts and print the figures.

Builds a demo city (30,000 employees give about 7,500 PPPK Paruh Waktu contracts), turns 7,326 of them back
into unnumbered, unsigned drafts (as before a ceremony), then prints them with reports.contracts.batch into one
merged PDF and prints: contracts per second, peak memory and the size per contract. The time counts
everything the clerk waits for: numbering, sealing, rendering, joining and marking them printed.

    python benchmarks/bench_contracts.py [--employees 30000] [--contracts 7326] [--workers 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class TreeMemory:
    """Samples the resident memory of this process and its children (Linux /proc) every 50 ms."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _rss_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _tree(self) -> list[int]:
        me = os.getpid()
        pids = [me]
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as fh:
                        ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
                if ppid == me:
                    pids.append(int(entry))
        return pids

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(self._rss_kb(pid) for pid in self._tree()))
            self._stop.wait(0.05)

    def __enter__(self) -> TreeMemory:
        if os.path.isdir("/proc"):
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=30_000)
    parser.add_argument("--contracts", type=int, default=7_326)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", help="folder to keep the database and the PDF in (default: a temporary one)")
    args = parser.parse_args()

    from sqlalchemy import select, update

    from models.entities import Contract
    from models.services.audit import Actor
    from models.services.contracts.print_batch import BatchOptions, print_batch
    from models.services.contracts.selection import ContractSelection
    from models.services.jobs import run_to_end
    from models.storage.database import open_database
    from models.vocabulary import ContractKind, ContractStatus
    from reports.contracts.batch import PdfBatch

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-contracts-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.sqlite"
    for old in folder.glob("bench.sqlite*"):
        old.unlink()
    shutil.rmtree(folder / "kunci", ignore_errors=True)
    started = time.perf_counter()
    # The demo is built by another process, so its memory does not count in the print job's peak.
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path), "--employees",
                    str(args.employees)], check=True, stdout=subprocess.DEVNULL)
    db = open_database(path)
    with db.session_factory.begin() as s:
        ids = list(s.scalars(select(Contract.id).where(Contract.kind == ContractKind.PART_TIME,
                                                       Contract.status == ContractStatus.ACTIVE)
                             .order_by(Contract.id).limit(args.contracts)))
        for start in range(0, len(ids), 900):
            s.execute(update(Contract).where(Contract.id.in_(ids[start:start + 900]))
                      .values(status=ContractStatus.DRAFT, number=None, signing_date=None, signing_place=None))
    print(f"Demo: {args.employees} pegawai, {len(ids)} perjanjian PPPK Paruh Waktu dijadikan draf "
          f"({time.perf_counter() - started:.1f} s)")
    if len(ids) < args.contracts:
        print(f"Catatan: hanya {len(ids)} perjanjian paruh waktu; naikkan --employees untuk {args.contracts}.")

    out = folder / "upacara.pdf"
    with TreeMemory() as memory:
        result = run_to_end(print_batch(db, Actor("bench"), ContractSelection(contract_ids=tuple(ids)),
                                        BatchOptions(out=out, workers=args.workers), PdfBatch()))
    db.close()
    size_mb = out.stat().st_size / 1e6
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"Perjanjian      : {result.contracts} ({result.pages} halaman, {result.numbered} baru bernomor)")
    print(f"Waktu           : {result.seconds:.1f} s dengan {args.workers} proses pencetak")
    print(f"Kecepatan       : {result.contracts / result.seconds:.0f} perjanjian/detik")
    print(f"Memori puncak   : {memory.peak_kb / 1024:.0f} MB (jumlah RSS proses ini dan anak-anaknya, "
          f"dicuplik tiap 50 ms)")
    print(f"getrusage       : proses ini {self_mb:.0f} MB; anak terbesar {children_mb:.0f} MB (termasuk pembuat data "
          "contoh; anak yang di-spawn juga menghitung halaman induknya sesaat sebelum exec)")
    print(f"Ukuran          : {size_mb:.1f} MB, {size_mb / result.contracts * 1000:.1f} KB per perjanjian")
    print(f"Berkas          : {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
