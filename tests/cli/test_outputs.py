"""What the helper writes, and where: never onto a FIFO, a device or a directory (issue 14,
items 5 and 6), never half a file or a temp file left behind, escaped control characters on
the terminal (item 12), bounded quotes of huge cells (item 3).

  APICHECKLIST_CLI=... python3 test_outputs.py
"""
import json
import os
import stat
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
RAW_CONTROLS = [b"\x1b", b"\x07", b"\r", b"\xc2\x9b", b"\xe2\x80\xae"]


def run(*args, cwd=None, env=None, stdout=subprocess.PIPE, shell_prefix=None):
    argv = [CLI, *map(str, args)]
    if shell_prefix:
        argv = ["/bin/bash", "-c", shell_prefix + ' exec "$@"', "bash", *argv]
    return subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, cwd=cwd, env=env or ENV, timeout=120)


class Case(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp(prefix="apichecklist-outputs-"))
        self.sheet = make_sheets.write_csv(self.dir / "回答.csv", make_sheets.rows("card-api-1.0"))

    def tearDown(self):
        subprocess.run(["rm", "-rf", str(self.dir)])

    def assertRefused(self, result, *words):
        self.assertEqual(result.returncode, 2, result.stderr.decode())
        err = result.stderr.decode()
        self.assertNotIn("filesystem error", err)
        for word in words:
            self.assertIn(word, err)

    def listing(self, directory=None):
        return sorted(p.name for p in (directory or self.dir).iterdir())


class OutputPlaces(Case):
    """Every writer refuses a FIFO and a device (directly or through a link) with exit 2."""

    def writers(self, target):
        trial = make_sheets.write_csv(self.dir / "試行版.csv", make_sheets.rows("bank-api-trial-2017"))
        return {
            "report html": ("report", self.sheet, "-o", target),
            "report json": ("report", self.sheet, "--format", "json", "-o", target),
            "report pdf": ("report", self.sheet, "--format", "pdf", "-o", target),
            "template build": ("template", "build", "-o", target),
            "migrate": ("migrate", "--force", "-o", self.dir / "out", trial),
        }

    def special_targets(self):
        fifo = self.dir / "fifo"
        os.mkfifo(fifo)
        link_to_fifo = self.dir / "link-to-fifo"
        link_to_fifo.symlink_to(fifo)
        link_to_null = self.dir / "link-to-null"
        link_to_null.symlink_to("/dev/null")
        return {fifo: "名前付きパイプ", link_to_fifo: "名前付きパイプ", link_to_null: "デバイスファイル"}

    def test_fifo_and_device_are_never_replaced(self):
        null_before = os.stat("/dev/null")
        (self.dir / "out").mkdir()
        for target, word in self.special_targets().items():
            for name, args in self.writers(target).items():
                if name == "migrate":
                    # The migrated sheet's own name in the output directory is the FIFO.
                    out = self.dir / "out" / "試行版_Ver.1.0.ods"
                    if out.is_symlink() or out.exists():
                        out.unlink()
                    out.symlink_to(target)
                    result = run(*args, "--json")
                    self.assertEqual(result.returncode, 2, (name, target, result.stderr.decode()))
                    error = json.loads(result.stdout)["files"][0]["error"]["message"]
                    self.assertIn(word, error, name)
                    self.assertTrue(out.is_symlink())
                else:
                    self.assertRefused(run(*args), word)
                kind = os.lstat(target)
                if target.name == "fifo":
                    self.assertTrue(stat.S_ISFIFO(kind.st_mode), (name, target))
                else:
                    self.assertTrue(stat.S_ISLNK(kind.st_mode), (name, target))
        self.assertTrue(stat.S_ISFIFO(os.stat(self.dir / "fifo").st_mode))
        after = os.stat("/dev/null")
        self.assertTrue(stat.S_ISCHR(after.st_mode))
        self.assertEqual((after.st_ino, after.st_rdev), (null_before.st_ino, null_before.st_rdev))
        self.assertEqual([n for n in self.listing() if n.startswith(".")], [], "no temp file left")

    def test_a_directory_gets_the_report_named_after_the_input(self):
        out = self.dir / "報告"
        out.mkdir()
        for args, name in ((("-o", out), "回答_確認結果.html"),
                           (("--format", "json", "-o", out), "回答_確認結果.json"),
                           (("--json", "-o", str(out) + "/"), "回答_確認結果.json")):
            result = run("report", self.sheet, *args)
            self.assertEqual(result.returncode, 0, result.stderr.decode())
            self.assertIn(name, result.stderr.decode())
            self.assertTrue((out / name).is_file())
        self.assertEqual(self.listing(out), ["回答_確認結果.html", "回答_確認結果.json"])
        json.loads((out / "回答_確認結果.json").read_text(encoding="utf-8"))

    def test_dot_is_the_current_directory(self):
        result = run("report", self.sheet, "-o", ".", cwd=self.dir)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(self.listing(), ["回答.csv", "回答_確認結果.html"])

    def test_a_missing_directory_is_refused_and_nothing_is_made(self):
        self.assertRefused(run("report", self.sheet, "-o", str(self.dir / "ない") + "/"), "ディレクトリがありません")
        self.assertRefused(run("report", self.sheet, "-o", self.dir / "ない" / "x.html"), "ディレクトリ")
        self.assertEqual(self.listing(), ["回答.csv"])

    def test_a_regular_file_is_replaced_keeping_its_mode(self):
        target = self.dir / "old.html"
        target.write_text("old")
        target.chmod(0o640)
        self.assertEqual(run("report", self.sheet, "-o", target).returncode, 0)
        self.assertIn("<html", target.read_text(encoding="utf-8"))
        self.assertEqual(stat.S_IMODE(target.stat().st_mode), 0o640)

    def test_a_link_to_a_file_is_followed_and_stays_a_link(self):
        real = self.dir / "real.html"
        real.write_text("old")
        link = self.dir / "link.html"
        link.symlink_to(real)
        self.assertEqual(run("report", self.sheet, "-o", link).returncode, 0)
        self.assertTrue(link.is_symlink())
        self.assertIn("<html", real.read_text(encoding="utf-8"))

    def test_a_dangling_link_and_the_input_itself_are_refused(self):
        dangling = self.dir / "dangling.html"
        dangling.symlink_to(self.dir / "nowhere" / "x.html")
        self.assertRefused(run("report", self.sheet, "-o", dangling), "リンク先がない")
        before = self.sheet.read_bytes()
        self.assertRefused(run("report", self.sheet, "-o", self.sheet), "入力ファイルと同じ")
        self.assertEqual(self.sheet.read_bytes(), before)

    def test_a_failed_write_leaves_neither_half_a_file_nor_a_temp_file(self):
        target = self.dir / "report.html"
        target.write_text("previous")
        # The file size limit makes write() fail with EFBIG (SIGXFSZ ignored), as a full disk would.
        result = run("report", self.sheet, "-o", target, shell_prefix="trap '' XFSZ; ulimit -f 4;")
        self.assertRefused(result, "書き込めません")
        self.assertEqual(target.read_text(), "previous")
        self.assertEqual(self.listing(), ["report.html", "回答.csv"])

    def test_a_full_standard_output_is_an_error(self):
        with open("/dev/full", "wb") as full:
            result = run("report", self.sheet, stdout=full)
        self.assertRefused(result, "標準出力に書き込めませんでした")


class PdfOfAFileSofficeRefuses(Case):
    """soffice opens a private copy; its refusal names the user's file (a real soffice)."""

    def test_the_message_names_the_users_file(self):
        # An XML character reference to ESC in the sheet name: the reader takes it, Calc does not.
        xlsx = make_sheets.write_xlsx(self.dir / "拒否.xlsx", "&#x1b;チェック", make_sheets.rows("card-api-1.0"))
        result = run("report", xlsx, "--format", "pdf", "-o", self.dir)
        self.assertRefused(result, f"{xlsx}: 開けません")
        self.assertNotIn("report-", result.stderr.decode(), "the private copy's directory")
        self.assertEqual(self.listing(), ["回答.csv", "拒否.xlsx"])


class TerminalEscapes(Case):
    """File-provided text reaches the terminal with its control characters escaped."""

    HOSTILE = "\x1b[2J\x1b]0;pwned\x07\u009b31m\u202eevil"

    def assertNoRawControls(self, data, what):
        for raw in RAW_CONTROLS:
            self.assertNotIn(raw, data, what)

    def test_sheet_name_with_escape_sequences(self):
        name_xml = "&#x1b;[2J&#x1b;]0;pwned&#x7;チェック"
        xlsx = make_sheets.write_xlsx(self.dir / "hostile.xlsx", name_xml, make_sheets.rows("card-api-1.0"))
        result = run("validate", xlsx)
        self.assertIn(result.returncode, (0, 1), result.stderr.decode())
        self.assertNoRawControls(result.stdout + result.stderr, "validate text")
        self.assertIn("\\u001b[2J\\u001b]0;pwned\\u0007チェック", result.stdout.decode())
        # --json keeps the name exactly: \uXXXX is JSON's own escape.
        data = json.loads(run("validate", "--json", xlsx).stdout)
        self.assertEqual(data["files"][0]["sheet"], "\x1b[2J\x1b]0;pwned\x07チェック")

    def test_file_names_with_controls_and_bytes_that_are_not_utf8(self):
        table = make_sheets.rows("card-api-1.0")
        evil = make_sheets.write_csv(self.dir / "a\x1b[2Jb.csv", table)
        latin = make_sheets.write_csv(Path(os.fsdecode(bytes(self.dir) + b"/c\xff.csv")), table)
        result = run("validate", evil, latin)
        self.assertNoRawControls(result.stdout + result.stderr, "file names")
        self.assertIn(b"a\\u001b[2Jb.csv", result.stdout)
        self.assertIn(b"c\\xff.csv", result.stdout)
        # JSON cannot carry the byte: it becomes U+FFFD, not an exception.
        data = json.loads(run("validate", "--json", latin).stdout)
        self.assertTrue(data["files"][0]["file"].endswith("c\ufffd.csv"))

    def test_catalog_package_title(self):
        package = self.dir / "card-api-1.1-test"
        source = make_sheets.CATALOG.parent / "tests/data/catalogs/card-api-1.1-test"
        subprocess.run(["cp", "-r", str(source), str(package)], check=True)
        checklist_file = package / "checklists/card-api-1.1-test.json"
        data = json.loads(checklist_file.read_text(encoding="utf-8"))
        data["title"] = self.HOSTILE + data["title"]
        checklist_file.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        import hashlib
        manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
        for entry in manifest["files"]:
            entry["sha256"] = hashlib.sha256((package / entry["path"]).read_bytes()).hexdigest()
        (package / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        env = {**ENV, "APICHECKLIST_DATA_HOME": str(self.dir / "data")}
        self.assertEqual(run("catalog", "install", package, env=env).returncode, 0)
        listed = run("catalog", "list", env=env)
        self.assertEqual(listed.returncode, 0, listed.stderr.decode())
        self.assertNoRawControls(listed.stdout + listed.stderr, "catalog list")
        self.assertIn("\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202eevil", listed.stdout.decode())
        for command in (("list",), ("show", "1", "--checklist", "card-api-1.1-test")):
            shown = run(*command, env=env)
            self.assertNoRawControls(shown.stdout + shown.stderr, command)
        titles = {c["id"]: c["title"] for c in json.loads(run("list", "--json", env=env).stdout)}
        self.assertTrue(titles["card-api-1.1-test"].startswith(self.HOSTILE))


class JsonErrors(Case):
    """With --json, an error that stops any command is one JSON object on stdout,
    {"error": {"message", …}} (the shape of a file's error), with the documented exit code."""

    def test_every_command_reports_its_error_as_json(self):
        missing = self.dir / "missing" / "dir"
        cases = {
            "migrate -o missing dir": (2, ("migrate", "--json", "-o", missing, self.sheet)),
            "report -o missing dir": (2, ("report", self.sheet, "--json", "-o", missing / "x.html")),
            "template -o missing dir": (2, ("template", "build", "--json", "-o", missing / "x.ots")),
            "compare missing file": (2, ("compare", "--json", self.sheet, self.dir / "nope.csv")),
            "show unknown 通番": (1, ("show", "999", "--json")),
            "related unknown 通番": (1, ("related", "999", "--json")),
            "items unknown checklist": (1, ("items", "--checklist", "nope", "--json")),
            "catalog remove unknown": (1, ("catalog", "remove", "nope", "--json")),
            "usage error": (2, ("show", "--json")),
            "unknown option": (2, ("--json", "list", "--bogus")),
            "damaged catalog": (2, ("--json", "--catalog", self.dir, "list")),
        }
        for name, (code, args) in cases.items():
            with self.subTest(name):
                result = run(*args)
                self.assertEqual(result.returncode, code, result.stderr.decode())
                error = json.loads(result.stdout)["error"]
                self.assertTrue(error["message"].strip(), result.stdout)
                self.assertIn(error["message"], result.stderr.decode(), "the same text on stderr")


class BoundedQuotes(Case):
    """A finding quotes a short excerpt of a cell, however long the cell."""

    def test_a_huge_changed_goal_gives_a_small_finding(self):
        huge = "あ" * 2_000_000  # 6 MB in one cell
        table = make_sheets.rows("card-api-1.0", goal_of=lambda n: huge if n == 5 else None)
        table[2][0] = "x" * 100_000  # 通番 of item 2: a 100 kB number
        sheet = make_sheets.write_csv(self.dir / "huge.csv", table)
        result = run("validate", "--json", sheet)
        self.assertLess(len(result.stdout), 40_000, "the JSON stays small")
        findings = json.loads(result.stdout)["files"][0]["findings"]
        changed = [f for f in findings if f["rule"] == "official.changed" and f["number"] == 5]
        self.assertEqual(len(changed), 1, findings)
        self.assertLessEqual(len(changed[0]["actual"]), 201)
        for f in findings:
            self.assertLess(len(f["message"]), 400, f["rule"])
            self.assertLess(len(f["message_en"]), 400, f["rule"])
        text = run("validate", sheet)
        self.assertLess(len(text.stdout), 20_000)


if __name__ == "__main__":
    unittest.main()
