"""references.json: the documents the checklists refer to.

Only what the seeds say: every field value that is not null is backed by a
source entry whose text must occur at its seed lines; a field the seeds do not
give is null. Which sections/codes the 試行版 cites is derived from its items.
"""
import re

import bank_api_trial_2017
from common import CARD_SEED, SCHEMA_VERSION, TRIAL_SEED, Seed, clean_line, squash

TRIAL = bank_api_trial_2017.CHECKLIST_ID
CARD = "card-api-1.0"

# Hand-kept facts, each with the seed text it is read from.
DOCUMENTS = [
    {
        "id": "meti-api-guideline",
        "title": "クレジットカードデータ利用に係る API ガイドライン",
        "publisher": "経済産業省",
        "date": "2018-04-11",
        "url": "http://www.meti.go.jp/report/whitepaper/data/20180411001.html",
        "printed_names": [
            {"checklist": CARD, "text": "経済産業省「クレジットカードデータ利用に係る API ガイドライン」"},
        ],
        "cited_by": [CARD],
        "source": [
            {"seed": CARD_SEED, "lines": [53, 53],
             "text": "経済産業省「クレジットカードデータ利用に係る API ガイドライン」(2018 年 4 月 11 日公表)"},
            {"seed": CARD_SEED, "lines": [55, 55],
             "text": "<http://www.meti.go.jp/report/whitepaper/data/20180411001.html>"},
            {"seed": CARD_SEED, "lines": [89, 89],
             "text": "⑧関連規定：経済産業省「クレジットカードデータ利用に係る API ガイドライン」（2018年4月11日公表）"},
            {"seed": CARD_SEED, "lines": [146, 147],
             "text": "⑧関連規定：参照先（経済産業省「クレジットカードデータ利用に係る API ガイドライン」）"},
        ],
    },
    {
        "id": "bank-api-report-security",
        "title": "銀行API報告書・セキュリティ原則",
        "publisher": None,
        "date": None,
        "url": None,
        "printed_names": [{"checklist": TRIAL, "text": "銀行API報告書・セキュリティ原則"}],
        "cited_by": [TRIAL],
        "source": [{"seed": TRIAL_SEED, "lines": [53, 54], "text": "銀行API報告書・セキュリティ原則"}],
    },
    {
        "id": "bank-api-report-user-protection",
        "title": "銀行API報告書・利用者保護原則",
        "publisher": None,
        "date": None,
        "url": None,
        "printed_names": [{"checklist": TRIAL, "text": "銀行API報告書・利用者保護原則"}],
        "cited_by": [TRIAL],
        "source": [{"seed": TRIAL_SEED, "lines": [518, 519], "text": "銀行API報告書・利用者保護原則"}],
    },
    {
        "id": "fisc-security-standards",
        "title": "安全対策基準",
        "publisher": "FISC",
        "date": None,
        "url": None,
        "printed_names": [
            {"checklist": CARD, "text": "FISC「安全対策基準」"},
            {"checklist": TRIAL, "text": "FISC・安対基準"},
        ],
        "cited_by": [CARD, TRIAL],
        "source": [
            {"seed": CARD_SEED, "lines": [644, 644],
             "text": "関連規定 FISC「安全対策基準」 統制基準 2 外部の統制 : 統 20、統 21、統 22、統 23 監査基準 1 システム監査 : 監 1"},
            {"seed": TRIAL_SEED, "lines": [18, 18], "text": "FISC・安対基準"},
        ],
    },
]

ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


class ReferenceError(Exception):
    pass


def fail(message):
    raise ReferenceError(f"references: {message}")


def source_text(seeds, source):
    seed = seeds[source["seed"]]
    first, last = source["lines"]
    return squash("".join(clean_line(l) for l in seed.span(first, last)))


def check_sources(document, seeds):
    """Every source text occurs at its lines and every non-null fact occurs in some source text."""
    printed = []
    for source in document["source"]:
        text = source_text(seeds, source)
        if squash(source["text"]) not in text:
            fail(f"{document['id']}: {source['text']!r} not at {source['seed']} lines {source['lines']}")
        printed.append(squash(source["text"]))
    for fact in facts(document):
        if not any(squash(fact) in text for text in printed):
            fail(f"{document['id']}: {fact!r} is backed by no source")


def facts(document):
    """The printed forms of the document's non-null fields."""
    found = [document["title"]] + [name["text"] for name in document["printed_names"]]
    if document["publisher"]:
        found.append(document["publisher"])
    if document["url"]:
        found.append(document["url"])
    if document["date"]:
        year, month, day = ISO_DATE.match(document["date"]).groups()
        found.append(f"{int(year)}年{int(month)}月{int(day)}日")
    return found


def trial_citations(trial_checklist):
    """{document id: [citation]} in order of first citation by 通番."""
    citations = {}
    for item in trial_checklist["items"]:
        for rule in item["related_rules"]:
            keys = [(rule["section"], rule["title"], rule["letter"], None)] if not rule["codes"] else \
                [(None, None, None, code) for code in rule["codes"]]
            for section, title, letter, code in keys:
                entries = citations.setdefault(rule["document"], [])
                match = [c for c in entries if (c["section"], c["letter"], c["code"]) == (section, letter, code)]
                if match:
                    if item["number"] not in match[0]["items"]:
                        match[0]["items"].append(item["number"])
                else:
                    entries.append({"checklist": TRIAL, "section": section, "title": title, "letter": letter,
                                    "code": code, "items": [item["number"]]})
    return citations


def check_trial_cited_by(documents, citations):
    for document in documents:
        cited = document["id"] in citations
        if cited != (TRIAL in document["cited_by"]):
            fail(f"{document['id']}: cited_by says {document['cited_by']}, trial items cite it: {cited}")


def build(trial_checklist=None):
    if trial_checklist is None:
        trial_checklist = bank_api_trial_2017.build()["checklist"]
    seeds = {name: Seed(name) for name in (CARD_SEED, TRIAL_SEED)}
    citations = trial_citations(trial_checklist)
    unknown = set(citations) - {d["id"] for d in DOCUMENTS}
    if unknown:
        fail(f"trial items cite unknown documents {sorted(unknown)}")
    check_trial_cited_by(DOCUMENTS, citations)
    documents = []
    for document in DOCUMENTS:
        check_sources(document, seeds)
        documents.append({**document, "citations": citations.get(document["id"], [])})
    return {"kind": "references", "schema_version": SCHEMA_VERSION, "documents": documents}
