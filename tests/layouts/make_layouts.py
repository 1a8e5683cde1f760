#!/usr/bin/python3
"""Writes the layout fixtures of issue 13: checklists laid out the way companies make them.

  /usr/bin/python3 tests/layouts/make_layouts.py OUT_DIR [--catalog DIR] [--no-office]

Every fixture is an .xlsx written by openpyxl as Excel writes it (merged cells, line breaks
in headers) plus NAME.json next to it: the key of expected findings that test_layouts.py
compares with `apichecklist validate --json`. A few are also converted to .ods by a
headless LibreOffice on a throwaway profile (skipped with --no-office). The official texts
(区分, 目標, 対象者) come from catalog/, never typed here.

Key: {"role": ..., "expect": [{"rule", "number"?, "column"?, "sheet"?}], "exact": [rules
whose count must equal the expected one], "sheets": [checked sheet names]?, "skipped":
[sheet names]?, "status": "checked"|"no_checklist", "message": [substrings]?}. A clean
fixture expects nothing: any error-level finding not in "expect" fails the test.
"""
import argparse
import copy
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
import make_fixtures as mf  # noqa: E402  (catalog reading shared with the validate fixtures)

TITLE = mf.TITLE
HEADER_10 = mf.HEADER_10
MARKS = ["○", "〇", "●", "◯", "✓", "レ"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}  # (row, col) 0-based → value
        self.merges = []  # (r1, c1, r2, c2) 0-based inclusive
        self.cached = {}  # (row, col) → cached value of a formula

    def put(self, row, col, value):
        if value is not None and value != "":
            self.cells[(row, col)] = value

    def put_row(self, row, values, first_col=0):
        for c, v in enumerate(values):
            self.put(row, first_col + c, v)

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


class Fixture:
    def __init__(self, name, role="api", what=""):
        self.name = name
        self.sheets = []
        self.key = {"role": role, "what": what, "expect": [], "status": "checked"}
        self.ods = False

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def expect(self, rule, number=None, column=None, sheet=None):
        e = {"rule": rule}
        if number is not None:
            e["number"] = number
        if column is not None:
            e["column"] = column
        if sheet is not None:
            e["sheet"] = sheet
        self.key["expect"].append(e)
        return self


# ---------------------------------------------------------------- content


def items_of(catalog, checklist_id="card-api-1.0"):
    return mf.load_checklist(catalog, checklist_id)


def answers(item, role):
    return item["target"] in mf.answered_targets(role)


def title_lines(sheet, width):
    sheet.put(0, 0, TITLE)
    sheet.merge(0, 0, 0, width - 1)
    sheet.put(1, 0, "会社名：株式会社サンプルペイ")
    sheet.put(2, 0, "記入日：2024年4月1日")


def plain_rows(items, role, answer=mf.answer_for):
    return [[i["number"], i["category"], i["goal"], i["target_label"],
             answer(i) if answers(i, role) else "", "", "", "", "", ""] for i in items]


def plain_sheet(fx, items, role="api", name="チェックリスト", rows=None):
    s = fx.sheet(name)
    title_lines(s, 10)
    s.put_row(4, HEADER_10)
    for r, row in enumerate(rows if rows is not None else plain_rows(items, role)):
        s.put_row(5 + r, row)
    return s


def target_columns(checklist_targets):
    """Sub-column labels of the 対象者 marks, in the フォーマット's order."""
    return [t["label"] for t in checklist_targets]


def marks_sheet(fx, items, targets, role="api", mark_of=None, name="チェックリスト",
                group_row=True, wrong=None, missing=None):
    """対象者 merged over three sub-columns with a ○ in one of them."""
    s = fx.sheet(name)
    title_lines(s, 12)
    top, sub = 4, 5
    labels = ["通番", "区分", "セキュリティ対応目標", "対象者", None, None, "現在の対応状況", "課題認識",
              "課題への対応計画", "関連規定", "関連規定箇所", "備考"]
    for c, label in enumerate(labels):
        if label:
            s.put(top, c, label)
            if label != "対象者":
                s.merge(top, c, sub, c)
    s.merge(top, 3, top, 5)
    for k, t in enumerate(targets):
        s.put(sub, 3 + k, t["label"])
    ids = [t["id"] for t in targets]
    for r, item in enumerate(items):
        row = 6 + r
        s.put_row(row, [item["number"], item["category"], item["goal"]])
        mark = (mark_of or (lambda n: "○"))(item["number"])
        target = item["target"]
        if wrong and item["number"] in wrong:
            target = wrong[item["number"]]
        if not (missing and item["number"] in missing):
            s.put(row, 3 + ids.index(target), mark)
        if answers(item, role):
            s.put(row, 6, mf.answer_for(item))
    return s


def header_band(sheet, top, groups, labels):
    """Group labels (text, first col, last col) in row top, labels below in row top+1."""
    for text, c1, c2 in groups:
        sheet.put(top, c1, text)
        if c2 > c1:
            sheet.merge(top, c1, top, c2)
    sheet.put_row(top + 1, labels)


def to_full_width(text):
    return text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})


# ---------------------------------------------------------------- the fixtures


def build(catalog):
    items = items_of(catalog)
    trial = items_of(catalog, "bank-api-trial-2017")
    data = json.loads((catalog / "checklists" / "card-api-1.0.json").read_text("utf-8"))
    targets = data["targets"]
    trial_targets = json.loads((catalog / "checklists" / "bank-api-trial-2017.json")
                               .read_text("utf-8"))["targets"]
    out = []

    fx = Fixture("plain", what="ten columns, one header row (baseline)")
    plain_sheet(fx, items)
    out.append(fx)

    fx = Fixture("plain-defects", what="baseline with seeded defects")
    rows = plain_rows(items, "api")
    rows[2][4] = ""                            # 3: answer.required
    rows[8][2] = "外部委託先を管理する。"      # 9: official.changed goal
    rows[4][5] = "手順が未整備。"              # 5: issue.plan_missing
    plain_sheet(fx, items, rows=rows)
    fx.expect("answer.required", 3).expect("official.changed", 9, "goal").expect("issue.plan_missing", 5)
    out.append(fx)

    # 1. 対象者 as marks
    fx = Fixture("marks", what="対象者 as ○ under API 接続先 / カード会社 / 共通")
    marks_sheet(fx, items, targets)
    fx.ods = True
    out.append(fx)

    fx = Fixture("marks-variety", what="marks ○〇●◯✓レ")
    marks_sheet(fx, items, targets, mark_of=lambda n: MARKS[n % len(MARKS)])
    out.append(fx)

    fx = Fixture("marks-defects", what="a mark in the wrong column, a row without mark")
    wrong_target = {"api": "card", "card": "api", "common": "api"}[items[4]["target"]]
    marks_sheet(fx, items, targets, wrong={5: wrong_target}, missing={7})
    fx.expect("official.changed", 5, "target").expect("official.changed", 7, "target")
    out.append(fx)

    fx = Fixture("marks-full-width", what="sub-columns written ＡＰＩ接続先, marks as text")
    s = marks_sheet(fx, items, targets)
    s.put(5, 3, to_full_width("API") + "接続先")
    out.append(fx)

    fx = Fixture("marks-trial", role="api", what="試行版: API接続先 / 銀行 / 共通 marks")
    s = fx.sheet("チェックリスト")
    title_lines(s, 12)
    labels = ["通番", "区分", "セキュリティ対応目標", "対象者", None, None, "手法例", "現在の対応状況",
              "今後の対応予定", "関連規定", "関連規定箇所", "備考"]
    for c, label in enumerate(labels):
        if label:
            s.put(4, c, label)
            if label != "対象者":
                s.merge(4, c, 5, c)
    s.merge(4, 3, 4, 5)
    ids = [t["id"] for t in trial_targets]
    for k, t in enumerate(trial_targets):
        s.put(5, 3 + k, t["label"])
    for r, item in enumerate(trial):
        s.put_row(6 + r, [item["number"], item["category"], item["goal"]])
        s.put(6 + r, 3 + ids.index(item["target"]), "○")
        if item["target"] in {"api", "common"}:
            s.put(6 + r, 7, mf.answer_for(item))
    out.append(fx)

    # 2. two-row headers
    fx = Fixture("header-groups", what="group labels 確認項目 / 回答欄（対象者が記入） / 参照 above")
    s = fx.sheet("チェックリスト")
    title_lines(s, 10)
    header_band(s, 4, [("確認項目", 0, 3), ("回答欄（対象者が記入）", 4, 6), ("参照", 7, 9)], HEADER_10)
    for r, row in enumerate(plain_rows(items, "api")):
        s.put_row(6 + r, row)
    fx.ods = True
    out.append(fx)

    fx = Fixture("header-split", what="labels merged over two rows, others only in the second")
    s = fx.sheet("チェックリスト")
    title_lines(s, 10)
    for c, label in enumerate(["通番", "区分", "セキュリティ対応目標", "対象者"]):
        s.put(4, c, label)
        s.merge(4, c, 5, c)
    s.put(4, 4, "回答欄")
    s.merge(4, 4, 4, 6)
    s.put_row(5, ["現在の対応状況", "課題認識", "課題への対応計画"], 4)
    s.put(4, 7, "関連規定等")
    s.merge(4, 7, 4, 8)
    s.put_row(5, ["関連規定", "関連規定箇所"], 7)
    s.put(4, 9, "備考")
    s.merge(4, 9, 5, 9)
    for r, row in enumerate(plain_rows(items, "api")):
        s.put_row(6 + r, row)
    out.append(fx)

    fx = Fixture("header-numbered", what="①通番…⑩備考, notes （必須）, line breaks, full-width")
    s = fx.sheet("チェックリスト")
    title_lines(s, 10)
    labels = ["通番", "区分", "セキュリティ\n対応目標", "対象者", "現在の対応状況（必須）", "課題認識",
              "課題への\n対応計画（期限を記入）", "関連規定", "関連規定箇所", "備考"]
    s.put_row(4, [CIRCLED[i] + l for i, l in enumerate(labels)])
    for r, row in enumerate(plain_rows(items, "api")):
        s.put_row(5 + r, row)
    out.append(fx)

    fx = Fixture("header-numbered-defects", what="numbered header, seeded defects")
    s = fx.sheet("チェックリスト")
    title_lines(s, 10)
    s.put_row(4, [CIRCLED[i] + l for i, l in enumerate(labels)])
    rows = plain_rows(items, "api")
    rows[0][4] = ""
    rows[10][3] = "カード会社" if items[10]["target"] != "card" else "API 接続先"
    for r, row in enumerate(rows):
        s.put_row(5 + r, row)
    fx.expect("answer.required", 1).expect("official.changed", 11, "target")
    out.append(fx)

    # 4. rows that are not items
    fx = Fixture("heading-rows", what="区分 headings, blank rows, ※/（注） notes, 記入件数 =COUNTA, 以上")
    s = fx.sheet("チェックリスト")
    title_lines(s, 10)
    s.put_row(4, HEADER_10)
    row = 5
    last_category = None
    first_data = None
    for item, r in zip(items, plain_rows(items, "api")):
        if item["category"] != last_category:
            if last_category is not None:
                row += 1  # blank separator row
            s.put(row, 0, f"【{item['category']}】")
            s.merge(row, 0, row, 9)
            row += 1
            last_category = item["category"]
        if first_data is None:
            first_data = row
        s.put_row(row, r)
        row += 1
    s.put(row, 0, "※ 対象者が「共通」の項目は双方で記入してください。")
    s.put(row + 1, 0, "（注）関連規定は APIガイドラインの該当箇所を記入。")
    s.put(row + 2, 0, "記入件数")
    s.put(row + 2, 4, f"=COUNTA(E{first_data + 1}:E{row})")
    s.cached[(row + 2, 4)] = 30
    s.put(row + 3, 9, "以上")
    out.append(fx)

    fx = Fixture("two-row-items", what="an item over two rows, 通番 merged vertically")
    s = fx.sheet("チェックリスト")
    title_lines(s, 10)
    s.put_row(4, HEADER_10)
    row = 5
    for item, r in zip(items, plain_rows(items, "api")):
        if item["number"] in (2, 6, 12) and r[4]:
            first, second = r[4].split("\n", 1)
            r = list(r)
            r[4] = first
            s.put_row(row, r)
            s.put(row + 1, 4, second)
            for c in range(4):
                s.merge(row, c, row + 1, c)
            row += 2
        elif item["number"] == 3:
            # the answer only in the second row: the item is answered
            s.put_row(row, r[:4])
            s.put(row + 1, 4, r[4])
            for c in range(4):
                s.merge(row, c, row + 1, c)
            row += 2
        else:
            s.put_row(row, r)
            row += 1
    out.append(fx)

    fx = Fixture("deleted-rows", what="（欠番） and 削除 rows: one info each")
    rows = plain_rows(items, "api")
    rows[19] = [20, "（欠番）", "", "", "", "", "", "", "", ""]
    rows[20] = [21, "", "削除", "", "", "", "", "", "", "当社は該当しないため削除"]
    plain_sheet(fx, items, rows=rows)
    fx.expect("item.deleted", 20).expect("item.deleted", 21)
    fx.key["exact"] = ["item.deleted"]
    out.append(fx)

    # Issue 20: item 31's row numbered 30 (item 30's row there too) is one finding, not
    # three (31 missing, its goal changed, 30 twice); and the row's 通番 is what is wrong.
    fx = Fixture("number-wrong", what="item 31's row numbered 30: one number.wrong")
    rows = plain_rows(items, "api")
    rows[30][0] = 30
    plain_sheet(fx, items, rows=rows)
    fx.expect("number.wrong", 31, "number")
    fx.key["exact"] = ["number.wrong", "item.missing", "number.duplicate", "official.changed"]
    out.append(fx)

    fx = Fixture("number-wrong-alone", what="item 31's row numbered 30, no row of item 30")
    rows = plain_rows(items, "api")
    rows[30][0] = 30
    del rows[29]
    plain_sheet(fx, items, rows=rows)
    fx.expect("number.wrong", 31, "number").expect("item.missing", 30)
    fx.key["exact"] = ["number.wrong", "item.missing", "number.duplicate", "official.changed"]
    out.append(fx)

    # 5. 通番 forms
    fx = Fixture("number-forms", what="1, １, No.1, No. 1, NO.1, #1, 1., 項番1, =ROW()-5")
    forms = [lambda n: n, lambda n: to_full_width(str(n)), lambda n: f"No.{n}",
             lambda n: f"No. {n}", lambda n: f"NO.{n}", lambda n: f"#{n}", lambda n: f"{n}.",
             lambda n: f"項番{n}", None]
    rows = plain_rows(items, "api")
    s = plain_sheet(fx, items, rows=rows)
    for r, item in enumerate(items):
        form = forms[r % len(forms)]
        if form is None:
            s.put(5 + r, 0, "=ROW()-5")
            s.cached[(5 + r, 0)] = item["number"]
        else:
            s.put(5 + r, 0, form(item["number"]))
    out.append(fx)

    fx = Fixture("number-unreadable", what="a 通番 form nobody reads, said once")
    rows = plain_rows(items, "api")
    for k in (30, 31, 32, 33):
        rows[k][0] = f"第{rows[k][0]}項目"
    plain_sheet(fx, items, rows=rows)
    fx.expect("number.invalid")
    for k in (30, 31, 32, 33):
        fx.expect("item.missing", k + 1)
    fx.key["exact"] = ["number.invalid"]
    out.append(fx)

    # 3. several sheets
    fx = Fixture("sheets-guide", what="表紙 / 記入要領 with a 記入例 row / 改訂履歴 beside the checklist")
    cover = fx.sheet("表紙")
    cover.put(0, 0, TITLE)
    cover.put(2, 0, "提出先：カード会社各位")
    guide = fx.sheet("記入要領")
    guide.put(0, 0, "記入要領")
    guide.put_row(2, HEADER_10)
    guide.put_row(3, ["記入例", items[0]["category"], items[0]["goal"], items[0]["target_label"],
                      "（例）情報セキュリティ基本方針を定め、CISO を任命している。", "", "", "", "", ""])
    history = fx.sheet("改訂履歴")
    history.put_row(0, ["版", "日付", "内容"])
    history.put_row(1, ["1.0", "2024/4/1", "初版"])
    plain_sheet(fx, items)
    fx.key["sheets"] = ["チェックリスト"]
    out.append(fx)

    fx = Fixture("sheets-guide-first", what="記入要領 with the full header and 3 example rows first")
    guide = fx.sheet("記入要領")
    guide.put_row(0, HEADER_10)
    for k in range(3):
        guide.put_row(1 + k, ["記入例", items[k]["category"], items[k]["goal"],
                              items[k]["target_label"], "（例）…", "", "", "", "", ""])
    plain_sheet(fx, items, name="回答")
    fx.key["sheets"] = ["回答"]
    out.append(fx)

    fx = Fixture("sheets-multi", what="one checklist sheet per service: each validated")
    plain_sheet(fx, items, name="サービスA")
    rows = plain_rows(items, "api")
    rows[5][4] = ""
    plain_sheet(fx, items, name="サービスB", rows=rows)
    fx.expect("answer.required", 6, sheet="サービスB")
    fx.key["sheets"] = ["サービスA", "サービスB"]
    out.append(fx)

    fx = Fixture("sheets-multi-notes", what="two checklist sheets and a メモ sheet with a table")
    plain_sheet(fx, items, name="API1")
    memo = fx.sheet("メモ")
    memo.put_row(0, ["通番", "メモ"])
    memo.put_row(1, [1, "確認中"])
    rows = plain_rows(items, "api")
    rows[1][2] = "違う目標。"
    plain_sheet(fx, items, name="API2", rows=rows)
    fx.expect("official.changed", 2, "goal", sheet="API2")
    fx.key["sheets"] = ["API1", "API2"]
    fx.key["skipped"] = ["メモ"]
    out.append(fx)

    # Merged cells as people make them: 区分 and 対象者 merged down over the items that share
    # them (the text only in the top cell), one answer merged over items 2 and 3.
    fx = Fixture("merged-down", what="区分 and 対象者 merged down, one answer over two items")
    merged_down(plain_sheet(fx, items), items)
    fx.key["exact"] = ["official.changed", "answer.required"]
    fx.ods = True
    out.append(fx)

    fx = Fixture("merged-down-defects", what="a merged 対象者 over items of another 対象者")
    s = plain_sheet(fx, items)
    merged_down(s, items)
    # Items 10 to 12 under one 対象者 (10's): 11 and 12 differ; the finding is at the top.
    first = 5 + 9
    for m in [m for m in s.merges if m[1] == 3 and m[0] <= first + 2 and m[2] >= first]:
        s.merges.remove(m)
        for r in range(m[0], m[2] + 1):
            s.put(r, 3, items[r - 5]["target_label"])
    for r in range(first, first + 3):
        s.cells.pop((r, 3), None)
    s.put(first, 3, items[9]["target_label"])
    s.merge(first, 3, first + 2, 3)
    for n in (11, 12):
        if items[n - 1]["target_label"] != items[9]["target_label"]:
            fx.key["expect"].append({"rule": "official.changed", "number": n, "column": "target",
                                     "cell": f"D{first + 1}"})
    fx.key["exact"] = ["official.changed"]
    fx.ods = True
    out.append(fx)

    # 6. status marks beside the text
    fx = Fixture("status-marks", what="現在の対応状況（〇/△/×） + 現在の対応状況（具体的な内容）")
    s = fx.sheet("チェックリスト")
    title_lines(s, 11)
    header = ["通番", "区分", "セキュリティ対応目標", "対象者", "現在の対応状況（〇/△/×）",
              "現在の対応状況（具体的な内容）", "課題認識", "課題への対応計画", "関連規定", "関連規定箇所", "備考"]
    s.put_row(4, header)
    for r, row in enumerate(plain_rows(items, "api")):
        s.put_row(5 + r, row[:4] + ["〇" if row[4] else ""] + row[4:])
    out.append(fx)

    fx = Fixture("status-marks-defects", what="a mark without text")
    s = fx.sheet("チェックリスト")
    title_lines(s, 11)
    s.put_row(4, header)
    for r, row in enumerate(plain_rows(items, "api")):
        mark = "〇" if row[4] else ""
        if items[r]["number"] == 4:
            row[4] = ""
        s.put_row(5 + r, row[:4] + [mark] + row[4:])
    fx.expect("answer.required", 4, "current_status")
    out.append(fx)

    fx = Fixture("status-marks-grouped", what="現在の対応状況 merged over 〇/△/× and 具体的な内容")
    s = fx.sheet("回答")
    title_lines(s, 11)
    for c, label in enumerate(["通番", "区分", "セキュリティ対応目標", "対象者"]):
        s.put(4, c, label)
        s.merge(4, c, 5, c)
    s.put(4, 4, "現在の対応状況")
    s.merge(4, 4, 4, 5)
    s.put_row(5, ["〇/△/×", "具体的な内容"], 4)
    for c, label in enumerate(HEADER_10[5:]):
        s.put(4, 6 + c, label)
        s.merge(4, 6 + c, 5, 6 + c)
    for r, row in enumerate(plain_rows(items, "api")):
        mark = "〇" if row[4] else ""
        if items[r]["number"] == 2:
            row[4] = ""
        s.put_row(6 + r, row[:4] + [mark] + row[4:])
    fx.expect("answer.required", 2, "current_status")
    out.append(fx)

    fx = Fixture("status-done", what="済/未 in 現在の対応状況, text in 具体的な対応内容")
    s = fx.sheet("チェックリスト")
    title_lines(s, 11)
    header2 = ["通番", "区分", "セキュリティ対応目標", "対象者", "現在の対応状況", "具体的な対応内容",
               "課題認識", "課題への対応計画", "関連規定", "関連規定箇所", "備考"]
    s.put_row(4, header2)
    for r, row in enumerate(plain_rows(items, "api")):
        s.put_row(5 + r, row[:4] + ["済" if row[4] else ""] + row[4:])
    out.append(fx)

    # 8. 試行版 leftovers in a Ver1.0 sheet
    fx = Fixture("future-plan-leftover", what="Ver1.0 sheet whose plan column says 今後の対応予定")
    s = fx.sheet("チェックリスト")
    title_lines(s, 10)
    s.put_row(4, HEADER_10[:6] + ["今後の対応予定"] + HEADER_10[7:])
    rows = plain_rows(items, "api")
    rows[7][5] = "ログの保管期間が短い。"
    rows[7][6] = "保管期間の延長を検討する。"   # plan.no_date on the 今後の対応予定 column
    rows[8][5] = "委託先の監査が未実施。"       # issue.plan_missing
    for r, row in enumerate(rows):
        s.put_row(5 + r, row)
    fx.expect("leftover.future_plan_column").expect("plan.no_date", 8).expect("issue.plan_missing", 9)
    out.append(fx)

    fx = Fixture("bank-answer", what="a Ver1.0 answer that speaks of 銀行 (copied from 試行版)")
    rows = plain_rows(items, "api")
    rows[0][4] = "銀行との契約に基づき、責任者を任命している。年1回、規程を見直している。"
    plain_sheet(fx, items, rows=rows)
    fx.expect("leftover.bank_answer", 1)
    fx.key["exact"] = ["leftover.bank_answer"]
    out.append(fx)

    # issue 14 item 11: invisible characters only
    fx = Fixture("invisible-answer", what="answers of only U+200B / U+FEFF / U+2028")
    rows = plain_rows(items, "api")
    rows[0][4] = "\u200b"
    rows[1][4] = "\ufeff \u200b"
    rows[2][4] = "\u2028"
    plain_sheet(fx, items, rows=rows)
    fx.expect("answer.required", 1).expect("answer.required", 2).expect("answer.required", 3)
    out.append(fx)

    # everything at once, as a real company file
    fx = Fixture("kitchen-sink", what="groups, numbered labels, marks, headings, two-row items")
    s = fx.sheet("チェックリスト")
    title_lines(s, 12)
    s.put(4, 0, "確認項目")
    s.merge(4, 0, 4, 5)
    s.put(4, 6, "回答欄（対象者が記入）")
    s.merge(4, 6, 4, 8)
    s.put(4, 9, "参照")
    s.merge(4, 9, 4, 11)
    s.put_row(5, ["①通番", "②区分", "③セキュリティ\n対応目標", "④対象者", None, None,
                  "⑤現在の対応状況（必須）", "⑥課題認識", "⑦課題への対応計画", "⑧関連規定",
                  "⑨関連規定箇所", "⑩備考"])
    for c in range(12):
        if c not in (3, 4, 5):
            s.merge(5, c, 6, c)
    s.merge(5, 3, 5, 5)
    ids = [t["id"] for t in targets]
    for k, t in enumerate(targets):
        s.put(6, 3 + k, t["label"])
    row = 7
    last = None
    for item in items:
        if item["category"] != last:
            s.put(row, 0, item["category"])
            s.merge(row, 0, row, 11)
            row += 1
            last = item["category"]
        s.put_row(row, [f"No.{item['number']}", item["category"], item["goal"]])
        s.put(row, 3 + ids.index(item["target"]), "○")
        if answers(item, "api"):
            s.put(row, 6, mf.answer_for(item))
        row += 1
    s.put(row + 1, 0, "以上")
    fx.ods = True
    out.append(fx)

    fx = Fixture("no-checklist", what="headings partly there: the best candidate is named")
    s = fx.sheet("一覧")
    s.put_row(3, ["通番", "区分", "セキュリティ対応目標", "対象者", "回答"])
    for r, item in enumerate(items[:5]):
        s.put_row(4 + r, [item["number"], item["category"], item["goal"], item["target_label"], "はい"])
    fx.key["status"] = "no_checklist"
    fx.key["message"] = ["一覧", "4 行目", "現在の対応状況"]
    out.append(fx)
    return out


def merged_down(s, items, columns=(1, 3)):
    """Merges each run of equal values down a column, keeping the text in the top cell; and
    the answer of item 3 into item 2's merged cell E7:E8."""
    for col in columns:
        r = 0
        while r < len(items):
            e = r
            while e + 1 < len(items) and s.cells.get((6 + e, col)) == s.cells.get((5 + r, col)):
                e += 1
            for k in range(r + 1, e + 1):
                s.cells.pop((5 + k, col), None)
            if e > r:
                s.merge(5 + r, col, 5 + e, col)
            r = e + 1
    s.cells.pop((7, 4), None)
    s.merge(6, 4, 7, 4)


# ---------------------------------------------------------------- writing


def write_xlsx(fx, path):
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in fx.sheets:
        ws = wb.create_sheet(s.name)
        for (r, c), v in s.cells.items():
            cell = ws.cell(row=r + 1, column=c + 1, value=v)
            if isinstance(v, str) and "\n" in v:
                cell.alignment = Alignment(wrap_text=True)
        for r1, c1, r2, c2 in s.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    wb.save(path)
    cached = {i: s.cached for i, s in enumerate(fx.sheets) if s.cached}
    if cached:
        add_cached_values(path, cached)


def add_cached_values(path, cached):
    """openpyxl writes formulas without a value; Excel stores the last result: add it."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m and int(m.group(1)) - 1 in cached:
                text = data.decode("utf-8")
                for (r, c), value in cached[int(m.group(1)) - 1].items():
                    ref = f"{column_letters(c)}{r + 1}"
                    text = re.sub(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?',
                                  rf"\g<1>\g<2><v>{value}</v>", text)
                data = text.encode("utf-8")
            zout.writestr(info, data)
    tmp.replace(path)


def column_letters(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def convert_to_ods(paths, outdir):
    """Each .xlsx opened and stored as .ods by LibreOffice, through the one launcher."""
    office = mf.Office()
    try:
        for path in paths:
            doc = office.desktop.loadComponentFromURL(
                path.resolve().as_uri(), "_blank", 0,
                mf.props(Hidden=True, MacroExecutionMode=0))  # 0 = NEVER_EXECUTE
            try:
                target = (outdir / (path.stem + ".ods")).resolve().as_uri()
                doc.storeToURL(target, mf.props(FilterName="calc8", Overwrite=True))
            finally:
                doc.close(True)
    finally:
        office.close()


def write_fixtures(out, catalog, with_office):
    ods = []
    for fx in build(catalog):
        path = out / f"{fx.name}.xlsx"
        write_xlsx(fx, path)
        (out / f"{fx.name}.xlsx.json").write_text(
            json.dumps(fx.key, ensure_ascii=False, indent=1) + "\n", "utf-8")
        if fx.ods:
            ods.append((fx, path))
    if ods and with_office:
        convert_to_ods([p for _, p in ods], out)
        for fx, path in ods:
            key = copy.deepcopy(fx.key)
            key["what"] += " (.ods by LibreOffice)"
            (out / f"{fx.name}.ods.json").write_text(
                json.dumps(key, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--catalog", default=str(mf.REPO / "catalog"))
    parser.add_argument("--no-office", action="store_true",
                        help="only the .xlsx files (no LibreOffice-made .ods)")
    args = parser.parse_args()
    final = Path(args.out).resolve()
    mf.build_aside(final, lambda out: write_fixtures(out, Path(args.catalog), not args.no_office))
    print(f"wrote {len(list(final.glob('*.json')))} layout fixtures to {final}")


if __name__ == "__main__":
    sys.exit(main())
