"""Tests of the mapping bank-api-trial-2017 -> card-api-1.0 (scripts/extract/mapping_trial_to_card.py)."""
import collections
import copy
import json
import sys
import unittest
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXTRACT = REPO / "scripts" / "extract"
sys.path.insert(0, str(EXTRACT))

import bank_api_trial_2017  # noqa: E402
import mapping_trial_to_card as mapping  # noqa: E402
from common import CARD_SEED, Seed, load_data  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402

TRIAL = bank_api_trial_2017.build()["checklist"]
CARD_TARGETS = {"API 接続先": "api", "カード会社": "card", "共通": "common"}
SECTION_5 = (276, 320)


def stand_in_card():
    """A minimal card-api-1.0 checklist (number, category, goal, target) from seed 000 section 5."""
    seed = Seed(CARD_SEED)
    items, category = [], None
    for line in seed.span(*SECTION_5):
        cells = line.split("\t")
        if len(cells) != 4 or not cells[1].isdigit():
            continue
        category = cells[0] or category
        number = int(cells[1])
        items.append({"id": f"card-api-1.0:item-{number:02d}", "number": number, "category": category,
                      "goal": cells[2], "target": CARD_TARGETS[cells[3]]})
    answers = ["current_status", "issue", "plan", "rule", "rule_location", "remarks"]
    columns = [{"key": k, "role": "official"} for k in ("number", "category", "goal", "target")]
    columns += [{"key": k, "role": "answer"} for k in answers]
    return {"id": "card-api-1.0", "items": items, "columns": columns}


def real_card():
    import card_api_1_0
    return card_api_1_0.build()["checklist"]


STAND_IN = stand_in_card()
MAPPING = mapping.build(TRIAL, STAND_IN)


def data():
    return copy.deepcopy(load_data(mapping.DATA))


def data_row(d, number):
    return next(r for r in d["rows"] if r["from"] == number)


def row(number):
    return next(r for r in MAPPING["rows"] if r["from_number"] == number)


class StandInTest(unittest.TestCase):
    def test_stand_in_has_the_43_items_of_section_5(self):
        self.assertEqual([i["number"] for i in STAND_IN["items"]], list(range(1, 44)))
        self.assertEqual(STAND_IN["items"][42]["goal"], "利用者の API 接続に関する誤認・誤解を防ぐ。")
        self.assertEqual(STAND_IN["items"][36]["target"], "card")


class MappingTest(unittest.TestCase):
    def test_schema(self):
        schema = json.loads((EXTRACT / "schemas" / "mapping.schema.json").read_text(encoding="utf-8"))
        validator = Draft202012Validator(schema)
        self.assertEqual(list(validator.iter_errors(MAPPING)), [])
        broken = copy.deepcopy(MAPPING)
        broken["rows"][37]["to_numbers"] = [25]
        broken["rows"][37]["to_ids"] = ["card-api-1.0:item-25"]
        self.assertFalse(validator.is_valid(broken))

    def test_header(self):
        self.assertEqual((MAPPING["kind"], MAPPING["id"], MAPPING["from"], MAPPING["to"]),
                         ("mapping", "bank-api-trial-2017__card-api-1.0", "bank-api-trial-2017", "card-api-1.0"))
        self.assertEqual(MAPPING["default_columns"],
                         {"current_status": ["current_status"], "future_plan": ["plan"], "remarks": ["remarks"]})

    def test_every_trial_item_in_exactly_one_row(self):
        numbers = [r["from_number"] for r in MAPPING["rows"] if r["from_number"] is not None]
        self.assertEqual(sorted(numbers), list(range(1, 61)))

    def test_every_card_item_is_a_target(self):
        targets = {n for r in MAPPING["rows"] for n in r["to_numbers"]}
        self.assertEqual(targets, set(range(1, 44)))

    def test_ids_resolved(self):
        self.assertEqual(row(38)["to_ids"], ["card-api-1.0:item-25", "card-api-1.0:item-26"])
        self.assertEqual(row(7)["from_id"], "bank-api-trial-2017:item-07")
        for r in MAPPING["rows"]:
            self.assertEqual(r["to_ids"], [f"card-api-1.0:item-{n:02d}" for n in r["to_numbers"]])

    def test_relation_counts(self):
        counts = collections.Counter(r["relation"] for r in MAPPING["rows"])
        self.assertEqual(counts, {"reworded": 27, "merged_into": 26, "same": 4, "moved_into": 1, "split_into": 1,
                                  "removed": 1})

    def test_merged_and_split_rows_consistent(self):
        sources_by_target = collections.defaultdict(list)
        for r in MAPPING["rows"]:
            for n in r["to_numbers"]:
                sources_by_target[n].append(r["from_number"])
        for r in MAPPING["rows"]:
            if r["relation"] == "merged_into":
                self.assertEqual(len(r["to_numbers"]), 1)
                self.assertGreaterEqual(len(sources_by_target[r["to_numbers"][0]]), 2, r)
            if r["relation"] == "split_into":
                self.assertGreaterEqual(len(r["to_numbers"]), 2, r)
            if r["relation"] in ("same", "reworded", "moved_into"):
                self.assertEqual(len(r["to_numbers"]), 1, r)
        self.assertEqual(sorted(sources_by_target[20]), [27, 28, 37, 39])
        self.assertEqual(sorted(sources_by_target[42]), [58, 59])

    def test_decisions_checked_by_hand(self):
        self.assertEqual((row(1)["relation"], row(1)["to_numbers"]), ("same", [1]))
        self.assertEqual((row(9)["relation"], row(9)["to_numbers"]), ("moved_into", [3]))
        self.assertEqual((row(26)["relation"], row(26)["to_numbers"]), ("reworded", [19]))
        self.assertEqual((row(52)["relation"], row(52)["to_numbers"]), ("merged_into", [34]))
        self.assertEqual((row(60)["relation"], row(60)["to_numbers"]), ("same", [43]))
        for number in (53, 54, 55, 56, 57, 60):  # 銀行 items went to カード会社 items
            target = STAND_IN["items"][row(number)["to_numbers"][0] - 1]
            self.assertEqual(target["target"], "card")

    def test_columns(self):
        for r in MAPPING["rows"]:
            self.assertEqual(r["columns"], {} if r["relation"] == "removed" else MAPPING["default_columns"])
            self.assertTrue(r["reason"].strip())

    def test_moved_method_group_is_a_secondary_link(self):
        # 試行版 2's ＜エビデンスの確保＞ (seed 001) is Ver1.0 3's ＜エビデンスの確保＞ (seed 000 l.404-465).
        self.assertEqual((row(2)["relation"], row(2)["to_numbers"]), ("same", [2]))
        self.assertEqual([(s["kind"], s["to_number"], s["to_id"], s["part"]) for s in row(2)["secondary"]],
                         [("part", 3, "card-api-1.0:item-03", "エビデンスの確保")])
        linked = [(r["from_number"], s["kind"], s["to_number"]) for r in MAPPING["rows"] for s in r.get("secondary", [])]
        self.assertEqual(linked, [(2, "part", 3), (22, "nearest", 10)])

    def test_item_22_removed_with_nearest_item_and_the_other_reading(self):
        # Ver1.0 10 (seed 000 l.651-673) prints nothing on data location or foreign law.
        r = row(22)
        self.assertEqual((r["relation"], r["to_numbers"], r["columns"]), ("removed", [], {}))
        self.assertEqual([(s["kind"], s["to_number"], s["part"]) for s in r["secondary"]], [("nearest", 10, None)])
        self.assertEqual((r["alternative"]["relation"], r["alternative"]["to_ids"]),
                         ("moved_into", ["card-api-1.0:item-10"]))
        card = real_card()
        ten = json.dumps(card["items"][9], ensure_ascii=False)
        for absent in ("所在地", "海外", "法規制"):
            self.assertNotIn(absent, ten)

    def test_version_2_after_the_item_22_decision(self):
        self.assertEqual(MAPPING["version"], "2")

    def test_same_against_the_real_card_checklist(self):
        card = real_card()
        self.assertEqual(mapping.build(TRIAL, card), MAPPING)


class FailuresTest(unittest.TestCase):
    def build(self, d):
        return mapping.build(TRIAL, STAND_IN, d)

    def test_unknown_number_fails(self):
        d = data()
        data_row(d, 5)["to"] = [44]
        with self.assertRaisesRegex(mapping.MappingError, "unknown card-api-1.0 number"):
            self.build(d)

    def test_unknown_from_number_fails(self):
        d = data()
        d["rows"].append({"from": 61, "relation": "removed", "to": [], "reason": "x"})
        with self.assertRaisesRegex(mapping.MappingError, "unknown bank-api-trial-2017 number"):
            self.build(d)

    def test_trial_item_left_out_fails(self):
        d = data()
        d["rows"] = [r for r in d["rows"] if r["from"] != 33]
        with self.assertRaisesRegex(mapping.MappingError, "from items in no row: \\[33\\]"):
            self.build(d)

    def test_card_item_left_out_fails(self):
        d = data()
        data_row(d, 33)["relation"] = "removed"
        data_row(d, 33)["to"] = []
        with self.assertRaisesRegex(mapping.MappingError, "to items in no row: \\[24\\]"):
            self.build(d)

    def test_new_row_covers_a_card_item(self):
        d = data()
        data_row(d, 33)["relation"] = "removed"
        data_row(d, 33)["to"] = []
        d["rows"].append({"from": None, "relation": "new", "to": [24], "reason": "テスト用"})
        built = self.build(d)
        self.assertEqual(built["rows"][-1]["from_id"], None)
        self.assertEqual(built["rows"][-1]["columns"], {})

    def test_split_needs_two_targets(self):
        d = data()
        data_row(d, 38)["to"] = [26]
        with self.assertRaisesRegex(mapping.MappingError, "split_into needs at least two targets"):
            self.build(d)

    def test_merge_needs_a_partner(self):
        d = data()
        data_row(d, 59)["relation"] = "moved_into"
        data_row(d, 59)["to"] = [41]
        with self.assertRaisesRegex(mapping.MappingError, "from=58: merged_into 42 but no other item"):
            self.build(d)

    def test_same_requires_identical_goals(self):
        d = data()
        data_row(d, 5)["relation"] = "same"
        with self.assertRaisesRegex(mapping.MappingError, "relation same but goals identical=False"):
            self.build(d)

    def test_reworded_requires_different_goals(self):
        d = data()
        data_row(d, 41)["relation"] = "reworded"
        with self.assertRaisesRegex(mapping.MappingError, "relation reworded but goals identical=True"):
            self.build(d)

    def test_part_must_name_a_method_group_of_both_items(self):
        d = data()
        data_row(d, 2)["secondary"][0]["part"] = "モニタリングの実施"
        with self.assertRaisesRegex(mapping.MappingError, "no 手法例 group of bank-api-trial-2017 2"):
            self.build(d)
        d = data()
        data_row(d, 2)["secondary"][0]["to"] = 4
        with self.assertRaisesRegex(mapping.MappingError, "no 手法例 group of card-api-1.0 4"):
            mapping.build(TRIAL, real_card(), d)

    def test_secondary_link_checks(self):
        d = data()
        data_row(d, 2)["secondary"][0]["to"] = 2
        with self.assertRaisesRegex(mapping.MappingError, "already a target"):
            self.build(d)
        d = data()
        data_row(d, 22)["secondary"][0]["kind"] = "part"
        with self.assertRaisesRegex(mapping.MappingError, "'nearest' link belongs to a removed row"):
            self.build(d)
        d = data()
        data_row(d, 2)["secondary"][0]["to"] = 44
        with self.assertRaisesRegex(mapping.MappingError, "unknown card-api-1.0 number"):
            self.build(d)
        d = data()
        data_row(d, 22)["alternative"] = {"relation": "removed", "to": [], "reason": "x"}
        with self.assertRaisesRegex(mapping.MappingError, "alternative reading is the row's own"):
            self.build(d)

    def test_unknown_column_fails(self):
        d = data()
        data_row(d, 5)["columns"] = {"future_plan": ["issue_plan"]}
        with self.assertRaisesRegex(mapping.MappingError, "unknown columns"):
            self.build(d)


if __name__ == "__main__":
    unittest.main()
