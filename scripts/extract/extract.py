#!/usr/bin/env python3
"""Builds catalog/ from the seed texts and the correction data.

  python3 scripts/extract/extract.py            write catalog/
  python3 scripts/extract/extract.py --check    regenerate in memory, compare, exit 1 on a difference
  python3 scripts/extract/extract.py --out DIR  write to DIR instead
"""
import argparse
import hashlib
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, SCHEMA_VERSION, dump_json  # noqa: E402
import card_api_1_0  # noqa: E402
import bank_api_trial_2017  # noqa: E402
import mapping_trial_to_card  # noqa: E402
import references  # noqa: E402
import schemas  # noqa: E402

PACKAGE_ID = "apichecklist-official"
CATALOG_VERSION = "2026.12.1"


def build():
    """Returns {relative path: JSON text} for the whole catalog."""
    card = card_api_1_0.build()          # {"checklist": obj, "errata": obj}
    trial = bank_api_trial_2017.build()  # {"checklist": obj, "errata": obj}
    mapping = mapping_trial_to_card.build(trial["checklist"], card["checklist"])
    refs = references.build()
    files = {
        "checklists/card-api-1.0.json": card["checklist"],
        "errata/card-api-1.0.json": card["errata"],
        "checklists/bank-api-trial-2017.json": trial["checklist"],
        "errata/bank-api-trial-2017.json": trial["errata"],
        f"mappings/{mapping['id']}.json": mapping,
        "references.json": refs,
    }
    for name, schema in schemas.build().items():
        files[f"schemas/{name}"] = schema
    texts = {path: dump_json(obj) for path, obj in files.items()}
    texts["manifest.json"] = dump_json(manifest(files, texts))
    return texts


def manifest(files, texts):
    checklists = [
        {"id": obj["id"], "version": obj["version"], "official": obj["official"], "file": path}
        for path, obj in files.items() if obj.get("kind") == "checklist"
    ]
    mappings = [
        {"id": obj["id"], "from": obj["from"], "to": obj["to"], "file": path}
        for path, obj in files.items() if obj.get("kind") == "mapping"
    ]
    entries = [
        {"path": path, "kind": files[path].get("kind", "schema"),
         "sha256": hashlib.sha256(texts[path].encode("utf-8")).hexdigest()}
        for path in sorted(texts)
    ]
    return {
        "kind": "manifest",
        "schema_version": SCHEMA_VERSION,
        "package": PACKAGE_ID,
        "catalog_version": CATALOG_VERSION,
        "checklists": sorted(checklists, key=lambda c: c["id"]),
        "mappings": sorted(mappings, key=lambda m: m["id"]),
        "files": entries,
    }


def write(texts, out):
    for path, text in texts.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, target)


def check(texts, out):
    problems = []
    for path, text in sorted(texts.items()):
        target = out / path
        if not target.exists():
            problems.append(f"{path}: missing (run scripts/extract/extract.py)")
        elif target.read_text(encoding="utf-8") != text:
            problems.append(f"{path}: differs from a fresh extraction (run scripts/extract/extract.py)")
    known = set(texts)
    for target in out.rglob("*.json"):
        rel = target.relative_to(out).as_posix()
        if rel not in known:
            problems.append(f"{rel}: not produced by the extractor")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "catalog")
    args = parser.parse_args()
    texts = build()
    if args.check:
        problems = check(texts, args.out)
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(texts)} files checked, {len(problems)} differences")
        return 1 if problems else 0
    write(texts, args.out)
    print(f"wrote {len(texts)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
