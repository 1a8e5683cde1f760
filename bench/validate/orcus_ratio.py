#!/usr/bin/python3
"""One filled sheet, whole processes: `apichecklist validate FILE` against liborcus's own
`orcus-xlsx -f csv` (or `orcus-ods`) reading the same file, runs alternating in the same
run, medians and the ratio printed (issue 13's target: validate within 1.5x). --before-cli:
another build's binary timed in the same rounds, for a before/after figure.

  /usr/bin/python3 bench/validate/orcus_ratio.py [--cli build/helper/apichecklist]
        [--before-cli OLD_BINARY] [--runs 21] FILE...
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=str(REPO / "build" / "helper" / "apichecklist"))
    parser.add_argument("--before-cli")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as out:
        for name in args.files:
            path = Path(name)
            peer_tool = "orcus-ods" if path.suffix == ".ods" else "orcus-xlsx"
            ours_argv = [args.cli, "validate", "--role", "both", str(path)]
            peer_argv = [peer_tool, "-f", "csv", "-o", out, str(path)]
            before_argv = [args.before_cli] + ours_argv[1:] if args.before_cli else None
            ours, peer, before = [], [], []
            for _ in range(args.runs):
                peer.append(timed(peer_argv))
                ours.append(timed(ours_argv))
                if before_argv:
                    before.append(timed(before_argv))
            ratio = statistics.median(ours) / statistics.median(peer)
            worst = max(worst, ratio)
            print(f"{path.name} ({path.stat().st_size} bytes), median of {args.runs}")
            print(f"  apichecklist validate   {statistics.median(ours) * 1000:7.1f} ms")
            print(f"  {peer_tool} -f csv {'' if peer_tool == 'orcus-xlsx' else ' '}  "
                  f"{statistics.median(peer) * 1000:7.1f} ms")
            print(f"  ratio: {ratio:.2f}x")
            if before:
                print(f"  before: {statistics.median(before) * 1000:7.1f} ms, ratio "
                      f"{statistics.median(before) / statistics.median(peer):.2f}x")
    print(f"worst ratio {worst:.2f}x (target <= 1.5x): {'met' if worst <= 1.5 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
