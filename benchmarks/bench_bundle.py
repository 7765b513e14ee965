"""The installed program's start times, measured on the BUILT bundle (`make dist` first).

Run: .venv/bin/python benchmarks/bench_bundle.py [--bundle dist/simpeg-luring] [--runs 10] [--employees 2000]

Each start is a fresh process of the bundle's executable in an isolated profile (installer/smoke_test.py's
helpers), on a demo database the bundle itself builds. It prints:
- the bundle's size on disk and its file count;
- `--version`: process start to exit;
- the window: process start to exit right after the main window is shown (SIMPEG_QUIT_WHEN_SHOWN), signed in
  through SIMPEG_USER/SIMPEG_PASSWORD; the very first start after emptying Linux's file cache (root only: the
  cold start a clerk sees after switching the PC on), then the median and range of warm starts;
- the first start on an empty profile up to the setup wizard.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

import smoke_test as smoke  # noqa: E402


def timed(label: str, seconds: list[float]) -> dict[str, float]:
    figures = {"median_s": round(statistics.median(seconds), 3), "min_s": round(min(seconds), 3),
               "max_s": round(max(seconds), 3)}
    print(f"{label:<34} median {figures['median_s']:.2f} s  ({figures['min_s']:.2f}-{figures['max_s']:.2f} s, "
          f"{len(seconds)} starts)")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / smoke.bd.BUNDLE_NAME)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--employees", type=int, default=2000)
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / f"{smoke.bd.BUNDLE_NAME}{smoke.EXE_SUFFIX}").is_file():
        print(f"Bundle {bundle} belum dibangun: jalankan `make dist` dulu.", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="simpeg-bench-bundle-"))
    ctx = smoke.Context(bundle=bundle, work=work, env=smoke.isolated_env(work), employees=args.employees,
                        runs=args.runs, cold=True, max_mb=smoke.DEFAULT_MAX_MB)
    figures: dict[str, object] = {}
    print(smoke.check_size(ctx))
    figures.update(ctx.figures)
    built = smoke.run(ctx, ctx.cli, "demo", "--db", str(ctx.db), "--employees", str(args.employees), timeout=600)
    if built.code != 0:
        print(built.stderr, file=sys.stderr)
        return 1
    print(f"Demo database: {args.employees} employees, built by the bundle in {built.seconds:.1f} s")

    figures["version"] = timed("--version", [smoke.run(ctx, ctx.cli, "--version").seconds for _ in range(args.runs)])
    dropped = smoke.drop_caches()
    cold = smoke.window_once(ctx, ctx.gui).seconds
    print(f"{'window, first start' + (' (file cache emptied)' if dropped else ''):<34} {cold:.2f} s")
    figures["window_cold_s"], figures["cold_is_cold"] = round(cold, 3), dropped
    figures["window_warm"] = timed("window, warm", [smoke.window_once(ctx, ctx.gui).seconds
                                                    for _ in range(args.runs)])
    wizard = []
    for attempt in range(args.runs):
        fresh = smoke.isolated_env(work / f"profil-{attempt}")
        result = smoke.run(ctx, ctx.gui, extra_env={**fresh, "QT_QPA_PLATFORM": "offscreen",
                                                    "SIMPEG_QUIT_WHEN_SHOWN": "1"})
        if result.code != 0 or smoke.FIRST_RUN_LINE not in result.stdout:
            print(f"first start failed: {result.stdout[-300:]} {result.stderr[-300:]}", file=sys.stderr)
            return 1
        wizard.append(result.seconds)
    figures["first_start_wizard"] = timed("first start to the setup wizard", wizard)
    print("JSON " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
