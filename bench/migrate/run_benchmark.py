#!/usr/bin/python3
"""Migrating N 試行版 sheets: one `apichecklist migrate` batch (one supervised soffice)
versus one `soffice --headless --convert-to ods` process per file (a load and a store of
each sheet: less work than a migration, so the ratio is a lower bound).

  /usr/bin/python3 bench/migrate/run_benchmark.py --cli build/helper/apichecklist \
      --sheet build/tests/trial-fixtures/trial-api.ods [--count 50]
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sheet", required=True)
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="apichecklist-bench-migrate-"))
    try:
        inputs = []
        for i in range(args.count):
            copy = work / "in" / f"sheet-{i:02d}.ods"
            copy.parent.mkdir(exist_ok=True)
            shutil.copy(args.sheet, copy)
            inputs.append(str(copy))

        def migrate(files, name):
            out = work / name
            out.mkdir()
            start = time.monotonic()
            subprocess.run([args.cli, "migrate", "-o", str(out), *files], check=True,
                           stdout=subprocess.DEVNULL)
            return time.monotonic() - start

        single = migrate(inputs[:1], "single")  # soffice start, template build, one sheet
        batch = migrate(inputs, "batch")

        profile = (work / "profile").as_uri()
        per_file_out = work / "per-file"
        per_file_out.mkdir()
        # Warm the profile first so that its creation is not counted against the baseline.
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "ods", "--outdir", str(work / "warm"), inputs[0]],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = time.monotonic()
        for path in inputs:
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                            "--convert-to", "ods", "--outdir", str(per_file_out), path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        per_file = time.monotonic() - start

        print(f"{args.count} sheets")
        print(f"  apichecklist migrate (one soffice):  {batch:6.1f} s  ({batch / args.count:.2f} s/sheet)")
        print(f"  soffice --convert-to per file:       {per_file:6.1f} s  ({per_file / args.count:.2f} s/sheet)")
        print(f"  ratio: {per_file / batch:.2f}x")
        if args.count > 1:
            marginal = (batch - single) / (args.count - 1)
            print(f"  apichecklist: one sheet alone {single:.1f} s, each further sheet {marginal:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
