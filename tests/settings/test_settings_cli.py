"""apichecklist ignore add|list|remove and apichecklist role (issue 17) on an .xlsx written by
openpyxl the way a card company's Excel file looks, through the real helper and a real
soffice: what the sidebar stores (_apichecklist!A1), in place (atomically, after the lock
checks) or as a copy with -o, and everything else in the workbook kept, feature by feature.

  APICHECKLIST_CLI=... /usr/bin/python3 test_settings_cli.py
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "extension" / "tools"))
import office as om  # noqa: E402  (the one soffice launcher of the test scripts)
import rich_workbook  # noqa: E402

import openpyxl  # noqa: E402

CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
ENV = {**os.environ, "APICHECKLIST_LANG": "ja",
       "APICHECKLIST_DATA_HOME": "/nonexistent/apichecklist-test-data",
       "APICHECKLIST_CATALOG": str(rich_workbook.make_sheets.CATALOG)}
REASON = "当社のサービスは該当しないため削除（審査部合意済み）"

# What a LibreOffice round trip of this Excel file changes, measured (docs/ignores-and-
# properties.md lists it): the test fails when LibreOffice keeps or loses anything else.
ROUND_TRIP_CHANGES = {
    # Equal meaning, written differently.
    "社内メモ: page orientation": (None, "portrait"),
    "集計: page orientation": (None, "portrait"),
    "一覧: page orientation": (None, "portrait"),
    "defined names": ([("対象範囲", "'社内メモ'!$A$2:$B$2")], [("対象範囲", "社内メモ!$A$2:$B$2")]),
    # Lost: Calc's .xlsx export writes no comment author.
    "comment author": ("審査部", " "),
}


def run(*args, cwd=None):
    return subprocess.run([CLI, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=cwd, env=ENV, timeout=300)


def settings_cell(path):
    """_apichecklist!A1 and whether the sheet is hidden, as openpyxl (Excel's reading) sees it."""
    wb = openpyxl.load_workbook(path)
    ws = wb["_apichecklist"]
    return json.loads(ws["A1"].value), ws.sheet_state


def heights_equal(before, after):
    """Heights set by hand, as Calc keeps them: in twips (40 pt comes back as 39.75)."""
    return before.keys() == after.keys() and all(abs(before[r] - after[r]) <= 0.5 for r in before)


class Case(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = Path(tempfile.mkdtemp(prefix="apichecklist-settings-"))
        cls.original = rich_workbook.write(cls.dir / "original.xlsx", extras=True)

    @classmethod
    def tearDownClass(cls):
        subprocess.run(["rm", "-rf", str(cls.dir)])

    def copy(self, name):
        target = self.dir / name
        target.write_bytes(self.original.read_bytes())
        return target

    def assertOk(self, result):
        self.assertEqual(result.returncode, 0, result.stderr.decode())

    def assertRefused(self, result, *words, code=2):
        self.assertEqual(result.returncode, code, result.stderr.decode())
        for word in words:
            self.assertIn(word, result.stderr.decode())

    def test_ignore_add_keeps_everything_else_feature_by_feature(self):
        file = self.copy("回答 A社.xlsx")
        before = rich_workbook.describe(file)
        self.assertOk(run("ignore", "add", file, "--rule", "item.missing", "--number", "20",
                          "--reason", REASON))
        after = rich_workbook.describe(file)
        self.assertEqual(after["sheets"], before["sheets"] + [("_apichecklist", "hidden")])
        changed = {}
        for feature in before:
            if feature == "sheets":
                continue
            if feature.endswith("row heights"):
                self.assertTrue(heights_equal(before[feature], after[feature]), feature)
                continue
            if before[feature] != after.get(feature):
                changed[feature] = (before[feature], after.get(feature))
        self.assertEqual(changed, ROUND_TRIP_CHANGES)
        # What the brief names must all be there, cell by cell.
        for sheet in ("フォーマット", "社内メモ", "集計"):
            for feature in ("texts", "merged cells", "comments", "data validation",
                            "conditional formatting", "print titles", "freeze panes",
                            "number formats", "bold cells", "font sizes", "alignment",
                            "fills", "wrapped cells",
                            "column widths"):
                self.assertEqual(after[f"{sheet}: {feature}"], before[f"{sheet}: {feature}"],
                                 f"{sheet}: {feature}")
        self.assertEqual(after["フォーマット: freeze panes"], "C4")
        wb = openpyxl.load_workbook(file)
        self.assertEqual(wb["フォーマット"]["C4"].font.name, "Calibri",
                         "the Excel font, not the office's Asian default")
        self.assertEqual(wb["社内メモ"]["A7"].font.name, "ＭＳ 明朝")
        settings, state = settings_cell(file)
        self.assertEqual(state, "hidden")
        self.assertEqual(settings, {"schema": 1, "ignores": [
            {"rule": "item.missing", "number": 20, "reason": REASON}]})
        self.assertEqual(sorted(p.name for p in self.dir.iterdir() if "回答 A社" in p.name
                                or p.name.startswith(".")), ["回答 A社.xlsx"],
                         "no temp file or lock file left behind")

    def test_list_then_validate_accept_it_and_remove_takes_it_back(self):
        file = self.copy("list.xlsx")
        self.assertOk(run("ignore", "add", file, "--rule", "item.missing", "--number", "20",
                          "--reason", REASON))
        listed = run("ignore", "list", file)
        self.assertOk(listed)
        self.assertIn("item.missing 通番20: " + REASON, listed.stdout.decode())
        self.assertIn("該当する指摘 1 件", listed.stdout.decode())
        as_json = json.loads(run("ignore", "list", "--json", file).stdout)
        self.assertEqual(as_json["ignores"], [{"rule": "item.missing", "number": 20, "cell": None,
                                               "reason": REASON, "accepted_findings": 1}])
        report = json.loads(run("validate", "--json", file).stdout)
        rules = [(f["rule"], f.get("number")) for f in report["files"][0]["findings"]]
        self.assertNotIn(("item.missing", 20), rules)
        # The same target again: the reason is replaced, not a second entry.
        self.assertOk(run("ignore", "add", file, "--rule", "item.missing", "--number", "20",
                          "--reason", "再確認済み"))
        self.assertEqual(settings_cell(file)[0]["ignores"],
                         [{"rule": "item.missing", "number": 20, "reason": "再確認済み"}])
        self.assertOk(run("ignore", "remove", file, "--rule", "item.missing", "--number", "20"))
        self.assertEqual(settings_cell(file)[0]["ignores"], [])
        again = run("ignore", "remove", file, "--rule", "item.missing", "--number", "20")
        self.assertRefused(again, "その無視は登録されていません", code=1)

    def test_the_item_missing_message_gives_a_command_that_works(self):
        file = self.copy("貼り付け.xlsx")
        report = json.loads(run("validate", "--json", file).stdout)
        missing = [f for f in report["files"][0]["findings"] if f["rule"] == "item.missing"]
        self.assertEqual(len(missing), 1)
        message = missing[0]["message"]
        start = message.index("apichecklist ignore add")
        command = message[start:message.index("'削除した理由'") + len("'削除した理由'")]
        argv = shlex.split(command)
        self.assertEqual(argv[3], str(file))
        self.assertOk(subprocess.run([CLI, *argv[1:]], stderr=subprocess.PIPE, env=ENV,
                                     stdout=subprocess.PIPE, timeout=300))
        self.assertEqual(settings_cell(file)[0]["ignores"],
                         [{"rule": "item.missing", "number": 20, "reason": "削除した理由"}])

    def test_role_and_a_copy_with_o_leave_the_file_untouched(self):
        file = self.copy("role.xlsx")
        out = self.dir / "role_card.xlsx"
        self.assertOk(run("role", file, "card", "-o", out))
        self.assertEqual(file.read_bytes(), self.original.read_bytes())
        self.assertEqual(settings_cell(out)[0], {"schema": 1, "role": "card", "ignores": []})
        report = json.loads(run("validate", "--json", out).stdout)["files"][0]
        self.assertEqual((report["role"], report["role_source"]), ("card", "document"))
        # Into .ods: the output's format; then in place, the .ods stays an .ods.
        ods = self.dir / "role.ods"
        self.assertOk(run("role", out, "api", "-o", ods))
        self.assertOk(run("role", ods, "both"))
        with zipfile.ZipFile(ods) as z:
            self.assertEqual(z.read("mimetype"), b"application/vnd.oasis.opendocument.spreadsheet")
        listed = json.loads(run("ignore", "list", "--json", ods).stdout)
        self.assertEqual(listed["role"], "both")
        self.assertRefused(run("role", file, "bank"), "bank")

    def test_a_file_open_elsewhere_is_refused_and_left_alone(self):
        for lock in (".~lock.{}#", "~${}"):
            file = self.copy("open.xlsx")
            lock_file = self.dir / lock.format(file.name)
            lock_file.write_text("someone,host,1;")
            result = run("ignore", "add", file, "--rule", "item.missing", "--number", "20",
                         "--reason", REASON)
            self.assertRefused(result, "ほかのプログラムで開かれているため更新しません",
                               lock_file.name, "-o")
            self.assertEqual(file.read_bytes(), self.original.read_bytes())
            lock_file.unlink()
        # Excel drops the first two characters of a longer name: ~$en.xlsx for open.xlsx.
        (self.dir / "~$en.xlsx").write_text("x")
        self.assertRefused(run("role", file, "api"), "~$en.xlsx")
        (self.dir / "~$en.xlsx").unlink()
        # --json: the error on stdout too.
        lock_file = self.dir / f".~lock.{file.name}#"
        lock_file.write_text("x")
        result = run("--json", "role", file, "api")
        self.assertEqual(result.returncode, 2)
        self.assertIn("ほかのプログラムで開かれている", json.loads(result.stdout)["error"]["message"])
        lock_file.unlink()

    def test_what_cannot_be_updated_is_refused_with_what_to_do(self):
        fifo = self.dir / "fifo.xlsx"
        os.mkfifo(fifo)
        self.assertRefused(run("role", fifo, "api"))
        self.assertTrue(fifo.is_fifo())
        csv = self.dir / "回答.csv"
        csv.write_text("通番,区分\n", encoding="utf-8")
        self.assertRefused(run("role", csv, "api"), ".ods と .xlsx だけ")
        read_only = self.copy("read-only.xlsx")
        os.chmod(read_only, 0o444)
        self.assertRefused(run("role", read_only, "api"), "読み取り専用のファイル", "-o")
        self.assertEqual(read_only.read_bytes(), self.original.read_bytes())
        self.assertOk(run("role", read_only, "api", "-o", self.dir / "writable-copy.xlsx"))
        other = self.dir / "memo.xlsx"
        wb = openpyxl.Workbook()
        wb.active["A1"] = "チェックリストではない"
        wb.save(other)
        before = other.read_bytes()
        self.assertRefused(run("ignore", "add", other, "--rule", "item.missing", "--reason", "x"),
                           "チェックリストが見つかりません")
        self.assertEqual(other.read_bytes(), before)
        file = self.copy("usage.xlsx")
        self.assertRefused(run("ignore", "add", file, "--rule", "no.such", "--reason", "x"),
                           "規則「no.such」はありません")
        self.assertRefused(run("ignore", "add", file, "--rule", "item.missing", "--number", "99",
                               "--reason", "x"), "通番が見つかりません", code=1)
        self.assertRefused(run("ignore", "add", file, "--rule", "answer.terse", "--cell", "12F",
                               "--reason", "x"), "A1 形式")
        self.assertRefused(run("ignore", "add", file, "--rule", "item.missing", "--reason", " "),
                           "理由")
        self.assertEqual(file.read_bytes(), self.original.read_bytes())

    def test_a_workbook_with_its_structure_protected_is_refused(self):
        """LibreOffice does not read Excel's 「ブックの保護」 (measured): storing would drop it."""
        from openpyxl.workbook.protection import WorkbookProtection
        for password in (None, "secret"):
            file = self.copy("protected.xlsx")
            wb = openpyxl.load_workbook(file)
            wb.security = WorkbookProtection(workbookPassword=password, lockStructure=True)
            wb.save(file)
            before = file.read_bytes()
            self.assertRefused(run("role", file, "api"), "ブックの構成が保護されています",
                               "解除してから")
            self.assertEqual(file.read_bytes(), before)

    def test_a_macro_in_the_file_never_runs(self):
        """An .ods whose Basic macro runs on every document event writes a marker file when
        macros are allowed; `role` and `ignore add` load it in a view too, and it never runs."""
        base = self.dir / "macro-base.ods"
        self.assertOk(run("role", self.original, "api", "-o", base))
        marked = self.dir / "macro.ods"
        marker = self.dir / "macro-ran"
        events = ("OnLoad", "OnLoadFinished", "OnViewCreated", "OnFocus", "OnCopyTo",
                  "OnCopyToDone", "OnModifyChanged", "OnPrepareUnload", "OnUnload")
        script = "vnd.sun.star.script:Standard.Module1.Mark?language=Basic&location=document"
        profile = om.Profile()
        try:
            with om.Office(profile) as office:
                doc = office.desktop.loadComponentFromURL(om.file_url(base), "_blank", 0,
                                                          om.props(Hidden=True, MacroExecutionMode=0))
                libraries = doc.BasicLibraries
                if not libraries.hasByName("Standard"):
                    libraries.createLibrary("Standard")
                libraries.getByName("Standard").insertByName(
                    "Module1", 'Sub Mark\n Open "%s" For Append As #1\n Print #1, "ran"\n'
                               ' Close #1\nEnd Sub\n' % marker)
                binding = om.uno.Any("[]com.sun.star.beans.PropertyValue",
                                     om.props(EventType="Script", Script=script))
                for event in events:
                    om.uno.invoke(doc.Events, "replaceByName", (event, binding))
                doc.storeToURL(om.file_url(marked), om.props(FilterName="calc8"))
                doc.close(True)
                # The macro works: allowed, it runs as soon as the document is in a view.
                probe = self.dir / "macro-probe.ods"
                probe.write_bytes(marked.read_bytes())
                doc = office.desktop.loadComponentFromURL(
                    om.file_url(probe), "_blank", 0, om.props(Hidden=False, MacroExecutionMode=4))
                om.wait_until(marker.exists, 30, "the macro allowed to run")
                doc.close(True)
        finally:
            profile.remove()
        marker.unlink()
        self.assertOk(run("role", marked, "card"))
        self.assertOk(run("ignore", "add", marked, "--rule", "item.missing", "--number", "20",
                          "--reason", REASON))
        self.assertFalse(marker.exists(), "a macro of the file ran")
        with zipfile.ZipFile(marked) as z:
            self.assertIn("Basic/Standard/Module1.xml", z.namelist(), "the user's macro is kept")
        listed = json.loads(run("ignore", "list", "--json", marked).stdout)
        self.assertEqual((listed["role"], len(listed["ignores"])), ("card", 1))

    def test_a_link_is_followed_and_stays_a_link(self):
        file = self.copy("target.xlsx")
        link = self.dir / "link.xlsx"
        link.symlink_to(file.name)
        os.chmod(file, 0o640)
        self.assertOk(run("ignore", "add", link, "--rule", "answer.terse", "--number", "24",
                          "--cell", "e29", "--reason", "該当なしで合意"))
        self.assertTrue(link.is_symlink())
        self.assertEqual(settings_cell(file)[0]["ignores"],
                         [{"rule": "answer.terse", "number": 24, "cell": "E29",
                           "reason": "該当なしで合意"}])
        self.assertEqual(os.stat(file).st_mode & 0o777, 0o640, "permission bits kept")


if __name__ == "__main__":
    unittest.main(verbosity=2)
