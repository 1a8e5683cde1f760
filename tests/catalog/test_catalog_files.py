"""Every shipped catalog file validates against its JSON Schema and matches the manifest."""
import hashlib
import json
import unittest
from pathlib import Path

import jsonschema

CATALOG = Path(__file__).resolve().parents[2] / "catalog"
SCHEMA_OF_KIND = {
    "checklist": "checklist.schema.json",
    "errata": "errata.schema.json",
    "mapping": "mapping.schema.json",
    "references": "references.schema.json",
    "manifest": "manifest.schema.json",
}


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


class CatalogFiles(unittest.TestCase):
    def setUp(self):
        self.manifest = load(CATALOG / "manifest.json")

    def validator(self, kind):
        schema = load(CATALOG / "schemas" / SCHEMA_OF_KIND[kind])
        jsonschema.Draft202012Validator.check_schema(schema)
        return jsonschema.Draft202012Validator(schema)

    def test_every_schema_is_a_valid_schema(self):
        for path in (CATALOG / "schemas").glob("*.schema.json"):
            with self.subTest(schema=path.name):
                jsonschema.Draft202012Validator.check_schema(load(path))

    def test_every_file_validates_against_its_schema(self):
        self.validator("manifest").validate(self.manifest)
        for entry in self.manifest["files"]:
            if entry["kind"] == "schema":
                continue
            with self.subTest(file=entry["path"]):
                errors = list(self.validator(entry["kind"]).iter_errors(load(CATALOG / entry["path"])))
                self.assertEqual([], [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]])

    def test_manifest_hashes_match(self):
        for entry in self.manifest["files"]:
            with self.subTest(file=entry["path"]):
                digest = hashlib.sha256((CATALOG / entry["path"]).read_bytes()).hexdigest()
                self.assertEqual(entry["sha256"], digest)

    def test_manifest_lists_every_file(self):
        listed = {e["path"] for e in self.manifest["files"]} | {"manifest.json"}
        present = {p.relative_to(CATALOG).as_posix() for p in CATALOG.rglob("*.json")}
        self.assertEqual(present, listed)

    def test_files_are_pretty_printed_with_stable_formatting(self):
        for path in CATALOG.rglob("*.json"):
            with self.subTest(file=path.name):
                text = path.read_text(encoding="utf-8")
                self.assertEqual(json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", text)

    def test_schema_rejects_a_damaged_checklist(self):
        card = load(CATALOG / "checklists" / "card-api-1.0.json")
        validator = self.validator("checklist")
        self.assertTrue(validator.is_valid(card))
        del card["items"][0]["goal"]
        self.assertFalse(validator.is_valid(card))
        card = load(CATALOG / "checklists" / "card-api-1.0.json")
        card["items"][0]["unexpected"] = 1
        self.assertFalse(validator.is_valid(card))


if __name__ == "__main__":
    unittest.main()
