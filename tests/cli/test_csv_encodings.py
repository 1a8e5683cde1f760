"""CSV as Excel writes it, through the real helper (issues 13 §7, 14 §8, 22): one filled
card-api-1.0 sheet saved as Japanese Excel's 「CSV (コンマ区切り)」 (CP932, CRLF, quoted last
fields with line breaks) and in the other encodings gives the same findings as the UTF-8
file, and says the encoding it read; a file in no known encoding and an unclosed quote are
refused in words.

  APICHECKLIST_CLI=... python3 test_csv_encodings.py
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_sheets  # noqa: E402

CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
ENV = {**os.environ, "APICHECKLIST_LANG": "ja", "APICHECKLIST_DATA_HOME": "/nonexistent/apichecklist-test-data",
       "APICHECKLIST_CATALOG": str(make_sheets.CATALOG)}


def validate_json(path):
    result = subprocess.run([CLI, "validate", "--json", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV, timeout=120)
    return result.returncode, json.loads(result.stdout)["files"][0]


def excel_csv_text(table):
    """What Excel writes: CRLF rows, fields with a comma, a quote or a line break quoted."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(table)
    return out.getvalue()


class CsvAsExcelWritesIt(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp(prefix="apichecklist-csv-"))
        self.table = make_sheets.rows("card-api-1.0")
        last = len(self.table[0]) - 1  # 備考
        self.table[1][last] = "一行目\n二行目"  # Alt+Enter in the last column: quoted before CRLF
        self.table[2][last] = "12,346"
        self.table[3][last] = '「"引用"」'

    def tearDown(self):
        subprocess.run(["rm", "-rf", str(self.dir)])

    def write(self, variant, data):
        folder = self.dir / variant
        folder.mkdir()
        path = folder / "回答.csv"  # same sheet name in every variant
        path.write_bytes(data)
        return path

    def test_every_encoding_gives_the_findings_of_utf8(self):
        text = excel_csv_text(self.table)
        code, reference = validate_json(self.write("utf-8", text.encode("utf-8")))
        self.assertEqual(reference["status"], "checked", reference)
        self.assertEqual(reference["checklist"], "card-api-1.0")
        self.assertEqual(reference["readings"], [])
        variants = {
            "utf-8-bom": (text.encode("utf-8-sig"), None),
            "cp932": (text.encode("cp932"), "Shift_JIS (CP932)"),
            "cp932-lf": (text.replace("\r\n", "\n").encode("cp932"), "Shift_JIS (CP932)"),
            "euc-jp": (text.encode("euc_jp"), "EUC-JP"),
            "utf-16le": (b"\xff\xfe" + text.encode("utf-16-le"), "UTF-16LE (BOM)"),
            "utf-16be": (b"\xfe\xff" + text.encode("utf-16-be"), "UTF-16BE (BOM)"),
            "no-final-line-end": (text.rstrip("\r\n").encode("cp932"), "Shift_JIS (CP932)"),
        }
        for variant, (data, encoding) in variants.items():
            with self.subTest(variant):
                code2, got = validate_json(self.write(variant, data))
                self.assertEqual(code2, code)
                self.assertEqual(got["status"], "checked", got)
                self.assertEqual(got["findings"], reference["findings"])
                readings = [r["message"] for r in got["readings"]]
                if encoding:
                    self.assertEqual(readings, [f"文字コード {encoding} の CSV として読みました"])
                else:
                    self.assertEqual(readings, [])

    def test_a_file_in_no_known_encoding_names_the_encodings_tried(self):
        # UTF-8 and Latin-1 mixed, as after a careless copy: no encoding reads it whole.
        code, got = validate_json(self.write("mixed", "通番".encode("utf-8") + b",caf\xe9\r\n"))
        self.assertEqual(code, 2)
        self.assertEqual(got["status"], "unreadable")
        message = got["error"]["message"]
        for name in ("UTF-8", "Shift_JIS (CP932)", "EUC-JP", "UTF-16", "CSV UTF-8 (コンマ区切り)"):
            self.assertIn(name, message)
        self.assertLess(len(message), 300)

    def test_an_unclosed_quote_names_its_line(self):
        text = excel_csv_text(self.table[:5]) + '99,"閉じていない\r\n100,x\r\n'
        code, got = validate_json(self.write("open-quote", text.encode("cp932")))
        self.assertEqual(code, 2)
        self.assertIn("7 行目で始まる引用符", got["error"]["message"])
        self.assertIn("line 7", got["error"]["message_en"])


if __name__ == "__main__":
    unittest.main()
