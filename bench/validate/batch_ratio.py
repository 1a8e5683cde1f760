#!/usr/bin/python3
"""Batch throughput of `apichecklist validate DIR` against a peer build, in the same run.

  /usr/bin/python3 bench/validate/batch_ratio.py --peer OTHER_APICHECKLIST
        [--cli build/helper/apichecklist] [--files 1000] [--runs 5]

Both binaries validate the same directory of copies of the fixture sheets (.xlsx and .ods,
clean and broken), alternately, on all cores; prints the medians, files/s and the ratio.
Used to measure what reading every file in its own child process costs (issue 14: keep
the throughput within 20% of the build without it).
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
    if result.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=str(REPO / "build/helper/apichecklist"))
    parser.add_argument("--peer", required=True, help="the apichecklist to compare with")
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="apichecklist-batch-"))
    try:
        fixtures = work / "fixtures"
        subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_fixtures.py"), str(fixtures)],
                       check=True, stdout=subprocess.DEVNULL)
        corpus = work / "corpus"
        corpus.mkdir()
        sources = [fixtures / n for n in ("clean-api.xlsx", "clean-api.ods", "broken.xlsx", "broken.ods")]
        for i in range(args.files):
            src = sources[i % len(sources)]
            shutil.copyfile(src, corpus / f"sheet-{i:05d}{src.suffix}")
        env = dict(os.environ, APICHECKLIST_CATALOG=str(REPO / "catalog"))
        times = {"cli": [], "peer": []}
        for _ in range(args.runs):
            for key in ("cli", "peer"):
                times[key].append(timed([getattr(args, key), "validate", "--json", str(corpus)], env))
        cli, peer = statistics.median(times["cli"]), statistics.median(times["peer"])
        print(f"{args.files} files, {os.cpu_count()} cores, median of {args.runs} runs")
        print(f"  {args.cli:<40} {cli:7.2f} s  {args.files / cli:6.0f} files/s")
        print(f"  {args.peer:<40} {peer:7.2f} s  {args.files / peer:6.0f} files/s")
        print(f"  ratio (this / peer): {cli / peer:.2f}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
