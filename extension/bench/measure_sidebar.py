"""Measures the sidebar inside a real Calc (under Xvfb): selection → updated 項目ガイド,
edit → revalidated 検証, and what opening a document costs with the extension.

    xvfb-run -a -s '-screen 0 1600x1000x24' /usr/bin/python3 extension/bench/measure_sidebar.py OXT

Two kinds of figures. "round trip": taken over the UNO bridge from this process, so each
includes one or more round trips (upper bounds; the edit figure has the 300 ms debounce
subtracted). "inside Calc": the extension's own handler durations, measured with a steady
clock in soffice (selection event → end of the panel update; start → end of a
revalidation; the modify handler on the edit path) and read from the PanelInspector.
"""

import os
import shutil
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import make_sample  # noqa: E402
import office as om  # noqa: E402

DEBOUNCE = 0.300
ROUNDS = 20
FAR_ROW = 100000


def poll(predicate, timeout=10):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        value = predicate()
        if value:
            return time.perf_counter()
        time.sleep(0.0005)
    raise TimeoutError


PANELS = ("GuidePanel", "ValidationPanel", "RelatedPanel")


def handler_times(office, frame, panel, key, last=None):
    """The durations (ms) the panel measured for itself, the last `last` of them."""
    text = om.panel_state(office, frame, panel).get(key, "")
    values = [int(v) / 1000.0 for v in text.split(",") if v]
    return values[-last:] if last else values


def logged(office, frame):
    """How many selection events each panel has timed so far."""
    return {panel: len(handler_times(office, frame, panel, "timing.selection_us")) for panel in PANELS}


def describe(values):
    return "median %.2f ms, max %.2f ms (n=%d)" % (statistics.median(values), max(values), len(values))


def edit_times(office, frame, sheet, first_row, rounds=5):
    """Round trips of `rounds` answers typed from row `first_row` on, each until 検証 shows it."""
    edits = []
    for i in range(rounds):
        before = om.panel_state(office, frame, "ValidationPanel")["summary"]
        start = time.perf_counter()
        sheet.getCellRangeByName("E%d" % (first_row + i)).String = "回答 %d" % i
        end = poll(lambda: om.panel_state(office, frame, "ValidationPanel")["summary"] != before)
        edits.append(end - start - DEBOUNCE)
    return edits


def open_times(office, sample, rounds=5):
    times = []
    for i in range(rounds):
        copy = os.path.join(office.profile.path, "open-%d.ods" % i)
        shutil.copy(sample, copy)
        start = time.perf_counter()
        doc = office.desktop.loadComponentFromURL(om.file_url(copy), "_blank", 0, ())
        om.settle(office, 0)
        times.append(time.perf_counter() - start)
        doc.close(True)
    return statistics.median(times)


def main():
    oxt = sys.argv[1]
    with_ext, without = om.Profile(), om.Profile()
    try:
        with om.Office(with_ext) as installer:
            om.install_extension(installer, oxt)
            sample = os.path.join(with_ext.path, "sample.ods")
            make_sample.write_sample(installer.desktop, sample, os.path.join(make_sample.repo_root(), "catalog"))
        print("installed", flush=True)
        with om.Office(without):
            pass  # a profile's first start restarts soffice once: get it over with headless
        with om.Office(without, headless=False) as plain:
            base = open_times(plain, sample)
        print("baseline %.3f" % base, flush=True)
        calc = om.Office(with_ext, headless=False).start()
        try:
            doc = calc.desktop.loadComponentFromURL(om.file_url(shutil.copy(sample, with_ext.path + "/m.ods")),
                                                    "_blank", 0, ())
            frame = doc.CurrentController.Frame
            calc.service("com.sun.star.frame.DispatchHelper").executeDispatch(
                frame, "org.apichecklist.sidebar:OpenDeck", "", 0, ())
            om.wait_until(lambda: om.panel_state(calc, frame, "ValidationPanel").get("summary"), 20, "deck")
            sheet = doc.Sheets.getByIndex(0)
            selections = []
            marks = [logged(calc, frame)]  # one select() may fire several selection events
            for i in range(ROUNDS):
                number = 5 + (i % 30)
                start = time.perf_counter()
                doc.CurrentController.select(sheet.getCellRangeByName("C%d" % (3 + number)))
                end = poll(lambda: om.panel_state(calc, frame, "GuidePanel").get("number") == str(number))
                selections.append(end - start)
                marks.append(logged(calc, frame))
            edits = edit_times(calc, frame, sheet, 10)
            # Per selection: every event it fired, summed per panel and over the panels.
            logs = {panel: handler_times(calc, frame, panel, "timing.selection_us") for panel in PANELS}
            inside = {panel: [sum(logs[panel][a[panel]:b[panel]]) for a, b in zip(marks, marks[1:])]
                      for panel in PANELS}
            all_panels = [sum(each) for each in zip(*inside.values())]
            guide_text = handler_times(calc, frame, "GuidePanel", "timing.guide_text_us", ROUNDS)
            guide_update = handler_times(calc, frame, "GuidePanel", "timing.guide_update_us", ROUNDS)
            revalidations = handler_times(calc, frame, "ValidationPanel", "timing.revalidate_us", 5)
            on_edit_path = handler_times(calc, frame, "ValidationPanel", "timing.modified_us", 5)
            # A note left far below the table: the sheet now reaches row FAR_ROW.
            sheet.getCellRangeByName("L%d" % FAR_ROW).String = "※ メモ"
            edit_times(calc, frame, sheet, 15)
            far_revalidations = handler_times(calc, frame, "ValidationPanel", "timing.revalidate_us", 5)
            doc.close(True)  # modified: left open, quitting soffice would ask to save it
            with_deck = open_times(calc, sample)
        except BaseException:
            # A modified document left open would make quitting ask to save it: a hang.
            om.close_quietly(doc)
            raise
        finally:
            calc.stop()
        print("selection -> 項目ガイド updated: median %.1f ms, max %.1f ms (%d selections)" % (
            1000 * statistics.median(selections), 1000 * max(selections), ROUNDS))
        print("edit -> 検証 updated (minus %d ms debounce): median %.1f ms, max %.1f ms" % (
            1000 * DEBOUNCE, 1000 * statistics.median(edits), 1000 * max(edits)))
        print("inside Calc: selection -> 項目ガイド updated (its handler): " + describe(inside["GuidePanel"]))
        print("inside Calc:   of which building the guide text: " + describe(guide_text))
        print("inside Calc:   of which filling and laying out the controls: " + describe(guide_update))
        print("inside Calc: selection -> all three panels' handlers: " + describe(all_panels))
        print("inside Calc: revalidation after an edit (43 rows): " + describe(revalidations))
        print("inside Calc: revalidation after an edit, a note in row %d: " % FAR_ROW + describe(far_revalidations))
        print("inside Calc: on the edit path (検証's modify handler): " + describe(on_edit_path))
        print("open 43-row sheet: %.0f ms without the extension, %.0f ms with it and the deck open (+%.0f ms)" % (
            1000 * base, 1000 * with_deck, 1000 * (with_deck - base)))
    finally:
        with_ext.remove()
        without.remove()


if __name__ == "__main__":
    main()
