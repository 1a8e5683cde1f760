#!/usr/bin/python3
"""`apichecklist compare` of workbooks with several checklist sheets: compared sheet by sheet
(same name first, else the order of the checklist sheets); the text and the JSON name the
sheets compared and those not, with the reason. The pairs are written here by the layout
fixture generator's helpers (make_layouts.py: openpyxl, as Excel writes them).

  APICHECKLIST_CLI=build/helper/apichecklist python3 tests/layouts/test_compare_sheets.py
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_layouts as ml  # noqa: E402

CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
ITEMS = ml.items_of(ml.mf.REPO / "catalog")


def workbook(directory, name, sheets):
    """sheets: (sheet name, rows or None for the plain answers, or "cover" for a 表紙)."""
    fx = ml.Fixture(name)
    for sheet_name, rows in sheets:
        if rows == "cover":
            fx.sheet(sheet_name).put(0, 0, "接続チェックリスト 提出用")
        else:
            ml.plain_sheet(fx, ITEMS, name=sheet_name, rows=rows)
    path = Path(directory) / f"{name}.xlsx"
    ml.write_xlsx(fx, path)
    return path


def with_answer(number, text):
    rows = ml.plain_rows(ITEMS, "api")
    rows[number - 1][4] = text
    return rows


def compare(old, new, json_output=True):
    args = [CLI] + (["--json"] if json_output else []) + ["compare", "--as-of", "2025-04-01",
                                                           str(old), str(new)]
    run = subprocess.run(args, capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, APICHECKLIST_LANG="ja"))
    return run.returncode, (json.loads(run.stdout) if json_output else run.stdout), run.stderr


def pairs(result):
    return [(s["old"]["sheet"], s["new"]["sheet"], s["paired_by"], s["changed"])
            for s in result["sheets"]]


class CompareSheetBySheet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="apichecklist-compare-sheets-")
        d = cls.tmp.name
        cls.services = workbook(d, "services", [("サービスA", None), ("サービスB", None)])
        cls.swapped_changed = workbook(d, "swapped-changed", [
            ("サービスB", with_answer(6, "サービスBの新しい回答。")), ("サービスA", None)])
        cls.cover_old = workbook(d, "cover-old", [("表紙", "cover"), ("チェックリスト", None)])
        cls.cover_new = workbook(d, "cover-new", [("表紙", "cover"), ("回答", None)])
        cls.three = workbook(d, "three", [("サービスA", None), ("サービスB", None),
                                          ("サービスC", None)])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_sheets_pair_by_name_whatever_their_order(self):
        code, result, err = compare(self.services, self.swapped_changed)
        self.assertEqual(code, 1, err)
        self.assertEqual(pairs(result), [("サービスB", "サービスB", "name", True),
                                         ("サービスA", "サービスA", "name", False)])
        changed = result["items"]
        self.assertEqual([(i["sheet"], i["key"]) for i in changed], [("サービスB", "6")])
        self.assertEqual(changed[0]["changes"][0]["after"], "サービスBの新しい回答。")
        self.assertEqual(result["summary"]["items_compared"], 86)
        self.assertEqual(result["summary"]["answers_changed"], 1)
        self.assertEqual(result["skipped_sheets"], [])

    def test_the_text_names_each_pair_and_its_changes(self):
        code, text, err = compare(self.services, self.swapped_changed, json_output=False)
        self.assertEqual(code, 1, err)
        self.assertIn("比較したシート: 「サービスB」 ↔ 「サービスB」、「サービスA」 ↔ 「サービスA」\n",
                      text)
        section_b = text.index("── 「サービスB」 ↔ 「サービスB」 ──")
        section_a = text.index("── 「サービスA」 ↔ 「サービスA」 ──")
        self.assertLess(section_b, text.index("通番 6", section_b))
        self.assertLess(text.index("通番 6", section_b), section_a)
        self.assertIn("変更はありません。", text[section_a:])
        self.assertIn("全シートのまとめ: 両方にある項目 86 (変更あり 1、変更なし 85)", text)

    def test_differently_named_sheets_pair_by_order_and_covers_are_named(self):
        code, result, err = compare(self.cover_old, self.cover_new)
        self.assertEqual(code, 0, err)
        self.assertEqual(pairs(result), [("チェックリスト", "回答", "order", False)])
        skipped = [(s["file"], s["name"], s["checklist"]) for s in result["skipped_sheets"]]
        self.assertEqual(skipped, [("old", "表紙", False), ("new", "表紙", False)])
        self.assertTrue(all(s["reason"] for s in result["skipped_sheets"]))
        code, text, err = compare(self.cover_old, self.cover_new, json_output=False)
        self.assertIn("「チェックリスト」 ↔ 「回答」 (シート名が違うため順番で対応)", text)
        self.assertIn("比較しなかったシート: 前回「表紙」(", text)

    def test_a_service_sheet_without_partner_is_named_and_is_a_change(self):
        code, result, err = compare(self.three, self.services)
        self.assertEqual(code, 1, err)
        self.assertEqual(pairs(result), [("サービスA", "サービスA", "name", False),
                                         ("サービスB", "サービスB", "name", False)])
        self.assertEqual([(s["file"], s["name"], s["checklist"]) for s in result["skipped_sheets"]],
                         [("old", "サービスC", True)])
        self.assertTrue(result["changed"])
        code, text, err = compare(self.three, self.services, json_output=False)
        self.assertIn("比較しなかったシート: 前回「サービスC」(今回のファイルに比べるチェックリストのシートが"
                      "残っていません)", text)

    def test_one_sheet_against_itself_is_unchanged(self):
        code, result, err = compare(self.services, self.services)
        self.assertEqual(code, 0, err)
        self.assertFalse(result["changed"])
        self.assertEqual(len(result["sheets"]), 2)


if __name__ == "__main__":
    unittest.main()
