#!/usr/bin/python3
"""Commands that need LibreOffice against a bare soffice doing the same file (issue 21), as
whole processes, the peer in the same run, runs alternating, medians and ratios printed:

  report --format pdf   vs  soffice --headless --convert-to pdf   (peer on a warm profile)
  migrate (one sheet)   vs  soffice --headless --convert-to ods   (peer on a warm profile)
  migrate (N sheets)    vs  N × soffice --convert-to ods          (the batch keeps its >= 3x)

"ours" runs on the persistent profile in a cache directory of its own (one run first
prepares it, as the peer's first run prepares its profile); "ours, throwaway" is the
same binary with APICHECKLIST_OFFICE_PROFILE=throwaway (a new profile every start, what
every run got before issue 21). For information, "peer, ooSetupLastVersion set" is the
peer on a copy of its warm profile that also carries the setting our profile is prepared
with (without it, soffice runs its graphics render tests at every headless start).

With --before-cli (a helper built from an earlier commit, e.g. the one before issue 21),
that binary runs in the same rounds too: before and after figures from one run.

  /usr/bin/python3 bench/office/warm_ratio.py [--cli build/helper/apichecklist]
      [--sheet build/tests/validate-fixtures/broken.ods]
      [--trial-sheet build/tests/trial-fixtures/trial-api.ods] [--runs 7] [--batch 50]
      [--before-cli OLD/build/helper/apichecklist]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def timed(command, env=None, check=True):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            timeout=300)
    elapsed = time.perf_counter() - start
    if check and result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(map(str, command))}\n"
                 f"{result.stderr.decode(errors='replace')}")
    return elapsed


def soffice(profile, *args):
    return ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *args]


def product_version():
    text = Path("/usr/lib/libreoffice/share/registry/main.xcd").read_text(encoding="utf-8")
    return re.search(r'<prop oor:name="ooSetupVersion">\s*<value>([0-9.]+)</value>', text).group(1)


def tuned_copy(profile, target):
    """The peer's warm profile plus ooSetupLastVersion (what our profile is prepared with)."""
    shutil.copytree(profile, target)
    settings = target / "user" / "registrymodifications.xcu"
    item = ('<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" '
            f'oor:op="fuse"><value>{product_version()}</value></prop></item>\n')
    settings.write_text(settings.read_text(encoding="utf-8").replace("</oor:items>", item + "</oor:items>"),
                        encoding="utf-8")


def compare(rows, runs):
    """rows: [(label, function returning seconds)], run alternating; returns medians."""
    times = {label: [] for label, _ in rows}
    for _ in range(runs):
        for label, run in rows:
            times[label].append(run())
    return {label: statistics.median(values) for label, values in times.items()}, times


def print_rows(title, medians, times, ours, peer):
    print(title)
    for label, median in medians.items():
        print(f"  {label:38s} {median * 1000:7.0f} ms  (median of {len(times[label])}, "
              f"min {min(times[label]) * 1000:.0f})")
    for label in ours:
        print(f"  ratio {label} / {peer}: {medians[label] / medians[peer]:.2f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=str(REPO / "build/helper/apichecklist"))
    parser.add_argument("--sheet", default=str(REPO / "build/tests/validate-fixtures/broken.ods"))
    parser.add_argument("--trial-sheet", default=str(REPO / "build/tests/trial-fixtures/trial-api.ods"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--batch", type=int, default=50, help="sheets in the batch; 0 skips it")
    parser.add_argument("--before-cli", help="an earlier build of the helper, timed in the same rounds")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="apichecklist-bench-warm-"))
    try:
        cache = work / "cache"
        ours_env = dict(os.environ, XDG_CACHE_HOME=str(cache))
        ours_env.pop("APICHECKLIST_OFFICE_PROFILE", None)
        throwaway_env = dict(ours_env, APICHECKLIST_OFFICE_PROFILE="throwaway")
        peer_profile = work / "peer-profile"
        out = work / "out"
        out.mkdir()

        # --- report --format pdf
        pdf = out / "report.pdf"
        report = [args.cli, "report", args.sheet, "--format", "pdf", "-o", str(pdf)]
        convert_pdf = ["--convert-to", "pdf", "--outdir", str(out / "peer"), args.sheet]
        timed(report, ours_env)  # prepares our profile
        timed(soffice(peer_profile, *convert_pdf))  # warms the peer's
        tuned = work / "peer-tuned"
        tuned_copy(peer_profile, tuned)
        rows = [
            ("ours (persistent profile)", lambda: timed(report, ours_env)),
            ("peer: soffice --convert-to pdf", lambda: timed(soffice(peer_profile, *convert_pdf))),
            ("ours, throwaway profile", lambda: timed(report, throwaway_env)),
            ("peer, ooSetupLastVersion set", lambda: timed(soffice(tuned, *convert_pdf))),
        ]
        ours_rows = ["ours (persistent profile)", "ours, throwaway profile"]
        if args.before_cli:
            before = [args.before_cli] + report[1:]
            rows.append(("before (--before-cli)", lambda: timed(before, ours_env)))
            ours_rows.append("before (--before-cli)")
        medians, times = compare(rows, args.runs)
        print_rows("report --format pdf (" + Path(args.sheet).name + ")", medians, times,
                   ours_rows, "peer: soffice --convert-to pdf")
        print(f"  target: ours <= 1.00x of the peer")

        # --- one-sheet migrate
        migrated = out / "migrated"
        migrated.mkdir()

        def migrate_one(env, cli=args.cli):
            for old in migrated.iterdir():
                old.unlink()
            return timed([cli, "migrate", "-o", str(migrated), args.trial_sheet], env)

        convert_ods = ["--convert-to", "ods", "--outdir", str(out / "peer-ods"), args.trial_sheet]
        timed(soffice(peer_profile, *convert_ods))
        rows = [
            ("ours (persistent profile)", lambda: migrate_one(ours_env)),
            ("peer: soffice --convert-to ods", lambda: timed(soffice(peer_profile, *convert_ods))),
            ("ours, throwaway profile", lambda: migrate_one(throwaway_env)),
        ]
        ours_rows = ["ours (persistent profile)", "ours, throwaway profile"]
        if args.before_cli:
            rows.append(("before (--before-cli)", lambda: migrate_one(ours_env, args.before_cli)))
            ours_rows.append("before (--before-cli)")
        medians, times = compare(rows, args.runs)
        print_rows("migrate, one sheet (" + Path(args.trial_sheet).name + ")", medians, times,
                   ours_rows, "peer: soffice --convert-to ods")
        print(f"  target: ours <= 1.50x of the peer")

        # --- the batch
        if args.batch > 0:
            inputs = []
            (work / "in").mkdir()
            for i in range(args.batch):
                copy = work / "in" / f"sheet-{i:02d}.ods"
                shutil.copy(args.trial_sheet, copy)
                inputs.append(str(copy))
            batch_out = out / "batch"
            batch_out.mkdir()
            ours = timed([args.cli, "migrate", "-o", str(batch_out), *inputs], ours_env)
            if args.before_cli:
                shutil.rmtree(batch_out)
                batch_out.mkdir()
                before = timed([args.before_cli, "migrate", "-o", str(batch_out), *inputs], ours_env)
            start = time.perf_counter()
            for path in inputs:
                timed(soffice(peer_profile, "--convert-to", "ods", "--outdir", str(out / "peer-batch"), path))
            peer = time.perf_counter() - start
            print(f"migrate, {args.batch} sheets")
            print(f"  ours (one soffice, persistent profile)  {ours:6.1f} s  ({ours / args.batch:.2f} s/sheet)")
            print(f"  peer: soffice --convert-to ods per file {peer:6.1f} s  ({peer / args.batch:.2f} s/sheet)")
            print(f"  ratio peer / ours: {peer / ours:.2f}x  (target: >= 3x)")
            if args.before_cli:
                print(f"  before (--before-cli)                   {before:6.1f} s  ({before / args.batch:.2f} s/sheet), "
                      f"ratio peer / before: {peer / before:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
