#!/usr/bin/env python3
"""Makes the TEST-ONLY catalog package `card-api-1.1-test` from card-api-1.0.

It is not an official checklist and says so in its title: it exists so that catalog
install, diff and sheet upgrades can be tested against a "newer version" with exactly
one change of each kind:
  renumbered  1.0 通番 42 -> 1.1-test 通番 43
  added       1.1-test 通番 42 (no predecessor)
  removed     1.0 通番 43
  split       1.0 通番 20 -> 1.1-test 通番 20 and 44
  goal        1.0 通番 5: goal reworded

  /usr/bin/python3 tests/data/make_test_catalog.py [--check]
"""
import copy
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "catalog" / "checklists" / "card-api-1.0.json"
OUT = REPO / "tests" / "data" / "catalogs" / "card-api-1.1-test"
FROM_ID = "card-api-1.0"
TO_ID = "card-api-1.1-test"
PACKAGE_VERSION = "2026.11.1"
CHANGED_GOAL = "【テスト用】役職員による不正への対策を実施し、その結果を記録する。"
ADDED_GOAL = "【テスト用】追加された確認項目の目標。"
SPLIT_GOAL = "【テスト用】分割された後半の目標: 情報資産へのアクセスを記録する。"


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def renamed(value, number_map=None):
    """Rewrites ids of card-api-1.0 to ids of the test checklist."""
    text = json.dumps(value, ensure_ascii=False).replace(FROM_ID + ":", TO_ID + ":")
    return json.loads(text)


def item_id(number):
    return f"{TO_ID}:item-{number:02d}"


def build_checklist(source):
    checklist = renamed(copy.deepcopy(source))
    checklist["id"] = TO_ID
    checklist["title"] = "【テスト専用・非公式】" + source["title"] + "（架空の Ver.1.1）"
    checklist["version"] = "1.1-test"
    checklist["official"] = False
    checklist["document"]["version_label"] = "Ver. 1.1 (test only)"
    checklist["label"] = "Ver. 1.1-test"
    checklist["declared_item_count"] = 44
    items = {item["number"]: item for item in checklist["items"]}
    del items[43]
    renumbered = items.pop(42)
    renumbered["number"], renumbered["id"] = 43, item_id(43)
    items[43] = renumbered
    items[5]["goal"] = CHANGED_GOAL
    added = copy.deepcopy(items[41])
    added.update(number=42, id=item_id(42), goal=ADDED_GOAL, explanation="【テスト用】追加項目の説明。",
                 method_groups=[{"heading": "テスト", "methods": [
                     {"label": "1.", "number": 1, "text": "【テスト用】手法例。", "note_refs": []}]}],
                 notes=[], related_rules=[], glossary_terms=[])
    items[42] = added
    second_half = copy.deepcopy(items[20])
    second_half.update(number=44, id=item_id(44), goal=SPLIT_GOAL)
    items[44] = second_half
    checklist["items"] = [items[n] for n in sorted(items)]
    for category in checklist["categories"]:
        numbers = [n for n in category["numbers"] if n != 43]
        if 42 in numbers:
            numbers = [n for n in numbers if n != 42] + [42, 43]
        if 20 in numbers:
            numbers.append(44)
        category["numbers"] = sorted(numbers)
    for term in checklist["glossary"]:
        term["items"] = sorted({43 if n == 42 else n for n in term["items"] if n != 43} |
                               ({44} if 20 in term["items"] else set()))
    return checklist


def row(frm, relation, to, reason):
    return {"from_number": frm, "from_id": f"{FROM_ID}:item-{frm:02d}" if frm else None,
            "relation": relation, "to_numbers": to, "to_ids": [item_id(n) for n in to],
            "reason": reason, "columns": {}}


def build_mapping():
    rows = []
    for n in range(1, 44):
        if n == 5:
            rows.append(row(5, "reworded", [5], "【テスト用】目標の文言を変更"))
        elif n == 20:
            rows.append(row(20, "split_into", [20, 44], "【テスト用】後半を通番 44 に分割"))
        elif n == 42:
            rows.append(row(42, "same", [43], "【テスト用】通番 43 に番号変更"))
        elif n == 43:
            rows.append(row(43, "removed", [], "【テスト用】削除"))
        else:
            rows.append(row(n, "same", [n], "【テスト用】変更なし"))
    rows.append(row(None, "new", [42], "【テスト用】追加"))
    answers = {"current_status": ["current_status"], "issue": ["issue"], "plan": ["plan"],
               "rule": ["rule"], "rule_location": ["rule_location"], "remarks": ["remarks"]}
    return {"kind": "mapping", "schema_version": 1, "id": f"{FROM_ID}__{TO_ID}", "from": FROM_ID, "to": TO_ID,
            "version": "1", "default_columns": answers, "rows": rows}


def build():
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    files = {
        f"checklists/{TO_ID}.json": build_checklist(source),
        f"mappings/{FROM_ID}__{TO_ID}.json": build_mapping(),
        f"errata/{TO_ID}.json": {"kind": "errata", "schema_version": 1, "checklist": TO_ID, "entries": []},
    }
    texts = {path: dump(obj) for path, obj in files.items()}
    manifest = {
        "kind": "manifest", "schema_version": 1, "package": TO_ID, "catalog_version": PACKAGE_VERSION,
        "checklists": [{"id": TO_ID, "version": "1.1-test", "official": False, "file": f"checklists/{TO_ID}.json"}],
        "mappings": [{"id": f"{FROM_ID}__{TO_ID}", "from": FROM_ID, "to": TO_ID,
                      "file": f"mappings/{FROM_ID}__{TO_ID}.json"}],
        "files": [{"path": p, "kind": files[p]["kind"], "sha256": hashlib.sha256(texts[p].encode()).hexdigest()}
                  for p in sorted(texts)],
    }
    texts["manifest.json"] = dump(manifest)
    return texts


def main():
    texts = build()
    if "--check" in sys.argv:
        stale = [p for p, t in texts.items() if not (OUT / p).exists() or (OUT / p).read_text(encoding="utf-8") != t]
        for p in stale:
            print(f"{p}: differs (run tests/data/make_test_catalog.py)", file=sys.stderr)
        return 1 if stale else 0
    for path, text in texts.items():
        (OUT / path).parent.mkdir(parents=True, exist_ok=True)
        (OUT / path).write_text(text, encoding="utf-8")
    print(f"wrote {len(texts)} files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
