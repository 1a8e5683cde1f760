"""apichecklist fix (issue 17, certain fixes) through the real helper and a real soffice, on
the layout and validation fixtures: the plan names each certain fix; --dry-run writes
nothing; the fixed file has none of the fixed findings left and every answer cell as it was;
missing items come back as rows in 通番 order; --only limits the rules; files that cannot
be written are refused.

  APICHECKLIST_CLI=... APICHECKLIST_LAYOUT_FIXTURES=... APICHECKLIST_FIXTURES=...
      /usr/bin/python3 tests/fix/test_fix_cli.py
"""
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import openpyxl

CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
LAYOUTS = Path(os.environ.get("APICHECKLIST_LAYOUT_FIXTURES", "."))
FIXTURES = Path(os.environ.get("APICHECKLIST_FIXTURES", "."))
ENV = {**os.environ, "APICHECKLIST_LANG": "ja"}
FIXED_RULES = {"official.changed", "leftover.bank", "number.wrong", "cell.formula", "item.missing"}


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=ENV, timeout=300)


def findings(path, role="api"):
    result = run("--json", "validate", "--role", role, str(path))
    return json.loads(result.stdout)["files"][0]["findings"]


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def answer_cells(path):
    """Every non-empty cell of the answer columns (E:J) by its text, row by row."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [tuple(str(c.value) for c in row if c.value not in (None, ""))
            for row in sheet.iter_rows(min_col=5, max_col=10)]


class Fix(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp(prefix="apichecklist-fix-test-"))
        self.addCleanup(shutil.rmtree, self.dir, ignore_errors=True)

    def copy(self, source):
        target = self.dir / Path(source).name
        shutil.copy(source, target)
        return target

    def test_a_dry_run_lists_the_fixes_and_writes_nothing(self):
        sheet = self.copy(FIXTURES / "broken.ods")
        before = digest(sheet)
        result = run("--json", "fix", "--dry-run", str(sheet))
        self.assertEqual(result.returncode, 0, result.stderr)
        plan = json.loads(result.stdout)
        fixes = {(c["cell"], c["rule"]): c["after"] for c in plan["cells"]}
        self.assertEqual(fixes[("D7", "official.changed")], "API 接続先")
        self.assertEqual(fixes[("D42", "leftover.bank")], "カード会社")
        self.assertEqual(fixes[("E26", "cell.formula")], "二要素認証を導入")
        self.assertNotIn("E27", {c["cell"] for c in plan["cells"]},
                         "an error value has no displayed text to keep: not a certain fix")
        self.assertEqual(digest(sheet), before)
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()), ["broken.ods"])

    def test_the_fixed_copy_has_no_fixed_finding_left_and_the_input_is_untouched(self):
        sheet = self.copy(FIXTURES / "broken.ods")
        before = digest(sheet)
        out = self.dir / "fixed.ods"
        result = run("fix", "-o", str(out), str(sheet))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("修正しました: 4 セル", result.stdout)
        self.assertEqual(digest(sheet), before)
        left = {f["rule"] for f in findings(out)} & {"official.changed", "leftover.bank", "cell.formula"}
        self.assertEqual(left, set())
        # What the parties wrote stays: the answer findings are all still there.
        answers = lambda path: sorted((f["rule"], f["cell"]) for f in findings(path)
                                      if f["rule"] not in FIXED_RULES)
        self.assertEqual(answers(out), answers(sheet))

    def test_an_xlsx_is_fixed_in_place_in_its_own_format_and_its_answers_are_kept(self):
        sheet = self.copy(LAYOUTS / "plain-defects.xlsx")
        answers_before = answer_cells(sheet)
        result = run("fix", str(sheet))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(openpyxl.load_workbook(sheet).worksheets[0]["C14"].value,
                         "委託業務が円滑かつ適正に遂行されるよう、必要な対策を実施する。")
        self.assertEqual(answer_cells(sheet), answers_before)
        self.assertNotIn("official.changed", {f["rule"] for f in findings(sheet)})
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()), ["plain-defects.xlsx"],
                         "no staging directory or temp file is left")

    def test_missing_items_come_back_in_their_place(self):
        sheet = self.copy(LAYOUTS / "plain.xlsx")
        book = openpyxl.load_workbook(sheet)
        book.worksheets[0].delete_rows(10, 2)  # items 5 and 6 (header on row 5)
        book.save(sheet)
        self.assertEqual({f["number"] for f in findings(sheet) if f["rule"] == "item.missing"}, {5, 6})
        result = run("fix", "--only", "item.missing", str(sheet))
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = openpyxl.load_workbook(sheet).worksheets[0]
        self.assertEqual([rows.cell(r, 1).value for r in range(6, 13)], [1, 2, 3, 4, 5, 6, 7])
        self.assertEqual(rows["C10"].value, "役職員による不正への対策を実施する。")
        self.assertIsNone(rows["E10"].value, "the restored item's answer is left to the party")
        self.assertNotIn("item.missing", {f["rule"] for f in findings(sheet)})

    def test_only_limits_the_rules_and_a_wrong_number_is_fixed(self):
        sheet = self.copy(LAYOUTS / "number-wrong.xlsx")
        result = run("--json", "fix", "--only", "official.changed", "--dry-run", str(sheet))
        self.assertEqual(json.loads(result.stdout)["cells"], [])
        result = run("fix", "--only", "number.wrong", str(sheet))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([f for f in findings(sheet) if f["severity"] == "error"], [])

    def test_what_cannot_be_written_is_refused(self):
        csv = self.dir / "sheet.csv"
        csv.write_text("通番,セキュリティ対応目標,現在の対応状況\n1,a,b\n", encoding="utf-8")
        result = run("fix", str(csv))
        self.assertEqual(result.returncode, 2)
        self.assertIn(".ods と .xlsx だけ", result.stderr)
        result = run("fix", "--only", "answer.required", str(csv))
        self.assertEqual(result.returncode, 2)
        self.assertIn("修正できる指摘ではありません", result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
