#!/usr/bin/python3
"""ignore add, role, fix and ignore list on one checklist, as whole processes, against their
peers in the same run (issue 17's targets: within 1.5x):

  apichecklist ignore add / role / fix FILE   vs  soffice --headless --convert-to xlsx FILE
  apichecklist ignore list FILE         vs  apichecklist validate FILE

Runs alternate (peer, command, peer, ...) and the medians are compared. The convert-to peer
runs on a profile of its own, warmed first (its creation is not counted against it) and, as
a second figure, on a fresh profile each time; the helper's soffice runs on its persistent
private profile (docs/office.md), prepared by the first run.

  /usr/bin/python3 bench/office/run_benchmark.py --cli build/helper/apichecklist [--runs 7]
      [--sheet FILE.xlsx]   (default: the openpyxl workbook of tests/settings)
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "settings"))


def timed(argv, env):
    start = time.monotonic()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env, timeout=300)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sheet", help="an .xlsx checklist (default: the test workbook)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "APICHECKLIST_CATALOG": str(ROOT / "catalog")}
    work = Path(tempfile.mkdtemp(prefix="apichecklist-bench-office-"))
    try:
        if args.sheet:
            sheet = Path(args.sheet)
        else:
            import rich_workbook
            sheet = rich_workbook.write(work / "checklist.xlsx", extras=True)
        size = sheet.stat().st_size

        def fresh_copy(name):
            copy = work / name
            shutil.copy(sheet, copy)
            return copy

        warm_profile = (work / "profile-warm").as_uri()

        def convert(fresh_profile):
            copy = fresh_copy("peer.xlsx")
            out = work / "converted"
            shutil.rmtree(out, ignore_errors=True)
            profile = (work / f"profile-{time.monotonic_ns()}").as_uri() if fresh_profile \
                else warm_profile
            return timed(["soffice", f"-env:UserInstallation={profile}", "--headless",
                          "--convert-to", "xlsx", "--outdir", str(out), str(copy)], env)

        convert(False)  # warms the peer's profile

        def ignore_add():
            copy = fresh_copy("ignore.xlsx")
            return timed([args.cli, "ignore", "add", str(copy), "--rule", "item.missing",
                          "--number", "20", "--reason", "ベンチマーク"], env)

        def role():
            return timed([args.cli, "role", str(fresh_copy("role.xlsx")), "card"], env)

        # A copy whose item 1 goal was reworded: `fix` has one certain fix to write.
        import openpyxl
        fixable = work / "fixable.xlsx"
        book = openpyxl.load_workbook(sheet)
        goal = "セキュリティ管理責任の所在と対象範囲を明確にする。"
        cells = [c for row in book.worksheets[0].iter_rows() for c in row if c.value == goal]
        if not cells:
            raise SystemExit(f"{sheet}: item 1's goal not found, nothing for fix to do")
        cells[0].value = "セキュリティ管理の責任者を決める。"
        book.save(fixable)

        def fix():
            copy = work / "fix.xlsx"
            shutil.copy(fixable, copy)
            return timed([args.cli, "fix", str(copy)], env)

        listed = fresh_copy("list.xlsx")
        subprocess.run([args.cli, "ignore", "add", str(listed), "--rule", "item.missing",
                        "--number", "20", "--reason", "ベンチマーク"], check=True,
                       stdout=subprocess.DEVNULL, env=env)

        def ignore_list():
            return timed([args.cli, "ignore", "list", str(listed)], env)

        def validate():
            # exit 1: findings remain; still a complete run
            start = time.monotonic()
            subprocess.run([args.cli, "validate", str(listed)], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env, timeout=300)
            return time.monotonic() - start

        times = {name: [] for name in ("convert_warm", "convert_fresh", "ignore_add", "role",
                                       "fix", "ignore_list", "validate")}
        for _ in range(args.runs):
            times["convert_warm"].append(convert(False))
            times["ignore_add"].append(ignore_add())
            times["convert_fresh"].append(convert(True))
            times["role"].append(role())
            times["fix"].append(fix())
            times["validate"].append(validate())
            times["ignore_list"].append(ignore_list())
        med = {name: statistics.median(values) for name, values in times.items()}

        print(f"{sheet.name} ({size} bytes), median of {args.runs} alternating runs")
        print(f"  soffice --convert-to xlsx (warm profile):  {med['convert_warm']:6.3f} s")
        print(f"  soffice --convert-to xlsx (fresh profile): {med['convert_fresh']:6.3f} s")
        print(f"  apichecklist ignore add:                   {med['ignore_add']:6.3f} s")
        print(f"  apichecklist role:                         {med['role']:6.3f} s")
        print(f"  apichecklist fix:                          {med['fix']:6.3f} s")
        print(f"  apichecklist validate:                     {med['validate'] * 1000:6.1f} ms")
        print(f"  apichecklist ignore list:                  {med['ignore_list'] * 1000:6.1f} ms")
        print("ratios (target <= 1.5):")
        for name in ("ignore_add", "role", "fix"):
            print(f"  {name.replace('_', ' ')} / convert-to warm:  {med[name] / med['convert_warm']:.2f}"
                  f"   (/ fresh profile: {med[name] / med['convert_fresh']:.2f})")
        print(f"  ignore list / validate:      {med['ignore_list'] / med['validate']:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
