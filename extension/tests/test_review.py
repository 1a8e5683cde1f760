"""Integration tests of the yearly review in the Calc sidebar (issues 9 and 8): one real
soffice under Xvfb for every case, the .oxt installed into a throwaway profile, this
year's checklist opened, last year's file (.ods, .xlsx, 試行版) chosen with
「前回の回答と比較」 and what the panels show asserted; the helper's `compare --json` on the
same files is the oracle. Screenshots of the deck go to $APICHECKLIST_ARTIFACTS.

Run by ctest as
    xvfb-run -a -s '-screen 0 1600x1000x24' /usr/bin/python3 extension/tests/test_review.py
with APICHECKLIST_OXT, APICHECKLIST_CATALOG_DIR, APICHECKLIST_CLI,
APICHECKLIST_COMPARE_FIXTURES (tests/fixtures/make_compare_fixtures.py) and
APICHECKLIST_ARTIFACTS set.
"""

import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import office as om  # noqa: E402
import office_test  # noqa: E402
from office_test import CLI, WAIT, screenshot  # noqa: E402

import uno  # noqa: E402
from com.sun.star.awt import ItemEvent  # noqa: E402

FIXTURES = os.environ.get("APICHECKLIST_COMPARE_FIXTURES", "")


def fixture(name):
    return os.path.join(FIXTURES, name)


def a1_to_indices(a1):
    letters = "".join(c for c in a1 if c.isalpha())
    column = 0
    for c in letters:
        column = column * 26 + ord(c.upper()) - ord("A") + 1
    return int(a1[len(letters):]) - 1, column - 1


class ReviewOffice(office_test.OfficeTestCase):
    """One soffice with the .oxt installed, its UI in LOCALE; the helpers of the tests."""

    NEEDS = ("APICHECKLIST_CLI", "APICHECKLIST_COMPARE_FIXTURES")

    # -- helpers

    def open_copy(self, name):
        """Opens a private copy of a fixture (the fixtures stay untouched)."""
        copy = os.path.join(self.profile.path, "%s-%s" % (self._testMethodName, name))
        doc = om.open_private_copy(self.office, fixture(name), copy)
        self.assertIsNotNone(doc, "soffice did not open %s" % copy)
        self.addCleanup(om.close_quietly, doc)
        om.maximize(doc.CurrentController.Frame)
        return doc, copy

    def dispatch(self, doc, command, **arguments):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(doc.CurrentController.Frame, "org.apichecklist.sidebar:" + command, "", 0,
                               om.props(**arguments))

    def compare_with(self, doc, previous):
        """「前回の回答と比較」 with last year's file given as the dispatch argument."""
        self.dispatch(doc, "CompareWithPrevious", URL=om.file_url(fixture(previous)), Quiet=True)

    def oracle(self, previous, current):
        """What the helper's compare says about the same two files."""
        result = subprocess.run([CLI, "compare", fixture(previous), current, "--json"], capture_output=True,
                                text=True, timeout=60)
        self.assertIn(result.returncode, (0, 1), result.stderr)
        return json.loads(result.stdout)

    def select(self, doc, cell):
        doc.CurrentController.select(doc.Sheets.getByIndex(0).getCellRangeByName(cell))

    def selected_cell(self, doc):
        address = doc.CurrentController.getSelection().getRangeAddress()
        return address.StartRow, address.StartColumn

    def control(self, doc, panel, name):
        """The panel's control itself, through the extension's PanelInspector."""
        inspector = self.office.context.ServiceManager.createInstanceWithArgumentsAndContext(
            "org.apichecklist.sidebar.PanelInspector", (doc.CurrentController.Frame,), self.office.context)
        return inspector.getByName(panel + "/" + name)

    def click_list_line(self, doc, panel, name, line):
        """Selects a line of a list the way a click does: the control's item listeners hear it."""
        box = self.control(doc, panel, name)
        box.selectItemPos(line, True)
        event = ItemEvent()
        event.Source = box
        event.Selected = line
        box.itemStateChanged(event)

    def row_of_number(self, doc, number):
        """1-based sheet row of 通番 `number` in the first sheet (column A)."""
        sheet = doc.Sheets.getByIndex(0)
        for row in range(0, 200):
            if sheet.getCellByPosition(0, row).getString() == str(number):
                return row + 1
        self.fail("通番 %s not found" % number)

    @staticmethod
    def rendered_diff(pieces):
        marks = {"same": "%s", "removed": "〔削除：%s〕", "added": "〔追加：%s〕"}
        return "".join(marks[piece["op"]] % piece["text"] for piece in pieces)

    def assert_changes_listed(self, shown, expected):
        lines = om.unwrapped(shown["changes"]).splitlines()
        for item in expected["items"]:
            name = ("■ " + item["key"]) if item["own_item"] else ("■ 通番 " + item["key"])
            self.assertTrue(any(line.startswith(name) for line in lines), "%s not listed in %s" % (name, lines))
            if item["new_row"] is None:
                continue
            for change in item["changes"]:
                wanted = "%s  %s" % (change["cell"], change["label"])
                self.assertTrue(any(wanted in line for line in lines), "%s not listed" % wanted)
        summary = expected["summary"]
        self.assertIn("変更のある項目 %d" % summary["items_changed"], shown["summary"])
        self.assertIn("変更 %d" % summary["answers_changed"], shown["summary"])

    def press(self, doc, panel, name):
        """Presses a button the way a click does, through its accessible action."""
        button = self.control(doc, panel, name)
        button.getPeer().getAccessibleContext().doAccessibleAction(0)

    def press_twice_for_one_sheet(self, doc, panel, button, name):
        """Presses a sheet writing button twice: the second press replaces the sheet."""
        self.press(doc, panel, button)
        om.wait_until(lambda: doc.Sheets.hasByName(name), WAIT, "the %s sheet" % name)
        # A mark in the first one: the second press must replace that sheet, not add one.
        doc.Sheets.getByName(name).getCellRangeByName("Z200").String = "old"
        self.press(doc, panel, button)
        om.wait_until(lambda: doc.Sheets.hasByName(name) and
                      doc.Sheets.getByName(name).getCellRangeByName("Z200").String == "", WAIT,
                      "the %s sheet replaced" % name)
        names = doc.Sheets.getElementNames()
        self.assertEqual(names.count(name), 1, names)
        return doc.Sheets.getByName(name)

    @staticmethod
    def figures(rows):
        """The 比較結果 counts: two lines of labels, each over its numbers (rows 6 to 9)."""
        return {label: value for labels, values in ((rows[5], rows[6]), (rows[7], rows[8]))
                for label, value in zip(labels, values) if label}

    def write_comparison_sheet(self, current, previous):
        """Compares a copy of `current` with `previous` and presses 比較結果シートを作成 once."""
        doc, path = self.open_copy(current)
        self.dispatch(doc, "OpenDeck")
        self.compare_with(doc, previous)
        self.wait_state(doc, "ComparePanel", lambda s: s["changes"], "the changes list")
        self.press(doc, "ComparePanel", "comparison_sheet_button")
        om.wait_until(lambda: doc.Sheets.hasByName("比較結果"), WAIT, "the 比較結果 sheet")
        return doc, path, doc.Sheets.getByName("比較結果").getCellRangeByName("A1:H300").getDataArray()



class ReviewTest(ReviewOffice):
    """Japanese UI (the default)."""


    def check_comparison(self, previous, current_name, screenshot_name):
        doc, path = self.open_copy(current_name)
        expected = self.oracle(previous, path)
        self.assertTrue(expected["changed"])
        self.compare_with(doc, previous)
        shown = self.wait_state(doc, "ComparePanel", lambda s: s["changes"], "the changes list")
        self.assertIn("前回: " + previous, shown["source"])
        self.assert_changes_listed(shown, expected)
        # An item's goal is wider than the panel: wrapped onto an indented line, not cut.
        self.assertIn("\n" + om.CONTINUED, shown["changes"])

        # The guide shows item 1's answer last time next to this time's, with the diff.
        item = next(i for i in expected["items"] if i["key"] == "1")
        change = item["changes"][0]
        self.select(doc, "C%d" % self.row_of_number(doc, 1))
        guide = self.wait_state(doc, "GuidePanel", lambda s: s["number"] == "1" and s["previous.visible"],
                                "last year's answer in the guide")
        self.assertIn("【前回の回答との比較】", guide["previous"])
        self.assertIn("前回: " + change["before"], guide["previous"])
        self.assertIn("今回: " + change["after"], guide["previous"])
        self.assertIn("差分: " + self.rendered_diff(change["diff"]), guide["previous"])
        self.assertIn("〔追加：半〕", guide["previous"])

        # A click on the change selects its cell.
        self.select(doc, "A1")
        line = next(n for n, text in enumerate(shown["changes"].splitlines()) if change["cell"] in text)
        self.click_list_line(doc, "ComparePanel", "changes", line)
        om.wait_until(lambda: self.selected_cell(doc) == a1_to_indices(change["cell"]), WAIT,
                      "the cursor on %s" % change["cell"])
        self.wait_state(doc, "GuidePanel", lambda s: s["number"] == "1", "the guide on 通番 1 after the click")
        screenshot(self.office, screenshot_name)
        self.assertFalse(doc.isModified(), "comparing must not touch the document")
        return doc

    def test_compare_with_last_years_ods(self):
        self.check_comparison("base.ods", "changed.ods", "review-compare-ods.png")

    def test_compare_with_last_years_xlsx_and_follow_edits(self):
        doc = self.check_comparison("base.xlsx", "changed.ods", "review-compare-xlsx.png")
        # An edit that undoes the change of item 1 drops it from the list (debounced).
        row = self.row_of_number(doc, 1)
        cell = doc.Sheets.getByIndex(0).getCellRangeByName("E%d" % row)
        cell.String = cell.String.replace("半年に1回", "年1回")
        self.wait_state(doc, "ComparePanel", lambda s: "E%d" % row not in s["changes"],
                        "item 1 gone from the changes after the edit")

    def test_compare_with_the_trial_version(self):
        doc, path = self.open_copy("base.ods")
        expected = self.oracle("trial-2017.xlsx", path)
        self.compare_with(doc, "trial-2017.xlsx")
        shown = self.wait_state(doc, "ComparePanel", lambda s: s["changes"], "the changes list")
        self.assertIn("試行版", shown["source"])
        self.assert_changes_listed(shown, expected)
        self.select(doc, "C%d" % self.row_of_number(doc, 1))
        guide = self.wait_state(doc, "GuidePanel", lambda s: s["number"] == "1" and s["previous.visible"],
                                "last year's answer in the guide")
        self.assertIn("前回の通番: 試行版", guide["previous"])
        screenshot(self.office, "review-compare-trial.png")
        self.assertFalse(doc.isModified())

    def test_a_file_without_a_checklist_is_refused_with_a_clear_message(self):
        doc, _ = self.open_copy("changed.ods")
        self.compare_with(doc, "no-checklist.ods")
        shown = self.wait_state(doc, "ComparePanel", lambda s: "no-checklist.ods" in s["source"],
                                "the problem")
        self.assertIn("チェックリストが見つかりません", shown["source"])
        self.assertFalse(shown["changes.visible"])
        screenshot(self.office, "review-compare-refused.png")
        self.assertFalse(doc.isModified())

    def test_without_a_previous_file_the_guide_shows_no_comparison(self):
        doc, _ = self.open_copy("changed.ods")
        self.dispatch(doc, "OpenDeck")
        self.select(doc, "C%d" % self.row_of_number(doc, 2))
        guide = self.wait_state(doc, "GuidePanel", lambda s: s["number"] == "2", "通番 2")
        self.assertFalse(guide["previous.visible"])
        shown = self.state(doc, "ComparePanel")
        self.assertTrue(shown["choose_button.visible"])
        self.assertIn("前年の回答ファイル", shown["source"])

    def assert_findings_unchanged(self, doc, before, sheet_name):
        """A report sheet is left out of validation: the 検証 panel says what it said before,
        also once the validator has run again on the document with the sheet in it: 検証を今すぐ
        実行 after the sheet is written, waited for on the panel's revalidation counter."""
        count = int(self.state(doc, "ValidationPanel")["revalidations"])
        self.dispatch(doc, "ValidateNow")
        after = self.wait_state(doc, "ValidationPanel", lambda s: int(s["revalidations"]) > count and s["summary"],
                                "a revalidation with the %s sheet in the document" % sheet_name)
        self.assertEqual(after["summary"], before["summary"],
                         "the %s sheet must not add findings" % sheet_name)
        self.assertEqual(om.unwrapped(after["findings"]), om.unwrapped(before["findings"]))

    def test_summary_sheet_button_twice_leaves_one_sheet_that_is_not_validated(self):
        doc, _ = self.open_copy("changed.ods")
        self.dispatch(doc, "OpenDeck")
        before = self.wait_state(doc, "ValidationPanel", lambda s: s["summary"], "the findings")
        self.assertTrue(before["summary_sheet_button.visible"])
        summary = self.press_twice_for_one_sheet(doc, "ValidationPanel", "summary_sheet_button", "確認結果")
        self.assertIn("確認結果", summary.getCellRangeByName("A1").getString())
        self.assert_findings_unchanged(doc, before, "確認結果")
        screenshot(self.office, "review-summary-sheet.png")

    def test_comparison_sheet_button_twice_leaves_one_sheet_listing_the_changes(self):
        doc, path = self.open_copy("changed.ods")
        expected = self.oracle("base.ods", path)
        self.dispatch(doc, "OpenDeck")
        idle = self.wait_state(doc, "ComparePanel", lambda s: s["comparison_sheet_button.visible"],
                               "the button")
        self.assertFalse(self.control(doc, "ComparePanel", "comparison_sheet_button").getModel().Enabled,
                         "no previous file: nothing to write")
        findings = self.wait_state(doc, "ValidationPanel", lambda s: s["summary"], "the findings")
        self.compare_with(doc, "base.ods")
        shown = self.wait_state(doc, "ComparePanel", lambda s: s["changes"], "the changes list")
        self.assertTrue(self.control(doc, "ComparePanel", "comparison_sheet_button").getModel().Enabled)
        self.assertNotEqual(idle["source"], shown["source"])

        sheet = self.press_twice_for_one_sheet(doc, "ComparePanel", "comparison_sheet_button", "比較結果")
        self.assertIn("比較結果", sheet.getCellRangeByName("A1").getString())
        rows = sheet.getCellRangeByName("A1:H300").getDataArray()
        self.assertTrue(any("前回: base.ods" in row[0] for row in rows), rows[:5])
        # One row per changed answer of the items in this document: 通番, column, cell, kind, answers.
        kinds = {"added": "記入", "removed": "削除", "changed": "変更"}
        written = {(row[0], row[3], row[4], row[5], row[6], row[7]) for row in rows}
        wanted = set()
        for item in expected["items"]:
            if item["new_row"] is None:
                continue
            for change in item["changes"]:
                wanted.add((item["key"], change["label"], change["cell"], kinds[change["kind"]],
                            change["before"], change["after"]))
        self.assertTrue(wanted)
        self.assertLessEqual(wanted, written)
        # Rows of items only in last year's file have no cell in this document.
        cells = {row[4] for row in rows if row[5] in kinds.values() and row[4]}
        self.assertEqual(cells, {cell for (_, _, cell, _, _, _) in wanted})
        summary = expected["summary"]
        figures = self.figures(rows)
        self.assertEqual(figures["変更のある項目"], summary["items_changed"])
        self.assertEqual(figures["回答の変更"], summary["answers_changed"])
        self.assertEqual(figures["解消した課題"], summary["issues_closed"])
        self.assertEqual(figures["期限を過ぎた対応計画"], summary["plans_overdue"], "overdue plans in the counts")
        self.assertGreater(summary["plans_overdue"], 0)

        self.assert_findings_unchanged(doc, findings, "比較結果")
        screenshot(self.office, "review-comparison-sheet.png")

    def test_a_document_that_is_no_checklist_leaves_the_panel_quiet(self):
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
        self.addCleanup(om.close_quietly, doc)
        doc.Sheets.getByIndex(0).getCellRangeByName("A1").String = "家計簿"
        self.dispatch(doc, "OpenDeck")
        om.wait_until(lambda: self.state(doc, "ComparePanel"), WAIT, "the panel")
        shown = self.state(doc, "ComparePanel")
        self.assertFalse(shown["choose_button.visible"])
        self.assertFalse(shown["changes.visible"])


class EnglishReviewTest(ReviewOffice):
    """The office UI locale is en-US: the 比較結果 sheet is written with English labels."""

    LOCALE = "en-US"

    def test_comparison_sheet_labels_are_english(self):
        doc, path, rows = self.write_comparison_sheet("changed.ods", "base.ods")
        expected = self.oracle("base.ods", path)
        self.assertTrue(rows[0][0].startswith("Comparison　"), rows[0])
        self.assertTrue(rows[1][0].startswith("This document: "), rows[1])
        self.assertTrue(rows[2][0].startswith("Previous: base.ods"), rows[2])
        self.assertRegex(rows[3][0], r"^Written on: \d{4}-\d\d-\d\d　plans due by: \d{4}-\d\d-\d\d$")
        summary = expected["summary"]
        labels = {"items changed": "items_changed", "items added": "items_added", "items removed": "items_removed",
                  "answers added": "answers_added", "answers removed": "answers_removed",
                  "answers changed": "answers_changed", "issues closed": "issues_closed",
                  "new issues": "issues_opened", "plans past their date": "plans_overdue"}
        self.assertEqual(self.figures(rows), {label: summary[key] for label, key in labels.items()})
        first_cells = [row[0] for row in rows if isinstance(row[0], str)]
        self.assertTrue(any(cell.startswith("Changed answers (") for cell in first_cells), first_cells)
        for heading in ("Closed issues (%d)" % summary["issues_closed"], "New issues (%d)" % summary["issues_opened"],
                        "Plans past their date (%d)" % summary["plans_overdue"]):
            self.assertIn(heading, first_cells)
        self.assertIn(("No.", "Previous No.", "Security goal", "Column", "Cell", "Kind", "Previous answer",
                       "This year's answer"), rows)
        # The kind of each change and the status of items added or removed, in English.
        kinds = {row[5] for row in rows[9:] if row[5]} - {"Kind", "Cell"}
        wanted = {change["kind"] for item in expected["items"] for change in item["changes"]}
        wanted |= {"item added" if item["status"] == "added" else "item removed"
                   for item in expected["items"] if item["status"] in ("added", "removed")}
        self.assertEqual(kinds, wanted)
        screenshot(self.office, "review-comparison-sheet-english.png")


if __name__ == "__main__":
    unittest.main(verbosity=2)
