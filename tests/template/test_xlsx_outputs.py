"""The .xlsx files the helper writes for Excel users (issue 17), opened in openpyxl, the
library closest to how Excel reads a file: `template build --format xlsx` (and the committed
templates/フォーマット.xlsx) and `migrate` of an .xlsx. Same texts as the catalog, the sheet
protected with the answer cells unlocked, wrapping, widths, A4 landscape with the header row
repeated, the apichecklist.* custom properties, and a Japanese font.

  APICHECKLIST_CLI=... APICHECKLIST_TRIAL_FIXTURES=... /usr/bin/python3 test_xlsx_outputs.py
"""
import json
import os
import re
import subprocess
import tempfile
import unittest
import zipfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "catalog"
CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
TRIAL = Path(os.environ.get("APICHECKLIST_TRIAL_FIXTURES", "/nonexistent"))
ENV = {**os.environ, "APICHECKLIST_LANG": "ja", "APICHECKLIST_CATALOG": str(CATALOG),
       "APICHECKLIST_DATA_HOME": "/nonexistent/apichecklist-test-data"}
HEADER_ROW, FIRST_ITEM_ROW = 5, 6  # 1-based, as Excel shows them


def run(*args):
    r = subprocess.run([CLI, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    return r


def custom_properties(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("docProps/custom.xml").decode()
    return dict(re.findall(r'<property [^>]*name="([^"]+)"[^>]*><vt:lpwstr>([^<]*)</vt:lpwstr>', xml))


class Case(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = Path(tempfile.mkdtemp(prefix="apichecklist-xlsx-"))
        cls.checklist = json.loads((CATALOG / "checklists" / "card-api-1.0.json")
                                   .read_text(encoding="utf-8"))

    @classmethod
    def tearDownClass(cls):
        subprocess.run(["rm", "-rf", str(cls.dir)])

    def expect_checklist_sheet(self, ws, answered=False):
        c = self.checklist
        categories = {x["id"]: x["name"] for x in c["categories"]}
        targets = {x["id"]: x["label"] for x in c["targets"]}
        columns = c["columns"]
        self.assertTrue(ws.protection.sheet, "sheet protection on")
        self.assertEqual(ws.cell(1, 1).value, c["title"])
        self.assertTrue(ws.cell(1, 1).font.b)
        self.assertFalse(ws.cell(2, 2).protection.locked, "会社名 editable")
        self.assertFalse(ws.cell(3, 2).protection.locked, "記入日 editable")
        self.assertIn("B2:D2", [str(r) for r in ws.merged_cells.ranges])
        for i, column in enumerate(columns, start=1):
            head = ws.cell(HEADER_ROW, i)
            self.assertEqual(head.value, column["label"])
            self.assertTrue(head.protection.locked)
            self.assertTrue(head.font.b)
        for r, item in enumerate(c["items"], start=FIRST_ITEM_ROW):
            official = {"number": item["number"], "category": categories[item["category"]],
                        "goal": item["goal"], "target": targets[item["target"]]}
            for i, column in enumerate(columns, start=1):
                cell = ws.cell(r, i)
                self.assertTrue(cell.alignment.wrap_text, cell.coordinate)
                if column["role"] == "official":
                    self.assertEqual(cell.value, official[column["key"]], cell.coordinate)
                    self.assertTrue(cell.protection.locked, cell.coordinate)
                else:
                    self.assertFalse(cell.protection.locked, cell.coordinate + " is an answer cell")
                    if not answered:
                        self.assertIsNone(cell.value, cell.coordinate)
        self.assertEqual(ws.cell(FIRST_ITEM_ROW, 3).font.name, "游ゴシック",
                         "a Japanese font Excel has, not the office's default")

    def expect_print_setup_and_widths(self, ws):
        self.assertEqual(ws.page_setup.orientation, "landscape")
        self.assertEqual(int(ws.page_setup.paperSize), 9, "A4")
        self.assertTrue(ws.sheet_properties.pageSetUpPr.fitToPage)
        self.assertEqual((int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)), (1, 0))
        self.assertEqual(ws.print_title_rows, f"${HEADER_ROW}:${HEADER_ROW}")
        widths = {}
        for letter, dim in ws.column_dimensions.items():  # openpyxl groups equal neighbours
            for index in range(dim.min, dim.max + 1):
                widths[index] = dim.width
        # The .ots widths in 1/100 mm: 通番 1100, 区分 2800, 目標 6500, 対象者 2000,
        # 現在の対応状況 5500, 課題認識/計画 4000, the rest 2800. Excel counts characters.
        mm = [1100, 2800, 6500, 2000, 5500, 4000, 4000, 2800, 2800, 2800]
        for i, hundredths in enumerate(mm, start=1):
            self.assertAlmostEqual(widths[i] / widths[3], hundredths / 6500, delta=0.03,
                                   msg=f"column {i}")

    def expect_template_properties(self, path):
        props = custom_properties(path)
        manifest = json.loads((CATALOG / "manifest.json").read_text(encoding="utf-8"))
        import hashlib
        self.assertEqual(props["apichecklist.checklist"], "card-api-1.0")
        self.assertEqual(props["apichecklist.checklist_version"], "1.0")
        self.assertEqual(props["apichecklist.catalog_version"], manifest["catalog_version"])
        self.assertEqual(props["apichecklist.catalog_sha256"],
                         hashlib.sha256((CATALOG / "manifest.json").read_bytes()).hexdigest())
        return props

    def test_template_xlsx_in_openpyxl(self):
        run("template", "build", "--format", "xlsx", "-o", self.dir)
        for path in (self.dir / "フォーマット.xlsx", ROOT / "templates" / "フォーマット.xlsx"):
            with self.subTest(path=str(path)):
                wb = openpyxl.load_workbook(path)
                self.assertEqual(wb.sheetnames, ["フォーマット"])
                self.expect_checklist_sheet(wb.active)
                self.expect_print_setup_and_widths(wb.active)
                self.expect_template_properties(path)

    def test_migrate_keeps_an_xlsx_an_xlsx(self):
        source = TRIAL / "trial-api.xlsx"
        self.assertTrue(source.is_file(), f"{source}: run the migrate.make_fixtures test first")
        out = self.dir / "migrated"
        out.mkdir()
        run("migrate", "-o", out, source)
        self.assertEqual(sorted(p.name for p in out.iterdir()), ["trial-api_Ver.1.0.xlsx"])
        path = out / "trial-api_Ver.1.0.xlsx"
        wb = openpyxl.load_workbook(path)
        self.assertEqual(wb.sheetnames, ["フォーマット", "移行メモ"])
        self.expect_checklist_sheet(wb["フォーマット"], answered=True)
        self.expect_print_setup_and_widths(wb["フォーマット"])
        self.assertTrue(any(wb["フォーマット"].cell(r, 5).value for r in range(6, 49)),
                        "answers were moved")
        props = custom_properties(path)
        self.assertEqual(props["apichecklist.migrated_from"], "trial-api.xlsx")
        self.assertEqual(props["apichecklist.checklist"], "card-api-1.0")
        # --format ods chooses .ods for the same input.
        run("migrate", "--format", "ods", "-o", out, source)
        self.assertIn("trial-api_Ver.1.0.ods", [p.name for p in out.iterdir()])


if __name__ == "__main__":
    unittest.main(verbosity=2)
