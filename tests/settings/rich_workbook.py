"""An .xlsx the way a card company's Excel file looks, written by openpyxl: the Ver1.0
checklist with everything a workbook carries besides its texts (other and hidden sheets,
cell formats, merged cells, comments, data validation, conditional formatting, print
titles, freeze panes, widths), and a feature-by-feature description of a workbook to
compare one before and after `apichecklist ignore add` (docs/ignores-and-properties.md)."""
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
import make_sheets  # noqa: E402

import openpyxl  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.formatting.rule import CellIsRule  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.chart import BarChart, Reference  # noqa: E402
from openpyxl.styles import Border, Side  # noqa: E402
from openpyxl.workbook.defined_name import DefinedName  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402
from openpyxl.worksheet.table import Table, TableStyleInfo  # noqa: E402

CHECKLIST_SHEET = "フォーマット"


def write(path, missing=(20,), extras=False):
    """The checklist (items in `missing` left out), a 社内メモ sheet and a hidden 集計 sheet."""
    table = make_sheets.rows("card-api-1.0")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = CHECKLIST_SHEET
    ws.append(["クレジットカード分野のオープンAPIに係る接続チェックリスト"])
    ws.append([])
    for row in table[:1] + [r for r in table[1:] if int(r[0]) not in missing]:
        ws.append([int(v) if i == 0 and v.isdigit() else v for i, v in enumerate(row)])
    ws["A1"].font = Font(bold=True, size=14, color="FF1F4E79")
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFD9D9D9")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["E4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:D1")
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["E"].width = 45
    ws.row_dimensions[4].height = 40
    ws["E4"].comment = Comment("PCI DSS の認証書を添付予定", "審査部")
    dv = DataValidation(type="list", formula1='"なし,あり"', allow_blank=True)
    dv.add("F4:F50")
    ws.add_data_validation(dv)
    ws.print_title_rows = "3:3"
    ws.freeze_panes = "C4"
    ws.page_setup.orientation = "landscape"

    memo = wb.create_sheet("社内メモ")
    memo["A1"] = "確認の経緯"
    memo.merge_cells("A1:C1")
    memo["A2"] = 0.25
    memo["A2"].number_format = "0.00%"
    memo["B2"] = 1234567
    memo["B2"].number_format = "#,##0"
    memo["C2"] = "=A2*B2"
    memo["A3"] = "担当: 山田"
    memo["A3"].comment = Comment("内線 1234", "審査部")
    memo.conditional_formatting.add(
        "B2:B10", CellIsRule(operator="greaterThan", formula=["1000"],
                             fill=PatternFill("solid", fgColor="FFFFC7CE")))

    hidden = wb.create_sheet("集計")
    hidden["A1"] = "前年度の件数"
    hidden["B1"] = 42
    hidden.sheet_state = "hidden"
    if extras:
        add_extras(wb)
    wb.save(path)
    return path


def add_extras(wb):
    """Features beyond the checklist's needs, measured for the docs' round-trip list."""
    ws, memo = wb[CHECKLIST_SHEET], wb["社内メモ"]
    memo.sheet_properties.tabColor = "FF00B050"
    memo.sheet_view.zoomScale = 80
    wb.defined_names.append(DefinedName("対象範囲", attr_text="'社内メモ'!$A$2:$B$2"))
    memo["A4"] = "規程集"
    memo["A4"].hyperlink = "https://example.com/kitei"
    dv = DataValidation(type="whole", operator="between", formula1="0", formula2="100",
                        promptTitle="件数", prompt="0〜100 の整数", showInputMessage=True,
                        errorTitle="範囲外", error="0〜100 で入力してください", showErrorMessage=True)
    dv.add("B5")
    memo.add_data_validation(dv)
    memo["B5"] = 10
    memo["A6"] = "罫線"
    memo["A6"].border = Border(bottom=Side(style="thin", color="FF000000"))
    memo["A7"] = "明朝"
    memo["A7"].font = Font(name="ＭＳ 明朝", italic=True, underline="single")
    memo.column_dimensions["D"].hidden = True
    memo.row_dimensions.group(8, 9, outline_level=1, hidden=False)
    memo["A8"], memo["A9"] = "詳細1", "詳細2"
    memo.auto_filter.ref = "A11:B13"
    for r, row in enumerate([["区分", "件数"], ["A", 1], ["B", 2]], start=11):
        for c, v in enumerate(row, start=1):
            memo.cell(r, c, v)
    table = wb.create_sheet("一覧")
    for row in [["項目", "値"], ["x", 1], ["y", 2]]:
        table.append(row)
    t = Table(displayName="一覧表", ref="A1:B3")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    table.add_table(t)
    chart = BarChart()
    chart.title = "件数"
    chart.add_data(Reference(table, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    table.add_chart(chart, "D2")
    table.protection.sheet = True
    wb.properties.title = "接続チェックリスト（A社）"
    wb.properties.creator = "審査部"


def _color(c):
    return None if c is None else (c.rgb if isinstance(c.rgb, str) else None)


def custom_row_heights(path, title):
    """{row: height} of the rows whose height was set by hand (customHeight: openpyxl reports
    every row with a height as custom)."""
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(title), workbook)
        if not rid:
            return {}
        target = re.search(r'<Relationship [^>]*Id="%s"[^>]*Target="([^"]+)"' % rid.group(1), rels)
        if not target:
            target = re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="%s"' % rid.group(1),
                               rels)
        part = target.group(1).lstrip("/")
        part = part if part.startswith("xl/") else "xl/" + part
        sheet = z.read(part).decode()
    out = {}
    for row in re.finditer(r"<row ([^>]*)>", sheet):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', row.group(1)))
        if attrs.get("customHeight") in ("1", "true") and "ht" in attrs:
            out[int(attrs["r"])] = round(float(attrs["ht"]), 1)
    return out


def describe(path):
    """{feature: value} of a workbook, for comparing two of them feature by feature."""
    wb = openpyxl.load_workbook(path)
    out = {"sheets": [(ws.title, ws.sheet_state) for ws in wb.worksheets],
           "active sheet": wb.active.title}
    for ws in wb.worksheets:
        if ws.title == "_apichecklist":
            continue
        p = ws.title + ": "
        out[p + "texts"] = {c.coordinate: c.value for row in ws.iter_rows() for c in row
                            if c.value is not None}
        out[p + "merged cells"] = sorted(str(r) for r in ws.merged_cells.ranges)
        out[p + "comments"] = {c.coordinate: c.comment.text.strip() for row in ws.iter_rows()
                               for c in row if c.comment}
        out[p + "data validation"] = sorted(
            (dv.type, dv.formula1, str(dv.sqref)) for dv in ws.data_validations.dataValidation)
        out[p + "conditional formatting"] = sorted(
            (str(cf.sqref), rule.type, rule.operator, tuple(rule.formula or ()))
            for cf in ws.conditional_formatting for rule in cf.rules)
        out[p + "print titles"] = ws.print_title_rows
        out[p + "freeze panes"] = ws.freeze_panes
        out[p + "page orientation"] = ws.page_setup.orientation
        out[p + "number formats"] = {c.coordinate: c.number_format for row in ws.iter_rows()
                                     for c in row if c.value is not None
                                     and c.number_format != "General"}
        out[p + "bold cells"] = sorted(c.coordinate for row in ws.iter_rows() for c in row
                                       if c.value is not None and c.font and c.font.b)
        out[p + "fills"] = {c.coordinate: _color(c.fill.fgColor) for row in ws.iter_rows()
                            for c in row if c.fill and c.fill.fill_type == "solid"}
        out[p + "font sizes"] = {c.coordinate: c.font.sz for row in ws.iter_rows() for c in row
                                 if c.value is not None and c.font and c.font.sz
                                 and float(c.font.sz) != 11.0}
        # Excel's defaults (general, bottom) whether written or not: Calc writes them.
        out[p + "alignment"] = {
            c.coordinate: (c.alignment.horizontal or "general", c.alignment.vertical or "bottom")
            for row in ws.iter_rows() for c in row if c.alignment
            and (c.alignment.horizontal or "general", c.alignment.vertical or "bottom")
            != ("general", "bottom")}
        out[p + "wrapped cells"] = sorted(c.coordinate for row in ws.iter_rows() for c in row
                                          if c.alignment and c.alignment.wrap_text)
        out[p + "column widths"] = {k: round(d.width, 1) for k, d in ws.column_dimensions.items()
                                    if d.customWidth and d.width}
        # Set by hand (customHeight); other rows take the height their text needs, which
        # each program works out from its own fonts.
        out[p + "row heights"] = custom_row_heights(path, ws.title)
    out.update(describe_extras(wb))
    return out


def describe_extras(wb):
    out = {}
    if "社内メモ" in wb.sheetnames:
        memo = wb["社内メモ"]
        out["tab colour"] = _color(memo.sheet_properties.tabColor)
        out["defined names"] = sorted((d.name, d.attr_text) for d in wb.defined_names.definedName
                                      if not d.name.startswith("_xlnm"))
        out["hyperlink"] = memo["A4"].hyperlink.target if memo["A4"].hyperlink else None
        out["data validation messages"] = sorted(
            (dv.promptTitle, dv.prompt, dv.errorTitle, dv.error)
            for dv in memo.data_validations.dataValidation)
        out["border"] = memo["A6"].border.bottom.style if memo["A6"].border else None
        out["font name, italic, underline"] = (memo["A7"].font.name, memo["A7"].font.i,
                                               memo["A7"].font.u)
        out["zoom"] = memo.sheet_view.zoomScale
        out["hidden column"] = memo.column_dimensions["D"].hidden
        out["row outline"] = {r: memo.row_dimensions[r].outline_level for r in (8, 9)}
        out["auto filter"] = memo.auto_filter.ref
        out["comment author"] = memo["A3"].comment.author if memo["A3"].comment else None
    if "一覧" in wb.sheetnames:
        table = wb["一覧"]
        out["table (list object)"] = sorted((t.displayName, t.ref) for t in table.tables.values())
        out["chart"] = len(table._charts)
        out["sheet protection"] = table.protection.sheet
    out["core properties"] = (wb.properties.title, wb.properties.creator)
    return out
