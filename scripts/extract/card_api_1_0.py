"""Extractor for 「クレジットカード分野のオープン API に係る接続チェックリスト解説書」 Ver. 1.0.

build() returns {"checklist": ..., "errata": ...} as described in docs/catalog-format.md.
The item pages (section 6) are the primary reading of every item; the 確認項目一覧表
(section 5) is a second reading. Every difference between the two readings must be
covered by an erratum in data/errata-card-api-1.0.json, which also decides (through
catalog_uses) when the catalog keeps the list's reading instead of the page's.
"""
import re

from common import (CARD_SEED, SCHEMA_VERSION, Seed, clean_line, erratum_shape_problem, join_wrapped,
                    load_data, split_inline_entries, squash)

CHECKLIST_ID = "card-api-1.0"
# The checklist's name as the catalog spec gives it (the seed only prints the 解説書 title).
CHECKLIST_TITLE = "クレジットカード分野のオープンAPIに係る接続チェックリスト"
ERRATA_FILE = "errata-card-api-1.0.json"
SYNONYMS_FILE = "glossary-synonyms-card-api-1.0.json"

TARGETS = [
    {"id": "api", "label": "API 接続先", "role": "api"},
    {"id": "card", "label": "カード会社", "role": "card"},
    {"id": "common", "label": "共通", "role": "both"},
]
TARGET_BY_LABEL = {t["label"]: t["id"] for t in TARGETS}

# Section 2.2 numbers nine columns; 備考 is only printed as the last header cell.
COLUMN_KEYS = ["number", "category", "goal", "target", "current_status", "issue",
               "plan", "rule", "rule_location", "remarks"]
OFFICIAL_COLUMNS = 4

RULE_DOCUMENTS = [("FISC", "fisc-security-standards"),
                  ("クレジットカードデータ利用に係る API ガイドライン", "meti-api-guideline")]

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
NOTE_HEADER = re.compile(r"^[（(]注\s*(\d+)[)）]$")
NOTE_REF = re.compile(r"[（(]注\s*(\d+)[)）]")
METHOD = re.compile(r"^(\d+)\.\s*(.*)$")
HEADING = re.compile(r"^[<＜](.+)[>＞]$")
SEPARATOR = re.compile(r"^-+(\s+-+)*$")
ITEM_GOAL = re.compile(r"^通番\s*(\d+)\t(.*)$")
BULLET = re.compile(r"^\s*- (.*)$")
CIRCLED_LABEL = re.compile(r"^([" + CIRCLED + r"])\s*(.*)$")
LETTER_LABEL = re.compile(r"^([a-z]\.)\s*(.*)$")
ELLIPSIS = "…"
# Item fields the 確認項目一覧表 prints too, so that it gives a second reading of them.
LIST_FIELDS = ("category", "target", "goal")


def build():
    seed = Seed(CARD_SEED)
    sections = find_sections(seed)
    chapters = parse_chapters(seed)
    list_rows = parse_item_list(seed, sections["list"])
    pages = parse_item_pages(seed, sections["items"])
    errata = load_errata(seed)
    glossary = parse_glossary(seed, sections["glossary"])
    check_citations(errata, pages, list_rows, sections["list"])
    items = resolve_items(pages, list_rows, chapters, errata, sections["list"])
    link_glossary(items, glossary)
    add_synonyms(items, glossary, load_data(SYNONYMS_FILE))
    document = parse_document(seed)
    checklist = {
        "kind": "checklist",
        "schema_version": SCHEMA_VERSION,
        "id": CHECKLIST_ID,
        "title": CHECKLIST_TITLE,
        "version": "1.0",
        "label": document["version_label"],
        "document": document,
        "official": True,
        "targets": TARGETS,
        "columns": parse_columns(seed, sections["format"]),
        "chapters": [chapter_entry(c) for c in chapters],
        "declared_item_count": declared_item_count(seed),
        "categories": categories(chapters, items),
        "items": items,
        "glossary": glossary,
    }
    return {"checklist": checklist, "errata": errata}


# ---------------------------------------------------------------- document parts

def find_line(seed, predicate, start=1, end=None):
    end = end or len(seed.lines)
    for number in range(start, end + 1):
        if predicate(seed.line(number)):
            return number
    raise ValueError("line not found")


def find_sections(seed):
    """Line ranges (inclusive) of the body sections, located by their headings."""
    def heading(text):
        # The table of contents prints the same headings with a page number after them.
        return find_line(seed, lambda l: clean_line(l) == text)
    starts = {
        "format": heading("2.2 フォーマット"),
        "notes_for_use": heading("3 利用にあたっての留意事項"),
        "glossary": heading("4 用語解説"),
        "list": heading("5 確認項目一覧表"),
        "items": heading("6 確認項目"),
    }
    order = sorted(starts.items(), key=lambda kv: kv[1])
    ranges = {}
    for index, (name, first) in enumerate(order):
        last = order[index + 1][1] - 1 if index + 1 < len(order) else len(seed.lines)
        ranges[name] = (first + 1, last)
    return ranges


def parse_document(seed):
    title_line = find_line(seed, lambda l: l.startswith("クレジットカード分野"))
    history = find_line(seed, lambda l: l.startswith("Ver. 1.0\t"))
    date_label = seed.line(history).split("\t")[1]
    year, month, day = (int(x) for x in re.match(r"(\d+)年(\d+)月(\d+)日", date_label).groups())
    return {
        "title": join_wrapped(seed.span(title_line, title_line + 1)),
        "version_label": clean_line(seed.line(find_line(seed, lambda l: l.strip() == "Ver. 1.0"))),
        "date": f"{year:04d}-{month:02d}-{day:02d}",
        "date_label": date_label,
        "publisher": clean_line(seed.line(find_line(seed, lambda l: l.startswith("一般社団法人")))),
        "seed": seed.ref(),
    }


def declared_item_count(seed):
    line = seed.line(find_line(seed, lambda l: l.startswith("確認項目は、以下の")))
    return int(re.search(r"、(\d+)項目", line).group(1))


def parse_chapters(seed):
    header = find_line(seed, lambda l: l.startswith("章\t区分\t各章の目的\t通番"))
    chapters = []
    number = header + 1
    while seed.line(number).strip():
        chapter, name, purpose, printed = [clean_line(c) for c in seed.line(number).split("\t")]
        chapters.append({"chapter": int(chapter), "name": name, "purpose": purpose,
                         "printed_numbers": printed, "line": number})
        number += 1
    return chapters


def category_id(chapter):
    return f"{CHECKLIST_ID}:cat-{chapter}"


def chapter_entry(chapter):
    return {
        "chapter": chapter["chapter"],
        "category": category_id(chapter["chapter"]),
        "name": chapter["name"],
        "purpose": chapter["purpose"],
        "printed_numbers": chapter["printed_numbers"],
        "lines": [chapter["line"], chapter["line"]],
    }


def categories(chapters, items):
    return [{"id": category_id(c["chapter"]), "name": c["name"],
             "numbers": [i["number"] for i in items if i["category"] == category_id(c["chapter"])]}
            for c in chapters]


def parse_columns(seed, section):
    """Columns of the フォーマット: the numbered list of 2.2 plus the trailing 備考 header cell."""
    first, last = section
    described = []
    for number in range(first, last + 1):
        match = re.match(r"^- [" + CIRCLED + r"](.+?)：(.*)$", clean_line(seed.line(number)))
        if match:
            described.append((match.group(1), match.group(2)))
    header = find_line(seed, lambda l: l.startswith("① 通番\t"), first, last)
    header_cells = [clean_line(c) for c in seed.line(header).split("\t")]
    extra = [(cell, None) for cell in header_cells[len(described):] if cell]
    columns = described + extra
    if len(columns) != len(COLUMN_KEYS):
        raise ValueError(f"expected {len(COLUMN_KEYS)} format columns, found {len(columns)}")
    return [{"position": index + 1, "key": key, "label": label,
             "role": "official" if index < OFFICIAL_COLUMNS else "answer", "description": description}
            for index, (key, (label, description)) in enumerate(zip(COLUMN_KEYS, columns))]


# ---------------------------------------------------------------- glossary

def parse_glossary(seed, section):
    first, last = section
    rows = []
    for number in range(first, last + 1):
        cells = seed.line(number).split("\t")
        if len(cells) != 3 or clean_line(cells[0]) == "用語":
            continue
        term, pages, description = (clean_line(c) for c in cells)
        # A 記載頁 cell wrapped by the PDF ("49,77,78, 84,86,87") joins without a separator.
        pages = re.sub(r",\s+", ",", pages)
        if term:
            rows.append({"term": term, "pages_label": pages, "parts": [description],
                         "lines": [number, number]})
        else:
            # A row cut by a page break continues after the repeated table header.
            rows[-1]["parts"].append(description)
            rows[-1]["lines"][1] = number
    return [{"id": f"{CHECKLIST_ID}:term-{index + 1:02d}", "term": row["term"],
             "pages": [int(p) for p in re.findall(r"\d+", row["pages_label"])],
             "pages_label": row["pages_label"], "description": "".join(row["parts"]),
             "items": [], "source_lines": row["lines"]}
            for index, row in enumerate(rows)]


def item_texts(item):
    """Every printed text of an item that counts for glossary use."""
    texts = [item["goal"], item["explanation"], item["methods_intro"]]
    for group in item["method_groups"]:
        texts.append(group["heading"])
        texts.extend(m["text"] for m in group["methods"])
    for note in item["notes"]:
        texts.append(note["text"])
        texts.extend(entry_texts(note["entries"]))
    return texts


def entry_texts(entries):
    for entry in entries:
        yield entry["text"]
        yield from entry_texts(entry["entries"])


def link_glossary(items, glossary):
    for item in items:
        body = squash("".join(item_texts(item)))
        for term in glossary:
            if term_occurs(squash(term["term"]), body):
                item["glossary_terms"].append(term["id"])
                term["items"].append(item["number"])


def add_synonyms(items, glossary, data):
    """Each term's other printed wordings (data/glossary-synonyms-*.json), each checked to be
    printed in the term's description or in an item, so that none is invented."""
    if data["checklist"] != CHECKLIST_ID:
        raise ValueError(f"{SYNONYMS_FILE} is for {data['checklist']}, not {CHECKLIST_ID}")
    by_term = {term["term"]: term for term in glossary}
    for term in glossary:
        term["synonyms"] = []
    bodies = [squash("".join(item_texts(item))) for item in items]
    for entry in data["terms"]:
        term = by_term.get(entry["term"])
        if term is None:
            raise ValueError(f"{SYNONYMS_FILE}: {entry['term']!r} is not a glossary term")
        for wording in entry["synonyms"]:
            printed = squash(wording)
            if printed not in squash(term["description"]) and not any(printed in b for b in bodies):
                raise ValueError(f"{SYNONYMS_FILE}: {wording!r} ({entry['term']}) is printed nowhere")
            term["synonyms"].append(wording)


def term_occurs(term, body):
    """True when term occurs in body; a Latin term must not be part of a longer Latin word.

    Without the word check 「MTP」 would be found inside 「SMTP」.
    """
    before = r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", term) else ""
    after = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", term) else ""
    return re.search(before + re.escape(term) + after, body) is not None


# ---------------------------------------------------------------- 確認項目一覧表

def parse_item_list(seed, section):
    """{number: {"category", "goal", "target", "lines"}} as printed in section 5."""
    first, last = section
    rows = {}
    category = category_line = None
    for number in range(first, last + 1):
        cells = [clean_line(c) for c in seed.line(number).split("\t")]
        if len(cells) != 4 or not cells[1].isdigit():
            continue
        if cells[0]:
            category, category_line = cells[0], number
        rows[int(cells[1])] = {"category": category, "goal": cells[2], "target": cells[3],
                               "line": number, "category_line": category_line}
    return rows


# ---------------------------------------------------------------- item pages

def parse_item_pages(seed, section):
    first, last = section
    starts = [n for n in range(first, last + 1) if seed.line(n).startswith("区分\t対象者")]
    ends = [s - 1 for s in starts[1:]] + [last]
    return [parse_item_page(seed, start, end) for start, end in zip(starts, ends)]


def parse_item_page(seed, start, end):
    goal_line = find_line(seed, lambda l: ITEM_GOAL.match(l) is not None, start, end)
    category, target = parse_page_header(seed, start + 1, goal_line - 1)
    number = int(ITEM_GOAL.match(seed.line(goal_line)).group(1))
    goal_end = find_line(seed, lambda l: SEPARATOR.match(clean_line(l)) is not None, goal_line, end)
    goal_parts = [ITEM_GOAL.match(seed.line(goal_line)).group(2)] + seed.span(goal_line + 1, goal_end - 1)
    body = ItemBody(seed, goal_end + 1, end)
    last_line = max(n for n in range(start, end + 1) if seed.line(n).strip())
    return {
        "number": number,
        "category": category,
        "target": target,
        "goal": join_wrapped(goal_parts),
        "explanation": body.explanation,
        "methods_intro": body.methods_intro,
        "method_groups": body.method_groups,
        "notes": body.notes,
        "related_rules": body.related_rules,
        "source_lines": [start, last_line],
    }


def parse_page_header(seed, first, last):
    """区分 and 対象者 from the layout block under 「区分 対象者」.

    The block has a row with the target labels and a row with ○; the 区分 name sits in
    the first cell of either row. The ○ is in the tab column of its target label.
    """
    rows = [seed.line(n).split("\t") for n in range(first, last + 1) if seed.line(n).strip()]
    label_row = next(r for r in rows if "カード会社" in r)
    mark_row = next(r for r in rows if "○" in r)
    names = [clean_line(r[0]) for r in rows if clean_line(r[0])]
    if len(names) != 1 or mark_row.count("○") != 1:
        raise ValueError(f"unexpected 区分/対象者 block at line {first}")
    label = clean_line(label_row[mark_row.index("○")])
    return names[0], TARGET_BY_LABEL[label]


class ItemBody:
    """Explanation, 手法例 and 注記 of one item page, read line by line."""

    def __init__(self, seed, first, last):
        self.explanation_parts = []
        self.methods_intro = None
        self.method_groups = []
        self.notes = []
        self.related_rules = []
        self.state = "explanation"
        self.previous_blank = True
        self.entry_stack = []
        for number in range(first, last + 1):
            self.read(seed.line(number))
        self.explanation = "\n".join(self.explanation_parts)
        for group in self.method_groups:
            for method in group["methods"]:
                method["note_refs"] = [f"注{n}" for n in NOTE_REF.findall(method["text"])]
        for note in self.notes:
            note["text"] = "\n".join(note.pop("paragraphs"))

    def read(self, raw):
        line = clean_line(raw)
        if not line or SEPARATOR.match(line):
            self.previous_blank = True
            return
        if line.startswith("関連規定 "):
            self.state = "rules"
            self.related_rules.append(related_rule(line[len("関連規定 "):]))
        elif self.state == "explanation":
            self.read_explanation(line)
        elif self.state == "methods":
            self.read_method_line(line)
        elif self.state == "notes":
            self.read_note_line(raw, line)
        else:
            raise ValueError(f"unexpected text after 関連規定: {line}")
        self.previous_blank = False

    def read_explanation(self, line):
        if line.startswith("本項目に関連して実施する手法例"):
            self.methods_intro = line
            self.state = "methods"
        elif self.previous_blank or not self.explanation_parts:
            self.explanation_parts.append(line)
        else:
            self.explanation_parts[-1] += line

    def read_method_line(self, line):
        heading = HEADING.match(line)
        method = METHOD.match(line)
        if heading:
            self.method_groups.append({"heading": heading.group(1), "methods": []})
        elif method:
            self.method_groups[-1]["methods"].append(
                {"label": f"{method.group(1)}.", "number": int(method.group(1)),
                 "text": method.group(2), "note_refs": []})
        elif not self.previous_blank and self.method_groups and self.method_groups[-1]["methods"]:
            # A method wrapped by the PDF: "(注1)", "(例：…)" or the rest of the sentence.
            self.method_groups[-1]["methods"][-1]["text"] += line
        elif NOTE_HEADER.match(line):
            self.state = "notes"
            self.read_note_line(line, line)
        else:
            raise ValueError(f"unexpected line among 手法例: {line}")

    def read_note_line(self, raw, line):
        header = NOTE_HEADER.match(line)
        if header:
            self.notes.append({"label": f"注{header.group(1)}", "printed_label": line,
                               "paragraphs": [], "entries": []})
            self.entry_stack = []
            return
        bullet = BULLET.match(raw)
        content = clean_line(bullet.group(1)) if bullet else line
        kind, label, text = entry_label(content, bullet is not None)
        if kind:
            for label, text in split_inline_entries(label, text):
                self.add_entry(kind, {"label": label, "text": text, "entries": []})
        elif not self.previous_blank and self.entry_stack:
            self.entry_stack[-1][1]["text"] += line
        else:
            self.add_note_paragraph(line)

    def add_note_paragraph(self, line):
        paragraphs = self.notes[-1]["paragraphs"]
        if paragraphs and not self.previous_blank:
            paragraphs[-1] += line
        else:
            paragraphs.append(line)

    def add_entry(self, kind, entry):
        """Nest by label kind: a kind already open closes the deeper levels, a new kind opens one."""
        kinds = [k for k, _ in self.entry_stack]
        if kind in kinds:
            del self.entry_stack[kinds.index(kind):]
        parent = self.entry_stack[-1][1] if self.entry_stack else self.notes[-1]
        parent["entries"].append(entry)
        self.entry_stack.append((kind, entry))


def entry_label(content, bulleted):
    """(kind, label, text) of a note line; kind None when the line is no entry."""
    for kind, pattern in (("circled", CIRCLED_LABEL), ("letter", LETTER_LABEL)):
        match = pattern.match(content)
        if match:
            return kind, match.group(1), match.group(2)
    if bulleted:
        return "bullet", "", content
    return None, None, None


def related_rule(text):
    for marker, document in RULE_DOCUMENTS:
        if marker in text:
            return {"text": text, "document": document}
    raise ValueError(f"関連規定 names an unknown document: {text}")


# ---------------------------------------------------------------- both readings

def resolve_items(pages, list_rows, chapters, errata, list_section):
    numbers = [p["number"] for p in pages]
    if numbers != sorted(set(numbers)) or set(numbers) != set(list_rows):
        raise ValueError("item pages and 確認項目一覧表 do not list the same 通番")
    chapter_by_name = {c["name"]: c["chapter"] for c in chapters}
    list_choices = list_readings_kept(errata, list_section)
    items = []
    for page in pages:
        row = list_rows[page["number"]]
        readings = {
            "category": (page["category"], row["category"]),
            "target": (page["target"], TARGET_BY_LABEL[row["target"]]),
            "goal": (page["goal"], row["goal"]),
        }
        chosen = {}
        for field, (on_page, in_list) in readings.items():
            if on_page != in_list and (field, page["number"]) not in covered_fields(errata):
                raise ValueError(f"通番 {page['number']}: {field} differs between page and list "
                                 f"({on_page!r} / {in_list!r}) without an erratum")
            chosen[field] = in_list if (field, page["number"]) in list_choices else on_page
        if chosen["category"] not in chapter_by_name:
            raise ValueError(f"通番 {page['number']}: unknown 区分 {chosen['category']!r}")
        items.append(item_entry(page, chosen, category_id(chapter_by_name[chosen["category"]])))
    return items


def item_entry(page, chosen, category):
    return {
        "id": f"{CHECKLIST_ID}:item-{page['number']:02d}",
        "number": page["number"],
        "category": category,
        "target": chosen["target"],
        "goal": chosen["goal"],
        "explanation": page["explanation"],
        "methods_intro": page["methods_intro"],
        "method_groups": page["method_groups"],
        "notes": page["notes"],
        "related_rules": page["related_rules"],
        "glossary_terms": [],
        "source_lines": page["source_lines"],
    }


def covered_fields(errata):
    return {(e["field"], n) for e in errata["entries"] for n in e["item_numbers"]}


def list_readings_kept(errata, list_section):
    """(field, number) pairs whose erratum keeps the reading printed in the 確認項目一覧表."""
    first, last = list_section
    kept = set()
    for entry in errata["entries"]:
        if entry["field"] not in LIST_FIELDS:
            continue
        lines = entry["readings"][entry["catalog_uses"]]["lines"]
        if first <= lines[0] and lines[1] <= last:
            kept.update((entry["field"], n) for n in entry["item_numbers"])
    return kept


# ---------------------------------------------------------------- errata

def load_errata(seed):
    data = load_data(ERRATA_FILE)
    for entry in data["entries"]:
        if not 0 <= entry["catalog_uses"] < len(entry["readings"]):
            raise ValueError(f"{entry['id']}: catalog_uses out of range")
        problem = erratum_shape_problem(entry)
        if problem:
            raise ValueError(f"{entry['id']}: {problem}")
        for reading in entry["readings"]:
            if not reading_found(seed, reading):
                raise ValueError(f"{entry['id']}: reading not found at lines {reading['lines']}: "
                                 f"{reading['text']}")
    return {"kind": "errata", "schema_version": SCHEMA_VERSION, "checklist": CHECKLIST_ID,
            "entries": data["entries"]}


def reading_found(seed, reading):
    """True when the reading's text occurs at its lines, compared whitespace-free.

    An ellipsis (…) in a reading stands for omitted text: the parts around it must occur
    in order.
    """
    first, last = reading["lines"]
    if not 1 <= first <= last <= len(seed.lines):
        return False
    haystack = squash(join_wrapped(seed.span(first, last)))
    position = 0
    parts = [squash(p) for p in reading["text"].split(ELLIPSIS) if squash(p)]
    for part in parts:
        found = haystack.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return bool(parts)


def check_citations(errata, pages, list_rows, list_section):
    """Every reading cites the lines of its own item(s), not another item's.

    A reading's items are its own `items` when it has them (a cross-reference citing the
    item it points at), else the erratum's item_numbers (no check when that is empty: the
    erratum concerns the whole document). A cited line that belongs to another item's page
    or 確認項目一覧表 row fails, except the line where a merged 区分 cell of the list is
    printed for a category reading of a later row. A reading of a category, target or goal
    in the list or on a page must also show that value as printed there.
    """
    owner = {}
    for page in pages:
        first, last = page["source_lines"]
        owner.update((line, page["number"]) for line in range(first, last + 1))
    owner.update((row["line"], number) for number, row in list_rows.items())
    pages_by_number = {page["number"]: page for page in pages}
    for entry in errata["entries"]:
        for reading in entry["readings"]:
            allowed = reading.get("items", entry["item_numbers"])
            if not allowed:
                continue
            first, last = reading["lines"]
            extra = set()
            if entry["field"] == "category":
                extra = {list_rows[n]["category_line"] for n in allowed if n in list_rows}
            for line in range(first, last + 1):
                if line in owner and owner[line] not in allowed and line not in extra:
                    raise ValueError(f"{entry['id']}: reading {reading['where']!r} cites line {line} of "
                                     f"通番 {owner[line]}, not of 通番 {allowed}")
            if entry["field"] in LIST_FIELDS:
                check_reading_shows_value(entry, reading, allowed, list_rows, pages_by_number, list_section)


def check_reading_shows_value(entry, reading, allowed, list_rows, pages, list_section):
    field = entry["field"]
    first, last = reading["lines"]
    shown = squash(reading["text"])
    for number in allowed:
        row, page = list_rows.get(number), pages.get(number)
        in_list = row is not None and first <= row["line"] <= last
        on_page = page is not None and page["source_lines"][0] <= first and last <= page["source_lines"][1]
        if in_list:
            value = row[field]
            if field == "category" and not first <= row["category_line"]:
                raise ValueError(f"{entry['id']}: reading {reading['where']!r} cites the row of 通番 {number} "
                                 f"but not line {row['category_line']}, where its 区分 is printed")
        elif on_page and field != "target":  # the page prints 対象者 as a ○ under a label
            value = page[field]
        else:
            continue
        if squash(value) not in shown:
            raise ValueError(f"{entry['id']}: reading {reading['where']!r} does not show the {field} "
                             f"of 通番 {number} printed there ({value!r})")
