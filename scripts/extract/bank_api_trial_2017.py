"""Extractor of 「ＡＰＩ接続チェックリスト（試行版）」 (bank-api-trial-2017).

The seed is a PDF-to-text dump of a landscape table whose row cells can come
out of order. The row reconstruction is kept as data in
data/trial-rows.json (seed line ranges per cell); this module reads the cells'
text from those lines, parses methods and related rules, and fails loudly
when the data does not account for every content line of the seed exactly once.
"""
import re

from common import (SCHEMA_VERSION, TRIAL_SEED, Seed, clean_line, erratum_shape_problem, join_wrapped,
                    load_data, split_inline_entries, squash)

CHECKLIST_ID = "bank-api-trial-2017"
DECLARED_ITEM_COUNT = 60
ROWS_DATA = "trial-rows.json"
ERRATA_DATA = "errata-bank-api-trial-2017.json"

TARGETS = [
    {"id": "api", "label": "API接続先", "role": "api"},
    {"id": "bank", "label": "銀行", "role": "card"},
    {"id": "common", "label": "共通", "role": "both"},
]
TARGET_BY_LABEL = {t["label"]: t["id"] for t in TARGETS}

COLUMNS = [
    ("number", "通番", "official"),
    ("category", "区分", "official"),
    ("goal", "セキュリティ対応目標", "official"),
    ("target", "対象者", "official"),
    ("methods", "手法例", "official"),
    ("current_status", "現在の対応状況", "answer"),
    ("future_plan", "今後の対応予定", "answer"),
    ("rule", "関連規定", "official"),
    ("rule_location", "関連規定箇所", "official"),
    ("remarks", "備考", "answer"),
]

# Printed order of the cells in a row; a row whose cells appear in the seed in
# another order must be marked as reconstructed.
CELL_ORDER = ["number", "category", "goal", "target", "methods", "rule", "rule_location", "remarks"]
REQUIRED_CELLS = ["number", "category", "goal", "target", "methods"]

DOCUMENT_BY_PRINTED_NAME = {
    "銀行API報告書・セキュリティ原則": "bank-api-report-security",
    "銀行API報告書・利用者保護原則": "bank-api-report-user-protection",
    "FISC・安対基準": "fisc-security-standards",
}

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

HEADING = re.compile(r"^＜(.+)＞$")
METHOD = re.compile(r"^([0-9０-９]+[．.])\s*(.*)$")
NOTE = re.compile(r"^([（(]注\s*([0-9０-９]+)\s*[）)])(.*)$")
NOTE_REF = re.compile(r"[（(]注\s*([0-9０-９]+)\s*[）)]")
ENTRY_PATTERNS = [
    (1, re.compile(r"^([①-⑳])\s*(.*)$")),
    (2, re.compile(r"^([a-z][.．])\s*(.*)$")),
    (3, re.compile(r"^(・)(.*)$")),
]
SEPARATOR = re.compile(r"^-{3,}$")
REPORT_SECTION = re.compile(r"^([0-9]+(?:\.[0-9]+)+)\s+(.*)$")
SECTION_LETTER = re.compile(r"^[a-z]$")
FISC_CODE = re.compile(r"^\D+[0-9]+(?:-[0-9]+)?$")
HEISEI_DATE = re.compile(r"^平成([0-9]+)年([0-9]+)月([0-9]+)日$")


class ExtractionError(Exception):
    pass


def fail(message):
    raise ExtractionError(f"{CHECKLIST_ID}: {message}")


def to_int(digits):
    return int(digits.translate(FULL_WIDTH_DIGITS))


# --- segments and line claims ---------------------------------------------

def segment_bounds(segment):
    return segment[0], segment[1]


def segment_part(segment):
    return segment[2] if len(segment) > 2 else None


def cell_raw_lines(seed, segments):
    """The cleaned lines of a cell, blank ones kept as "" (they separate paragraphs)."""
    lines = []
    for segment in segments:
        first, last = segment_bounds(segment)
        part = segment_part(segment)
        lines.extend([part] if part is not None else [clean_line(l) for l in seed.span(first, last)])
    return lines


def cell_lines(seed, segments):
    return [line for line in cell_raw_lines(seed, segments) if line]


def part_offsets(line, parts):
    """Offsets of the parts inside a shared line; fails unless the parts cover it exactly."""
    offsets = {}
    position = 0
    for part in sorted(parts, key=line.find):
        found = line.find(part, position)
        if found < 0:
            fail(f"part {part!r} not found in line {line!r}")
        if line[position:found].strip():
            fail(f"line {line!r}: text {line[position:found]!r} is claimed by no cell")
        offsets[part] = found
        position = found + len(part)
    if line[position:].strip():
        fail(f"line {line!r}: text {line[position:]!r} is claimed by no cell")
    return offsets


def layout_lines(seed, layout):
    """Line numbers of page titles, column headers and page footers."""
    title = layout["page_title"]
    header = layout["column_header"]
    footer = re.compile(layout["page_footer_pattern"])
    found = set()
    cleaned = [clean_line(l) for l in seed.lines]
    for index, line in enumerate(cleaned):
        number = index + 1
        if footer.match(line):
            found.add(number)
        if line != title:
            continue
        found.add(number)
        following = [i + 1 for i in range(index + 1, len(cleaned)) if cleaned[i]][:len(header)]
        if [cleaned[n - 1] for n in following] != header:
            fail(f"page title at line {number} is not followed by the column header")
        found.update(following)
    return found


def collect_claims(seed, rows):
    """{line: [(item number, cell, part or None)]}; fails on empty or out-of-range segments."""
    claims = {}
    for row in rows:
        for cell, segments in row["cells"].items():
            if not segments:
                fail(f"item {row['number']}: cell {cell} has no segment")
            for segment in segments:
                first, last = segment_bounds(segment)
                if not 1 <= first <= last <= len(seed.lines):
                    fail(f"item {row['number']}: cell {cell}: bad line range {segment}")
                if not any(clean_line(l) for l in seed.span(first, last)):
                    fail(f"item {row['number']}: cell {cell}: lines {first}-{last} are empty")
                part = segment_part(segment)
                if part is not None and first != last:
                    fail(f"item {row['number']}: cell {cell}: a part must name one line")
                for line in range(first, last + 1):
                    claims.setdefault(line, []).append((row["number"], cell, part))
    return claims


def check_claims(seed, claims, unclaimed_ok):
    """Every non-empty line is layout/document or claimed: wholly by one cell or by parts that cover it."""
    for number, line in enumerate(seed.lines, start=1):
        text = clean_line(line)
        owners = claims.get(number, [])
        if not text:
            continue
        if number in unclaimed_ok:
            if owners:
                fail(f"line {number} is layout/document text but claimed by {owners}")
            continue
        if not owners:
            fail(f"line {number} ({text!r}) is claimed by no item")
        whole = [o for o in owners if o[2] is None]
        if whole and len(owners) > 1:
            fail(f"line {number} ({text!r}) is claimed more than once: {owners}")
        if not whole:
            part_offsets(text, [o[2] for o in owners])


def cell_position(seed, segments):
    """(line, offset) where a cell starts in the seed."""
    first, _ = segment_bounds(segments[0])
    part = segment_part(segments[0])
    return (first, clean_line(seed.line(first)).find(part) if part is not None else 0)


def cells_out_of_order(seed, row):
    present = [c for c in CELL_ORDER if c in row["cells"]]
    positions = [cell_position(seed, row["cells"][c]) for c in present]
    return positions != sorted(positions)


def check_rows(seed, rows):
    numbers = [row["number"] for row in rows]
    if numbers != list(range(1, DECLARED_ITEM_COUNT + 1)):
        fail(f"rows must be numbered 1..{DECLARED_ITEM_COUNT} in order, got {numbers}")
    for row in rows:
        missing = [c for c in REQUIRED_CELLS if c not in row["cells"]]
        unknown = [c for c in row["cells"] if c not in CELL_ORDER]
        if missing or unknown:
            fail(f"item {row['number']}: missing cells {missing}, unknown cells {unknown}")
        if ("rule" in row["cells"]) != ("rule_location" in row["cells"]):
            fail(f"item {row['number']}: rule and rule_location must come together")
        out_of_order = cells_out_of_order(seed, row)
        if out_of_order != row["reconstructed"]:
            fail(f"item {row['number']}: reconstructed={row['reconstructed']} but cells out of order={out_of_order}")
        if row["reconstructed"] and not row.get("reason", "").strip():
            fail(f"item {row['number']}: reconstructed row without a reason")


# --- methods and notes ---------------------------------------------------------

def note_refs(text):
    return [f"注{to_int(d)}" for d in NOTE_REF.findall(text)]


def match_entry(line):
    for depth, pattern in ENTRY_PATTERNS:
        found = pattern.match(line)
        if found:
            return depth, found.group(1), found.group(2)
    return None


class MethodsParser:
    """Parses a 手法例 cell: ＜heading＞ groups of numbered methods, then (注N) notes."""

    def __init__(self, item_number):
        self.item_number = item_number
        self.groups = []
        self.notes = []
        self.method = None
        self.note = None
        self.stack = []          # open note entries: [(depth, entry)]
        self.paragraph_open = False
        self.stack_closed = False  # a blank line ends the continuation of the open entry

    def parse(self, lines):
        for line in lines:
            if not line:
                self.paragraph_open = False
                self.stack_closed = True
                continue
            self.feed(line)
            self.stack_closed = False
        for note in self.notes:
            note["text"] = "\n".join(note.pop("paragraphs"))
        return self.groups, self.notes

    def feed(self, line):
        if self.note is None:
            self.feed_method_line(line)
        else:
            self.feed_note_line(line)

    def feed_method_line(self, line):
        heading = HEADING.match(line)
        method = METHOD.match(line)
        note = NOTE.match(line)
        if heading:
            self.groups.append({"heading": heading.group(1), "methods": []})
            self.method = None
        elif method:
            if not self.groups:
                self.groups.append({"heading": None, "methods": []})
            self.method = {"label": method.group(1), "number": to_int(method.group(1)[:-1]),
                           "text": method.group(2), "note_refs": []}
            self.groups[-1]["methods"].append(self.method)
        elif note:
            self.start_note(note)
        elif self.method is not None:
            self.method["text"] += line
        else:
            fail(f"item {self.item_number}: methods line {line!r} belongs to no method")
        if self.method is not None:
            self.method["note_refs"] = note_refs(self.method["text"])

    def start_note(self, match):
        self.note = {"label": f"注{to_int(match.group(2))}", "printed_label": match.group(1),
                     "text": "", "paragraphs": [], "entries": []}
        if match.group(3):
            self.note["paragraphs"].append(match.group(3))
        self.notes.append(self.note)
        self.stack = []
        self.paragraph_open = False
        self.stack_closed = False

    def feed_note_line(self, line):
        note = NOTE.match(line)
        entry = match_entry(line)
        if HEADING.match(line) or METHOD.match(line):
            fail(f"item {self.item_number}: method line {line!r} after the notes")
        if note:
            self.start_note(note)
        elif entry:
            depth, label, text = entry
            for label, text in split_inline_entries(label, text):
                self.add_entry(depth, label, text)
        elif self.paragraph_open:
            self.note["paragraphs"][-1] += line
        elif self.stack and not self.stack_closed:
            self.stack[-1][1]["text"] += line
        else:
            self.note["paragraphs"].append(line)
            self.paragraph_open = True

    def add_entry(self, depth, label, text):
        while self.stack and self.stack[-1][0] >= depth:
            self.stack.pop()
        parent = self.stack[-1][1] if self.stack else self.note
        entry = {"label": label, "text": text, "entries": []}
        parent["entries"].append(entry)
        self.stack.append((depth, entry))
        self.paragraph_open = False


def parse_methods(item_number, raw_lines):
    groups, notes = MethodsParser(item_number).parse(raw_lines)
    labels = [n["label"] for n in notes]
    for group in groups:
        for method in group["methods"]:
            for ref in method["note_refs"]:
                if ref not in labels:
                    fail(f"item {item_number}: method {method['label']} refers to missing {ref}")
    return groups, notes


# --- related rules -------------------------------------------------------------

def split_sources(lines):
    """Lines of a rule or location cell, split at the printed ------ separators."""
    chunks = [[]]
    for line in lines:
        if SEPARATOR.match(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    if any(not chunk for chunk in chunks):
        fail(f"empty source between separators in {lines}")
    return chunks


def report_rule(item_number, document, printed, location):
    section = REPORT_SECTION.match(location[0])
    if not section:
        fail(f"item {item_number}: {printed}: no section number in {location[0]!r}")
    rest = location[1:]
    letter = rest.pop() if rest and SECTION_LETTER.match(rest[-1]) else None
    title = section.group(2) + "".join(rest)
    text = " ".join(p for p in (section.group(1), title, letter) if p)
    return {"document": document, "printed_document": printed, "section": section.group(1),
            "title": title, "letter": letter, "codes": [], "text": text}


def fisc_rule(item_number, document, printed, location):
    text = "".join(location)
    codes = text.split("、")
    bad = [c for c in codes if not FISC_CODE.match(c)]
    if bad:
        fail(f"item {item_number}: unexpected FISC codes {bad} in {text!r}")
    return {"document": document, "printed_document": printed, "section": None,
            "title": None, "letter": None, "codes": codes, "text": text}


def parse_related_rules(item_number, rule_lines, location_lines):
    documents = split_sources(rule_lines)
    locations = split_sources(location_lines)
    if len(documents) != len(locations):
        fail(f"item {item_number}: {len(documents)} rule documents but {len(locations)} locations")
    rules = []
    for document_lines, location in zip(documents, locations):
        printed = "".join(document_lines)
        document = DOCUMENT_BY_PRINTED_NAME.get(printed)
        if document is None:
            fail(f"item {item_number}: unknown rule document {printed!r}")
        parse = fisc_rule if document == "fisc-security-standards" else report_rule
        rules.append(parse(item_number, document, printed, location))
    return rules


# --- items, categories, document ---------------------------------------------------

def single_value(item_number, cell, lines):
    text = join_wrapped(lines)
    if not text:
        fail(f"item {item_number}: cell {cell} is empty")
    return text


def reconstruction(row):
    lines = {}
    for cell in CELL_ORDER:
        if cell in row["cells"]:
            segments = row["cells"][cell]
            lines[cell] = [segments[0][0], segments[-1][1]]
    return {"reconstructed": row["reconstructed"], "reason": row.get("reason"), "lines": lines}


def source_lines(row):
    bounds = [n for segments in row["cells"].values() for s in segments for n in segment_bounds(s)]
    return [min(bounds), max(bounds)]


def build_item(seed, row, category_ids):
    number = row["number"]
    cells = row["cells"]
    printed_number = single_value(number, "number", cell_lines(seed, cells["number"]))
    if to_int(printed_number) != number:
        fail(f"item {number}: number cell reads {printed_number!r}")
    target_label = single_value(number, "target", cell_lines(seed, cells["target"]))
    if target_label not in TARGET_BY_LABEL:
        fail(f"item {number}: unknown target {target_label!r}")
    groups, notes = parse_methods(number, cell_raw_lines(seed, cells["methods"]))
    rules = []
    if "rule" in cells:
        rules = parse_related_rules(number, cell_lines(seed, cells["rule"]), cell_lines(seed, cells["rule_location"]))
    item = {
        "id": f"{CHECKLIST_ID}:item-{number:02d}",
        "number": number,
        "category": category_ids[single_value(number, "category", cell_lines(seed, cells["category"]))],
        "target": TARGET_BY_LABEL[target_label],
        "goal": single_value(number, "goal", cell_lines(seed, cells["goal"])),
        "explanation": None,
        "methods_intro": None,
        "method_groups": groups,
        "notes": notes,
        "related_rules": rules,
        "glossary_terms": [],
    }
    if "remarks" in cells:
        item["remarks"] = single_value(number, "remarks", cell_lines(seed, cells["remarks"]))
    item["reconstruction"] = reconstruction(row)
    item["source_lines"] = source_lines(row)
    return item


def category_names(seed, rows):
    """Category names in order of first appearance (by 通番)."""
    names = []
    for row in rows:
        name = join_wrapped(cell_lines(seed, row["cells"]["category"]))
        if name not in names:
            names.append(name)
    return names


def categories(names, items):
    result = []
    for index, name in enumerate(names, start=1):
        category_id = f"{CHECKLIST_ID}:cat-{index}"
        result.append({"id": category_id, "name": name,
                       "numbers": [i["number"] for i in items if i["category"] == category_id]})
    return result


def document_metadata(seed, document_lines):
    date_label = clean_line(seed.line(document_lines["date"]))
    date = HEISEI_DATE.match(date_label)
    if not date:
        fail(f"line {document_lines['date']}: not a 平成 date: {date_label!r}")
    year = 1988 + int(date.group(1))
    title = clean_line(seed.line(document_lines["title"]))
    version_label = re.search(r"（(.+)）$", title)
    return {
        "title": title,
        "version_label": version_label.group(1) if version_label else None,
        "date": f"{year:04d}-{int(date.group(2)):02d}-{int(date.group(3)):02d}",
        "date_label": date_label,
        "publisher": clean_line(seed.line(document_lines["publisher"])),
        "seed": seed.ref(),
    }


def columns():
    return [{"position": position, "key": key, "label": label, "role": role, "description": None}
            for position, (key, label, role) in enumerate(COLUMNS, start=1)]


def load_rows(seed):
    data = load_data(ROWS_DATA)
    if data["seed"] != seed.name:
        fail(f"{ROWS_DATA} is for seed {data['seed']}, not {seed.name}")
    return data


def build_checklist(seed, data):
    rows = data["rows"]
    check_rows(seed, rows)
    unclaimed_ok = layout_lines(seed, data["layout"]) | set(data["document_lines"].values())
    check_claims(seed, collect_claims(seed, rows), unclaimed_ok)
    names = category_names(seed, rows)
    category_ids = {name: f"{CHECKLIST_ID}:cat-{i}" for i, name in enumerate(names, start=1)}
    items = [build_item(seed, row, category_ids) for row in rows]
    document = document_metadata(seed, data["document_lines"])
    return {
        "kind": "checklist",
        "schema_version": SCHEMA_VERSION,
        "id": CHECKLIST_ID,
        "title": document["title"],
        "version": "trial-2017",
        "label": document["version_label"],
        "document": document,
        "official": True,
        "targets": TARGETS,
        "columns": columns(),
        "chapters": [],
        "declared_item_count": DECLARED_ITEM_COUNT,
        "categories": categories(names, items),
        "items": items,
        "glossary": [],
    }


# --- errata --------------------------------------------------------------------------

def check_reading(seed, entry_number, reading):
    first, last = reading["lines"]
    printed = squash(join_wrapped(seed.span(first, last)))
    if squash(reading["text"]) not in printed:
        fail(f"erratum {entry_number}: reading {reading['text']!r} does not occur at lines {first}-{last}")


def check_citation(claims, entry_number, entry, reading):
    """A reading cites lines of its own item(s): its `items`, else the erratum's item_numbers.

    A line that the row data gives wholly to other items fails (a line shared by the cells
    of several rows passes when one of them is an item of the reading). No check when the
    erratum names no item.
    """
    allowed = reading.get("items", entry["item_numbers"])
    if not allowed:
        return
    first, last = reading["lines"]
    for line in range(first, last + 1):
        owners = sorted({owner[0] for owner in claims.get(line, [])})
        if owners and not set(owners) & set(allowed):
            fail(f"erratum {entry_number}: reading {reading['where']!r} cites line {line} of 通番 "
                 f"{owners}, not of 通番 {allowed}")


def build_errata(seed, claims=None):
    data = load_data(ERRATA_DATA)
    if claims is None:
        claims = collect_claims(seed, load_rows(seed)["rows"])
    entries = []
    for index, entry in enumerate(data["entries"], start=1):
        for reading in entry["readings"]:
            check_reading(seed, index, reading)
            check_citation(claims, index, entry, reading)
        problem = erratum_shape_problem(entry)
        if problem:
            fail(f"erratum {index}: {problem}")
        uses = entry["catalog_uses"]
        if uses is not None and not 0 <= uses < len(entry["readings"]):
            fail(f"erratum {index}: catalog_uses {uses} is not a reading")
        entries.append({"id": f"{CHECKLIST_ID}:erratum-{index:02d}", **entry})
    return {"kind": "errata", "schema_version": SCHEMA_VERSION, "checklist": CHECKLIST_ID, "entries": entries}


def build():
    seed = Seed(TRIAL_SEED)
    return {"checklist": build_checklist(seed, load_rows(seed)), "errata": build_errata(seed)}
