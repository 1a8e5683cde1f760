"""Tests of the 試行版 extractor (scripts/extract/bank_api_trial_2017.py), its row data and errata."""
import copy
import json
import re
import sys
import unittest
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parents[2]
EXTRACT = REPO / "scripts" / "extract"
sys.path.insert(0, str(EXTRACT))

import bank_api_trial_2017 as trial  # noqa: E402
from common import TRIAL_SEED, Seed, clean_line, load_data, next_label, split_inline_entries, squash  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402

RECONSTRUCTED = {1, 2, 3, 10, 25, 29, 30, 37, 38, 39, 42}
BUILT = trial.build()
CHECKLIST = BUILT["checklist"]
ERRATA = BUILT["errata"]
SEED = Seed(TRIAL_SEED)
SEED_SQUASHED = squash("".join(clean_line(l) for l in SEED.lines))


def load_schema(name):
    return json.loads((EXTRACT / "schemas" / name).read_text(encoding="utf-8"))


def item(number):
    return CHECKLIST["items"][number - 1]


def walk_entries(entries):
    for entry in entries:
        yield entry
        yield from walk_entries(entry["entries"])


def printed_texts(it):
    yield it["goal"]
    for group in it["method_groups"]:
        if group["heading"]:
            yield group["heading"]
        for method in group["methods"]:
            yield method["label"] + method["text"]
    for note in it["notes"]:
        yield note["printed_label"]
        yield from (p for p in note["text"].split("\n") if p)
        for entry in walk_entries(note["entries"]):
            yield entry["label"] + entry["text"]
    for rule in it["related_rules"]:
        yield rule["printed_document"]
        yield rule["text"]


def rows_data():
    return copy.deepcopy(load_data(trial.ROWS_DATA))


def row(data, number):
    return data["rows"][number - 1]


class ItemsTest(unittest.TestCase):
    def test_sixty_items_numbered_once(self):
        numbers = [i["number"] for i in CHECKLIST["items"]]
        self.assertEqual(numbers, list(range(1, 61)))
        self.assertEqual(CHECKLIST["declared_item_count"], 60)
        self.assertEqual(len({i["id"] for i in CHECKLIST["items"]}), 60)
        self.assertEqual(item(7)["id"], "bank-api-trial-2017:item-07")

    def test_every_text_occurs_in_the_seed(self):
        for it in CHECKLIST["items"]:
            for text in printed_texts(it):
                with self.subTest(item=it["number"], text=text):
                    self.assertIn(squash(text), SEED_SQUASHED)

    def test_goals_checked_by_hand(self):
        self.assertEqual(item(1)["goal"], "セキュリティ管理責任の所在と対象範囲を明確にする")
        self.assertEqual(item(2)["goal"], "セキュリティ管理ルールを整備する")
        self.assertEqual(item(3)["goal"], "セキュリティ管理態勢の定着を図る")
        self.assertEqual(item(22)["goal"], "政治状況、法規制の変化に対応しやすい状況下におく")
        self.assertEqual(item(25)["goal"], "内部関係者による情報漏洩の出口対策を行う")
        self.assertEqual(item(35)["goal"], "システムに対する外部からの不正な通信を検知する")
        self.assertEqual(item(39)["goal"], "問題発生時の原因・経緯を特定可能な状態にして、不正アクセスを抑止する")
        self.assertEqual(item(58)["goal"], item(59)["goal"])

    def test_the_bank_is_answered_by_the_card_role(self):
        self.assertEqual({t["id"]: t["role"] for t in CHECKLIST["targets"]},
                         {"api": "api", "bank": "card", "common": "both"})

    def test_targets(self):
        by_target = {}
        for it in CHECKLIST["items"]:
            by_target.setdefault(it["target"], []).append(it["number"])
        self.assertEqual(by_target["bank"], [53, 54, 55, 56, 57, 60])
        self.assertEqual(by_target["common"], [10, 14, 15, 16, 17, 18, 19, 48, 49])
        self.assertEqual(len(by_target["api"]), 45)

    def test_categories_in_order_of_first_appearance(self):
        names = [c["name"] for c in CHECKLIST["categories"]]
        self.assertEqual(names, ["情報・セキュリティ管理態勢", "外部委託管理", "銀行・ＡＰＩ接続先の協力体制",
                                 "コンピュータ設備管理", "オフィス設備管理", "システム開発・運用管理",
                                 "サービスシステムのセキュリティ機能", "APIセキュリティ機能", "API利用セキュリティ"])
        self.assertEqual(CHECKLIST["categories"][5]["numbers"], list(range(27, 41)))
        self.assertEqual(sorted(n for c in CHECKLIST["categories"] for n in c["numbers"]), list(range(1, 61)))

    def test_columns_and_roles(self):
        keys = [c["key"] for c in CHECKLIST["columns"]]
        self.assertEqual(keys, ["number", "category", "goal", "target", "methods", "current_status",
                                "future_plan", "rule", "rule_location", "remarks"])
        answers = [c["key"] for c in CHECKLIST["columns"] if c["role"] == "answer"]
        self.assertEqual(answers, ["current_status", "future_plan", "remarks"])

    def test_document_metadata_from_the_seed(self):
        document = CHECKLIST["document"]
        self.assertEqual(document["date"], "2017-06-28")
        self.assertEqual(document["date_label"], "平成29年6月28日")
        self.assertEqual(document["publisher"], "API接続先チェックリストワーキンググループ")
        self.assertEqual(document["seed"]["sha256"], SEED.sha256)
        self.assertTrue(CHECKLIST["official"])
        self.assertEqual(CHECKLIST["glossary"], [])
        self.assertEqual(CHECKLIST["chapters"], [])


class MethodsTest(unittest.TestCase):
    def methods(self, number):
        return [m for g in item(number)["method_groups"] for m in g["methods"]]

    def test_method_numbers_run_through_the_groups(self):
        for it in CHECKLIST["items"]:
            with self.subTest(item=it["number"]):
                numbers = [m["number"] for m in self.methods(it["number"])]
                self.assertEqual(numbers, list(range(1, len(numbers) + 1)))
        self.assertEqual(len(self.methods(29)), 11)
        self.assertEqual(len(self.methods(42)), 17)
        self.assertEqual(self.methods(29)[9]["label"], "１０．")
        self.assertEqual(self.methods(46)[0]["label"], "１.")

    def test_wrapped_method_joined_without_separator(self):
        self.assertEqual(self.methods(1)[5]["text"],
                         "API利用サービスを所管する部署の「セキュリティ管理に係る責任者」は、情報管理に関する各種対策を実施している(注2)。")
        self.assertEqual(self.methods(1)[5]["note_refs"], ["注2"])

    def test_headings_without_brackets(self):
        self.assertEqual([g["heading"] for g in item(1)["method_groups"]],
                         ["責任者の設置", "体制の整備", "統括責任者・責任者の業務"])

    def test_note_refs_normalised_and_resolved(self):
        self.assertEqual(self.methods(6)[0]["note_refs"], ["注1"])
        self.assertEqual(item(36)["notes"][0]["printed_label"], "（注１）")
        self.assertEqual(item(36)["notes"][0]["label"], "注1")
        for it in CHECKLIST["items"]:
            labels = {n["label"] for n in it["notes"]}
            for method in self.methods(it["number"]):
                self.assertLessEqual(set(method["note_refs"]), labels, f"item {it['number']}")

    def test_nested_note_entries(self):
        note = item(2)["notes"][0]
        self.assertEqual([e["label"] for e in note["entries"]], ["①", "②", "③"])
        self.assertEqual([e["text"] for e in note["entries"][0]["entries"]],
                         ["事業者の名称", "安全管理措置に関する質問及び苦情処理窓口", "安全管理に関する宣言",
                          "基本方針の継続的改善の宣言", "関係法令等遵守の宣言"])
        bullets = item(46)["notes"][0]["entries"][0]["entries"][1]["entries"]
        self.assertEqual([b["label"] for b in bullets], ["・", "・"])

    def test_note_text_lines_that_are_not_entries(self):
        self.assertEqual(item(10)["notes"][1]["text"], "具体例\n金融機関側の連絡先の例：")
        self.assertTrue(item(38)["notes"][3]["text"].startswith("具体例\n※CVSS深刻度レベル3とは"))
        self.assertTrue(item(38)["notes"][3]["entries"][1]["text"].endswith("漏れなく適用している"))


    def test_entries_printed_on_one_line_are_split(self):
        # Seed l.1487: 「①ハッシュ化推奨だが暗号化でも可、②二要素認証の場合は両方対象、③暗号…」
        note = item(42)["notes"][2]
        self.assertEqual(note["label"], "注3")
        self.assertEqual([(e["label"], e["text"]) for e in note["entries"]],
                         [("①", "ハッシュ化推奨だが暗号化でも可"), ("②", "二要素認証の場合は両方対象"),
                          ("③", "暗号アルゴリズムはＮＳＴ推奨暗号等を使用している")])

    def test_no_entry_holds_the_next_entry_of_its_series(self):
        for it in CHECKLIST["items"]:
            for note in it["notes"]:
                for entry in walk_entries(note["entries"]):
                    following = next_label(entry["label"])
                    with self.subTest(item=it["number"], note=note["label"], entry=entry["label"]):
                        self.assertFalse(following and re.search(r"[、。\s]" + re.escape(following), entry["text"]))


class InlineEntriesTest(unittest.TestCase):
    def test_split_at_the_next_label_after_a_separator(self):
        self.assertEqual(split_inline_entries("①", "甲、②乙、③丙"), [("①", "甲"), ("②", "乙"), ("③", "丙")])
        self.assertEqual(split_inline_entries("a.", "foo b. bar、c.baz"),
                         [("a.", "foo"), ("b.", "bar"), ("c.", "baz")])
        self.assertEqual(split_inline_entries("⑲", "x、⑳y"), [("⑲", "x"), ("⑳", "y")])

    def test_no_split_at_other_labels(self):
        self.assertEqual(split_inline_entries("①", "甲、③参照"), [("①", "甲、③参照")])
        self.assertEqual(split_inline_entries("①", "甲②乙"), [("①", "甲②乙")])
        self.assertEqual(split_inline_entries("・", "甲、②乙"), [("・", "甲、②乙")])
        self.assertEqual(split_inline_entries("⑳", "甲、①乙"), [("⑳", "甲、①乙")])


class RelatedRulesTest(unittest.TestCase):
    def test_report_section_title_letter(self):
        rules = item(2)["related_rules"]
        self.assertEqual(rules[0], {"document": "bank-api-report-security",
                                    "printed_document": "銀行API報告書・セキュリティ原則",
                                    "section": "3.3.1", "title": "API接続先の適格性", "letter": "d",
                                    "codes": [], "text": "3.3.1 API接続先の適格性 d"})
        self.assertEqual(rules[1]["codes"], ["運1", "運2", "運10"])
        self.assertEqual(rules[1]["document"], "fisc-security-standards")

    def test_user_protection_without_letter(self):
        rule = item(15)["related_rules"][0]
        self.assertEqual((rule["document"], rule["section"], rule["title"], rule["letter"]),
                         ("bank-api-report-user-protection", "3.4.2", "説明・表示、同意取得", None))

    def test_fisc_codes_as_printed(self):
        self.assertEqual(item(1)["related_rules"][0]["codes"], ["運3", "運4", "運5", "運6"])
        self.assertEqual(item(3)["related_rules"][0]["codes"], ["運10-1"])
        self.assertEqual(item(11)["related_rules"][0]["codes"], ["運108", "運109", "運110", "運111"])
        self.assertEqual(item(29)["related_rules"][0]["codes"], ["運17", "技26", "技35", "技45"])
        self.assertEqual(item(30)["related_rules"][0]["codes"], ["技37"])

    def test_several_sources_per_item(self):
        self.assertEqual([r["document"] for r in item(9)["related_rules"]],
                         ["bank-api-report-security", "fisc-security-standards"])
        self.assertEqual(item(9)["related_rules"][1]["codes"], ["運112"])
        self.assertEqual([(r["section"], r["letter"], r["codes"]) for r in item(25)["related_rules"]],
                         [("3.3.3", "e", []), (None, None, ["技43"])])
        self.assertEqual([r["letter"] for r in item(26)["related_rules"]], ["t"])

    def test_items_without_rules(self):
        without = [i["number"] for i in CHECKLIST["items"] if not i["related_rules"]]
        self.assertEqual(without, [20, 22, 23, 24, 27, 31, 32, 33, 34, 44, 45, 46, 47, 51, 55])


class ReconstructionTest(unittest.TestCase):
    def test_reconstructed_items_have_reasons(self):
        reconstructed = {i["number"] for i in CHECKLIST["items"] if i["reconstruction"]["reconstructed"]}
        self.assertEqual(reconstructed, RECONSTRUCTED)
        for number in reconstructed:
            self.assertGreater(len(item(number)["reconstruction"]["reason"]), 20)

    def test_reconstruction_lines_point_at_the_cells(self):
        lines = item(1)["reconstruction"]["lines"]
        self.assertEqual(lines["number"], [109, 109])
        self.assertEqual(SEED.line(109).strip(), "1")
        self.assertEqual(lines["methods"], [22, 51])
        self.assertEqual(item(1)["source_lines"], [18, 118])

    def test_every_content_line_claimed_exactly_once(self):
        data = rows_data()
        layout = trial.layout_lines(SEED, data["layout"])
        documents = set(data["document_lines"].values())
        claims = trial.collect_claims(SEED, data["rows"])
        for number, line in enumerate(SEED.lines, start=1):
            text = clean_line(line)
            owners = claims.get(number, [])
            if not text:
                continue  # blank lines inside a cell's range are harmless
            if number in layout or number in documents:
                self.assertEqual(owners, [], f"layout line {number} claimed")
            else:
                self.assertTrue(owners, f"line {number} unclaimed: {text}")
                whole = [o for o in owners if o[2] is None]
                self.assertTrue(len(owners) == 1 or not whole, f"line {number} claimed twice: {owners}")
        self.assertEqual(len(layout), 18 * 8 + 2)

    def build_with(self, data):
        return trial.build_checklist(SEED, data)

    def test_unclaimed_line_fails(self):
        data = rows_data()
        row(data, 9)["cells"]["methods"] = [[348, 353]]
        with self.assertRaisesRegex(trial.ExtractionError, "line 354 .* claimed by no item"):
            self.build_with(data)

    def test_overlapping_ranges_fail(self):
        data = rows_data()
        row(data, 4)["cells"]["methods"] = [[142, 156]]
        with self.assertRaisesRegex(trial.ExtractionError, "claimed more than once"):
            self.build_with(data)

    def test_empty_range_fails(self):
        data = rows_data()
        row(data, 20)["cells"]["remarks"] = [[637, 637]]
        with self.assertRaisesRegex(trial.ExtractionError, "empty"):
            self.build_with(data)

    def test_out_of_order_row_must_be_marked(self):
        data = rows_data()
        row(data, 42)["reconstructed"] = False
        with self.assertRaisesRegex(trial.ExtractionError, "item 42: reconstructed=False"):
            self.build_with(data)

    def test_reconstructed_row_needs_a_reason(self):
        data = rows_data()
        row(data, 10)["reason"] = " "
        with self.assertRaisesRegex(trial.ExtractionError, "without a reason"):
            self.build_with(data)

    def test_part_must_cover_the_shared_line(self):
        data = rows_data()
        row(data, 22)["cells"]["goal"] = [[694, 695], [696, 696, "状況下"]]
        with self.assertRaisesRegex(trial.ExtractionError, "claimed by no cell"):
            self.build_with(data)

    def test_wrong_number_cell_fails(self):
        data = rows_data()
        row(data, 37)["cells"]["number"], row(data, 38)["cells"]["number"] = [[1302, 1302]], [[1300, 1300]]
        with self.assertRaisesRegex(trial.ExtractionError, "number cell reads"):
            self.build_with(data)


class SchemaTest(unittest.TestCase):
    def test_checklist_schema(self):
        errors = list(Draft202012Validator(load_schema("checklist.schema.json")).iter_errors(CHECKLIST))
        self.assertEqual(errors, [])

    def test_errata_schema(self):
        errors = list(Draft202012Validator(load_schema("errata.schema.json")).iter_errors(ERRATA))
        self.assertEqual(errors, [])

    def test_schema_rejects_a_card_target(self):
        broken = copy.deepcopy(CHECKLIST)
        broken["items"][0]["target"] = "card"
        self.assertFalse(Draft202012Validator(load_schema("checklist.schema.json")).is_valid(broken))


class ErrataTest(unittest.TestCase):
    def test_ids_and_readings_at_their_lines(self):
        self.assertGreaterEqual(len(ERRATA["entries"]), 5)
        for index, entry in enumerate(ERRATA["entries"], start=1):
            self.assertEqual(entry["id"], f"bank-api-trial-2017:erratum-{index:02d}")
            self.assertLess(entry["catalog_uses"], len(entry["readings"]))
            for reading in entry["readings"]:
                first, last = reading["lines"]
                printed = squash("".join(clean_line(l) for l in SEED.span(first, last)))
                self.assertIn(squash(reading["text"]), printed, reading["where"])

    def test_catalog_follows_the_kept_reading(self):
        number_entry = ERRATA["entries"][0]
        kept = number_entry["readings"][number_entry["catalog_uses"]]["text"]
        self.assertEqual(item(37)["goal"], kept)

    def test_printed_mistakes_recorded(self):
        recorded = [(e["topic"], e["item_numbers"], e["field"], [r["lines"] for r in e["readings"]])
                    for e in ERRATA["entries"] if e["topic"] in ("typo", "duplicate", "order")]
        self.assertEqual(recorded, [
            ("typo", [25], "notes", [[839, 839]]),
            ("typo", [25], "notes", [[839, 839]]),
            ("typo", [42], "notes", [[1487, 1487]]),
            ("duplicate", [39], "notes", [[1392, 1395], [1399, 1402], [1386, 1386]]),
            ("duplicate", [58, 59], "goal", [[1951, 1952], [1979, 1980]]),
            ("order", [35, 36], "number", [[1132, 1138], [1161, 1169]]),
        ])
        self.assertEqual([e["intended"] for e in ERRATA["entries"] if e["topic"] == "typo"],
                         [["または措置等を行っている"], ["漏えい等防止のため"], ["ＮＩＳＴ推奨暗号"]])

    def test_printed_mistakes_kept_as_printed(self):
        for entry in ERRATA["entries"]:
            if entry["topic"] != "typo":
                continue
            texts = [text for n in entry["item_numbers"] for text in printed_texts(item(n))]
            with self.subTest(erratum=entry["id"]):
                self.assertEqual(sum(entry["readings"][0]["text"] in t for t in texts), 1)
                for intended in entry["intended"]:
                    self.assertFalse(any(intended in t for t in texts))

    def test_duplicates_are_printed_twice(self):
        self.assertEqual(item(58)["goal"], item(59)["goal"])
        first, second = item(39)["notes"]
        self.assertEqual(first["entries"][:2], second["entries"])
        self.assertEqual([i["number"] for i in CHECKLIST["items"]], sorted(i["number"] for i in CHECKLIST["items"]))
        self.assertLess(item(36)["source_lines"][0], item(35)["source_lines"][0])

    def test_rules_between_items_41_and_39_recorded_with_both_readings(self):
        entry = next(e for e in ERRATA["entries"] if e["item_numbers"] == [39, 41])
        self.assertEqual((entry["topic"], entry["field"], entry["accept_in_sheets"]), ("reconstruction", "rule", True))
        self.assertEqual([r["lines"] for r in entry["readings"]], [[1369, 1374], [1362, 1374]])
        kept = entry["readings"][entry["catalog_uses"]]["text"]
        self.assertEqual([r["text"] for r in item(39)["related_rules"]], ["3.3.3 内部からの不正アクセス対策 e"])
        self.assertTrue(kept.endswith(item(39)["related_rules"][0]["text"]))
        self.assertEqual([r["text"] for r in item(41)["related_rules"]], ["3.3.2 外部からの不正アクセス対策 y"])
        self.assertEqual(trial.load_rows(SEED)["rows"][38]["cells"]["rule"], [[1369, 1370]])

    def test_typo_shape_checked(self):
        data = copy.deepcopy(load_data(trial.ERRATA_DATA))
        typo = next(e for e in data["entries"] if e["topic"] == "typo")
        typo["readings"].append(typo["readings"][0])
        with mock.patch.object(trial, "load_data", return_value=data):
            with self.assertRaisesRegex(trial.ExtractionError, "exactly one reading"):
                trial.build_errata(SEED, {})

    def test_citation_of_another_items_lines_fails(self):
        claims = trial.collect_claims(SEED, rows_data()["rows"])
        entry = {"item_numbers": [29]}
        # l.1443 prints the same kind of method, but in item 42.
        reading = {"where": "x", "lines": [1443, 1443], "text": "DB内やシェル内"}
        with self.assertRaisesRegex(trial.ExtractionError, "cites line 1443 of 通番 \\[42\\]"):
            trial.check_citation(claims, 1, entry, reading)
        trial.check_citation(claims, 1, entry, dict(reading, items=[42]))
        trial.check_citation(claims, 1, {"item_numbers": [29, 42]}, reading)

    def test_misplaced_reading_fails(self):
        seed = SEED
        with self.assertRaisesRegex(trial.ExtractionError, "does not occur"):
            trial.check_reading(seed, 1, {"where": "x", "lines": [24, 24], "text": "運用IDとは別の管理"})


if __name__ == "__main__":
    unittest.main()
