"""The checked catalog kept in the cache directory (io/catalog_cache.hpp): a cached run says
what an uncached one says, and every change to a catalog file or an installed package (same
size and modification time included) is checked again as if nothing had been cached.

  APICHECKLIST_CLI=... python3 test_catalog_cache.py
"""
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "catalog"
TEST_PACKAGE = ROOT / "tests/data/catalogs/card-api-1.1-test"
CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
# Older than the cache's two seconds for files that may still be being written.
LONG_AGO = 1_600_000_000


def age(tree):
    for path in [tree, *tree.rglob("*")]:
        os.utime(path, (LONG_AGO, LONG_AGO), follow_symlinks=False)


class CatalogCache(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="apichecklist-cache-"))
        self.builtin = self.tmp / "builtin"
        shutil.copytree(CATALOG, self.builtin)
        self.data = self.tmp / "data"
        self.cache = self.tmp / "cache"
        age(self.builtin)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_cli(self, *args, cache=True):
        env = dict(os.environ, APICHECKLIST_CATALOG=str(self.builtin),
                   APICHECKLIST_DATA_HOME=str(self.data), APICHECKLIST_LANG="ja")
        env["XDG_CACHE_HOME"] = str(self.cache if cache else self.tmp / "unused-cache")
        return subprocess.run([CLI, *args], env=env, capture_output=True, text=True, timeout=60)

    def cached_files(self):
        return sorted((self.cache / "apichecklist").glob("catalog-*.bin"))

    def install_test_package(self):
        shutil.copytree(TEST_PACKAGE, self.data / "catalogs" / TEST_PACKAGE.name)
        age(self.data)

    def test_a_cached_run_says_what_an_uncached_one_says(self):
        self.install_test_package()
        for args in (("--json", "list"), ("show", "12"), ("--json", "glossary"),
                     ("--json", "mapping", "--from", "bank-api-trial-2017", "--to", "card-api-1.0"),
                     ("--json", "catalog", "list")):
            uncached = self.run_cli(*args, cache=False)
            first = self.run_cli(*args)
            self.assertTrue(self.cached_files(), args)
            second = self.run_cli(*args)
            self.assertEqual(uncached.returncode, 0, uncached.stderr)
            for run in (first, second):
                self.assertEqual((run.returncode, run.stdout, run.stderr),
                                 (uncached.returncode, uncached.stdout, uncached.stderr), args)

    def test_a_file_changed_behind_the_cache_is_hashed_again(self):
        self.assertEqual(self.run_cli("list").returncode, 0)
        self.assertTrue(self.cached_files())
        checklist = self.builtin / "checklists/card-api-1.0.json"
        text = checklist.read_bytes()
        # Same size, and the old modification time put back: only the change time moved.
        checklist.write_bytes(text.replace("認証".encode(), "確認".encode(), 1))
        age(self.builtin)
        broken = self.run_cli("list")
        self.assertEqual(broken.returncode, 2, broken.stderr)
        self.assertIn("sha256", broken.stderr)
        checklist.write_bytes(text)
        age(self.builtin)
        self.assertEqual(self.run_cli("list").returncode, 0)

    def test_a_file_added_to_an_installed_package_is_found(self):
        self.install_test_package()
        self.assertEqual(self.run_cli("list").returncode, 0)
        self.assertTrue(self.cached_files())
        (self.data / "catalogs" / TEST_PACKAGE.name / "extra.json").write_text("{}")
        age(self.data)
        broken = self.run_cli("list")
        self.assertEqual(broken.returncode, 2, broken.stderr)
        self.assertIn("extra.json", broken.stderr)

    def test_an_installed_package_is_seen_at_once(self):
        self.assertEqual(self.run_cli("list").returncode, 0)
        self.assertNotIn("card-api-1.1-test", self.run_cli("list").stdout)
        self.install_test_package()
        self.assertIn("card-api-1.1-test", self.run_cli("list").stdout)

    def test_a_damaged_cache_is_loaded_again(self):
        expected = self.run_cli("show", "12")
        for cached in self.cached_files():
            cached.write_bytes(cached.read_bytes()[:-100])
        again = self.run_cli("show", "12")
        self.assertEqual((again.returncode, again.stdout), (expected.returncode, expected.stdout))

    def test_files_written_just_now_are_not_cached(self):
        (self.builtin / "references.json").touch()
        self.assertEqual(self.run_cli("list").returncode, 0)
        self.assertEqual(self.cached_files(), [])


if __name__ == "__main__":
    unittest.main()
