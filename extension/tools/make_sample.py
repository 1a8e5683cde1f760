"""Writes a sample checklist sheet (.ods) with the 10 フォーマット columns and the 43
items of card-api-1.0 from the catalog, plus a few example answers.

    /usr/bin/python3 extension/tools/make_sample.py OUT.ods [--catalog DIR]

Standalone it starts its own headless soffice on a throwaway profile; the tests call
write_sample() with the soffice they already run.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office as office_mod  # noqa: E402

HEADERS = ["通番", "区分", "セキュリティ対応目標", "対象者", "現在の対応状況", "課題認識",
           "課題への対応計画", "関連規定", "関連規定箇所", "備考"]
COLUMN_WIDTHS = [1200, 3500, 7000, 2200, 6000, 4000, 4000, 3000, 3000, 3000]  # 1/100 mm

# Example answers of an API接続先, so the sheet does not look empty.
SAMPLE_ANSWERS = {
    1: ["情報セキュリティ基本方針を制定し、最高情報セキュリティ責任者（CISO）を任命している。",
        "", "", "情報セキュリティ基本方針", "第3条"],
    2: ["委託先管理規程に基づき、年1回委託先の評価を実施している。",
        "再委託先の評価が未実施。", "2025年度上期に再委託先の評価手順を整備する。", "委託先管理規程", "第5条"],
    21: ["通信はTLS 1.2以上で暗号化している。", "", "", "", ""],
}


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_items(catalog_dir):
    with open(os.path.join(catalog_dir, "checklists", "card-api-1.0.json"), encoding="utf-8") as f:
        checklist = json.load(f)
    categories = {c["id"]: c["name"] for c in checklist["categories"]}
    targets = {t["id"]: t["label"] for t in checklist["targets"]}
    rows = []
    for item in checklist["items"]:
        row = [item["number"], categories[item["category"]], item["goal"], targets[item["target"]]]
        row += SAMPLE_ANSWERS.get(item["number"], [""] * 5)
        row.append("")
        rows.append(row)
    return checklist["title"], rows


def write_sample(desktop, out_path, catalog_dir):
    title, rows = load_items(catalog_dir)
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                       office_mod.props(Hidden=True))
    try:
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = "チェックリスト"
        sheet.getCellByPosition(0, 0).String = title
        sheet.getCellByPosition(0, 0).CharWeight = 150  # bold
        header_row = 2
        for column, label in enumerate(HEADERS):
            cell = sheet.getCellByPosition(column, header_row)
            cell.String = label
            cell.CharWeight = 150
            cell.CellBackColor = 0xDDEBF7
        for r, row in enumerate(rows, start=header_row + 1):
            for column, value in enumerate(row):
                cell = sheet.getCellByPosition(column, r)
                if isinstance(value, int):
                    cell.Value = value
                elif value:
                    cell.String = value
        columns = sheet.Columns
        for column, width in enumerate(COLUMN_WIDTHS):
            columns.getByIndex(column).Width = width
        body = sheet.getCellRangeByPosition(0, header_row, len(HEADERS) - 1, header_row + len(rows))
        body.IsTextWrapped = True
        body.VertJustify = 1  # top
        doc.storeToURL(office_mod.file_url(out_path), office_mod.props(FilterName="calc8"))
    finally:
        doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--catalog", default=os.path.join(repo_root(), "catalog"))
    args = parser.parse_args()
    profile = office_mod.Profile()
    try:
        with office_mod.Office(profile) as soffice:
            write_sample(soffice.desktop, args.out, args.catalog)
    finally:
        profile.remove()
    print(args.out)


if __name__ == "__main__":
    main()
