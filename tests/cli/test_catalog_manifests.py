"""Catalog packages whose manifest lies (issue 14, items 13–16 and the small ones): checked
against the schema (the same verdict as python3-jsonschema) and against the files, on install
and on verify; a broken installed package can be removed or replaced and is named; extra
files and links are flagged; official text that differs from the built-in one is warned about.

  APICHECKLIST_CLI=... python3 test_catalog_manifests.py
"""
import copy
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "catalog"
TEST_PACKAGE = ROOT / "tests/data/catalogs/card-api-1.1-test"
CLI = os.environ.get("APICHECKLIST_CLI", "apichecklist")
SCHEMA = json.loads((CATALOG / "schemas/manifest.schema.json").read_text(encoding="utf-8"))


def rehash(package):
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        path = package / entry["path"]
        if path.is_file():
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    write_manifest(package, manifest)


def write_manifest(package, manifest):
    (package / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")


def manifest_of(package):
    return json.loads((package / "manifest.json").read_text(encoding="utf-8"))


def edited(manifest, edit):
    out = copy.deepcopy(manifest)
    edit(out)
    return out


# Manifests that break the schema: python3-jsonschema and the helper must both refuse them.
def schema_probes(m):
    def changed(edit):
        return edited(m, edit)
    return {
        "version 1.2.3.4": changed(lambda x: x.update(catalog_version="1.2.3.4")),
        "version 1.2": changed(lambda x: x.update(catalog_version="1.2")),
        "version with text": changed(lambda x: x.update(catalog_version="2026.1.1-beta")),
        "extra key": changed(lambda x: x.update(extra=1)),
        "extra key in a checklist entry": changed(lambda x: x["checklists"][0].update(comment="x")),
        "extra key in a file entry": changed(lambda x: x["files"][0].update(size=1)),
        "upper-case package id": changed(lambda x: x.update(package="Card-API")),
        "package id with a slash": changed(lambda x: x.update(package="../evil")),
        "kind": changed(lambda x: x.update(kind="checklist")),
        "bad sha256": changed(lambda x: x["files"][0].update(sha256="XYZ")),
        "unknown file kind": changed(lambda x: x["files"][0].update(kind="binary")),
        "missing mappings": changed(lambda x: x.pop("mappings")),
        "checklists not an array": changed(lambda x: x.update(checklists={})),
        "official as text": changed(lambda x: x["checklists"][0].update(official="yes")),
        "checklist id with a space": changed(lambda x: x["checklists"][0].update(id="card api")),
    }


# Manifests the schema accepts but that disagree with the package's files.
def file_probes(m):
    def changed(edit):
        return edited(m, edit)
    return {
        "checklist id of another file": (changed(lambda x: x["checklists"][0].update(id="card-api-1.0")), "holds checklist"),
        "mapping from an unknown checklist": (changed(lambda x: x["mappings"][0].update(**{"from": "no-such-list"})), "maps from"),
        "mapping to another checklist": (changed(lambda x: x["mappings"][0].update(to="card-api-1.0")), "maps to"),
        "checklist file /etc/passwd": (changed(lambda x: x["checklists"][0].update(file="/etc/passwd")), "is not a checklist file"),
        "listed path /etc/passwd": (changed(lambda x: x["files"].append({"path": "/etc/passwd", "kind": "references", "sha256": "0" * 64})), "relative"),
        "listed path ../x": (changed(lambda x: x["files"].append({"path": "../x.json", "kind": "references", "sha256": "0" * 64})), "inside the package"),
        "version not the file's": (changed(lambda x: x["checklists"][0].update(version="9.9")), "version"),
        "official not the file's": (changed(lambda x: x["checklists"][0].update(official=True)), "official"),
        "checklist without an entry": (changed(lambda x: x.update(checklists=[])), "has no entry"),
        "mapping without an entry": (changed(lambda x: x.update(mappings=[])), "has no entry"),
        "file listed twice": (changed(lambda x: x["files"].append(dict(x["files"][0]))), "listed twice"),
    }


class Packages(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp(prefix="apichecklist-manifests-"))
        self.package = self.dir / "card-api-1.1-test"
        shutil.copytree(TEST_PACKAGE, self.package)
        self.installed = self.dir / "data/catalogs/card-api-1.1-test"

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def cli(self, *args):
        env = {**os.environ, "APICHECKLIST_LANG": "ja", "APICHECKLIST_CATALOG": str(CATALOG),
               "APICHECKLIST_DATA_HOME": str(self.dir / "data")}
        r = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)
        self.assertNotIn("filesystem error", r.stderr)
        return r

    def install_ok(self, package=None):
        r = self.cli("catalog", "install", package or self.package)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r


class ManifestChecks(Packages):
    def test_schema_probes_agree_with_jsonschema(self):
        validator = jsonschema.Draft202012Validator(SCHEMA)
        original = manifest_of(TEST_PACKAGE)
        self.assertTrue(validator.is_valid(original))
        self.install_ok()
        for name, manifest in schema_probes(original).items():
            with self.subTest(name):
                self.assertFalse(validator.is_valid(manifest), "jsonschema accepts it")
                write_manifest(self.package, manifest)
                r = self.cli("catalog", "install", self.package)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn("card-api-1.1-test/manifest.json", r.stderr, "the user's package is named")
                self.assertNotIn(".staging-", r.stderr, "not the directory it was unpacked into")
                # Planted into the installed copy: verify names the package.
                write_manifest(self.installed, manifest)
                v = self.cli("catalog", "verify")
                self.assertEqual(v.returncode, 1, v.stdout + v.stderr)
                self.assertIn("NG  card-api-1.1-test", v.stdout)
        write_manifest(self.installed, original)
        self.assertEqual(self.cli("catalog", "verify").returncode, 0)

    def test_manifests_that_disagree_with_the_files(self):
        original = manifest_of(TEST_PACKAGE)
        self.install_ok()
        for name, (manifest, words) in file_probes(original).items():
            with self.subTest(name):
                self.assertTrue(jsonschema.Draft202012Validator(SCHEMA).is_valid(manifest), "schema-valid")
                write_manifest(self.package, manifest)
                r = self.cli("catalog", "install", self.package)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(words, r.stderr)
                self.assertNotIn(".staging-", r.stderr, "the user's package is named")
                write_manifest(self.installed, manifest)
                v = self.cli("catalog", "verify")
                self.assertEqual(v.returncode, 1, v.stdout + v.stderr)
                self.assertIn(words, v.stdout)
        self.assertTrue((Path("/etc/passwd")).exists())

    def test_extra_files_and_links_in_an_installed_package(self):
        self.install_ok()
        (self.installed / "notes.txt").write_text("not listed")
        v = self.cli("catalog", "verify")
        self.assertEqual(v.returncode, 1)
        self.assertIn("card-api-1.1-test/notes.txt", v.stdout)
        (self.installed / "notes.txt").unlink()
        self.assertEqual(self.cli("catalog", "verify").returncode, 0)
        # The same content through a link: the hash matches, the link is still refused.
        mapping = self.installed / "mappings/card-api-1.0__card-api-1.1-test.json"
        outside = self.dir / "outside.json"
        shutil.copy(mapping, outside)
        mapping.unlink()
        mapping.symlink_to(outside)
        v = self.cli("catalog", "verify")
        self.assertEqual(v.returncode, 1)
        self.assertIn("symbolic link", v.stdout)
        # Also in a package to install.
        (self.package / "extra.bin").write_bytes(b"\0")
        r = self.cli("catalog", "install", self.package)
        self.assertEqual(r.returncode, 2)
        self.assertIn("extra.bin", r.stderr)


class BrokenInstalledPackage(Packages):
    def break_it(self):
        self.install_ok()
        manifest = manifest_of(self.installed)
        manifest["extra"] = True
        write_manifest(self.installed, manifest)

    def test_every_command_names_it_and_says_what_to_do(self):
        self.break_it()
        for args in (("list",), ("catalog", "list"), ("show", "1")):
            r = self.cli(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn("card-api-1.1-test が壊れています", r.stderr)
            self.assertIn("apichecklist catalog remove card-api-1.1-test", r.stderr)

    def test_it_can_be_removed(self):
        self.break_it()
        r = self.cli("catalog", "remove", "card-api-1.1-test")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("壊れていたパッケージ", r.stdout)
        self.assertFalse(self.installed.exists())
        self.assertEqual(self.cli("list").returncode, 0)

    def test_it_can_be_replaced(self):
        self.break_it()
        r = self.cli("catalog", "install", self.package)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("壊れていた以前のコピーを置き換えました", r.stdout)
        self.assertEqual(self.cli("catalog", "verify").returncode, 0)

    def test_unparsable_manifest_too(self):
        self.install_ok()
        (self.installed / "manifest.json").write_text("{ not json")
        v = self.cli("catalog", "verify")
        self.assertEqual(v.returncode, 1)
        self.assertIn("NG  card-api-1.1-test", v.stdout)
        self.assertIn("apichecklist catalog remove card-api-1.1-test", v.stdout)
        self.assertEqual(self.cli("catalog", "remove", "card-api-1.1-test").returncode, 0)
        self.assertEqual(self.cli("catalog", "verify").returncode, 0)


class OfficialText(Packages):
    def official_copy(self, version, edit=None):
        package = self.dir / "apichecklist-official"
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(CATALOG, package)
        if edit:
            path = package / "checklists/card-api-1.0.json"
            data = json.loads(path.read_text(encoding="utf-8"))
            edit(data)
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        manifest = manifest_of(package)
        manifest["catalog_version"] = version
        write_manifest(package, manifest)
        rehash(package)
        return package

    def test_altered_official_text_is_warned_about_loudly(self):
        def alter(data):
            data["items"][4]["goal"] = "API 接続先は何もしなくてよい。"
        package = self.official_copy("2099.1.1", alter)
        r = self.install_ok(package)
        self.assertIn("警告: card-api-1.0 の公式テキスト", r.stderr)
        self.assertIn("公式テキストが組み込み (公表文書) と異なります", r.stdout)
        listed = self.cli("catalog", "list")
        self.assertIn("!! 公式テキストが組み込み (公表文書) と異なります !!", listed.stdout)
        self.assertIn("警告", listed.stderr)
        entry = [p for p in json.loads(self.cli("catalog", "list", "--json").stdout) if p["package"] == "apichecklist-official"][0]
        self.assertEqual(entry["official_text"]["card-api-1.0"]["status"], "differs_from_builtin")
        self.assertEqual(entry["official_text"]["bank-api-trial-2017"]["status"], "same_as_builtin")
        verify = self.cli("catalog", "verify")
        self.assertEqual(verify.returncode, 0)
        self.assertIn("異なります", verify.stdout)

    def test_an_identical_newer_copy_and_an_unofficial_package(self):
        r = self.install_ok(self.official_copy("2099.1.1"))
        self.assertNotIn("警告", r.stderr)
        self.assertIn("組み込み (公表文書) と同一", r.stdout)
        r = self.install_ok()
        self.assertNotIn("警告", r.stderr)
        self.assertIn("照合できません", r.stdout)


class SmallThings(Packages):
    def test_a_fifo_as_package(self):
        fifo = self.dir / "package.tar.gz"
        os.mkfifo(fifo)
        r = self.cli("catalog", "install", fifo)
        self.assertEqual(r.returncode, 2)
        self.assertIn("名前付きパイプ (FIFO)", r.stderr)

    def test_a_300_character_package_id(self):
        long_id = "a" * 300
        manifest = manifest_of(self.package)
        manifest["package"] = long_id
        write_manifest(self.package, manifest)
        r = self.cli("catalog", "install", self.package)
        self.assertEqual(r.returncode, 2)
        self.assertIn("長すぎます", r.stderr)
        for args in (("catalog", "remove", long_id), ("catalog", "verify", long_id)):
            r = self.cli(*args)
            self.assertEqual(r.returncode, 1, args)
            self.assertIn(long_id[:50], r.stderr)
        r = self.cli("catalog", "install", self.dir / ("x" * 300))
        self.assertEqual(r.returncode, 2)


if __name__ == "__main__":
    unittest.main()
