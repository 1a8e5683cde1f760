"""The fixture every extension integration test class shares: one soffice under Xvfb for
the class, on a throwaway profile with the .oxt installed, started in setUpClass and
stopped (profile removed) in tearDownClass, also when the setup fails half-way.

It also reads the panels (state, wait_state) and takes screenshots. A test class
configures it instead of writing its own setUpClass:

    class MyTest(office_test.OfficeTestCase):
        LOCALE = "en-US"                      # the office UI locale
        NEEDS = ("APICHECKLIST_CLI",)         # environment beyond the .oxt and the catalog
        CATALOG_PACKAGE = PATH                # installed with the helper first (or None)

        @classmethod
        def prepare(cls, installer):          # a headless soffice on the profile, .oxt in
            make_sample.write_sample(installer.desktop, ..., office_test.CATALOG)
"""

import os
import subprocess
import unittest

import office as om

OXT = os.environ.get("APICHECKLIST_OXT", "")
CATALOG = os.environ.get("APICHECKLIST_CATALOG_DIR", "")
CLI = os.environ.get("APICHECKLIST_CLI", "")
ARTIFACTS = os.environ.get("APICHECKLIST_ARTIFACTS", "")
WAIT = 20  # seconds any single UI change may take before a test fails


def screenshot(office, name):
    """The whole screen, once soffice has painted, as $APICHECKLIST_ARTIFACTS/name."""
    if not ARTIFACTS:
        return
    om.settle(office)
    os.makedirs(ARTIFACTS, exist_ok=True)
    subprocess.run(["import", "-window", "root", os.path.join(ARTIFACTS, name)], check=False, timeout=30)


class OfficeTestCase(unittest.TestCase):
    LOCALE = "ja"
    NEEDS = ()  # more environment variables the class cannot run without
    CATALOG_PACKAGE = None  # a catalog package `apichecklist catalog install` puts in place

    @classmethod
    def make_profile(cls):
        """The class's profile: a fresh one, which install() fills."""
        return om.Profile(locale=cls.LOCALE)

    @classmethod
    def install(cls):
        """Installs the .oxt into the profile, then lets prepare() write the documents."""
        with om.Office(cls.profile) as installer:
            om.install_extension(installer, OXT)
            cls.prepare(installer)

    @classmethod
    def prepare(cls, installer):
        """Writes the class's documents with `installer`, a headless soffice on the profile."""

    @classmethod
    def catalog_package(cls):
        return cls.CATALOG_PACKAGE

    @classmethod
    def start_office(cls):
        log = os.path.join(ARTIFACTS, "soffice-%s.log" % cls.__name__) if ARTIFACTS else None
        if log:
            os.makedirs(ARTIFACTS, exist_ok=True)
        # No retry: a start that fails says why (status, soffice's output) in the error.
        return om.Office(cls.profile, headless=False, log_path=log).start()

    @classmethod
    def setUpClass(cls):
        needed = ("APICHECKLIST_OXT", "APICHECKLIST_CATALOG_DIR") + tuple(cls.NEEDS)
        missing = [name for name in needed if not os.environ.get(name)]
        if missing or not os.path.exists(OXT):
            raise unittest.SkipTest("not set: %s" % ", ".join(missing or ["APICHECKLIST_OXT (no file)"]))
        cls.profile = None
        cls.office = None
        cls.installed = None
        try:
            cls.profile = cls.make_profile()
            package = cls.catalog_package()
            if package:
                # Until restore(), this process, the soffices it starts and their helper find it.
                cls.installed = om.InstalledCatalog(CLI, package, CATALOG, os.path.join(cls.profile.path, "data"))
            cls.install()
            cls.office = cls.start_office()
        except BaseException:
            cls.tearDownClass()
            raise

    def state(self, doc, panel):
        """What the named panel of the document's frame shows (office.panel_state)."""
        return om.panel_state(self.office, doc.CurrentController.Frame, panel)

    def wait_state(self, doc, panel, predicate, what):
        """The panel's state once `predicate` holds for it; fails after WAIT seconds."""
        return om.wait_until(lambda: (lambda s: s if s and predicate(s) else None)(self.state(doc, panel)),
                             WAIT, what)

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.office is not None:
                cls.office.stop()
        finally:
            if cls.installed is not None:
                cls.installed.restore()
            if cls.profile is not None:
                cls.profile.remove()
