"""Hostile inputs, made here, against the real binary (issue 14): repeat counts at and beyond
2^31 in .ods rows and columns and .xlsx rows, spans and column ranges read with bounded memory
(item 2); 200 000 unclosed elements give a short readable error, and a part that ends with
elements open is damaged, not read as if whole (item 3); zip members the
reader cannot inflate (LZMA) and a zip encrypted the PKWARE way are named as such (item 9); a
cell beyond the per-cell limit is refused before LibreOffice starts (item 4).

  APICHECKLIST_CLI=... python3 test_hostile_inputs.py
"""
import os
import struct
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_sheets  # noqa: E402

CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
ENV = {**os.environ, "APICHECKLIST_LANG": "ja", "APICHECKLIST_DATA_HOME": "/nonexistent/apichecklist-test-data",
       "APICHECKLIST_CATALOG": str(make_sheets.CATALOG)}
MAX_RSS_KB = 512 * 1024  # the worst input here needed 90 MB


def run(*args):
    """(exit code, stdout, stderr, peak RSS in kB of the helper and the children it waited for)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([CLI, *map(str, args)], stdout=out, stderr=err, env=ENV)
        deadline = time.monotonic() + 120
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                raise AssertionError(f"{args}: still running after 120 s")
            time.sleep(0.02)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return process.returncode, out.read(), err.read(), usage.ru_maxrss


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_ods(path, table, extra_rows, columns=""):
    """A minimal .ods: `columns` (raw <table:table-column>s), the checklist table, then
    `extra_rows` (raw content.xml) on the same sheet."""
    rows = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>'
            for c in row) + "</table:table-row>" for row in table)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="チェックリスト">'
        + columns + rows + extra_rows + "</table:table></office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" '
                   'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   "</manifest:manifest>", zipfile.ZIP_DEFLATED)
    return path


def rewrite_zip(source, target, edit=None, compression=zipfile.ZIP_DEFLATED):
    """A copy of the zip `source`, `edit(name, text)` applied to each member."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", compression) as out:
        for info in src.infolist():
            data = src.read(info)
            if edit:
                data = edit(info.filename, data.decode("utf-8")).encode("utf-8")
            out.writestr(info.filename, data)
    return target


def mark_encrypted(path):
    """Sets bit 0 (encrypted, PKWARE traditional) of the general purpose flags of every local
    and central header: what `zip -e` writes, without needing zip or a password here."""
    data = bytearray(Path(path).read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            flags, = struct.unpack_from("<H", data, start + offset)
            struct.pack_into("<H", data, start + offset, flags | 1)
            start += 4
    Path(path).write_bytes(bytes(data))
    return path


class Case(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp(prefix="apichecklist-hostile-"))
        self.table = make_sheets.rows("card-api-1.0")
        self.xlsx = make_sheets.write_xlsx(self.dir / "回答.xlsx", "チェックリスト", self.table)

    def tearDown(self):
        subprocess.run(["rm", "-rf", str(self.dir)])

    def assertReadOrRefused(self, name, code, out, err, rss):
        self.assertIn(code, (1, 2), f"{name}: {err.decode(errors='replace')[:500]}")
        self.assertLess(rss, MAX_RSS_KB, f"{name}: peak RSS {rss} kB")
        self.assertLess(len(err), 2000, name)
        self.assertLess(len(out), 40_000, name)
        self.assertNotIn(b"filesystem error", err)
        self.assertNotIn(b"\x1b", out + err)

    def assertShortRefusal(self, name, code, out, err, *words):
        self.assertEqual(code, 2, f"{name}: {out.decode(errors='replace')[:500]}")
        text = out.decode()
        self.assertLess(len(out), 2000, f"{name}: a few lines: {text[:300]}")
        self.assertLessEqual(text.count("\n"), 8, name)
        for word in words:
            self.assertIn(word, text, name)


class RepeatCounts(Case):
    """Counts at INT_MAX, beyond 2^32 and negative: no overflow, memory bounded (item 2)."""

    def test_ods_rows_and_columns(self):
        cell = '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
        probes = {
            "rows INT_MAX, then a cell": '<table:table-row table:number-rows-repeated="2147483647">'
                                         '<table:table-cell/></table:table-row><table:table-row>' + cell + "</table:table-row>",
            "rows INT_MAX with a cell": '<table:table-row table:number-rows-repeated="2147483647">' + cell + "</table:table-row>",
            "rows 2^32+1": '<table:table-row table:number-rows-repeated="4294967297">' + cell + "</table:table-row>",
            "rows 2^64": '<table:table-row table:number-rows-repeated="18446744073709551616">' + cell + "</table:table-row>",
            "rows negative": '<table:table-row table:number-rows-repeated="-5">' + cell + "</table:table-row>",
            "columns INT_MAX, then a cell": '<table:table-row><table:table-cell table:number-columns-repeated="2147483647"/>'
                                            + cell + "</table:table-row>",
            "columns INT_MAX with text": '<table:table-row><table:table-cell table:number-columns-repeated="2147483647" '
                                         'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>',
            "1000 rows × 16000 cells": '<table:table-row table:number-rows-repeated="1000"><table:table-cell '
                                       'table:number-columns-repeated="16000" office:value-type="string">'
                                       "<text:p>x</text:p></table:table-cell></table:table-row>",
        }
        for name, rows in probes.items():
            with self.subTest(name):
                path = write_ods(self.dir / "repeat.ods", self.table, rows)
                self.assertReadOrRefused(name, *run("validate", path))
        path = write_ods(self.dir / "columns.ods", self.table, "",
                         '<table:table-column table:number-columns-repeated="2147483647"/>')
        self.assertReadOrRefused("column declaration INT_MAX", *run("validate", path))

    def test_xlsx_rows_spans_and_column_ranges(self):
        sheet = "xl/worksheets/sheet1.xml"
        probes = {
            "spans 1:INT_MAX": lambda x: x.replace('<row r="1">', '<row r="1" spans="1:2147483647">', 1),
            "spans INT_MAX:INT_MAX": lambda x: x.replace('<row r="2">', '<row r="2" spans="2147483647:2147483647">', 1),
            "spans beyond 2^32": lambda x: x.replace('<row r="2">', '<row r="2" spans="1:4294967297">', 1),
            "row INT_MAX": lambda x: x.replace(
                "</sheetData>", '<row r="2147483647"><c r="A2147483647" t="inlineStr"><is><t>x</t></is></c></row></sheetData>', 1),
            "last cell XFD1048576": lambda x: x.replace(
                "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>', 1),
            "cols 1:INT_MAX": lambda x: x.replace(
                "<sheetData>", '<cols><col min="1" max="2147483647" width="10"/></cols><sheetData>', 1),
            "row 10^20": lambda x: x.replace(
                "</sheetData>", '<row r="99999999999999999999"><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>', 1),
            "column ZZZZZZZZZZZZ": lambda x: x.replace(
                "</sheetData>", '<row r="200"><c r="ZZZZZZZZZZZZ200" t="inlineStr"><is><t>x</t></is></c></row></sheetData>', 1),
            "merge A1:XFD1048576": lambda x: x.replace(
                "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>', 1),
        }
        for name, edit in probes.items():
            with self.subTest(name):
                path = rewrite_zip(self.xlsx, self.dir / "repeat.xlsx",
                                   lambda member, text: edit(text) if member == sheet else text)
                self.assertReadOrRefused(name, *run("validate", path))


class UnclosedElements(Case):
    """200 000 unclosed elements: a few readable lines, no raw control bytes (item 3)."""

    def test_a_short_readable_error(self):
        sheet = "xl/worksheets/sheet1.xml"
        path = rewrite_zip(self.xlsx, self.dir / "unclosed.xlsx",
                           lambda member, text: text.replace("</sheetData>", "<row>\x01" * 200_000)
                           if member == sheet else text)
        self.assertLess(path.stat().st_size, 100_000)
        code, out, err, _ = run("validate", path)
        self.assertShortRefusal("unclosed", code, out, err, "unclosed.xlsx", sheet)
        self.assertNotIn(b"\x01", out + err)

    def test_a_part_that_ends_with_elements_open_is_damaged(self):
        # liborcus stops at the end of the text without a word: 200 000 <si> never closed,
        # or a part cut short, would be read as if whole.
        for name, member, edit in (
                ("strings.xlsx", "xl/sharedStrings.xml", lambda text: text.replace("</sst>", "<si>" * 200_000)),
                ("cut.xlsx", "xl/worksheets/sheet1.xml", lambda text: text[:text.rindex("</row>")])):
            with self.subTest(name):
                path = rewrite_zip(self.xlsx, self.dir / name,
                                   lambda m, text: edit(text) if m == member else text)
                code, out, err, _ = run("validate", path)
                self.assertShortRefusal(name, code, out, err, name, member, "XML が途中で終わっています")
        ods = write_ods(self.dir / "cut.ods", self.table, "")
        path = rewrite_zip(ods, self.dir / "cut2.ods",
                           lambda m, text: text[:text.rindex("</table:table>")] if m == "content.xml" else text)
        code, out, err, _ = run("validate", path)
        self.assertShortRefusal("cut2.ods", code, out, err, "cut2.ods", "XML が途中で終わっています")


class ZipMethods(Case):
    """What libzip cannot inflate, and zip encryption, named as such (item 9)."""

    def test_lzma_members(self):
        path = rewrite_zip(self.xlsx, self.dir / "lzma.xlsx", compression=zipfile.ZIP_LZMA)
        code, out, err, _ = run("validate", path)
        self.assertShortRefusal("lzma", code, out, err, "lzma.xlsx", "圧縮方式 LZMA", "保存し直す")

    def test_bzip2_members_are_read(self):
        path = rewrite_zip(self.xlsx, self.dir / "bzip2.xlsx", compression=zipfile.ZIP_BZIP2)
        code, out, err, _ = run("validate", path)
        self.assertEqual(code, 1, out.decode())  # findings of a filled sheet, not a refusal
        self.assertIn("card-api-1.0", out.decode())

    def test_pkware_encrypted_xlsx_and_ods(self):
        ods = write_ods(self.dir / "ods.ods", self.table, "")
        for name, source in (("暗号.xlsx", self.xlsx), ("暗号.ods", ods)):
            with self.subTest(name):
                path = mark_encrypted(rewrite_zip(source, self.dir / name))
                code, out, err, _ = run("validate", path)
                self.assertShortRefusal(name, code, out, err, name, "暗号化", "パスワード")
                self.assertNotIn("8 bit", out.decode())


def has_office_commands():
    return subprocess.run([CLI, "migrate", "--help"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, env=ENV).returncode == 0


@unittest.skipUnless(has_office_commands(), "built without LibreOffice")
class CellLimitBeforeOffice(Case):
    """A cell over 32 767 characters is refused before soffice starts (item 4): migrate, role,
    ignore add and report --format pdf (soffice opens the file itself)."""

    def huge_trial(self, where):
        table = make_sheets.rows("bank-api-trial-2017")
        table[1][-1] = "あ" * 32_768  # one character over the limit, 96 kB
        return make_sheets.write_xlsx(self.dir / where, "チェックリスト", table)

    def test_migrate(self):
        sheet = self.huge_trial("試行版.xlsx")
        out_dir = self.dir / "out"
        out_dir.mkdir()
        started = time.monotonic()
        code, out, err, _ = run("migrate", "-o", out_dir, sheet)
        self.assertEqual(code, 2, (out + err).decode())
        self.assertLess(time.monotonic() - started, 20, "no soffice")
        text = (out + err).decode()
        for word in ("試行版.xlsx", "チェックリスト!J2", "32768 文字", "上限 32767 文字", "LibreOffice は起動していません"):
            self.assertIn(word, text)
        self.assertEqual(list(out_dir.iterdir()), [])

    def test_role_and_ignore(self):
        sheet = self.huge_trial("回答.xlsx")
        before = sheet.read_bytes()
        for args in (("role", sheet, "api"), ("ignore", "add", sheet, "--rule", "item.missing", "--reason", "r")):
            with self.subTest(args[0]):
                code, out, err, _ = run(*args)
                self.assertEqual(code, 2, err.decode())
                self.assertIn("上限 32767 文字", err.decode())
                self.assertIn("LibreOffice は起動していません", err.decode())
        self.assertEqual(sheet.read_bytes(), before)
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()), ["回答.xlsx"])

    def test_report_pdf(self):
        table = make_sheets.rows("card-api-1.0")
        table[1][-1] = "x" * 40_000
        sheet = make_sheets.write_csv(self.dir / "長い.csv", table)
        code, out, err, _ = run("report", sheet, "--format", "pdf", "-o", self.dir)
        self.assertEqual(code, 2, err.decode())
        self.assertIn("長い.csv: セル", err.decode())
        self.assertIn("LibreOffice は起動していません", err.decode())
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()), ["回答.xlsx", "長い.csv"])
        code, out, err, _ = run("report", sheet, "-o", self.dir)  # HTML: no such limit
        self.assertEqual(code, 0, err.decode())

    def test_a_cell_at_the_limit_is_not_refused_for_its_size(self):
        table = make_sheets.rows("bank-api-trial-2017")
        table[1][-1] = "あ" * 32_767
        sheet = make_sheets.write_xlsx(self.dir / "試行版.xlsx", "チェックリスト", table)
        code, out, err, _ = run("migrate", "--dry-run", sheet)
        self.assertNotIn("上限", (out + err).decode())


if __name__ == "__main__":
    unittest.main()
