#!/usr/bin/python3
"""Writes the fixtures of `apichecklist fill` (issue 18): a connector's master and the copies
card companies hand out, as Excel writes them (openpyxl) and as .ods (LibreOffice).

  /usr/bin/python3 tests/fill/make_fill_fixtures.py OUT_DIR [--catalog DIR] [--no-office]

Every file is written as .xlsx (openpyxl) and .ods (LibreOffice). master: the Ver.1.0
フォーマット answered by an API接続先 (API接続先 and 共通 items; a few 課題 and plans) with two
own items, also as master.csv in CP932 (Excel's 「CSV (コンマ区切り)」). Copies, each with NAME.json, the key that
test_fill_cli.py checks the output against:
  copy-deleted      items 5 and 17 deleted, the card company's own items (one the master's
                    own item reworded, one unrelated), a 表紙 sheet before the checklist
  copy-reordered    rows in another order, 通番 kept
  copy-marks        対象者 as ○ in three sub-columns, headers over two rows
  copy-two-row      group labels above the headings (確認項目 / 回答欄), ①…⑩ numbering
  copy-partial      partly filled: one answer the same as the master's, one different
                    (a conflict), one remark the master does not have
  copy-trial        the 試行版 フォーマット (filled backwards through the mapping)
Key: {"writes": [{"sheet", "cell", "contains": [texts]}], "kept": [{"sheet", "cell", "text"}],
"conflicts": [cells], "leftover_numbers": [通番 as text], "own": {"cell": ..., "text": ...}}.
The official texts come from catalog/, never typed here.
"""
import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
sys.path.insert(0, str(HERE.parent / "layouts"))
import make_fixtures as mf  # noqa: E402
import make_layouts as ml  # noqa: E402

SHEET = "チェックリスト"
FIRST_ROW = 5  # 0-based row of the first item in plain sheets (header in row 4)
# Column of each key in the plain Ver.1.0 layout (HEADER_10) and the 試行版's (HEADER_TRIAL).
COLUMNS = {k: c for c, k in enumerate(["number", "category", "goal", "target", "current_status",
                                       "issue", "plan", "rule", "rule_location", "remarks"])}
TRIAL_COLUMNS = {k: c for c, k in enumerate(["number", "category", "goal", "target", "methods",
                                             "current_status", "future_plan", "rule",
                                             "rule_location", "remarks"])}
MASTER_OWN = [("独自1", "加盟店からの問い合わせ窓口を設け、不正利用の疑いを24時間受け付けること",
               "専用窓口を24時間体制で運用している。"),
              ("独自2", "委託先管理台帳を四半期ごとに更新すること",
               "台帳を四半期ごとに更新し、監査部が確認している。")]
COPY_OWN = [("A-1", "加盟店からの問合せ窓口を設け、不正利用の疑いを２４時間受け付けていること"),
            ("A-2", "スマートフォンアプリの改ざんを検知する仕組みを備えること")]


def a1(row, col):
    return f"{ml.column_letters(col)}{row + 1}"


def master_answers(items):
    """通番 → {column key → text}: what the connector wrote."""
    out = {}
    for item in items:
        if not ml.answers(item, "api"):
            continue
        texts = {"current_status": mf.answer_for(item)}
        if item["number"] % 7 == 0:
            texts["issue"] = f"通番{item['number']}: 手順書の改訂が未完了。"
            texts["plan"] = f"通番{item['number']}: 2025年3月までに改訂する。"
        if item["number"] % 10 == 1:
            texts["remarks"] = f"通番{item['number']}の補足: 外部委託先も同じ規程で運用。"
        out[item["number"]] = texts
    return out


def plain_copy(name, items, order=None, answers=None, own=(), cover=False):
    fx = ml.Fixture(name)
    if cover:
        s = fx.sheet("表紙")
        s.put(0, 0, "接続チェックリスト　ご提出のお願い")
        s.put(2, 0, "株式会社サンプルカード　セキュリティ推進部")
    s = fx.sheet(SHEET)
    ml.title_lines(s, 10)
    s.put_row(4, mf.HEADER_10)
    rows = {}
    row = FIRST_ROW
    for item in (order or items):
        s.put_row(row, [item["number"], item["category"], item["goal"], item["target_label"]])
        for key, text in (answers or {}).get(item["number"], {}).items():
            s.put(row, COLUMNS[key], text)
        rows[item["number"]] = row
        row += 1
    for number, goal in own:
        s.put_row(row, [number, "独自の確認項目", goal, "API接続先"])
        rows[number] = row
        row += 1
    return fx, rows


def expect_writes(key, rows, answers, numbers, columns=COLUMNS, sheet=SHEET):
    for number in numbers:
        for column, text in answers.get(number, {}).items():
            key["writes"].append({"sheet": sheet, "cell": a1(rows[number], columns[column]),
                                  "contains": [text]})


def build(catalog):
    items = ml.items_of(catalog)
    by_number = {i["number"]: i for i in items}
    answers = master_answers(items)
    fixtures = []

    master, rows = plain_copy("master", items, answers=answers,
                              own=[(n, g) for n, g, _ in MASTER_OWN])
    for number, _, text in MASTER_OWN:
        master.sheets[-1].put(rows[number], COLUMNS["current_status"], text)
    fixtures.append(master)

    def new_key():
        return {"writes": [], "kept": [], "conflicts": [], "leftover_numbers": []}

    # Items deleted, own items added, a cover sheet.
    kept = [i for i in items if i["number"] not in (5, 17)]
    fx, rows = plain_copy("copy-deleted", kept, own=COPY_OWN, cover=True)
    fx.key.update(new_key())
    expect_writes(fx.key, rows, answers, [i["number"] for i in kept])
    fx.key["leftover_numbers"] = sorted({str(n) for n in (5, 17) if n in answers} | {"独自2"})
    fx.key["own"] = {"cell": a1(rows["A-1"], COLUMNS["current_status"]), "text": MASTER_OWN[0][2],
                     "unmatched_cell": a1(rows["A-2"], COLUMNS["current_status"])}
    fixtures.append(fx)

    # Rows in another order (by 区分 backwards), 通番 kept.
    order = sorted(items, key=lambda i: (-ord(i["category"][0]), i["number"]))
    fx, rows = plain_copy("copy-reordered", items, order=order)
    fx.key.update(new_key())
    expect_writes(fx.key, rows, answers, list(by_number))
    fx.key["leftover_numbers"] = ["独自1", "独自2"]
    fixtures.append(fx)

    # ○ marks under 対象者, headers over two rows: answers in column G (index 6).
    fx = ml.Fixture("copy-marks")
    ml.marks_sheet(fx, items, mf_targets(catalog), role="api")
    s = fx.sheets[-1]
    for (r, c) in [k for k in s.cells if k[0] >= 6 and k[1] >= 6]:
        del s.cells[(r, c)]  # a blank copy: the card company's marks, no answers
    fx.key.update(new_key())
    for r, item in enumerate(items):
        text = answers.get(item["number"], {}).get("current_status")
        if text:
            fx.key["writes"].append({"sheet": SHEET, "cell": a1(6 + r, 6), "contains": [text]})
    fx.key["leftover_numbers"] = ["独自1", "独自2"]
    fixtures.append(fx)

    # Group labels over the headings, ①…⑩ numbering.
    fx = ml.Fixture("copy-two-row")
    s = fx.sheet(SHEET)
    ml.title_lines(s, 10)
    ml.header_band(s, 3, [("確認項目", 0, 3), ("回答欄（API接続先が記入）", 4, 9)],
                   [ml.CIRCLED[c] + label for c, label in enumerate(mf.HEADER_10)])
    rows = {}
    for r, item in enumerate(items):
        s.put_row(5 + r, [item["number"], item["category"], item["goal"], item["target_label"]])
        rows[item["number"]] = 5 + r
    fx.key.update(new_key())
    expect_writes(fx.key, rows, answers, list(by_number))
    fx.key["leftover_numbers"] = ["独自1", "独自2"]
    fixtures.append(fx)

    # Partly filled: the same answer, a different one, a remark of the card company's copy.
    same = next(n for n in answers if n > 2)
    other = next(n for n in answers if n > same)
    prefilled = {same: {"current_status": answers[same]["current_status"]},
                 other: {"current_status": "前回提出時の回答（カード会社向けに修正済み）"},
                 2: {"remarks": "カード会社記入欄: 確認済み"}}
    fx, rows = plain_copy("copy-partial", items, answers=prefilled)
    fx.key.update(new_key())
    expect_writes(fx.key, rows, answers, [n for n in by_number if n not in (same, other)])
    fx.key["kept"] = [{"sheet": SHEET, "cell": a1(rows[other], COLUMNS["current_status"]),
                       "text": prefilled[other]["current_status"]},
                      {"sheet": SHEET, "cell": a1(rows[2], COLUMNS["remarks"]),
                       "text": prefilled[2]["remarks"]}]
    fx.key["conflicts"] = [f"{SHEET}!{a1(rows[other], COLUMNS['current_status'])}"]
    fx.key["leftover_numbers"] = ["独自1", "独自2"]
    fixtures.append(fx)

    # The 試行版 フォーマット: Ver.1.0 answers go back through the mapping.
    trial_items = ml.items_of(catalog, "bank-api-trial-2017")
    mapping = json.loads((catalog / "mappings" / "bank-api-trial-2017__card-api-1.0.json")
                         .read_text("utf-8"))
    fx = ml.Fixture("copy-trial")
    s = fx.sheet(SHEET)
    s.put(0, 0, "API接続チェックリスト（試行版）")
    s.put_row(4, mf.HEADER_TRIAL)
    fx.key.update(new_key())
    rows = {}
    for r, item in enumerate(trial_items):
        s.put_row(5 + r, [item["number"], item["category"], item["goal"], item["target_label"]])
        rows[item["number"]] = 5 + r
    for row in mapping["rows"]:
        if row.get("from_number") is None or row["relation"] == "removed":
            continue
        texts = [answers[n]["current_status"] for n in row["to_numbers"]
                 if "current_status" in answers.get(n, {})]
        if texts:
            fx.key["writes"].append({"sheet": SHEET,
                                     "cell": a1(rows[row["from_number"]],
                                                TRIAL_COLUMNS["current_status"]),
                                     "contains": texts})
    fx.key["leftover_numbers"] = None  # items new in Ver.1.0 have no 試行版 row: not checked
    fixtures.append(fx)
    return fixtures


def mf_targets(catalog):
    data = json.loads((catalog / "checklists" / "card-api-1.0.json").read_text("utf-8"))
    return data["targets"]


def write_csv(fx, path):
    import csv
    cells = fx.sheets[-1].cells
    rows = max(r for r, _ in cells) + 1
    cols = max(c for _, c in cells) + 1
    with open(path, "w", encoding="cp932", newline="") as f:
        writer = csv.writer(f)
        for r in range(rows):
            writer.writerow([cells.get((r, c), "") for c in range(cols)])


def write_fixtures(out, catalog, with_office):
    ods = []
    for fx in build(catalog):
        path = out / f"{fx.name}.xlsx"
        ml.write_xlsx(fx, path)
        if fx.name == "master":
            write_csv(fx, out / "master.csv")
        if fx.name != "master":
            (out / f"{fx.name}.json").write_text(
                json.dumps(fx.key, ensure_ascii=False, indent=1) + "\n", "utf-8")
        ods.append(path)  # every fixture in both formats
    if ods and with_office:
        ml.convert_to_ods(ods, out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--catalog", default=str(mf.REPO / "catalog"))
    parser.add_argument("--no-office", action="store_true")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_fixtures(out, Path(args.catalog), not args.no_office)
    print(f"wrote {len(list(out.glob('*.xlsx')))} fill fixtures to {out}")


if __name__ == "__main__":
    sys.exit(main())
