"""The mapping bank-api-trial-2017 -> card-api-1.0, from hand-kept data.

build() resolves the 通番 of the data against both checklists, fails loudly on
an unknown number, an inconsistent relation or an item left out on either side.
"""
import re

from common import SCHEMA_VERSION, load_data, squash

DATA = "mapping-bank-api-trial-2017__card-api-1.0.json"
RELATIONS = ["same", "reworded", "merged_into", "split_into", "moved_into", "removed", "new"]
# Secondary links of a row: "part" (a part of the item, e.g. a 手法例 group, went to another
# item than the row's targets) and "nearest" (a removed item's nearest item, for review).
SECONDARY_KINDS = ["part", "nearest"]
ONE_TARGET = {"same", "reworded", "merged_into", "moved_into"}
TRAILING_STOP = re.compile(r"。$")


class MappingError(Exception):
    pass


def fail(message):
    raise MappingError(f"mapping: {message}")


def items_by_number(checklist):
    return {item["number"]: item for item in checklist["items"]}


def comparable_goal(goal):
    """Goals compared without whitespace and without a final 。 (the card version adds one)."""
    return TRAILING_STOP.sub("", squash(goal))


def check_row_shape(row):
    relation, source, targets = row["relation"], row.get("from"), row["to"]
    label = f"row from={source} to={targets}"
    if relation not in RELATIONS:
        fail(f"{label}: unknown relation {relation!r}")
    if (relation == "new") != (source is None):
        fail(f"{label}: only a 'new' row has no from number")
    if relation in ONE_TARGET and len(targets) != 1:
        fail(f"{label}: {relation} needs exactly one target")
    if relation == "split_into" and len(targets) < 2:
        fail(f"{label}: split_into needs at least two targets")
    if relation == "removed" and targets:
        fail(f"{label}: removed has no targets")
    if relation == "new" and not targets:
        fail(f"{label}: new needs a target")
    if len(set(targets)) != len(targets):
        fail(f"{label}: repeated target")
    if not row.get("reason", "").strip():
        fail(f"{label}: no reason")


def resolve(numbers, items, side):
    unknown = [n for n in numbers if n not in items]
    if unknown:
        fail(f"unknown {side} number(s) {unknown}")
    return [items[n]["id"] for n in numbers]


def check_goals(row, old_items, new_items):
    """'same' means the goal is unchanged; a 'reworded' goal must really differ."""
    if row["relation"] not in ("same", "reworded"):
        return
    identical = comparable_goal(old_items[row["from"]]["goal"]) == comparable_goal(new_items[row["to"][0]]["goal"])
    if identical != (row["relation"] == "same"):
        fail(f"row from={row['from']}: relation {row['relation']} but goals identical={identical}")


def check_coverage(rows, old_items, new_items):
    sources = [row["from"] for row in rows if row["from"] is not None]
    repeated = sorted({n for n in sources if sources.count(n) > 1})
    if repeated:
        fail(f"from numbers in more than one row: {repeated}")
    missing_old = sorted(set(old_items) - set(sources))
    if missing_old:
        fail(f"from items in no row: {missing_old}")
    targets = {n for row in rows for n in row["to"]}
    missing_new = sorted(set(new_items) - targets)
    if missing_new:
        fail(f"to items in no row: {missing_new}")


def check_merges(rows):
    """A merged_into target must receive at least one other old item."""
    for row in rows:
        if row["relation"] != "merged_into":
            continue
        target = row["to"][0]
        others = [r["from"] for r in rows if target in r["to"] and r is not row and r["from"] is not None]
        if not others:
            fail(f"row from={row['from']}: merged_into {target} but no other item goes there")


def row_columns(row, default_columns, old_columns, new_columns):
    if row["relation"] in ("removed", "new"):
        return {}
    columns = row.get("columns", default_columns)
    for old_key, new_keys in columns.items():
        if old_key not in old_columns or any(k not in new_columns for k in new_keys):
            fail(f"row from={row['from']}: columns {old_key} -> {new_keys} name unknown columns")
    return columns


def answer_keys(checklist):
    return {c["key"] for c in checklist["columns"] if c["role"] == "answer"}


def headings(item):
    return [g["heading"] for g in item.get("method_groups", [])]


def build_secondary(row, data, old_items, new_items):
    """The row's secondary links, checked: a part names a 手法例 group of both items."""
    label = f"row from={row['from']}"
    links = []
    for link in row.get("secondary", []):
        kind, target, part = link["kind"], link["to"], link.get("part")
        if kind not in SECONDARY_KINDS:
            fail(f"{label}: unknown secondary kind {kind!r}")
        if row["from"] is None:
            fail(f"{label}: a 'new' row has no secondary links")
        if target in row["to"]:
            fail(f"{label}: secondary link to {target}, already a target of the row")
        if (kind == "nearest") != (row["relation"] == "removed"):
            fail(f"{label}: a 'nearest' link belongs to a removed row, a 'part' link to any other")
        if not link.get("reason", "").strip():
            fail(f"{label}: secondary link to {target} without a reason")
        to_id = resolve([target], new_items, data["to"])[0]
        if kind == "part":
            if not part:
                fail(f"{label}: a 'part' link names the part that moved")
            if part not in headings(old_items[row["from"]]):
                fail(f"{label}: {part!r} is no 手法例 group of {data['from']} {row['from']}")
            if "method_groups" in new_items[target] and part not in headings(new_items[target]):
                fail(f"{label}: {part!r} is no 手法例 group of {data['to']} {target}")
        links.append({"kind": kind, "to_number": target, "to_id": to_id, "part": part,
                      "reason": link["reason"]})
    return links


def build_alternative(row, data, new_items):
    """The other reading of a row the texts do not decide (recorded, never followed)."""
    alternative = row.get("alternative")
    if alternative is None:
        return None
    check_row_shape({**alternative, "from": row["from"]})
    if alternative["relation"] == row["relation"] and alternative["to"] == row["to"]:
        fail(f"row from={row['from']}: the alternative reading is the row's own")
    return {"relation": alternative["relation"], "to_numbers": alternative["to"],
            "to_ids": resolve(alternative["to"], new_items, data["to"]), "reason": alternative["reason"]}


def build_row(row, data, old, new, old_items, new_items):
    built = {
        "from_number": row["from"],
        "from_id": resolve([row["from"]], old_items, data["from"])[0] if row["from"] is not None else None,
        "relation": row["relation"],
        "to_numbers": row["to"],
        "to_ids": resolve(row["to"], new_items, data["to"]),
        "reason": row["reason"],
        "columns": row_columns(row, data["default_columns"], answer_keys(old), answer_keys(new)),
    }
    secondary = build_secondary(row, data, old_items, new_items)
    if secondary:
        built["secondary"] = secondary
    alternative = build_alternative(row, data, new_items)
    if alternative:
        built["alternative"] = alternative
    return built


def build(trial_checklist, card_checklist, data=None):
    data = data if data is not None else load_data(DATA)
    if (data["from"], data["to"]) != (trial_checklist["id"], card_checklist["id"]):
        fail(f"data maps {data['from']} -> {data['to']}, got {trial_checklist['id']} -> {card_checklist['id']}")
    old_items, new_items = items_by_number(trial_checklist), items_by_number(card_checklist)
    rows = data["rows"]
    for row in rows:
        check_row_shape(row)
    built = [build_row(row, data, trial_checklist, card_checklist, old_items, new_items) for row in rows]
    for row in rows:
        check_goals(row, old_items, new_items)
    check_coverage(rows, old_items, new_items)
    check_merges(rows)
    built.sort(key=lambda r: (r["from_number"] is None, r["from_number"] or 0, r["to_numbers"]))
    return {
        "kind": "mapping",
        "schema_version": SCHEMA_VERSION,
        "id": data["id"],
        "from": data["from"],
        "to": data["to"],
        "version": data["version"],
        "default_columns": data["default_columns"],
        "rows": built,
    }
