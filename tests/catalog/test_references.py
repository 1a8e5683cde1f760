"""Tests of references.json (scripts/extract/references.py) and its schema."""
import copy
import json
import sys
import unittest
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parents[2]
EXTRACT = REPO / "scripts" / "extract"
sys.path.insert(0, str(EXTRACT))

import bank_api_trial_2017  # noqa: E402
import references  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402

TRIAL = bank_api_trial_2017.build()["checklist"]
REFS = references.build(TRIAL)
IDS = ["meti-api-guideline", "bank-api-report-security", "bank-api-report-user-protection", "fisc-security-standards"]


def document(doc_id):
    return next(d for d in REFS["documents"] if d["id"] == doc_id)


def citation(doc_id, section=None, letter=None, code=None):
    return next(c for c in document(doc_id)["citations"]
                if (c["section"], c["letter"], c["code"]) == (section, letter, code))


def schema():
    return json.loads((EXTRACT / "schemas" / "references.schema.json").read_text(encoding="utf-8"))


class ReferencesTest(unittest.TestCase):
    def test_schema(self):
        self.assertEqual(list(Draft202012Validator(schema()).iter_errors(REFS)), [])
        broken = copy.deepcopy(REFS)
        broken["documents"][0]["url"] = "www.meti.go.jp"
        self.assertFalse(Draft202012Validator(schema()).is_valid(broken))

    def test_documents(self):
        self.assertEqual(REFS["kind"], "references")
        self.assertEqual([d["id"] for d in REFS["documents"]], IDS)

    def test_meti_guideline_as_printed_in_seed_000(self):
        meti = document("meti-api-guideline")
        self.assertEqual((meti["title"], meti["publisher"], meti["date"]),
                         ("クレジットカードデータ利用に係る API ガイドライン", "経済産業省", "2018-04-11"))
        self.assertEqual(meti["url"], "http://www.meti.go.jp/report/whitepaper/data/20180411001.html")
        self.assertEqual(meti["cited_by"], ["card-api-1.0"])
        self.assertIn([55, 55], [s["lines"] for s in meti["source"]])

    def test_fields_the_seeds_do_not_give_are_null(self):
        for doc_id in ("bank-api-report-security", "bank-api-report-user-protection"):
            doc = document(doc_id)
            self.assertEqual((doc["publisher"], doc["date"], doc["url"]), (None, None, None))
            self.assertEqual(doc["cited_by"], ["bank-api-trial-2017"])
        fisc = document("fisc-security-standards")
        self.assertEqual((fisc["date"], fisc["url"]), (None, None))

    def test_fisc_cited_by_both_checklists(self):
        fisc = document("fisc-security-standards")
        self.assertEqual(sorted(fisc["cited_by"]), ["bank-api-trial-2017", "card-api-1.0"])
        self.assertEqual({n["text"] for n in fisc["printed_names"]}, {"FISC「安全対策基準」", "FISC・安対基準"})

    def test_trial_citations_derived_from_items(self):
        self.assertEqual(citation("bank-api-report-security", "3.3.1", "d")["items"], [2, 9])
        self.assertEqual(citation("bank-api-report-security", "3.3.1", "d")["title"], "API接続先の適格性")
        self.assertEqual(citation("bank-api-report-user-protection", "3.4.2")["items"], [15, 16, 58, 59, 60])
        self.assertEqual(citation("fisc-security-standards", code="運112")["items"], [9, 13])
        self.assertEqual(citation("fisc-security-standards", code="運10-1")["items"], [3])
        cited = sorted({n for d in REFS["documents"] for c in d["citations"] for n in c["items"]})
        expected = sorted(i["number"] for i in TRIAL["items"] if i["related_rules"])
        self.assertEqual(cited, expected)

    def test_card_citations_agree_with_cited_by(self):
        import card_api_1_0
        card = card_api_1_0.build()["checklist"]
        for doc_id in {r["document"] for i in card["items"] for r in i["related_rules"]}:
            self.assertIn("card-api-1.0", document(doc_id)["cited_by"], doc_id)

    def test_misplaced_source_fails(self):
        documents = copy.deepcopy(references.DOCUMENTS)
        documents[0]["source"][1]["lines"] = [47, 47]
        with mock.patch.object(references, "DOCUMENTS", documents):
            with self.assertRaisesRegex(references.ReferenceError, "not at"):
                references.build(TRIAL)

    def test_fact_without_source_fails(self):
        documents = copy.deepcopy(references.DOCUMENTS)
        documents[1]["publisher"] = "全国銀行協会"
        with mock.patch.object(references, "DOCUMENTS", documents):
            with self.assertRaisesRegex(references.ReferenceError, "backed by no source"):
                references.build(TRIAL)

    def test_cited_by_must_match_the_trial_items(self):
        documents = copy.deepcopy(references.DOCUMENTS)
        documents[3]["cited_by"] = ["card-api-1.0"]
        with mock.patch.object(references, "DOCUMENTS", documents):
            with self.assertRaisesRegex(references.ReferenceError, "cited_by"):
                references.build(TRIAL)


if __name__ == "__main__":
    unittest.main()
