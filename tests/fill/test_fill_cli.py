"""apichecklist fill (issue 18) through the real helper and a real soffice, on the fixtures of
make_fill_fixtures.py: every answer of the master lands in the cell its key names, in each
card company's copy (.xlsx as Excel writes them and .ods by LibreOffice); texts the copy held
stay; conflicts and answers that found no place are listed (JSON and the 転記メモ sheet, in
full); a dry run writes nothing; inputs are never modified; one bad target never stops the
batch.

  APICHECKLIST_CLI=... APICHECKLIST_FILL_FIXTURES=... /usr/bin/python3 tests/fill/test_fill_cli.py
"""
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl

CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
FIXTURES = Path(os.environ.get("APICHECKLIST_FILL_FIXTURES", "."))
ENV = {**os.environ, "APICHECKLIST_LANG": "ja"}
MEMO = "転記メモ"
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def run(*args):
    return subprocess.run([CLI, "--json", *map(str, args)], capture_output=True, text=True,
                          env=ENV, timeout=300)


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def col_row(a1):
    letters = "".join(ch for ch in a1 if ch.isalpha())
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - 64
    return col - 1, int(a1[len(letters):]) - 1


def read_cells(path):
    """{sheet name: {(row, col): text}} of an .xlsx (openpyxl) or .ods (content.xml)."""
    path = Path(path)
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return {ws.title: {(c.row - 1, c.column - 1): str(c.value) for row in ws.iter_rows()
                           for c in row if c.value not in (None, "")} for ws in book.worksheets}
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    sheets = {}
    for table in root.iter(f"{{{NS['table']}}}table"):
        cells, r = {}, 0
        for row in table.iter(f"{{{NS['table']}}}table-row"):
            c = 0
            for cell in row:
                repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
                text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))
                if text:
                    for k in range(min(repeat, 50)):
                        cells[(r, c + k)] = text
                c += repeat
            r += int(row.get(f"{{{NS['table']}}}number-rows-repeated", "1"))
        sheets[table.get(f"{{{NS['table']}}}name")] = cells
    return sheets


def text_at(cells, sheet, a1):
    col, row = col_row(a1)
    return cells.get(sheet, {}).get((row, col), "")


COPIES = ["copy-deleted", "copy-reordered", "copy-marks", "copy-two-row", "copy-partial",
          "copy-trial"]
ODS_COPIES = COPIES


class Fill(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = Path(tempfile.mkdtemp(prefix="apichecklist-fill-test-"))
        cls.inputs = cls.dir / "in"
        shutil.copytree(FIXTURES, cls.inputs)
        cls.targets = [cls.inputs / f"{n}.xlsx" for n in COPIES] + \
                      [cls.inputs / f"{n}.ods" for n in ODS_COPIES]
        cls.digests = {p: digest(p) for p in [*cls.targets, cls.inputs / "master.xlsx"]}
        cls.out = cls.dir / "out"
        cls.out.mkdir()
        # The whole batch through one soffice.
        cls.result = run("fill", "--from", cls.inputs / "master.xlsx", "-o", cls.out, *cls.targets)
        cls.report = json.loads(cls.result.stdout)
        cls.by_name = {Path(f["file"]).name: f for f in cls.report["files"]}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def key(self, name):
        return json.loads((self.inputs / f"{Path(name).stem}.json").read_text("utf-8"))

    def test_the_batch_fills_every_copy(self):
        self.assertEqual(self.result.returncode, 0, self.result.stdout + self.result.stderr)
        self.assertEqual(self.report["summary"]["filled"], len(self.targets))
        for target in self.targets:
            self.assertEqual(self.by_name[target.name]["status"], "filled", target.name)
            self.assertEqual(self.by_name[target.name]["lost"], [])

    def test_every_answer_lands_in_the_cell_its_key_names(self):
        for target in self.targets:
            cells = read_cells(self.out / target.name)
            writes = self.key(target.name)["writes"]
            self.assertGreater(len(writes), 20, target.name)
            for w in writes:
                got = text_at(cells, w["sheet"], w["cell"])
                for text in w["contains"]:
                    self.assertIn(text, got, f"{target.name} {w['cell']}")

    def test_texts_the_copy_held_stay_and_conflicts_are_listed(self):
        for name in ["copy-partial.xlsx", "copy-partial.ods"]:
            cells = read_cells(self.out / name)
            key = self.key(name)
            for kept in key["kept"]:
                self.assertEqual(text_at(cells, kept["sheet"], kept["cell"]), kept["text"], name)
            plan = self.by_name[name]["plan"]
            self.assertEqual([c["cell"] for c in plan["conflicts"]], key["conflicts"])
            self.assertFalse(plan["conflicts"][0]["replaced"])
            memo = " ".join(read_cells(self.out / name)[MEMO].values())
            self.assertIn(plan["conflicts"][0]["incoming"].split("\n")[0], memo)

    def test_answers_that_found_no_place_are_in_the_memo_in_full(self):
        for target in self.targets:
            key = self.key(target.name)
            plan = self.by_name[target.name]["plan"]
            if key["leftover_numbers"] is not None:
                self.assertEqual(sorted({l["number"] for l in plan["leftovers"]}),
                                 key["leftover_numbers"], target.name)
            memo = read_cells(self.out / target.name)[MEMO].values()
            for leftover in plan["leftovers"]:
                self.assertIn(leftover["text"], memo, target.name)

    def test_own_items_match_by_goal_and_the_unrelated_one_gets_nothing(self):
        for name in ["copy-deleted.xlsx", "copy-deleted.ods"]:
            key = self.key(name)["own"]
            cells = read_cells(self.out / name)
            self.assertEqual(text_at(cells, "チェックリスト", key["cell"]), key["text"])
            self.assertEqual(text_at(cells, "チェックリスト", key["unmatched_cell"]), "")
            own = [r for r in self.by_name[name]["plan"]["rows"] if r["match"] == "own"]
            self.assertEqual(len(own), 1)
            self.assertGreaterEqual(own[0]["score"], 0.6)

    def test_other_sheets_and_official_texts_are_untouched(self):
        for target in self.targets:
            before = read_cells(target)
            after = read_cells(self.out / target.name)
            self.assertEqual(set(after) - set(before), {MEMO}, target.name)
            for sheet, cells in before.items():
                for where, text in cells.items():
                    self.assertEqual(after[sheet].get(where), text, f"{target.name} {where}")

    def test_inputs_are_never_modified(self):
        for path, value in self.digests.items():
            self.assertEqual(digest(path), value, path.name)

    def test_the_result_validates_and_says_what_still_needs_words(self):
        info = self.by_name["copy-deleted.xlsx"]
        self.assertIn("validation", info)
        needing = [r["number"] for r in info["plan"]["rows"] if r["needs_answer"]]
        self.assertEqual(needing, ["A-2"])

    def test_a_dry_run_writes_nothing_and_needs_no_office(self):
        out = self.dir / "dry"
        out.mkdir()
        env = {**ENV, "PATH": "/nonexistent"}  # no soffice to be found
        result = subprocess.run([CLI, "--json", "fill", "--dry-run", "--from",
                                 str(self.inputs / "master.xlsx"), "-o", str(out),
                                 *map(str, self.targets)], capture_output=True, text=True,
                                env=env, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["summary"]["planned"], len(self.targets))
        self.assertEqual(list(out.iterdir()), [])

    def test_force_replaces_and_the_memo_keeps_what_was_replaced(self):
        out = self.dir / "forced"
        out.mkdir()
        target = self.inputs / "copy-partial.xlsx"
        result = run("fill", "--force", "--from", self.inputs / "master.xlsx", "-o", out, target)
        self.assertEqual(result.returncode, 0, result.stdout)
        conflict = json.loads(result.stdout)["files"][0]["plan"]["conflicts"][0]
        self.assertTrue(conflict["replaced"])
        cells = read_cells(out / target.name)
        sheet, a1 = conflict["cell"].split("!")
        self.assertEqual(text_at(cells, sheet, a1), conflict["incoming"])
        self.assertIn(conflict["existing"], cells[MEMO].values())

    def test_a_second_run_on_a_filled_copy_leaves_one_memo(self):
        out = self.dir / "again"
        out.mkdir()
        result = run("fill", "--from", self.inputs / "master.xlsx", "-o", out,
                     self.out / "copy-reordered.xlsx")
        self.assertEqual(result.returncode, 0, result.stdout)
        plan = json.loads(result.stdout)["files"][0]["plan"]
        self.assertEqual(plan["writes"], [], "every answer is already there")
        names = openpyxl.load_workbook(out / "copy-reordered.xlsx").sheetnames
        self.assertEqual(names.count(MEMO), 1)

    def test_one_bad_target_never_stops_the_batch(self):
        out = self.dir / "mixed"
        out.mkdir()
        broken = self.dir / "broken.xlsx"
        broken.write_bytes(b"not a zip")
        csv = self.dir / "copy.csv"
        csv.write_text("通番,セキュリティ対応目標,現在の対応状況\n", "utf-8")
        existing = out / "copy-two-row.xlsx"
        existing.write_bytes(b"keep me")
        result = run("fill", "--from", self.inputs / "master.xlsx", "-o", out, broken, csv,
                     self.inputs / "copy-two-row.xlsx", self.inputs / "copy-marks.xlsx")
        self.assertNotEqual(result.returncode, 0)
        statuses = [f["status"] for f in json.loads(result.stdout)["files"]]
        self.assertEqual(statuses, ["unreadable", "unreadable", "failed", "filled"])
        self.assertEqual(existing.read_bytes(), b"keep me")
        self.assertTrue((out / "copy-marks.xlsx").is_file())
        self.assertEqual(sorted(p.name for p in out.iterdir()),
                         ["copy-marks.xlsx", "copy-two-row.xlsx"], "no staging left behind")

    def test_a_cp932_csv_master_fills_like_the_xlsx_one(self):
        out = self.dir / "from-csv"
        out.mkdir()
        target = self.inputs / "copy-marks.ods"
        result = run("fill", "--from", self.inputs / "master.csv", "-o", out, target)
        self.assertEqual(result.returncode, 0, result.stdout)
        cells = read_cells(out / target.name)
        for w in self.key(target.name)["writes"]:
            for text in w["contains"]:
                self.assertIn(text, text_at(cells, w["sheet"], w["cell"]))

    def test_a_source_without_a_checklist_is_refused_before_any_target(self):
        out = self.dir / "nosource"
        out.mkdir()
        source = self.dir / "empty.csv"
        source.write_text("a,b\n1,2\n", "utf-8")
        result = run("fill", "--from", source, "-o", out, self.inputs / "copy-marks.xlsx")
        self.assertEqual(result.returncode, 2)
        self.assertIn("取り込み元", result.stderr + result.stdout)
        self.assertEqual(list(out.iterdir()), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
