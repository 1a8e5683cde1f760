#!/usr/bin/python3
"""Compare speed: `apichecklist compare OLD NEW` against `apichecklist validate NEW`.

  /usr/bin/python3 bench/compare/run_benchmark.py [--cli build/helper/apichecklist]
        [--fixtures DIR] [--runs N]

Both as a whole process on the 43-item pairs of tests/fixtures/make_compare_fixtures.py
(written to a temporary directory when --fixtures is not given). Prints medians, the ratio
and whether the target (compare within 2x of validate) holds; exits 1 when it does not.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def timed(cmd, env):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return elapsed


def median_time(cmd, runs, env):
    timed(cmd, env)  # warm the page cache
    return statistics.median(timed(cmd, env) for _ in range(runs))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=str(REPO / "build/helper/apichecklist"))
    parser.add_argument("--fixtures")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    env = dict(os.environ, APICHECKLIST_CATALOG=str(REPO / "catalog"), APICHECKLIST_LANG="ja")
    made = None
    fixtures = Path(args.fixtures) if args.fixtures else None
    if fixtures is None:
        made = Path(tempfile.mkdtemp(prefix="apichecklist-bench-compare-"))
        subprocess.run(["/usr/bin/python3", str(REPO / "tests/fixtures/make_compare_fixtures.py"), str(made)],
                       check=True, stdout=subprocess.DEVNULL)
        fixtures = made
    try:
        print(f"{'pair':<34} {'validate NEW':>13} {'compare':>10} {'ratio':>6}")
        worst = 0.0
        for old, new in [("base.ods", "changed.xlsx"), ("base.xlsx", "changed.ods"), ("base.ods", "base.xlsx")]:
            validate = median_time([args.cli, "validate", str(fixtures / new)], args.runs, env)
            compare = median_time([args.cli, "compare", "--as-of", "2025-04-01",
                                   str(fixtures / old), str(fixtures / new)], args.runs, env)
            ratio = compare / validate
            worst = max(worst, ratio)
            print(f"{old + ' → ' + new:<34} {validate * 1000:>10.1f} ms {compare * 1000:>7.1f} ms {ratio:>6.2f}")
        ok = worst <= 2.0
        print(f"target compare ≤ 2x validate: {'met' if ok else 'NOT met'} (worst {worst:.2f}x)")
        return 0 if ok else 1
    finally:
        if made:
            shutil.rmtree(made, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
