"""Integration tests of the menu commands ツール > API接続チェックリスト: one real soffice
under Xvfb with the .oxt installed into a throwaway profile; each command is dispatched
as org.apichecklist.sidebar:NAME through the frame (Quiet=true answers what a user
would be asked) and the documents are checked afterwards. Screenshots of the menu and
the results go to $APICHECKLIST_ARTIFACTS.

Run by ctest as
    xvfb-run -a -s '-screen 0 1600x1000x24' /usr/bin/python3 extension/tests/test_commands.py
with APICHECKLIST_OXT, APICHECKLIST_CATALOG_DIR, APICHECKLIST_CLI and APICHECKLIST_ARTIFACTS set.
"""

import ctypes
import hashlib
import json
import os
import sys
import threading
import unittest
import zipfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
sys.path.insert(0, os.path.join(REPO, "tests", "fixtures"))
sys.path.insert(0, os.path.join(REPO, "tests", "fill"))
import make_fill_fixtures  # noqa: E402
import make_sample  # noqa: E402
import office as om  # noqa: E402
import office_test  # noqa: E402
from office_test import CATALOG, CLI, OXT, WAIT, screenshot  # noqa: E402
import uno  # noqa: E402
import unohelper  # noqa: E402
from com.sun.star.frame import XDispatchResultListener, XStatusListener  # noqa: E402

MIGRATE_WAIT = 120  # the helper starts its own soffice
HEADER_ROW = 2  # make_sample's header row (0-based)
TEST_PACKAGE = os.path.join(REPO, "tests", "data", "catalogs", "card-api-1.1-test")
SUCCESS, FAILURE = 1, 0  # com.sun.star.frame.DispatchResultState


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class _Result(unohelper.Base, XDispatchResultListener):
    def __init__(self):
        self.done = threading.Event()
        self.state = None
        self.value = None

    def dispatchFinished(self, event):
        self.state = event.State
        self.value = event.Result
        self.done.set()

    def disposing(self, source):
        pass


class _Status(unohelper.Base, XStatusListener):
    def __init__(self):
        self.enabled = None
        self.heard = threading.Event()

    def statusChanged(self, event):
        self.enabled = event.IsEnabled
        self.heard.set()

    def disposing(self, source):
        pass


class CommandsTest(office_test.OfficeTestCase):
    NEEDS = ("APICHECKLIST_CLI",)

    # The test-only card-api-1.1-test is installed with the helper: the office and its
    # helper find it, so a Ver1.0 sheet can be migrated to it (migrate --to).
    CATALOG_PACKAGE = TEST_PACKAGE

    @classmethod
    def prepare(cls, installer):
        with open(os.path.join(CATALOG, "checklists", "card-api-1.0.json"), encoding="utf-8") as f:
            cls.checklist = json.load(f)
        with open(os.path.join(CATALOG, "mappings", "bank-api-trial-2017__card-api-1.0.json"),
                  encoding="utf-8") as f:
            cls.mapping = json.load(f)
        cls.sample = os.path.join(cls.profile.path, "sample.ods")
        cls.trial = os.path.join(cls.profile.path, "試行版の回答.ods")
        make_sample.write_sample(installer.desktop, cls.sample, CATALOG)
        write_trial_sheet(installer.desktop, cls.trial)
        cls.fill_fixtures = os.path.join(cls.profile.path, "fill")
        os.makedirs(cls.fill_fixtures)
        make_fill_fixtures.write_fixtures(Path(cls.fill_fixtures), Path(CATALOG), False)

    @classmethod
    def start_office(cls):
        # The upgrade must find the helper shipped inside the .oxt, as a user's office
        # does: the office gets no APICHECKLIST_CLI when the package carries one.
        with zipfile.ZipFile(OXT) as oxt:
            cls.ships_helper = "bin/apichecklist" in oxt.namelist()
        saved = os.environ.pop("APICHECKLIST_CLI", None) if cls.ships_helper else None
        try:
            return super().start_office()
        finally:
            if saved is not None:
                os.environ["APICHECKLIST_CLI"] = saved

    # -- helpers

    def open_copy(self, path, name=None):
        folder = os.path.join(self.profile.path, self._testMethodName)
        os.makedirs(folder, exist_ok=True)
        copy = os.path.join(folder, name or os.path.basename(path))
        doc = om.open_private_copy(self.office, path, copy)
        self.assertIsNotNone(doc, "soffice did not open %s" % copy)
        self.addCleanup(om.close_quietly, doc)
        om.maximize(doc.CurrentController.Frame)
        return doc, copy

    def url(self, command):
        url = uno.createUnoStruct("com.sun.star.util.URL")
        url.Complete = "org.apichecklist.sidebar:" + command
        _, url = self.office.service("com.sun.star.util.URLTransformer").parseStrict(url)
        return url

    def dispatch(self, doc, command, wait=WAIT, **arguments):
        """Dispatches through the frame's XDispatchProvider and waits for the outcome."""
        frame = doc.CurrentController.Frame
        url = self.url(command)
        dispatch = frame.queryDispatch(url, "_self", 0)
        self.assertIsNotNone(dispatch, "no dispatch for %s" % command)
        result = _Result()
        dispatch.dispatchWithNotification(url, om.props(Quiet=True, **arguments), result)
        if wait:
            self.assertTrue(result.done.wait(wait), "%s did not finish in %ss" % (command, wait))
        return result

    def enabled(self, doc, command):
        frame = doc.CurrentController.Frame
        url = self.url(command)
        status = _Status()
        dispatch = frame.queryDispatch(url, "_self", 0)
        dispatch.addStatusListener(status, url)  # oneway: the state arrives on its own
        self.assertTrue(status.heard.wait(WAIT), "no state for %s" % command)
        dispatch.removeStatusListener(status, url)
        return status.enabled

    def item(self, number):
        return next(i for i in self.checklist["items"] if i["number"] == number)

    def official_row(self, number):
        item = self.item(number)
        category = next(c["name"] for c in self.checklist["categories"] if c["id"] == item["category"])
        target = next(t["label"] for t in self.checklist["targets"] if t["id"] == item["target"])
        return [float(number), category, item["goal"], target]

    @staticmethod
    def column_a(sheet, first, last):
        return [sheet.getCellByPosition(0, r).Value for r in range(first, last)]

    # -- tests

    def test_commands_are_off_on_a_document_that_is_no_checklist(self):
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
        self.addCleanup(om.close_quietly, doc)
        doc.Sheets.getByIndex(0).getCellRangeByName("A1").String = "家計簿"
        doc.setModified(False)
        for command in ("ValidateNow", "AddMissingItems", "UpgradeSheet", "FillFromSheet"):
            self.assertIs(self.enabled(doc, command), False, command)
        for command in ("OpenDeck", "NewFromTemplate"):
            self.assertIs(self.enabled(doc, command), True, command)
        result = self.dispatch(doc, "AddMissingItems")
        self.assertEqual(result.state, FAILURE)
        self.assertIn("チェックリストが見つかりません", result.value)
        self.assertFalse(doc.isModified(), "a command must leave other documents alone")

    def test_menu_lists_the_commands(self):
        doc, _ = self.open_copy(self.sample)
        for command in ("ValidateNow", "AddMissingItems", "OpenDeck", "NewFromTemplate"):
            self.assertIs(self.enabled(doc, command), True, command)
        self.assertIs(self.enabled(doc, "UpgradeSheet"), True,
                      "enabled on every checklist: on the newest version it says why it has nothing to do")
        self.assertIs(open_menu(self.office, doc), True, "no X display for the menu")
        screenshot(self.office, "commands-menu.png")
        close_menu(self.office, doc)

    def test_add_missing_items_restores_rows_in_order_except_deliberate_deletions(self):
        doc, _ = self.open_copy(self.sample)
        sheet = doc.Sheets.getByIndex(0)
        first = HEADER_ROW + 1
        # Delete 通番 20, then 6 and 5 (rows below first, so the indexes stay valid).
        for number in (20, 6, 5):
            sheet.Rows.removeByIndex(first + number - 1, 1)
        settings = {"schema": 1, "ignores": [
            {"rule": "item.missing", "number": 20, "reason": "当社のサービスは該当しないため削除"}]}
        doc.Sheets.insertNewByName("_apichecklist", doc.Sheets.Count)
        settings_sheet = doc.Sheets.getByName("_apichecklist")
        settings_sheet.getCellByPosition(0, 0).String = json.dumps(settings, ensure_ascii=False)
        settings_sheet.IsVisible = False

        result = self.dispatch(doc, "AddMissingItems")
        self.assertEqual(result.state, SUCCESS, result.value)
        self.assertIn("通番 5, 6 の 2 項目を追加しました", result.value)
        self.assertIn("追加しなかった通番: 20", result.value)
        numbers = self.column_a(sheet, first, first + 42)
        expected = [float(n) for n in range(1, 44) if n != 20]
        self.assertEqual(numbers, expected, "every item back in 通番 order, 20 left out")
        for number in (5, 6):
            row = first + number - 1
            cells = [sheet.getCellByPosition(c, row) for c in range(4)]
            self.assertEqual([cells[0].Value] + [c.String for c in cells[1:]], self.official_row(number))
            self.assertEqual(sheet.getCellByPosition(4, row).String, "", "answer cells stay empty")
        doc.CurrentController.select(sheet.getCellRangeByName("E%d" % (first + 5)))
        screenshot(self.office, "commands-add-missing-items.png")
        doc.UndoManager.undo()  # one undo step takes every added row away again
        self.assertEqual(self.column_a(sheet, first, first + 40),
                         [float(n) for n in range(1, 44) if n not in (5, 6, 20)])
        again = self.dispatch(doc, "AddMissingItems")
        self.assertIn("通番 5, 6 の", again.value)
        third = self.dispatch(doc, "AddMissingItems")
        self.assertIn("不足している項目はありません", third.value)

    def test_new_sheet_from_the_template_has_all_43_items(self):
        doc, _ = self.open_copy(self.sample)
        result = self.dispatch(doc, "NewFromTemplate")
        self.assertEqual(result.state, SUCCESS)
        new = result.value
        self.addCleanup(om.close_quietly, new)
        self.assertEqual(new.getURL(), "", "a new, untitled document, not the template itself")
        sheet = new.Sheets.getByIndex(0)
        used = sheet.createCursor()
        used.gotoEndOfUsedArea(False)
        numbers = [sheet.getCellByPosition(0, r).Value for r in range(used.RangeAddress.EndRow + 1)
                   if sheet.getCellByPosition(0, r).Type.value == "VALUE"]
        self.assertEqual(numbers, [float(n) for n in range(1, 44)])
        header = next(r for r in range(10) if sheet.getCellByPosition(0, r).String == "通番")
        self.assertEqual(sheet.getCellByPosition(2, header + 21).String, self.item(21)["goal"])
        self.assertTrue(new.getDocumentProperties().getUserDefinedProperties()
                        .getPropertyValue("apichecklist.checklist") == "card-api-1.0")
        om.wait_until(lambda: om.panel_state(self.office, new.CurrentController.Frame, "GuidePanel"),
                      WAIT, "the deck in the new document")
        screenshot(self.office, "commands-new-from-template.png")

    def test_fill_from_another_sheet_writes_the_answers_in_one_undo_step(self):
        doc, _ = self.open_copy(os.path.join(self.fill_fixtures, "copy-partial.xlsx"))
        key = json.load(open(os.path.join(self.fill_fixtures, "copy-partial.json"), encoding="utf-8"))
        frame = doc.CurrentController.Frame
        open_deck = self.dispatch(doc, "OpenDeck")
        self.assertEqual(open_deck.state, SUCCESS)
        before = om.wait_until(
            lambda: (lambda s: s if s.get("summary") else None)(om.panel_state(self.office, frame, "ValidationPanel")),
            WAIT, "the 検証 panel")["summary"]
        self.assertIs(self.enabled(doc, "FillFromSheet"), True)
        master = om.file_url(os.path.join(self.fill_fixtures, "master.xlsx"))
        result = self.dispatch(doc, "FillFromSheet", URL=master, Confirm=True)
        self.assertEqual(result.state, SUCCESS, result.value)
        self.assertIn("回答を取り込みました", result.value)
        sheet = doc.Sheets.getByName("チェックリスト")
        for write in key["writes"]:
            got = sheet.getCellRangeByName(write["cell"]).String
            for text in write["contains"]:
                self.assertIn(text, got, write["cell"])
        for kept in key["kept"]:
            self.assertEqual(sheet.getCellRangeByName(kept["cell"]).String, kept["text"])
        self.assertTrue(doc.Sheets.hasByName("転記メモ"))
        # The 検証 panel follows the edit on its own (fewer unanswered items).
        om.wait_until(lambda: om.panel_state(self.office, frame, "ValidationPanel")["summary"] != before,
                      WAIT, "the 検証 panel after the fill")
        doc.CurrentController.setActiveSheet(doc.Sheets.getByName("転記メモ"))
        screenshot(self.office, "commands-fill-from-sheet.png")
        # One undo takes every written answer away again.
        doc.UndoManager.undo()
        for write in key["writes"]:
            self.assertEqual(sheet.getCellRangeByName(write["cell"]).String, "", write["cell"])
        for kept in key["kept"]:
            self.assertEqual(sheet.getCellRangeByName(kept["cell"]).String, kept["text"])
        # A source that is no file URL is refused with the reason.
        refused = self.dispatch(doc, "FillFromSheet", URL="https://example.com/master.xlsx", Confirm=True)
        self.assertEqual(refused.state, FAILURE)
        self.assertIn("ファイルの URL ではありません", refused.value)
        # A cancelled run writes nothing.
        cancelled = self.dispatch(doc, "FillFromSheet", URL=master, Confirm=False)
        self.assertEqual(cancelled.state, SUCCESS)
        self.assertEqual(sheet.getCellRangeByName(key["writes"][0]["cell"]).String, "")

    def test_validate_now_refreshes_the_validation_panel(self):
        doc, _ = self.open_copy(self.sample)
        frame = doc.CurrentController.Frame
        # The deck is closed: validate-now opens it and the 検証 panel shows the findings.
        result = self.dispatch(doc, "ValidateNow")
        self.assertEqual(result.state, SUCCESS)
        state = om.wait_until(
            lambda: (lambda s: s if s.get("summary") else None)(om.panel_state(self.office, frame, "ValidationPanel")),
            WAIT, "the 検証 panel")
        self.assertIn("■ 通番 5", state["findings"])
        # Answer 通番 5 and validate at once: the result is the panel's new summary,
        # computed by the command itself (the panel's own revalidation waits 0.3 s).
        before = state["summary"]
        doc.Sheets.getByIndex(0).getCellRangeByName("E%d" % (HEADER_ROW + 1 + 5)).String = \
            "年1回、全役職員に不正防止の研修を実施している。"
        result = self.dispatch(doc, "ValidateNow")
        self.assertEqual(result.state, SUCCESS)
        self.assertNotEqual(result.value, before)
        self.assertEqual(result.value, om.panel_state(self.office, frame, "ValidationPanel")["summary"])
        state = om.panel_state(self.office, frame, "ValidationPanel")
        self.assertNotIn("E8", state["findings"])
        screenshot(self.office, "commands-validate-now.png")

    def test_upgrade_a_trial_sheet_opens_the_migrated_sheet_with_the_answers(self):
        doc, source = self.open_copy(self.trial)
        before = sha256(source)
        self.assertIs(self.enabled(doc, "UpgradeSheet"), True)
        # The 版と移行 panel names the sheet's version and offers the upgrade.
        self.dispatch(doc, "OpenDeck")
        frame = doc.CurrentController.Frame
        panel = om.wait_until(lambda: (lambda s: s if s.get("version.visible") else None)(
            om.panel_state(self.office, frame, "VersionPanel")), WAIT, "the 版と移行 panel")
        self.assertIn("試行版", panel["version"])
        self.assertIn("新しい版がインストールされています", panel["newer"])
        self.assertTrue(panel["upgrade_button.visible"])
        screenshot(self.office, "commands-version-panel-trial.png")
        out = os.path.join(self.profile.path, "migrated")
        os.makedirs(out)
        result = self.dispatch(doc, "UpgradeSheet", wait=MIGRATE_WAIT, OutputDirectory=out, To="card-api-1.0")
        self.assertEqual(result.state, SUCCESS, result.value)
        migrated_url = result.value
        self.assertTrue(migrated_url.startswith("file://"), migrated_url)
        migrated = next((c for c in iterate(self.office.desktop.Components)
                         if getattr(c, "URL", None) == migrated_url), None)
        self.assertIsNotNone(migrated, "the migrated sheet is open")
        self.addCleanup(om.close_quietly, migrated)
        self.assertEqual(sha256(source), before, "the 試行版 file is never modified")
        self.assertFalse(doc.isModified())
        self.assert_answers_in_place(migrated)
        self.assertTrue(migrated.Sheets.hasByName("移行メモ"))
        screenshot(self.office, "commands-upgrade-result.png")

        # The same output again: refused unless Overwrite is given, then replaced.
        migrated.close(True)
        output = om.uno.fileUrlToSystemPath(migrated_url)
        written = os.stat(output).st_mtime_ns
        refused = self.dispatch(doc, "UpgradeSheet", wait=MIGRATE_WAIT, OutputDirectory=out, To="card-api-1.0")
        self.assertEqual(refused.state, FAILURE)
        self.assertIn("既にあるため、置き換えずに中止しました", refused.value)
        self.assertEqual(os.stat(output).st_mtime_ns, written)
        replaced = self.dispatch(doc, "UpgradeSheet", wait=MIGRATE_WAIT, OutputDirectory=out, To="card-api-1.0",
                                 Overwrite=True)
        self.assertEqual(replaced.state, SUCCESS, replaced.value)
        self.assertNotEqual(os.stat(output).st_mtime_ns, written)
        reopened = next(c for c in iterate(self.office.desktop.Components) if getattr(c, "URL", None) == migrated_url)
        self.addCleanup(om.close_quietly, reopened)
        self.assert_answers_in_place(reopened)

    def test_upgrade_of_unsaved_edits_leaves_the_document_untouched(self):
        doc, source = self.open_copy(self.trial, "未保存の試行版.ods")
        before = sha256(source)
        edited = "未保存の回答: 2025年度に多要素認証を導入済み。"
        sheet = doc.Sheets.getByIndex(0)
        row = next(r for r in range(0, 80) if sheet.getCellByPosition(0, r).Value == 1)
        sheet.getCellByPosition(5, row).String = edited
        out = os.path.join(self.profile.path, "migrated-unsaved")
        os.makedirs(out)
        result = self.dispatch(doc, "UpgradeSheet", wait=None, OutputDirectory=out, To="card-api-1.0")
        # While the helper runs, the office answers (no wait here: each call is one).
        self.assertEqual(doc.Sheets.getByIndex(0).getCellByPosition(5, row).String, edited)
        if not result.done.is_set():
            screenshot(self.office, "commands-upgrade-progress.png")
        self.assertTrue(result.done.wait(MIGRATE_WAIT), "the upgrade did not finish")
        self.assertEqual(result.state, SUCCESS, result.value)
        migrated = next(c for c in iterate(self.office.desktop.Components)
                        if getattr(c, "URL", None) == result.value)
        self.addCleanup(om.close_quietly, migrated)
        self.assertIn(edited, all_text(migrated.Sheets.getByIndex(0)))
        self.assertEqual(sha256(source), before)
        self.assertTrue(doc.isModified(), "the user's unsaved edit is still there, unsaved")
        written = [name for name in os.listdir(out) if not name.startswith(".~lock.")]
        self.assertEqual(written, [os.path.basename(om.uno.fileUrlToSystemPath(result.value))])

    def test_upgrade_a_ver1_sheet_to_the_installed_newer_version(self):
        doc, source = self.open_copy(self.sample)
        before = sha256(source)
        out = os.path.join(self.profile.path, "migrated-newer")
        os.makedirs(out)
        result = self.dispatch(doc, "UpgradeSheet", wait=MIGRATE_WAIT, OutputDirectory=out)
        self.assertEqual(result.state, SUCCESS, result.value)
        migrated = next(c for c in iterate(self.office.desktop.Components)
                        if getattr(c, "URL", None) == result.value)
        self.addCleanup(om.close_quietly, migrated)
        properties = migrated.getDocumentProperties().getUserDefinedProperties()
        self.assertEqual(properties.getPropertyValue("apichecklist.checklist"), "card-api-1.1-test")
        # Nothing lost: on the sheet, or (for a removed item) in the 移行メモ.
        text = "\n".join(all_text(migrated.Sheets.getByIndex(i)) for i in range(migrated.Sheets.Count))
        for answers in make_sample.SAMPLE_ANSWERS.values():
            self.assertIn(answers[0], text, "every 現在の対応状況 of the sample is carried over")
        self.assertEqual(sha256(source), before)
        screenshot(self.office, "commands-upgrade-to-newer.png")

    def assert_answers_in_place(self, migrated):
        sheet = migrated.Sheets.getByIndex(0)
        header = next(r for r in range(10) if sheet.getCellByPosition(0, r).String == "通番")
        status_column = next(c for c in range(10) if sheet.getCellByPosition(c, header).String == "現在の対応状況")
        status_of = {}
        for r in range(header + 1, header + 60):
            cell = sheet.getCellByPosition(0, r)
            if cell.Type.value == "VALUE":
                status_of[int(cell.Value)] = sheet.getCellByPosition(status_column, r).String
        self.assertEqual(sorted(status_of), list(range(1, 44)))
        checked = 0
        for row in self.mapping["rows"]:
            number = row.get("from_number")
            answer = TRIAL_ANSWERS.get(number)
            if not answer:
                continue
            for target in row["to_numbers"]:
                self.assertIn(answer, status_of[target], "試行版 %s → Ver1.0 %s" % (number, target))
                checked += 1
        self.assertGreaterEqual(checked, len(TRIAL_ANSWERS))


# -- the 試行版 fixture: answers of an API接続先 to some items, written by LibreOffice

TRIAL_ANSWERS = {n: "試行版の回答%d: 規程に基づき運用している。" % n for n in (1, 2, 3, 5, 8, 13, 21, 34, 40, 55)}


def write_trial_sheet(desktop, path):
    with open(os.path.join(CATALOG, "checklists", "bank-api-trial-2017.json"), encoding="utf-8") as f:
        trial = json.load(f)
    categories = {c["id"]: c["name"] for c in trial["categories"]}
    targets = {t["id"]: t["label"] for t in trial["targets"]}
    labels = [c["label"] for c in sorted(trial["columns"], key=lambda c: c["position"])]
    keys = [c["key"] for c in sorted(trial["columns"], key=lambda c: c["position"])]
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, om.props(Hidden=True))
    try:
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = "チェックリスト"
        sheet.getCellByPosition(0, 0).String = trial["title"]
        for c, label in enumerate(labels):
            sheet.getCellByPosition(c, 2).String = label
        for r, item in enumerate(trial["items"], start=3):
            values = {"number": item["number"], "category": categories[item["category"]],
                      "goal": item["goal"], "target": targets[item["target"]],
                      "current_status": TRIAL_ANSWERS.get(item["number"], "")}
            for c, key in enumerate(keys):
                value = values.get(key, "")
                if isinstance(value, int):
                    sheet.getCellByPosition(c, r).Value = value
                elif value:
                    sheet.getCellByPosition(c, r).String = value
        doc.storeToURL(om.file_url(path), om.props(FilterName="calc8"))
    finally:
        doc.close(True)


def iterate(enumeration_access):
    enumeration = enumeration_access.createEnumeration()
    while enumeration.hasMoreElements():
        yield enumeration.nextElement()


def all_text(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    rows = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).DataArray
    return "\n".join(str(v) for row in rows for v in row)


# -- the menu, opened with synthetic key presses (XTEST) for the screenshot

class _Keyboard:
    """Key presses through the X server's XTEST extension (libXtst, part of Xvfb's
    client libraries); None when there is no display."""

    def __init__(self):
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.xtst = ctypes.CDLL("libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XStringToKeysym.restype = ctypes.c_ulong
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            raise OSError("no X display")

    def press(self, *names):
        codes = [self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(n.encode())) for n in names]
        for code in codes:
            self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        for code in reversed(codes):
            self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        self.x11.XFlush(self.display)

    def close(self):
        self.x11.XCloseDisplay(self.display)


def open_menu(office, doc):
    """Opens ツール > API接続チェックリスト (the last entry of ツール) for the screenshot.
    Returns False when no key presses can be sent."""
    try:
        keyboard = _Keyboard()
    except OSError:
        return False
    try:
        doc.CurrentController.Frame.ContainerWindow.setFocus()
        om.settle(office, 0.3)
        keyboard.press("Alt_L", "t")  # ツール(T)
        om.settle(office, 0.5)
        keyboard.press("Up")  # from the first entry round to the last one: ours
        om.settle(office, 0.3)
        keyboard.press("Right")  # opens the submenu
        om.settle(office, 0.5)
        return True
    finally:
        keyboard.close()


def close_menu(office, doc):
    try:
        keyboard = _Keyboard()
    except OSError:
        return
    try:
        for _ in range(3):
            keyboard.press("Escape")
        om.settle(office, 0.3)
    finally:
        keyboard.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)
