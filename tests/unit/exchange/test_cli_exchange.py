"""The exchange from the command line, as a district office and the centre would script it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from models.storage.database import Database

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--json"], capture_output=True, text=True,
                          timeout=180, cwd=ROOT)


def last_json(proc: subprocess.CompletedProcess) -> dict:
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_office_sends_a_package_and_the_centre_applies_it_once(tmp_path: Path, any_db: Database) -> None:
    office = str(tmp_path / "kantor.sqlite")
    central = any_db.url
    assert run("demo", "--db", office, "--employees", "60").returncode == 0
    keys = last_json(run("central-keys", "--out", str(tmp_path / "pusat")))
    assert Path(keys["private_key"]).stat().st_mode & 0o077 == 0  # only the owner may read the private key
    assert run("set-central-key", keys["public_key"], "--db", office).returncode == 0
    exported_key = run("office-key", "--db", office, "--export", str(tmp_path / "kunci-kantor.json"))
    assert exported_key.returncode == 0, exported_key.stderr
    assert run("register-office", str(tmp_path / "kunci-kantor.json"), "--db", central).returncode == 0

    export = run("export", "--db", office, "--out", str(tmp_path))
    assert export.returncode == 0, export.stderr
    package = last_json(export)
    assert package["sequence"] == 1 and package["rows"] > 60 and Path(package["package"]).exists()

    dry = run("import-package", package["package"], "--db", central, "--central-key", keys["private_key"], "--dry-run")
    applied = run("import-package", package["package"], "--db", central, "--central-key", keys["private_key"])
    again = run("import-package", package["package"], "--db", central, "--central-key", keys["private_key"])

    assert dry.returncode == applied.returncode == again.returncode == 0, applied.stderr
    assert last_json(dry)["inserted"] == last_json(applied)["inserted"] == package["rows"]
    result = last_json(again)
    assert (result["inserted"], result["updated"], result["unchanged"]) == (0, 0, package["rows"])
    assert set(result) >= {"inserted", "updated", "unchanged", "conflicts", "warnings"}
    status = last_json(run("exchange-status", "--db", central))
    (row,) = status["offices"]
    assert (row["last_sequence"], row["packages"], row["open_conflicts"]) == (1, 1, 0)

    delta = last_json(run("export", "--db", office, "--out", str(tmp_path / "kedua.zip")))
    assert (delta["sequence"], delta["rows"], delta["full"]) == (2, 0, False)


def test_a_changed_package_exits_1_with_the_reason(tmp_path: Path, any_db: Database) -> None:
    office = str(tmp_path / "kantor.sqlite")
    assert run("demo", "--db", office, "--employees", "20").returncode == 0
    keys = last_json(run("central-keys", "--out", str(tmp_path / "pusat")))
    run("set-central-key", keys["public_key"], "--db", office)
    run("office-key", "--db", office, "--export", str(tmp_path / "k.json"))
    run("register-office", str(tmp_path / "k.json"), "--db", any_db.url)
    path = Path(last_json(run("export", "--db", office, "--out", str(tmp_path)))["package"])
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))

    proc = run("import-package", str(path), "--db", any_db.url, "--central-key", keys["private_key"])

    assert proc.returncode == 1
    assert last_json(proc)["ok"] is False and "Tidak ada yang diterapkan" in last_json(proc)["error"]


def test_export_without_the_central_key_says_what_to_do(tmp_path: Path) -> None:
    office = str(tmp_path / "kantor.sqlite")
    assert run("demo", "--db", office, "--employees", "5").returncode == 0
    proc = run("export", "--db", office, "--out", str(tmp_path))
    assert proc.returncode == 1 and "set-central-key" in last_json(proc)["error"]
    assert not list(tmp_path.glob("*.zip"))
