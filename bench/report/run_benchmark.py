#!/usr/bin/env python3
"""Times `apichecklist report` (HTML and JSON) as whole processes on one sheet, next to
`apichecklist validate` on the same sheet, and prints medians (target: < 50 ms each).
Then `report --format pdf` (its own supervised soffice on its persistent profile in the
user's cache directory, the 確認結果 sheet written, only that sheet exported; the figures
of issue 21 come from bench/office/warm_ratio.py) against a plain
`soffice --headless --convert-to pdf` of the same file (warm profile: the cheapest
soffice run a user gets), in the same run, and prints the ratio.

  /usr/bin/python3 bench/report/run_benchmark.py [--cli build/helper/apichecklist]
      [--sheet build/tests/validate-fixtures/broken.ods] [--runs 25] [--pdf-runs 5]
"""
import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def times_ms(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return times


def median_ms(command, runs):
    return statistics.median(times_ms(command, runs))


def pdf_rows(cli, sheet, runs):
    work = Path(tempfile.mkdtemp(prefix="apichecklist-bench-report-"))
    try:
        profile = (work / "profile").as_uri()
        convert = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(work / "convert"), sheet]
        # Warm the peer's profile so that its creation is not counted against it.
        subprocess.run(convert, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        ours = median_ms([cli, "report", sheet, "--format", "pdf", "-o", str(work / "report.pdf")], runs)
        peer = median_ms(convert, runs)
        # Like the helper's soffice: a new profile every run.
        fresh = []
        for run in range(runs):
            command = list(convert)
            command[1] = f"-env:UserInstallation={(work / f'fresh-{run}').as_uri()}"
            fresh.append(median_ms(command, 1))
        return ours, peer, statistics.median(fresh)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=str(REPO / "build/helper/apichecklist"))
    parser.add_argument("--sheet", default=str(REPO / "build/tests/validate-fixtures/broken.ods"))
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--pdf-runs", type=int, default=5, help="0 skips the PDF comparison")
    args = parser.parse_args()
    rows = [
        ("report --format html", [args.cli, "report", args.sheet, "--format", "html"]),
        ("report --format json", [args.cli, "report", args.sheet, "--format", "json"]),
        ("validate (reference)", [args.cli, "validate", args.sheet]),
    ]
    for label, command in rows:
        times = times_ms(command, args.runs)
        # The minimum too: on a shared, busy machine it is the figure closest to the work itself.
        print(f"{label:24s} {statistics.median(times):7.1f} ms (median of {args.runs}, min {min(times):.1f})")
    if args.pdf_runs > 0:
        ours, peer, fresh = pdf_rows(args.cli, args.sheet, args.pdf_runs)
        print(f"{'report --format pdf':24s} {ours:7.1f} ms (median of {args.pdf_runs}, persistent profile)")
        print(f"{'soffice --convert-to pdf':24s} {peer:7.1f} ms (median of {args.pdf_runs}, warm profile)")
        print(f"{'soffice --convert-to pdf':24s} {fresh:7.1f} ms (median of {args.pdf_runs}, new profile each run)")
        print(f"pdf ratio (report / convert-to): {ours / peer:.2f}x warm, {ours / fresh:.2f}x new profile")


if __name__ == "__main__":
    main()
