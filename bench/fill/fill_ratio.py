#!/usr/bin/python3
"""Speed of `apichecklist fill` (issue 18), each figure against its peer in the same run.

  /usr/bin/python3 bench/fill/fill_ratio.py [--cli build/helper/apichecklist] [--runs 5]
        [--targets 20]

1. Dry run: `fill --dry-run --from master.xlsx copy.xlsx` against `validate master.xlsx
   copy.xlsx` (the same two files read and checked). Goal: within 2x.
2. Batch: `fill` of N copies through one soffice against N separate
   `soffice --headless --convert-to xlsx` runs of the same copies (the cost of opening and
   storing each file in a fresh LibreOffice). Goal: at least 3x faster.
The fixtures are made by tests/fill/make_fill_fixtures.py; medians of --runs are printed.
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def timed(cmd, cwd=None, ok=(0, 1)):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    if result.returncode not in ok:
        raise SystemExit(f"{cmd[:3]} failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return time.perf_counter() - start


def median_of(runs, make_cmd, before=None):
    times = []
    for i in range(runs):
        if before:
            before(i)
        times.append(timed(make_cmd(i)))
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=str(REPO / "build/helper/apichecklist"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--targets", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="apichecklist-fill-bench-"))
    try:
        fixtures = work / "fixtures"
        subprocess.run([sys.executable, str(REPO / "tests/fill/make_fill_fixtures.py"),
                        str(fixtures), "--no-office"], check=True, stdout=subprocess.DEVNULL)
        master = fixtures / "master.xlsx"
        copy = fixtures / "copy-deleted.xlsx"

        dry = median_of(args.runs, lambda i: [args.cli, "fill", "--dry-run", "--from", str(master),
                                              "-o", str(work), str(copy)])
        validate = median_of(args.runs, lambda i: [args.cli, "validate", str(master), str(copy)])
        print(f"dry run      {dry * 1000:8.1f} ms   validate of both {validate * 1000:8.1f} ms"
              f"   ratio {dry / validate:.2f}x (goal ≤ 2x)")

        targets = work / "targets"
        targets.mkdir()
        kinds = sorted(p for p in fixtures.glob("copy-*.xlsx"))
        for i in range(args.targets):
            shutil.copyfile(kinds[i % len(kinds)], targets / f"copy-{i:02d}.xlsx")
        files = sorted(str(p) for p in targets.iterdir())
        out = work / "out"

        def fresh_out(i):
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()

        batch_runs = max(1, min(args.runs, 3))
        batch = median_of(batch_runs, lambda i: [args.cli, "fill", "--from", str(master), "-o",
                                                 str(out), *files], before=fresh_out)
        profile = work / "profile"

        def separate(i):
            fresh_out(i)
            start = time.perf_counter()
            for f in files:
                timed(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                       "--convert-to", "xlsx", "--outdir", str(out), f], ok=(0,))
            return time.perf_counter() - start

        timed(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--terminate_after_init"],
              ok=(0, 1, 81))  # the peer's profile made before timing, as ours is
        peer = statistics.median(separate(i) for i in range(batch_runs))
        print(f"batch of {args.targets}  {batch:8.2f} s    {args.targets} × soffice --convert-to "
              f"{peer:8.2f} s   {peer / batch:.2f}x faster (goal ≥ 3x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
