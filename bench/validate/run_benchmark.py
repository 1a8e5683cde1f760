#!/usr/bin/python3
"""Validation speed: apichecklist validate vs soffice --convert-to csv vs openpyxl.

  /usr/bin/python3 bench/validate/run_benchmark.py [--cli build/helper/apichecklist]
        [--fixtures DIR] [--runs N] [--files 1000]

(a) `apichecklist validate FILE`, a whole process per file;
(b) `soffice --headless --convert-to csv FILE`, one file at a time (warm profile);
(c) python3-openpyxl reading the same cells with the same empty-answer check (whole process);
then `apichecklist validate DIR` over many copies, in one run on all cores.
Prints medians, ratios and whether the targets (≥20x vs b, ≥5x vs c, ≥200 files/s) hold.
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


def timed(cmd, env=None):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return elapsed


def median_time(cmd, runs, env=None, warmup=1):
    for _ in range(warmup):
        timed(cmd, env)
    return statistics.median(timed(cmd, env) for _ in range(runs))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=str(REPO / "build/helper/apichecklist"))
    parser.add_argument("--fixtures", help="fixture directory (default: generate one)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="apichecklist-bench-"))
    try:
        fixtures = Path(args.fixtures) if args.fixtures else work / "fixtures"
        if not args.fixtures:
            subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_fixtures.py"), str(fixtures)],
                           check=True, stdout=subprocess.DEVNULL)
        env = dict(os.environ, APICHECKLIST_CATALOG=str(REPO / "catalog"))
        sample = fixtures / "clean-api.xlsx"
        print(f"file: {sample.name} ({sample.stat().st_size} bytes), {os.cpu_count()} cores, "
              f"median of {args.runs} runs")

        cli = median_time([args.cli, "validate", "--role", "api", str(sample)], args.runs, env)
        openpyxl = median_time([sys.executable, str(REPO / "bench/validate/openpyxl_check.py"), str(sample)],
                               args.runs)
        profile = work / "lo-profile"
        out = work / "csv"
        soffice_cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                       "--convert-to", "csv", "--outdir", str(out), str(sample)]
        soffice = median_time(soffice_cmd, max(3, args.runs // 5))

        corpus = work / "corpus"
        corpus.mkdir()
        sources = [fixtures / "clean-api.xlsx", fixtures / "clean-api.ods", fixtures / "broken.xlsx",
                   fixtures / "broken.ods"]
        for i in range(args.files):
            src = sources[i % len(sources)]
            shutil.copyfile(src, corpus / f"sheet-{i:05d}{src.suffix}")
        many = median_time([args.cli, "validate", "--json", str(corpus)], 3, env)
        rate = args.files / many

        print(f"(a) apichecklist validate        {cli * 1000:8.1f} ms")
        print(f"(b) soffice --convert-to csv     {soffice * 1000:8.1f} ms   (a) is {soffice / cli:6.1f}x faster (target ≥ 20x)")
        print(f"(c) python3-openpyxl             {openpyxl * 1000:8.1f} ms   (a) is {openpyxl / cli:6.1f}x faster (target ≥ 5x)")
        print(f"{args.files} files in one run        {many:8.2f} s    {rate:6.0f} files/s (target ≥ 200)")
        ok = soffice / cli >= 20 and openpyxl / cli >= 5 and rate >= 200
        print("targets met" if ok else "TARGETS NOT MET")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
