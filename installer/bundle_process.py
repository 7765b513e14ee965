"""Running the BUILT program for the smoke test and the bundle benchmark: the run's context, starting the
executable in an isolated profile with a timeout (its whole process tree killed on expiry), noticing the
contract printer's spawn workers, and emptying Linux's file cache for a cold start."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import bundle_data as bd

WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if WINDOWS else ""


@dataclass
class Context:
    bundle: Path
    work: Path
    env: dict[str, str]
    employees: int
    runs: int
    cold: bool
    max_mb: float
    figures: dict[str, object] = field(default_factory=dict)

    @property
    def gui(self) -> Path:
        return self.bundle / f"{bd.BUNDLE_NAME}{EXE_SUFFIX}"

    @property
    def cli(self) -> Path:
        return self.bundle / f"{bd.CLI_NAME}{EXE_SUFFIX}"

    @property
    def db(self) -> Path:
        return self.work / "demo.sqlite"


class CheckFailed(Exception):
    pass


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    children: set[int] = field(default_factory=set)  # worker processes seen (Linux only)


def run(ctx: Context, exe: Path, *args: str, timeout: float = 120, extra_env: dict[str, str] | None = None,
        watch_children: bool = False) -> Run:
    """Start the built program and wait for it; kill its whole process group on timeout."""
    env = {**ctx.env, **(extra_env or {})}
    flags = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if WINDOWS else {"start_new_session": True}
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=ctx.work, text=True, encoding="utf-8", errors="replace", **flags)
    children: set[int] = set()
    try:
        if watch_children and sys.platform.startswith("linux"):
            stdout, stderr = _wait_watching(proc, timeout, children)
        else:
            stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        stdout, stderr = proc.communicate()
        raise CheckFailed(f"{exe.name} {' '.join(args)} tidak selesai dalam {timeout:.0f} detik; "
                          f"keluaran terakhir: {(stdout + stderr)[-400:]!r}") from None
    return Run(proc.returncode, stdout, stderr, time.perf_counter() - started, children)


def _wait_watching(proc: subprocess.Popen, timeout: float, children: set[int]) -> tuple[str, str]:
    """communicate() in a thread while this one notes the worker processes (spawn children) of `proc`."""
    import threading

    out: dict[str, tuple[str, str]] = {}
    reader = threading.Thread(target=lambda: out.setdefault("r", proc.communicate()), daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    while reader.is_alive():
        if time.monotonic() > deadline:
            _kill_tree(proc)
            reader.join(10)
            stdout, stderr = out.get("r", ("", ""))
            raise CheckFailed(f"{Path(proc.args[0]).name} tidak selesai dalam {timeout:.0f} detik; "
                              f"keluaran terakhir: {(stdout + stderr)[-400:]!r}")
        children.update(_spawn_workers_of(proc.pid))
        reader.join(0.05)
    return out["r"]


def _spawn_workers_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        match = re.search(r"^PPid:\s*(\d+)", status, re.MULTILINE)
        if match and int(match.group(1)) == pid and b"--multiprocessing-fork" in cmdline:
            found.add(int(entry.name))
    return found


def _kill_tree(proc: subprocess.Popen) -> None:
    if WINDOWS:
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
    else:
        with contextlib.suppress(ProcessLookupError):  # the group of the process we started (start_new_session)
            os.killpg(proc.pid, signal.SIGKILL)


def last_json(result: Run, what: str) -> dict:
    if result.code != 0:
        raise CheckFailed(f"{what}: kode keluar {result.code}; {(result.stderr or result.stdout)[-600:]}")
    lines = result.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError) as exc:
        raise CheckFailed(f"{what}: baris terakhir bukan JSON: {result.stdout[-300:]!r}") from exc


def drop_caches() -> bool:
    """Empty Linux's file cache so the first window start reads the bundle from disk (root only)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except (OSError, AttributeError):
        return False
    return True


def isolated_env(work: Path) -> dict[str, str]:
    """The environment for the built program: its settings, log and data folders inside `work`."""
    env = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "SIMPEG_QUIT_WHEN_SHOWN", "SIMPEG_USER", "SIMPEG_PASSWORD", "PYTHONPATH",
                 "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    home = work / "home"
    folders = {"HOME": home, "XDG_DATA_HOME": home / "data", "XDG_CONFIG_HOME": home / "config",
               "XDG_STATE_HOME": home / "state", "XDG_CACHE_HOME": home / "cache", "APPDATA": home / "Roaming",
               "LOCALAPPDATA": home / "Local"}
    if not WINDOWS:
        folders["XDG_RUNTIME_DIR"] = home / "run"
    for name, path in folders.items():
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    if not WINDOWS:
        (home / "run").chmod(0o700)
    return env
