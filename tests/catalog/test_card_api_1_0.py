"""Tests of the card-api-1.0 extractor (scripts/extract/card_api_1_0.py) and its schemas."""
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

import card_api_1_0  # noqa: E402
from common import CARD_SEED, Seed, dump_json, join_wrapped, load_data, next_label, squash  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402

CHECKLIST_KEYS = ["kind", "schema_version", "id", "title", "version", "label", "document", "official", "targets",
                  "columns", "chapters", "declared_item_count", "categories", "items", "glossary"]
ITEM_KEYS = ["id", "number", "category", "target", "goal", "explanation", "methods_intro",
             "method_groups", "notes", "related_rules", "glossary_terms", "source_lines"]
ERRATUM_KEYS = ["id", "topic", "item_numbers", "field", "summary", "readings", "intended", "catalog_uses",
                "accept_in_sheets"]


def load_schema(name):
    return json.loads((EXTRACT / "schemas" / name).read_text(encoding="utf-8"))


def walk_entries(entries):
    for entry in entries:
        yield entry
        yield from walk_entries(entry["entries"])


def all_texts(item):
    """(where, text) of every printed text of an item."""
    yield "goal", item["goal"]
    yield "explanation", item["explanation"]
    yield "methods_intro", item["methods_intro"]
    for group in item["method_groups"]:
        yield "heading", group["heading"]
        for method in group["methods"]:
            yield "method", method["text"]
    for note in item["notes"]:
        if note["text"]:
            for paragraph in note["text"].split("\n"):
                yield "note text", paragraph
        for entry in walk_entries(note["entries"]):
            yield "entry", entry["text"]
    for rule in item["related_rules"]:
        yield "rule", rule["text"]


def found_in_order(haystack, text):
    """The reading check, written independently of the extractor: parts around … occur in order."""
    position = 0
    parts = [squash(p) for p in text.split("…") if squash(p)]
    for part in parts:
        position = haystack.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return bool(parts)


class CardApiTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        result = card_api_1_0.build()
        cls.checklist = result["checklist"]
        cls.errata = result["errata"]
        cls.seed = Seed(CARD_SEED)
        cls.seed_squashed = squash("".join(cls.seed.lines))
        cls.items = {item["number"]: item for item in cls.checklist["items"]}
        cls.terms = {term["term"]: term for term in cls.checklist["glossary"]}

    def seed_text(self, first, last):
        return squash(join_wrapped(self.seed.span(first, last)))


class CountsTest(CardApiTestCase):
    def test_43_items_numbered_1_to_43(self):
        numbers = [item["number"] for item in self.checklist["items"]]
        self.assertEqual(numbers, list(range(1, 44)))

    def test_item_ids_follow_numbers(self):
        for number, item in self.items.items():
            self.assertEqual(item["id"], f"card-api-1.0:item-{number:02d}")

    def test_9_categories_covering_every_item_once(self):
        categories = self.checklist["categories"]
        self.assertEqual(len(categories), 9)
        self.assertEqual(len(self.checklist["chapters"]), 9)
        numbers = [n for c in categories for n in c["numbers"]]
        self.assertEqual(sorted(numbers), list(range(1, 44)))
        self.assertTrue(all(c["numbers"] for c in categories))

    def test_65_glossary_terms(self):
        glossary = self.checklist["glossary"]
        self.assertEqual(len(glossary), 65)
        self.assertEqual([t["id"] for t in glossary], [f"card-api-1.0:term-{n:02d}" for n in range(1, 66)])

    def test_declared_count_kept_as_printed(self):
        self.assertEqual(self.checklist["declared_item_count"], 44)
        self.assertEqual([c["printed_numbers"] for c in self.checklist["chapters"]],
                         ["1-9", "10-11", "12-16", "17", "18-20", "21-28", "29-35", "36-42", "43-44"])


class StructureTest(CardApiTestCase):
    def test_key_order(self):
        self.assertEqual(list(self.checklist), CHECKLIST_KEYS)
        for item in self.checklist["items"]:
            self.assertEqual(list(item), ITEM_KEYS)
        for entry in self.errata["entries"]:
            expected = [k for k in ERRATUM_KEYS if k != "intended" or entry["topic"] == "typo"]
            self.assertEqual(list(entry), expected)

    def test_document_metadata(self):
        document = self.checklist["document"]
        self.assertEqual(document["title"], "クレジットカード分野のオープン API に係る接続チェックリスト解説書")
        self.assertEqual(document["version_label"], "Ver. 1.0")
        self.assertEqual(document["date"], "2019-10-30")
        self.assertEqual(document["date_label"], "2019年10月30日")
        self.assertEqual(document["publisher"], "一般社団法人キャッシュレス推進協議会")
        self.assertEqual(document["seed"], {"file": CARD_SEED, "sha256": self.seed.sha256})

    def test_columns(self):
        columns = self.checklist["columns"]
        self.assertEqual([c["label"] for c in columns],
                         ["通番", "区分", "セキュリティ対応目標", "対象者", "現在の対応状況", "課題認識",
                          "課題への対応計画", "関連規定", "関連規定箇所", "備考"])
        self.assertEqual([c["position"] for c in columns], list(range(1, 11)))
        self.assertEqual([c["role"] for c in columns], ["official"] * 4 + ["answer"] * 6)
        self.assertEqual(columns[0]["description"], "通し番号")
        self.assertIsNone(columns[9]["description"])

    def test_every_item_has_method_groups_with_methods(self):
        for item in self.checklist["items"]:
            self.assertTrue(item["method_groups"], item["id"])
            for group in item["method_groups"]:
                self.assertTrue(group["heading"], item["id"])
                numbers = [m["number"] for m in group["methods"]]
                self.assertEqual(numbers, list(range(1, len(numbers) + 1)), item["id"])
                self.assertEqual([m["label"] for m in group["methods"]], [f"{n}." for n in numbers])

    def test_note_refs_point_at_notes_of_the_item(self):
        for item in self.checklist["items"]:
            labels = [note["label"] for note in item["notes"]]
            self.assertEqual(len(labels), len(set(labels)), item["id"])
            for group in item["method_groups"]:
                for method in group["methods"]:
                    for ref in method["note_refs"]:
                        self.assertIn(ref, labels, item["id"])

    def test_note_refs_match_printed_references(self):
        for item in self.checklist["items"]:
            for group in item["method_groups"]:
                for method in group["methods"]:
                    printed = re.findall(r"[（(]注\s*(\d+)[)）]", method["text"])
                    self.assertEqual(method["note_refs"], [f"注{n}" for n in printed])

    def test_every_note_but_the_recorded_orphan_is_referenced(self):
        orphans = set()
        for item in self.checklist["items"]:
            refs = {r for g in item["method_groups"] for m in g["methods"] for r in m["note_refs"]}
            orphans.update((item["number"], n["label"]) for n in item["notes"] if n["label"] not in refs)
        self.assertEqual(orphans, {(29, "注5")})

    def test_goal_line_inside_source_lines(self):
        for item in self.checklist["items"]:
            first, last = item["source_lines"]
            goal_lines = [n for n in range(first, last + 1)
                          if self.seed.line(n).startswith(f"通番 {item['number']}\t")]
            self.assertEqual(len(goal_lines), 1, item["id"])
            self.assertTrue(self.seed.line(first).startswith("区分\t対象者"), item["id"])

    def test_deterministic(self):
        again = card_api_1_0.build()
        self.assertEqual(dump_json(again["checklist"]), dump_json(self.checklist))
        self.assertEqual(dump_json(again["errata"]), dump_json(self.errata))


class TextRulesTest(CardApiTestCase):
    def test_item_texts_occur_in_seed(self):
        for item in self.checklist["items"]:
            first, last = item["source_lines"]
            block = self.seed_text(first, last)
            for where, text in all_texts(item):
                self.assertTrue(text, f"{item['id']} {where} empty")
                self.assertIn(squash(text), block, f"{item['id']} {where}: {text}")

    def test_texts_are_clean(self):
        for item in self.checklist["items"]:
            for where, text in all_texts(item):
                self.assertEqual(text, text.strip(), f"{item['id']} {where}")
                self.assertNotIn("  ", text, f"{item['id']} {where}")
                self.assertNotIn("\t", text, f"{item['id']} {where}")

    def test_no_layout_leaks_into_texts(self):
        for item in self.checklist["items"]:
            for where, text in all_texts(item):
                self.assertNotIn("○", text, f"{item['id']} {where}")
                self.assertNotRegex(text, r"---", f"{item['id']} {where}")
                self.assertNotIn("区分 対象者", text, f"{item['id']} {where}")

    def test_glossary_texts_occur_in_seed(self):
        for term in self.checklist["glossary"]:
            first, last = term["source_lines"]
            # A row cut by a page break continues after the repeated header 用語/記載頁/説明等.
            lines = [l for l in self.seed.span(first, last) if not l.startswith("用語\t")]
            block = squash(join_wrapped(lines))
            self.assertIn(squash(term["term"]), block)
            self.assertIn(squash(term["description"]), block)
            self.assertIn(squash(term["pages_label"]), block)

    def test_glossary_synonyms_are_wordings_the_document_prints(self):
        self.assertEqual(self.terms["多要素認証"]["synonyms"], ["二要素認証", "二因子による認証", "2段階認証"])
        for term in self.checklist["glossary"]:
            for wording in term["synonyms"]:
                self.assertIn(squash(wording), self.seed_squashed, f"{term['term']}: {wording}")

    def test_a_synonym_printed_nowhere_is_refused(self):
        data = {"checklist": "card-api-1.0", "terms": [{"term": "多要素認証", "synonyms": ["三要素認証"]}]}
        with self.assertRaisesRegex(ValueError, "三要素認証.*printed nowhere"):
            card_api_1_0.add_synonyms(self.checklist["items"], copy.deepcopy(self.checklist["glossary"]), data)

    def test_wrapped_glossary_rows_joined(self):
        self.assertTrue(self.terms["SOC1"]["description"].endswith("業務を受託した会社の財務諸表に関する内部統制評価に用いられる。"))
        self.assertEqual(self.terms["SOC1"]["source_lines"], [226, 229])
        self.assertIn("クラウド事業者のデータセンター、オペレーションセンター",
                      self.terms["統制対象クラウド拠点"]["description"])
        self.assertEqual(self.terms["トークン"]["pages"], [49, 77, 78, 84, 86, 87])
        self.assertEqual(self.terms["トークン"]["pages_label"], "49,77,78,84,86,87")

    def test_wrapped_methods_joined(self):
        self.assertEqual(self.items[19]["method_groups"][0]["methods"][2]["text"],
                         "電子メール、ダウンロードファイル、サーバ上のファイルアクセス及び運用管理端末に対するウイルスチェックを行っている。"
                         "(ウイルス対策ソフト名、パターンファイルの更新間隔を提示)")
        method = self.items[25]["method_groups"][0]["methods"][0]
        self.assertTrue(method["text"].endswith("改竄検知を行っている。（注 1）"))
        self.assertEqual(method["note_refs"], ["注1"])
        self.assertEqual(self.items[36]["method_groups"][0]["methods"][2]["text"],
                         "外部団体 (JPCERT、警察庁、JC3 等) から発行されるセキュリティリファレンス等に則った"
                         "認可機能・API リクエスト機能の開発を行っている。")


class ItemSpotChecksTest(CardApiTestCase):
    def test_item_1(self):
        item = self.items[1]
        self.assertEqual(item["category"], "card-api-1.0:cat-1")
        self.assertEqual(item["target"], "api")
        self.assertEqual(item["goal"], "セキュリティ管理責任の所在と対象範囲を明確にする。")
        self.assertEqual([g["heading"] for g in item["method_groups"]], ["責任者の設置", "最高責任者・責任者の業務"])
        # (注2) continues after a page break.
        self.assertEqual([e["label"] for e in item["notes"][1]["entries"]], list("①②③④⑤⑥⑦⑧⑨"))
        self.assertEqual(item["related_rules"], [])

    def test_item_2_nested_notes(self):
        note = self.items[2]["notes"][0]
        self.assertEqual(note["label"], "注1")
        self.assertEqual(note["printed_label"], "(注1)")
        self.assertEqual(note["text"], "")
        self.assertEqual([e["label"] for e in note["entries"]], ["①", "②", "③"])
        first, second, third = note["entries"]
        self.assertEqual(first["text"], "以下の事項を定めた基本方針の整備")
        self.assertEqual([e["label"] for e in first["entries"]], ["a.", "b.", "c.", "d.", "e."])
        self.assertEqual([e["label"] for e in second["entries"]], ["a.", "b.", "c.", "d.", "e.", "f."])
        self.assertEqual(second["entries"][5], {"label": "f.", "text": "漏洩事案等への対応の段階", "entries": []})
        self.assertEqual(third["entries"], [])

    def test_item_8_note_text(self):
        note = self.items[8]["notes"][1]
        self.assertEqual(note["label"], "注2")
        self.assertEqual(note["text"], "カード会社側の連絡先の例：")
        self.assertEqual(len(note["entries"]), 10)
        self.assertEqual(note["entries"][9]["text"], "加盟店")

    def test_item_9_related_rule(self):
        self.assertEqual(self.items[9]["related_rules"], [{
            "text": "FISC「安全対策基準」 統制基準 2 外部の統制 : 統 20、統 21、統 22、統 23 監査基準 1 システム監査 : 監 1",
            "document": "fisc-security-standards"}])
        self.assertEqual([n for n, i in self.items.items() if i["related_rules"]], [9])

    def test_item_16_cross_reference_kept_as_printed(self):
        self.assertEqual(self.items[16]["methods_intro"],
                         "本項目に関連して実施する手法例は、以下が考えられる（クラウドサービスを利用する場合は、通番 11 を参照のこと）。")

    def test_item_20_headed_note_entries(self):
        note = self.items[20]["notes"][1]
        self.assertEqual(note["printed_label"], "（注 2）")
        self.assertEqual([(e["label"], e["text"]) for e in note["entries"]],
                         [("①", "特権 ID（Administrator 権限）"), ("②", "運用 ID")])
        self.assertEqual([e["label"] for e in note["entries"][0]["entries"]], ["a.", "b.", "c."])
        self.assertEqual([e["label"] for e in note["entries"][1]["entries"]], ["a.", "b."])
        self.assertEqual(note["entries"][0]["entries"][1]["text"], "特権 ID の付与は、責任者の権限としている。")

    def test_item_26_note_text_after_entries(self):
        note = self.items[26]["notes"][4]
        self.assertEqual(note["label"], "注5")
        self.assertEqual(len(note["entries"]), 2)
        # Three paragraphs printed with blank lines between them (seed l.1212, 1214, 1216).
        self.assertEqual(note["text"].split("\n"), [
            "※CVSS 深刻度レベル3とは、以下のようなものをいう。",
            "リモートからシステムを完全に制御されるような脅威、大部分のデータを改竄されるような脅威",
            "（例：OS コマンド・インジェクション、SQL インジェクション、バッファオーバーフローによる任意の命令実行等）"])

    def test_no_entry_holds_the_next_entry_of_its_series(self):
        for number, item in self.items.items():
            for note in item["notes"]:
                for entry in walk_entries(note["entries"]):
                    following = next_label(entry["label"])
                    with self.subTest(item=number, note=note["label"], entry=entry["label"]):
                        self.assertFalse(following and re.search(r"[、。\s]" + re.escape(following), entry["text"]))

    def test_note_paragraphs_are_the_printed_paragraphs(self):
        """Every paragraph of a note's text is one blank-line-delimited block of the item's page."""
        for number, item in self.items.items():
            first, last = item["source_lines"]
            blocks, block = set(), []
            for line in self.seed.span(first, last + 1) + [""]:
                if line.strip():
                    block.append(line)
                elif block:
                    blocks.add(squash(join_wrapped(block)))
                    block = []
            for note in item["notes"]:
                for paragraph in filter(None, note["text"].split("\n")):
                    with self.subTest(item=number, note=note["label"], paragraph=paragraph):
                        self.assertIn(squash(paragraph), blocks)

    def test_item_31_entry_after_page_break(self):
        entries = self.items[31]["notes"][1]["entries"]
        self.assertEqual([e["label"] for e in entries], ["①", "②", "③", "④", "⑤"])
        self.assertEqual(entries[4]["text"], "リスクベース認証")
        self.assertEqual([e["label"] for e in entries[1]["entries"]], ["a.", "b."])

    def test_item_34_deep_nesting(self):
        note = self.items[34]["notes"][0]
        self.assertEqual([e["label"] for e in note["entries"]], ["①", "②", "③"])
        self.assertEqual(note["entries"][0]["text"],
                         "システムログを取得(※)し、内容を確認している。※OS機能や業務アプリケーションにて作業結果を記録")
        other = note["entries"][2]
        self.assertEqual(other["text"], "その他：")
        self.assertEqual([e["label"] for e in other["entries"]], ["a.", "b.", "c.", "d.", "e.", "f."])
        recorded = other["entries"][3]
        self.assertEqual(recorded["text"], "以下の内容が記録される。")
        self.assertEqual([e["text"] for e in recorded["entries"]],
                         ["OSの起動及び終了", "DBMSの起動及び終了", "ミドルウェアの起動及び終了",
                          "ディスク装置や論理ボリュームのマウント及びアンマウント", "ログ取得プログラムの起動及び停止"])
        self.assertTrue(all(e["entries"] == [] for e in recorded["entries"]))

    def test_item_43_last_note_entry(self):
        entries = self.items[43]["notes"][0]["entries"]
        self.assertEqual(len(entries), 8)
        self.assertEqual(entries[7]["text"], "サービス規約、問い合わせ窓口、安全対策の概要、緊急時の連絡窓口")

    def test_targets(self):
        targets = {n: i["target"] for n, i in self.items.items()}
        self.assertEqual([n for n, t in targets.items() if t == "common"], [11, 12, 13, 14, 15, 33, 34])
        self.assertEqual([n for n, t in targets.items() if t == "card"], [37, 38, 39, 40, 41, 43])

    def test_each_target_names_the_role_that_answers_it(self):
        self.assertEqual({t["id"]: t["role"] for t in self.checklist["targets"]},
                         {"api": "api", "card": "card", "common": "both"})

    def test_categories_of_42_and_43_follow_the_list(self):
        self.assertEqual(self.items[41]["category"], "card-api-1.0:cat-8")
        self.assertEqual(self.items[42]["category"], "card-api-1.0:cat-9")
        self.assertEqual(self.items[43]["category"], "card-api-1.0:cat-9")


class GlossaryUseTest(CardApiTestCase):
    def test_term_items_consistent_with_item_terms(self):
        for term in self.checklist["glossary"]:
            for number in term["items"]:
                self.assertIn(term["id"], self.items[number]["glossary_terms"])
        for item in self.checklist["items"]:
            for term_id in item["glossary_terms"]:
                term = next(t for t in self.checklist["glossary"] if t["id"] == term_id)
                self.assertIn(item["number"], term["items"])

    def test_term_uses(self):
        self.assertEqual(self.terms["シェル"]["items"], [21, 29])
        self.assertEqual(self.terms["運用ジョブ"]["items"], [21])
        self.assertEqual(self.terms["リスト型攻撃"]["items"], [31])
        self.assertEqual(self.terms["統制対象クラウド拠点"]["items"], [10])
        # 「JIS Q27001」 is printed 「JIS Q 27001」 in item 3: compared without whitespace.
        self.assertEqual(self.terms["JIS Q27001"]["items"], [3])
        self.assertIn(16, self.terms["クラウドサービス"]["items"])
        # Item 26 prints 「SMTP」, which does not use the term 「MTP」.
        self.assertEqual(self.terms["MTP"]["items"], [18])
        self.assertEqual(self.terms["SMTP"]["items"], [26])
        self.assertTrue(self.terms["トークン"]["items"])

    def test_multi_factor_authentication_is_used_by_no_item(self):
        # The glossary lists 多要素認証 but item 21 says 二因子による認証; recorded as an erratum.
        self.assertNotIn("多要素認証", self.seed_text(323, len(self.seed.lines)))
        self.assertEqual(self.terms["多要素認証"]["items"], [])
        self.assertEqual(self.terms["金融 ISAC"]["items"], [])
        unused = [t["term"] for t in self.checklist["glossary"] if not t["items"]]
        self.assertEqual(unused, ["金融 ISAC", "多要素認証"])
        recorded = [e for e in self.errata["entries"] if e["field"] == "glossary"]
        for term in unused:
            self.assertTrue(any(term in r["text"] for e in recorded for r in e["readings"]), term)


class SchemaTest(CardApiTestCase):
    def validate(self, schema_name, obj):
        schema = load_schema(schema_name)
        Draft202012Validator.check_schema(schema)
        return [e.message for e in Draft202012Validator(schema).iter_errors(obj)]

    def test_checklist_valid(self):
        self.assertEqual(self.validate("checklist.schema.json", self.checklist), [])

    def test_errata_valid(self):
        self.assertEqual(self.validate("errata.schema.json", self.errata), [])

    def test_checklist_schema_rejects(self):
        broken = copy.deepcopy(self.checklist)
        broken["items"][0]["target"] = "bank"
        self.assertTrue(self.validate("checklist.schema.json", broken))
        broken = copy.deepcopy(self.checklist)
        broken["items"][0]["surprise"] = 1
        self.assertTrue(self.validate("checklist.schema.json", broken))
        broken = copy.deepcopy(self.checklist)
        broken["items"][0]["id"] = "card-api-1.0:item-1"
        self.assertTrue(self.validate("checklist.schema.json", broken))

    def test_checklist_schema_accepts_trial_extras(self):
        trial = copy.deepcopy(self.checklist)
        trial["id"] = "bank-api-trial-2017"
        trial["targets"] = [{"id": "api", "label": "API接続先", "role": "api"},
                            {"id": "bank", "label": "銀行", "role": "card"},
                            {"id": "common", "label": "共通", "role": "both"}]
        trial["columns"].insert(4, {"position": 5, "key": "methods", "label": "手法例", "role": "official",
                                    "description": None})
        for item in trial["items"]:
            item["id"] = item["id"].replace("card-api-1.0", "bank-api-trial-2017")
            item["target"] = "bank"
            item["related_rules"] = [
                {"document": "bank-api-report-security", "printed_document": "銀行API報告書・セキュリティ原則",
                 "section": "3.3.1", "title": "API接続先の適格性", "letter": "d", "codes": [],
                 "text": "3.3.1 API接続先の適格性 d"},
                {"document": "fisc-security-standards", "printed_document": "FISC・安対基準", "section": None,
                 "title": None, "letter": None, "codes": ["運1", "運2"], "text": "運1、運2"}]
            item["reconstruction"] = {"reconstructed": True, "reason": "セル順が入れ替わって抽出されている",
                                      "lines": {"number": [120, 120], "methods": [60, 95]}}
        self.assertEqual(self.validate("checklist.schema.json", trial), [])
        trial["items"][0]["reconstruction"]["reason"] = None
        self.assertTrue(self.validate("checklist.schema.json", trial))

    def test_errata_schema_rejects(self):
        broken = copy.deepcopy(self.errata)
        broken["entries"][0]["topic"] = "misprint"
        self.assertTrue(self.validate("errata.schema.json", broken))
        broken = copy.deepcopy(self.errata)
        broken["entries"][0]["topic"] = "typo"  # two readings, no intended
        self.assertTrue(self.validate("errata.schema.json", broken))
        broken = copy.deepcopy(self.errata)
        broken["entries"][0]["intended"] = ["x"]  # only a typo has an intended reading
        self.assertTrue(self.validate("errata.schema.json", broken))
        typo = next(e for e in self.errata["entries"] if e["topic"] == "typo")
        broken = copy.deepcopy(self.errata)
        broken["entries"] = [dict(typo, readings=typo["readings"] * 2)]
        self.assertTrue(self.validate("errata.schema.json", broken))
        broken["entries"] = [{k: v for k, v in typo.items() if k != "intended"}]
        self.assertTrue(self.validate("errata.schema.json", broken))
        broken = copy.deepcopy(self.errata)
        del broken["entries"][0]["accept_in_sheets"]
        self.assertTrue(self.validate("errata.schema.json", broken))


class ErrataTest(CardApiTestCase):
    def test_every_reading_found_at_its_lines(self):
        for entry in self.errata["entries"]:
            for reading in entry["readings"]:
                first, last = reading["lines"]
                self.assertTrue(found_in_order(self.seed_text(first, last), reading["text"]),
                                f"{entry['id']}: {reading['text']} not at {reading['lines']}")

    def test_ids_and_catalog_uses(self):
        entries = self.errata["entries"]
        self.assertEqual([e["id"] for e in entries],
                         [f"card-api-1.0:erratum-{n:02d}" for n in range(1, len(entries) + 1)])
        for entry in entries:
            self.assertLess(entry["catalog_uses"], len(entry["readings"]))

    def test_emitted_from_data(self):
        self.assertEqual(self.errata["entries"], load_data("errata-card-api-1.0.json")["entries"])

    def test_known_contradictions_recorded(self):
        def covered(topic, field, number):
            return any(e["topic"] == topic and e["field"] == field and number in e["item_numbers"]
                       for e in self.errata["entries"])
        self.assertTrue(any(e["topic"] == "item_count" for e in self.errata["entries"]))
        self.assertEqual(sum(e["topic"] == "number_range" for e in self.errata["entries"]), 9)
        for number in (12, 13, 14, 15, 22):
            self.assertTrue(covered("goal", "goal", number), number)
        for number in (11, 12, 13, 14, 15, 42, 43):
            self.assertTrue(covered("category", "category", number), number)
        self.assertTrue(covered("target", "target", 8))
        self.assertTrue(covered("cross_reference", "methods_intro", 16))

    def test_every_list_difference_recorded(self):
        """Reads the 確認項目一覧表 independently and compares it with the catalog."""
        list_rows = {}
        for line in self.seed.span(276, 320):
            cells = [re.sub(r"[ \t]+", " ", c).strip() for c in line.split("\t")]
            if len(cells) == 4 and cells[1].isdigit():
                list_rows[int(cells[1])] = cells
        self.assertEqual(sorted(list_rows), list(range(1, 44)))
        labels = {t["id"]: t["label"] for t in self.checklist["targets"]}
        names = {c["id"]: c["name"] for c in self.checklist["categories"]}
        covered = {(f, n) for e in self.errata["entries"] for n in e["item_numbers"] for f in [e["field"]]}
        for number, (_, _, goal, target) in list_rows.items():
            item = self.items[number]
            if item["goal"] != goal:
                self.assertIn(("goal", number), covered)
            if labels[item["target"]] != target:
                self.assertIn(("target", number), covered)
        category_cell = None
        for number, row in sorted(list_rows.items()):
            category_cell = row[0] or category_cell
            if names[self.items[number]["category"]] != category_cell:
                self.assertIn(("category", number), covered)

    def test_accept_in_sheets_for_official_column_variants(self):
        for entry in self.errata["entries"]:
            if entry["field"] in ("category", "target", "goal"):
                self.assertTrue(entry["accept_in_sheets"], entry["id"])

    def test_missing_reading_raises(self):
        data = copy.deepcopy(load_data("errata-card-api-1.0.json"))
        data["entries"][0]["readings"][0]["text"] = "確認項目は、以下の9区分、43項目で構成されている。"
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaises(ValueError):
                card_api_1_0.build()

    def test_printed_mistakes_recorded(self):
        mistakes = [(e["topic"], e["item_numbers"], e["field"], e["readings"][0]["lines"],
                     e["readings"][0]["text"], e["intended"])
                    for e in self.errata["entries"] if e["topic"] == "typo"]
        self.assertEqual(mistakes, [
            ("typo", [31], "notes", [1418, 1418], "定期的を確認", ["定期的に確認"]),
            ("typo", [21], "explanation", [1005, 1005], "が発生させない", ["が発生しない", "を発生させない"]),
            ("typo", [], "glossary", [240, 240], "入出装置", ["入力装置", "入出力装置"]),
            ("typo", [18], "notes", [869, 869], "漏洩等のため", ["漏洩等防止のため"]),
        ])

    def test_printed_mistakes_kept_as_printed(self):
        """The catalog text still holds each typo as printed, and not the intended wording."""
        for entry in self.errata["entries"]:
            if entry["topic"] != "typo":
                continue
            printed = entry["readings"][0]["text"]
            if entry["field"] == "glossary":
                texts = [t["description"] for t in self.checklist["glossary"]
                         if t["source_lines"] == entry["readings"][0]["lines"]]
            else:
                texts = [text for n in entry["item_numbers"] for _, text in all_texts(self.items[n]) if text]
            with self.subTest(erratum=entry["id"]):
                self.assertEqual(sum(printed in t for t in texts), 1)
                for intended in entry["intended"]:
                    self.assertFalse(any(intended in t for t in texts))

    def test_typo_without_intended_raises(self):
        data = copy.deepcopy(load_data("errata-card-api-1.0.json"))
        typo = next(e for e in data["entries"] if e["topic"] == "typo")
        del typo["intended"]
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaisesRegex(ValueError, "exactly one reading"):
                card_api_1_0.build()
        data = copy.deepcopy(load_data("errata-card-api-1.0.json"))
        data["entries"][0]["intended"] = ["43項目"]
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaisesRegex(ValueError, "no intended"):
                card_api_1_0.build()

    def erratum_data(self, number):
        data = copy.deepcopy(load_data("errata-card-api-1.0.json"))
        return data, data["entries"][number - 1]

    def test_citations_point_at_the_erratum_items(self):
        by_id = {e["id"]: e for e in self.errata["entries"]}
        # Item 8's 区分・対象者 block (item 7's is l.547-549).
        self.assertEqual(by_id["card-api-1.0:erratum-14"]["readings"][0]["lines"], [563, 565])
        # Item 43's list row prints no 区分: the merged cell starts on item 42's row.
        self.assertEqual(by_id["card-api-1.0:erratum-13"]["readings"][1]["lines"], [319, 320])
        self.assertIn("API 利用セキュリティ", by_id["card-api-1.0:erratum-13"]["readings"][1]["text"])

    def test_citation_of_another_items_page_raises(self):
        # The text printed at l.547-549 is the same block, but it is item 7's header.
        data, entry = self.erratum_data(14)
        entry["readings"][0]["lines"] = [547, 549]
        entry["readings"][0]["text"] = "情報・セキュリティ管理態勢 API 接続先 カード会社 共通 ○"
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaisesRegex(ValueError, "cites line 547 of 通番 7"):
                card_api_1_0.build()

    def test_citation_of_another_items_list_row_raises(self):
        data, entry = self.erratum_data(17)  # 通番 14's goal; l.288 is 通番 13's row
        entry["readings"][1]["lines"] = [288, 289]
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaisesRegex(ValueError, "cites line 288 of 通番 13"):
                card_api_1_0.build()

    def test_category_reading_must_cite_the_printed_category(self):
        data, entry = self.erratum_data(13)
        entry["readings"][1]["lines"] = [320, 320]
        entry["readings"][1]["text"] = "43 利用者の API 接続に関する誤認・誤解を防ぐ。 カード会社"
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaisesRegex(ValueError, "not line 319, where its 区分 is printed"):
                card_api_1_0.build()

    def test_cross_reference_reading_names_the_item_it_cites(self):
        data, entry = self.erratum_data(20)
        for reading in entry["readings"]:
            reading.pop("items", None)
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaisesRegex(ValueError, "cites line 651 of 通番 10"):
                card_api_1_0.build()

    def test_unrecorded_difference_raises(self):
        data = copy.deepcopy(load_data("errata-card-api-1.0.json"))
        data["entries"] = [e for e in data["entries"] if e["item_numbers"] != [22]]
        with mock.patch.object(card_api_1_0, "load_data", return_value=data):
            with self.assertRaises(ValueError):
                card_api_1_0.build()


if __name__ == "__main__":
    unittest.main()
