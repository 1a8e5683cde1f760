"""The committed corpus selection (LICENSE-NOTE.md: where each file comes from) through the
real binary, one process per file, as scripts/corpus/run.py runs whole corpora (issues 22,
23): no crash, no hang, the expected exit code, stdout that parses as JSON, nothing on
stderr but our own lines, no library text in the text report either, and each file's
expected outcome. Nothing is fetched.

  APICHECKLIST_CLI=build/helper/apichecklist python3 tests/corpus/test_corpus.py
"""
import json
import os
import re
import subprocess
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "scripts" / "corpus"))
import run  # noqa: E402  scripts/corpus/run.py

CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
ENV = {**os.environ, "APICHECKLIST_LANG": "ja"}
NO_CHECKLIST = ("no_checklist", "no checklist found")

# file → (status, words of message_en). None of them is a checklist: each is read and found
# to hold none, or refused with a reason in our words.
EXPECTED = {
    # formulas whose orcus filter code segfaulted (issue 22), a workbook part in wtf/
    "sheetjs/formula_stress_test.xlsx": NO_CHECKLIST,
    "sheetjs/formulae_test_simple.xlsx": NO_CHECKLIST,
    "sheetjs/metadata_2019.xlsx": NO_CHECKLIST,
    "sheetjs/wtf_path.xlsx": NO_CHECKLIST,
    # strict OOXML namespaces, the 1904 date system, ODS rich text and annotations, CSV
    "sheetjs/sheet_visibility_strict.xlsx": NO_CHECKLIST,
    "sheetjs/1904.xlsx": NO_CHECKLIST,
    "sheetjs/rich_text_stress.ods": NO_CHECKLIST,
    "sheetjs/comments_stress_test.ods": NO_CHECKLIST,
    "sheetjs/Attendance.csv": NO_CHECKLIST,
    # array formulas, XLOOKUP, copied rows (issue 23's segfaults)
    "poi/57798.xlsx": NO_CHECKLIST,
    "poi/66365.xlsx": NO_CHECKLIST,
    "poi/MatrixFormulaEvalTestData.xlsx": NO_CHECKLIST,
    "poi/XSSFSheet.copyRows.xlsx": NO_CHECKLIST,
    "poi/xlookup.xlsx": NO_CHECKLIST,
    # a shared workbook's revision log, which orcus printed into --json
    "poi/workbookProtection_workbook_revision_protected.xlsx": NO_CHECKLIST,
    # refusals: a DTD with nested entities (billion laughs), a damaged zip, an encrypted file
    "poi/54764.xlsx": ("unreadable", "xl/sharedStrings.xml) is damaged"),
    "poi/clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx":
        ("unreadable", "the zip container is damaged"),
    "poi/protected_passtika.xlsx": ("unreadable", "password-protected"),
}
EXIT_CODES = {2}  # validate: 2 when no file could be checked (docs/cli.md)
# What a library's own prints look like (orcus's revision-log dump, its exception names).
LIBRARY_PRINTS = re.compile(r"\* last guid|revision header|orcus|terminate called|what\(\)")


class Corpus(unittest.TestCase):
    def test_every_committed_file_is_listed(self):
        files = {str(p.relative_to(HERE)) for p in HERE.rglob("*")
                 if p.suffix.lower() in run.DEFAULT_EXTS}
        self.assertEqual(files, set(EXPECTED))

    def test_validate_json(self):
        for name, (status, words) in EXPECTED.items():
            with self.subTest(file=name):
                r = run.classify(run.run_one(CLI, HERE / name, 30, ENV))
                self.assertFalse(r["timeout"], "hung")
                self.assertFalse(r["crash"], f"exit {r['returncode']}")
                self.assertIn(r["returncode"], EXIT_CODES)
                self.assertTrue(r["json_ok"], r["stdout"][:300])
                self.assertEqual(r["foreign_stderr"], [])
                self.assertEqual(r["statuses"], [status])
                doc = json.loads(r["stdout"])
                message = doc["files"][0].get("error", {}).get("message_en", "")
                self.assertIn(words, message)
                self.assertNotRegex(message + doc["files"][0].get("error", {}).get("message", ""),
                                    LIBRARY_PRINTS)

    def test_text_report_holds_no_library_prints(self):
        for name in EXPECTED:
            with self.subTest(file=name):
                p = subprocess.run([CLI, "validate", str(HERE / name)], stdin=subprocess.DEVNULL,
                                   capture_output=True, env=ENV, timeout=30)
                self.assertGreaterEqual(p.returncode, 0)
                text = (p.stdout + p.stderr).decode("utf-8", "replace")
                self.assertNotRegex(text, LIBRARY_PRINTS)


if __name__ == "__main__":
    unittest.main()
