"""`apichecklist report --format pdf`: only the 確認結果 sheet, A4, numbers equal to the
validator's; page images kept as artifacts (pdftoppm).

  APICHECKLIST_CLI=... APICHECKLIST_FIXTURES=... APICHECKLIST_ARTIFACTS=... python3 test_report_pdf.py
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

CLI = os.environ.get("APICHECKLIST_CLI", "")
FIXTURES = Path(os.environ.get("APICHECKLIST_FIXTURES", "."))
ARTIFACTS = Path(os.environ.get("APICHECKLIST_ARTIFACTS", tempfile.gettempdir()))
CASES = (("broken.ods", "api"), ("clean-card.xlsx", "card"))


def cli(*args, cwd=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=240, cwd=cwd,
                          env={**os.environ, "APICHECKLIST_LANG": "ja"})


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), (float(size.group(1)), float(size.group(2)))


def page_text(pdf, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


@unittest.skipUnless(shutil.which("pdftotext"), "poppler-utils is missing (scripts/install-deps.sh installs it)")
class ReportAsPdf(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = Path(tempfile.mkdtemp(prefix="apichecklist-report-pdf-"))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        cls.made = {}
        for fixture, role in CASES:
            source = FIXTURES / fixture
            before = sha256(source)
            out = cls.work / role / f"{Path(fixture).stem}.pdf"
            out.parent.mkdir()
            result = cli("report", str(source), "--role", role, "--format", "pdf", "-o", str(out))
            cls.made[fixture] = (result, out, before, sha256(source))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def expected(self, fixture, role):
        validation = json.loads(cli("validate", "--json", "--role", role, str(FIXTURES / fixture)).stdout)
        report = json.loads(cli("report", str(FIXTURES / fixture), "--role", role, "--format", "json").stdout)
        return validation["files"][0], report

    def test_pdf_holds_only_the_summary_on_a4_pages(self):
        for fixture, _ in CASES:
            result, pdf, before, after = self.made[fixture]
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(before, after, "the input file is never written")
            self.assertEqual(sorted(p.name for p in pdf.parent.iterdir()), [pdf.name], "no temp file left")
            pages, (width, height) = pages_of(pdf)
            self.assertAlmostEqual(width, 595.3, delta=1.5, msg="A4 portrait")
            self.assertAlmostEqual(height, 841.9, delta=1.5, msg="A4 portrait")
            for page in range(1, pages + 1):
                text = page_text(pdf, page)
                # Every page is a 確認結果 page (its own footer and repeated title row):
                # no page of the checklist sheet was exported.
                self.assertRegex(text, rf"確認結果\s*{page}\s*/\s*{pages}", f"{fixture} page {page}")
                self.assertRegex(text, rf"確認結果\s+{re.escape(fixture)}", f"row 1 repeated on page {page}")

    def test_numbers_equal_the_validators(self):
        for fixture, role in CASES:
            _, pdf, _, _ = self.made[fixture]
            validation, report = self.expected(fixture, role)
            pages, _ = pages_of(pdf)
            text = "\n".join(page_text(pdf, p) for p in range(1, pages + 1))
            self.assertIn(f"未解決の指摘（{len(validation['findings'])} 件）", text, fixture)
            self.assertIn(f"無視した指摘（{validation['counts']['ignored']} 件）", text, fixture)
            figures = re.search(r"項目\s+記入済み\s+未完了\s+エラー\s+警告.*?\n\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)",
                                text, re.S)
            self.assertIsNotNone(figures, text[:1500])
            total, counts = report["total"], validation["counts"]
            self.assertEqual([int(g) for g in figures.groups()],
                             [total["items"], total["answered"], total["open"], counts["error"], counts["warning"],
                              counts["ignored"]], fixture)
            # The table's columns are the chart's exclusive states: they add up to 項目.
            for category in report["categories"] + [report["total"]]:
                states = category["states"]
                numbers = r"\s+".join(str(n) for n in [category["items"]] + [states[k] for k in (
                    "open", "issue_without_plan", "issue_with_plan", "answered", "not_required")])
                self.assertRegex(text, re.escape(category["name"]) + r"\s+" + numbers, fixture)
            for finding in report["findings"]:
                if finding["cell"]:
                    self.assertIn(finding["cell"], text, fixture)
            for follow_up in report["follow_ups"]:
                self.assertIn(follow_up["date"], text, fixture)

    def test_page_images_are_kept(self):
        for fixture, role in CASES:
            _, pdf, _, _ = self.made[fixture]
            prefix = ARTIFACTS / f"report-pdf-{Path(fixture).stem}-{role}"
            for old in ARTIFACTS.glob(prefix.name + "-*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(prefix)], check=True, timeout=120)
            shots = sorted(ARTIFACTS.glob(prefix.name + "-*.png"))
            self.assertEqual(len(shots), pages_of(pdf)[0])
            for shot in shots:
                self.assertGreater(shot.stat().st_size, 15_000, f"{shot} is a rendered page, not a blank one")

    def test_default_output_is_named_after_the_input_in_the_current_directory(self):
        cwd = self.work / "default"
        cwd.mkdir()
        result = cli("report", str(FIXTURES / "clean-api.ods"), "--role", "api", "--format", "pdf", cwd=cwd)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([p.name for p in cwd.iterdir()], ["clean-api_確認結果.pdf"])

    def test_bad_input_is_a_clear_error_and_writes_nothing(self):
        out_dir = self.work / "bad"
        out_dir.mkdir()
        for name, words in (("not-a-spreadsheet.xlsx", "not-a-spreadsheet.xlsx"),
                            ("no-checklist.ods", "チェックリスト"),
                            ("missing.ods", "missing.ods")):
            result = cli("report", str(FIXTURES / name), "--format", "pdf", "-o", str(out_dir / "x.pdf"))
            self.assertEqual(result.returncode, 2, f"{name}: {result.stderr}")
            self.assertIn(words, result.stderr, name)
        result = cli("report", str(FIXTURES / "clean-api.ods"), "--format", "pdf", "-o",
                     str(out_dir / "no-such-dir" / "x.pdf"))
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("出力先のディレクトリがありません", result.stderr)
        self.assertEqual(list(out_dir.iterdir()), [])
        copy = out_dir / "clean-api.ods"
        shutil.copy(FIXTURES / "clean-api.ods", copy)
        before = sha256(copy)
        result = cli("report", str(copy), "--format", "pdf", "-o", str(copy))
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("出力先が入力ファイルと同じです", result.stderr)
        self.assertEqual(sha256(copy), before, "the input is never overwritten")


if __name__ == "__main__":
    unittest.main()
