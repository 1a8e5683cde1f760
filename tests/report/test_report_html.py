"""The HTML report opens in headless Chromium without errors; its screenshot is kept.

  APICHECKLIST_CLI=... APICHECKLIST_FIXTURES=... APICHECKLIST_ARTIFACTS=... python3 test_report_html.py
"""
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

CLI = os.environ.get("APICHECKLIST_CLI", "")
FIXTURES = Path(os.environ.get("APICHECKLIST_FIXTURES", "."))
ARTIFACTS = Path(os.environ.get("APICHECKLIST_ARTIFACTS", tempfile.gettempdir()))
CHROMIUM = shutil.which("chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0"]


def chromium(profile, *args):
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


@unittest.skipUnless(CHROMIUM, "Debian's chromium is not installed (scripts/install-deps.sh installs it)")
class ReportInChromium(unittest.TestCase):
    def setUp(self):
        self.work = Path(tempfile.mkdtemp(prefix="apichecklist-report-"))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def tearDown(self):
        shutil.rmtree(self.work, ignore_errors=True)

    def render(self, fixture, role):
        html = self.work / f"{Path(fixture).stem}.html"
        made = subprocess.run([CLI, "report", str(FIXTURES / fixture), "--role", role, "-o", str(html)],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "APICHECKLIST_LANG": "ja"})
        self.assertEqual(made.returncode, 0, made.stderr)
        return html

    def test_dom_has_the_chart_and_the_tables(self):
        html = self.render("broken.ods", "api")
        result = chromium(self.work / "profile", "--dump-dom", html.as_uri())
        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        self.assertIn("<svg", result.stdout)
        self.assertIn("区分ごとの回答状況", result.stdout)
        self.assertGreaterEqual(result.stdout.count("<rect"), 9, "one bar segment per 区分 at least")
        console_errors = [l for l in result.stderr.splitlines() if "CONSOLE" in l and "ERROR" in l.upper()]
        self.assertEqual([], console_errors)

    def test_screenshots_for_both_roles(self):
        for fixture, role in (("broken.ods", "api"), ("clean-card.xlsx", "card")):
            html = self.render(fixture, role)
            shot = ARTIFACTS / f"report-{Path(fixture).stem}-{role}.png"
            result = chromium(self.work / "profile", f"--screenshot={shot}", "--window-size=1000,1600",
                              "--hide-scrollbars", html.as_uri())
            self.assertEqual(result.returncode, 0, result.stderr[-2000:])
            self.assertGreater(shot.stat().st_size, 20_000, "a rendered page, not a blank one")


if __name__ == "__main__":
    unittest.main()
