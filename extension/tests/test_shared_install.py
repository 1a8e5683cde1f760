"""Integration test of an install for every user, as IT does it: `unopkg add --shared` of the
.oxt (no -s, nobody at the keyboard), then a user who never started LibreOffice (a fresh
profile) starts Calc under Xvfb. The extension must be there for that user at once: no
licence to click through, no dialog in front of Calc, the deck in the sidebar.

The shared install goes into a private copy of the LibreOffice installation (its
fundamentalrc points at the copy, share/uno_packages/cache is the copy's own), so the
machine's LibreOffice and every other soffice running meanwhile stay untouched.

    xvfb-run -a -s '-screen 0 1600x1000x24' /usr/bin/python3 extension/tests/test_shared_install.py
with APICHECKLIST_OXT, APICHECKLIST_CATALOG_DIR (and APICHECKLIST_ARTIFACTS) set.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))

import office as om  # noqa: E402
import office_test  # noqa: E402
from office_test import OXT, WAIT, screenshot  # noqa: E402

SYSTEM_INSTALL = os.path.dirname(os.path.dirname(os.path.realpath(om.SOFFICE)))  # /usr/lib/libreoffice
IDENTIFIER = "org.apichecklist.sidebar"
DECK = "ApiChecklistDeck"
UNOPKG_WAIT = 120  # seconds: unopkg add --shared takes about 1 s here; a question would hang it


def private_installation(root):
    """A copy of the LibreOffice installation whose shared extensions are its own."""
    copy = os.path.join(root, "libreoffice")
    shutil.copytree(SYSTEM_INSTALL, copy, symlinks=True, ignore=shutil.ignore_patterns("sdk"))
    # Debian's links are relative (../../../../share/libreoffice/…): point them where the
    # system's point, so the copy finds the same images and templates.
    for folder, dirs, files in os.walk(copy):
        for name in dirs + files:
            path = os.path.join(folder, name)
            if os.path.islink(path) and not os.path.isabs(os.readlink(path)):
                original = os.path.join(SYSTEM_INSTALL, os.path.relpath(path, copy))
                os.unlink(path)
                os.symlink(os.path.realpath(original), path)
    with open(os.path.join(SYSTEM_INSTALL, "program", "fundamentalrc"), encoding="utf-8") as f:
        text = f.read()
    base = "BRAND_BASE_DIR=file://" + SYSTEM_INSTALL
    if base not in text:
        raise RuntimeError("%s/program/fundamentalrc has no %s" % (SYSTEM_INSTALL, base))
    with open(os.path.join(copy, "program", "fundamentalrc"), "w", encoding="utf-8") as f:
        f.write(text.replace(base, "BRAND_BASE_DIR=" + om.file_url(copy)))
    # Debian links these to /var: the copy gets empty directories of its own.
    for linked in ("share/uno_packages/cache", "share/prereg/bundled"):
        path = os.path.join(copy, linked)
        if os.path.islink(path):
            os.unlink(path)
            os.makedirs(path)
    return copy


def _title(window):
    try:
        return window.getAccessibleContext().getAccessibleName()
    except Exception:  # a window without accessibility: still counted
        return repr(window)


class SharedInstallTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not (OXT and os.path.exists(OXT)):
            raise unittest.SkipTest("APICHECKLIST_OXT not set")
        cls.root = tempfile.mkdtemp(prefix="apichecklist-shared-")
        cls.office = None
        try:
            cls.install = private_installation(cls.root)
            cls.unopkg = os.path.join(cls.install, "program", "unopkg")
            # unopkg needs a profile of its own too: never the user's, never the test user's.
            cls.admin_profile = om.Profile(os.path.join(cls.root, "admin"))
            cls.added = subprocess.run(
                [cls.unopkg, "add", "--shared", "-env:UserInstallation=" + cls.admin_profile.url, OXT],
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=UNOPKG_WAIT,
                env=om.office_environment())
        except BaseException:
            shutil.rmtree(cls.root, ignore_errors=True)
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.office is not None:
                cls.office.stop()
        finally:
            shutil.rmtree(cls.root, ignore_errors=True)

    def test_1_unopkg_add_shared_asks_nothing(self):
        self.assertEqual(self.added.returncode, 0, self.added.stdout + self.added.stderr)
        listed = subprocess.run(
            [self.unopkg, "list", "--shared", "-env:UserInstallation=" + self.admin_profile.url],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=UNOPKG_WAIT,
            env=om.office_environment())
        self.assertIn("Identifier: " + IDENTIFIER, listed.stdout, listed.stderr)
        self.assertNotIn("License", listed.stdout.split("Identifier: " + IDENTIFIER)[1].split("Identifier:")[0])

    def test_2_a_new_user_starts_calc_with_the_deck_and_no_dialog(self):
        self.assertEqual(self.added.returncode, 0, "the shared install failed")
        profile = om.Profile(os.path.join(self.root, "new-user"))  # nobody ever started here
        log = os.path.join(self.root, "soffice.log")
        type(self).office = om.Office(profile, headless=False, log_path=log,
                                      soffice=os.path.join(self.install, "program", "soffice")).start()
        office = self.office
        manager = office.context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        shared = [p.getIdentifier().Value for p in manager.getDeployedExtensions(
            "shared", manager.createAbortChannel(), om._Environment())]
        self.assertIn(IDENTIFIER, shared)
        doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
        self.addCleanup(om.close_quietly, doc)
        frame = doc.CurrentController.Frame
        om.open_deck(office, frame)
        om.wait_until(lambda: DECK in doc.CurrentController.getSidebar().getDecks().getElementNames(), WAIT,
                      "the deck in the new user's sidebar")
        om.wait_until(lambda: om.panel_state(office, frame, "ValidationPanel"), WAIT, "the 検証 panel")
        # Nothing stands in front of Calc: its frame's window is the only top window.
        toolkit = office.service("com.sun.star.awt.Toolkit")
        shown = [_title(window) for window in map(toolkit.getTopWindow, range(toolkit.getTopWindowCount()))
                 if window.isVisible()]
        self.assertEqual(shown, [frame.Title], "a dialog in front of Calc")
        screenshot(office, "shared-install-new-user.png")


if __name__ == "__main__":
    unittest.main(verbosity=2)
