"""Checklist sheets for the CLI tests, made from the catalog: a filled card-api-1.0 sheet
and a filled 試行版 sheet as CSV (what the reader takes without LibreOffice), and an .xlsx
whose sheet name carries terminal escape sequences (XML character references, which
openpyxl would refuse to write)."""
import csv
import json
import zipfile
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[2] / "catalog"


def checklist(checklist_id):
    return json.loads((CATALOG / "checklists" / f"{checklist_id}.json").read_text(encoding="utf-8"))


def rows(checklist_id, goal_of=None):
    """Header row and one answered row per item; `goal_of(number)` may replace a goal."""
    c = checklist(checklist_id)
    categories = {x["id"]: x["name"] for x in c["categories"]}
    targets = {x["id"]: x["label"] for x in c["targets"]}
    columns = [col["key"] for col in c["columns"]]
    out = [[col["label"] for col in c["columns"]]]
    for item in c["items"]:
        official = {"number": str(item["number"]), "category": categories[item["category"]],
                    "goal": item["goal"], "target": targets[item["target"]]}
        if goal_of and goal_of(item["number"]) is not None:
            official["goal"] = goal_of(item["number"])
        out.append([official.get(key, "") or answer(key, item["number"]) for key in columns])
    return out


def answer(key, number):
    if key in ("current_status", "status"):
        return f"通番{number}について、社内規程に基づき年次で点検し、記録を保管している。"
    if key == "issue":
        return "なし"
    return ""


def write_csv(path, table):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(table)
    return path


def write_xlsx(path, sheet_name_xml, table):
    """A minimal .xlsx with shared strings; `sheet_name_xml` goes into workbook.xml as is."""
    strings, cells = [], []
    for r, row in enumerate(table, start=1):
        refs = []
        for c, text in enumerate(row):
            if not text:
                continue
            strings.append(text)
            col = ""
            n = c + 1
            while n:
                n, rem = divmod(n - 1, 26)
                col = chr(65 + rem) + col
            refs.append(f'<c r="{col}{r}" t="s"><v>{len(strings) - 1}</v></c>')
        cells.append(f'<row r="{r}">{"".join(refs)}</row>')

    def esc(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
            f'<sheet name="{sheet_name_xml}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/sharedStrings.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}" count="{len(strings)}" uniqueCount="{len(strings)}">'
            + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}"><sheetData>{"".join(cells)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path
