"""Installs the sidebar into a throwaway profile and opens a sample checklist in Calc with
the 「API接続チェックリスト」 deck open (the README's main command, after the build).

    /usr/bin/python3 extension/tools/open_in_calc.py --oxt OXT --workdir DIR [--screenshot PNG] [--wait]

--wait leaves Calc open until the user closes it; --screenshot captures the screen
(run it under xvfb-run when there is no display). The profile is removed at the end.
"""

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sample  # noqa: E402
import office as om  # noqa: E402

ITEM_ROW = "E24"  # 通番 21 in the sample: a row with explanation, 手法例, notes and history


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--workdir", required=True, help="where the sample sheet is written")
    parser.add_argument("--catalog", default=os.path.join(make_sample.repo_root(), "catalog"))
    parser.add_argument("--screenshot")
    parser.add_argument("--wait", action="store_true")
    args = parser.parse_args()

    os.makedirs(args.workdir, exist_ok=True)
    sample = os.path.join(args.workdir, "sample-checklist.ods")
    profile = om.Profile()
    calc = None
    try:
        started = time.monotonic()
        with om.Office(profile) as installer:
            om.install_extension(installer, args.oxt)
            make_sample.write_sample(installer.desktop, sample, args.catalog)
        print("installed %s into %s (%.1f s)" % (os.path.basename(args.oxt), profile.path,
                                                 time.monotonic() - started))
        calc = om.Office(profile, headless=False).start()
        doc = calc.desktop.loadComponentFromURL(om.file_url(sample), "_blank", 0, ())
        frame = doc.CurrentController.Frame
        om.maximize(frame)
        calc.service("com.sun.star.frame.DispatchHelper").executeDispatch(
            frame, "org.apichecklist.sidebar:OpenDeck", "", 0, ())
        doc.CurrentController.select(doc.Sheets.getByIndex(0).getCellRangeByName(ITEM_ROW))
        om.wait_until(lambda: om.panel_state(calc, frame, "GuidePanel").get("number") == "21",
                      30, "the 項目ガイド panel")
        print("opened %s in Calc with the deck open" % sample)
        if args.screenshot:
            om.settle(calc, 1.0)
            os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
            subprocess.run(["import", "-window", "root", args.screenshot], check=True, timeout=60)
            print("screenshot: %s" % os.path.abspath(args.screenshot))
        if args.wait:
            print("close Calc to finish")
            calc.process.wait()
    finally:
        if calc is not None:
            calc.stop()
        profile.remove()


if __name__ == "__main__":
    main()
