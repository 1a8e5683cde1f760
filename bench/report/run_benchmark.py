#!/usr/bin/env python3
"""Times `apichecklist report` (HTML and JSON) as whole processes on one sheet, next to
`apichecklist validate` on the same sheet, and prints medians (target: < 50 ms each).

  /usr/bin/python3 bench/report/run_benchmark.py [--cli build/helper/apichecklist]
      [--sheet build/tests/validate-fixtures/broken.ods] [--runs 25]
"""
import argparse
import statistics
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def median_ms(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=str(REPO / "build/helper/apichecklist"))
    parser.add_argument("--sheet", default=str(REPO / "build/tests/validate-fixtures/broken.ods"))
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    rows = [
        ("report --format html", [args.cli, "report", args.sheet, "--format", "html"]),
        ("report --format json", [args.cli, "report", args.sheet, "--format", "json"]),
        ("validate (reference)", [args.cli, "validate", args.sheet]),
    ]
    for label, command in rows:
        print(f"{label:24s} {median_ms(command, args.runs):7.1f} ms (median of {args.runs})")


if __name__ == "__main__":
    main()
