#!/usr/bin/python3
"""Runs `apichecklist validate --json` on every layout fixture and compares with its key.

  APICHECKLIST_CLI=build/helper/apichecklist python3 tests/layouts/test_layouts.py DIR [--measure]

A fixture is right when: the file status is the key's; every expected finding is there
(rule, and number / column / sheet when the key gives them); no error-level finding is
there that the key does not expect; the rules listed in "exact" occur exactly as often as
expected; the checked and skipped sheets are the key's; the message holds the key's words;
`report --format json` counts the validator's findings and reads every checked sheet (its
per-sheet and per-区分 states add up to its items). `compare` of the plain sheet against
the layouts that carry the same answers reports no change.
--measure prints the tally and exits 0 (for before/after figures).
"""
import json
import os
import subprocess
import sys
from pathlib import Path


def matches(entry, finding):
    return all(finding.get(k) == v for k, v in entry.items())


def check(cli, path, key):
    problems = []
    run = subprocess.run([cli, "--json", "validate", "--role", key["role"], str(path)],
                         capture_output=True, text=True, timeout=120)
    try:
        result = json.loads(run.stdout)
    except json.JSONDecodeError:
        return [f"no JSON (exit {run.returncode}): {run.stderr.strip()[:300]}"], None
    file = result["files"][0]
    if file["status"] != key["status"]:
        problems.append(f"status {file['status']} (expected {key['status']}): "
                        f"{file.get('error', {}).get('message', '')[:300]}")
        return problems, file
    if key["status"] != "checked":
        message = file.get("error", {}).get("message", "")
        for word in key.get("message", []):
            if word not in message:
                problems.append(f"message lacks 「{word}」: {message[:300]}")
        return problems, file
    findings = file["findings"]
    for entry in key["expect"]:
        if not any(matches(entry, f) for f in findings):
            problems.append(f"missing {entry}")
    for f in findings:
        if f["severity"] == "error" and not any(matches(e, f) for e in key["expect"]):
            problems.append(f"false error {f['rule']} {f.get('number')} {f.get('sheet')}!"
                            f"{f.get('cell')}: {f['message'][:120]}")
    for rule in key.get("exact", []):
        want = sum(1 for e in key["expect"] if e["rule"] == rule)
        got = sum(1 for f in findings if f["rule"] == rule)
        if want != got:
            problems.append(f"{rule}: {got} findings, expected {want}")
    checked = [s["name"] for s in file["sheets"]] if "sheets" in file else [file.get("sheet")]
    if "sheets" in key and checked != key["sheets"]:
        problems.append(f"checked sheets {checked}, expected {key['sheets']}")
    skipped = [s["name"] for s in file.get("skipped_sheets", [])]
    for name in key.get("skipped", []):
        if name not in skipped:
            problems.append(f"sheet {name} not named as skipped ({skipped})")
    problems += check_report(cli, path, key, file, checked)
    return problems, file


def check_report(cli, path, key, file, checked):
    run = subprocess.run([cli, "report", "--format", "json", "--role", key["role"], str(path)],
                         capture_output=True, text=True, timeout=120)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        return [f"report: no JSON (exit {run.returncode}): {run.stderr.strip()[:300]}"]
    problems = []
    if report["counts"]["error"] != file["counts"]["error"] or \
            len(report["findings"]) != len(file["findings"]):
        problems.append(f"report: {report['counts']} / {len(report['findings'])} findings, "
                        f"validate: {file['counts']} / {len(file['findings'])}")
    names = [s["name"] for s in report["sheets"]]
    if names != checked:
        problems.append(f"report: sheets {names}, validate checked {checked}")
    skipped = [s["name"] for s in report["skipped_sheets"]]
    if skipped != [s["name"] for s in file.get("skipped_sheets", [])]:
        problems.append(f"report: skipped sheets {skipped}, validate skipped "
                        f"{[s['name'] for s in file.get('skipped_sheets', [])]}")
    total = report["total"]["items"]
    for group in ("sheets", "categories"):
        if sum(s["items"] for s in report[group]) != total:
            problems.append(f"report: the {group}' items do not add up to {total}")
        for s in report[group]:
            if sum(s["states"].values()) != s["items"]:
                problems.append(f"report: {s['name']}: states {s['states']} ≠ {s['items']} items")
    return problems


# Layouts whose rows carry the plain sheet's answers: compare must see no change.
SAME_ANSWERS_AS_PLAIN = ["marks.xlsx", "marks.ods", "header-groups.xlsx", "header-groups.ods",
                         "header-split.xlsx", "header-numbered.xlsx"]


def check_compare(cli, directory):
    problems = []
    for name in SAME_ANSWERS_AS_PLAIN:
        run = subprocess.run([cli, "--json", "compare", str(directory / "plain.xlsx"),
                              str(directory / name)], capture_output=True, text=True, timeout=120)
        try:
            result = json.loads(run.stdout)
        except json.JSONDecodeError:
            problems.append(f"compare plain.xlsx {name}: no JSON (exit {run.returncode}): "
                            f"{run.stderr.strip()[:300]}")
            continue
        summary = result["summary"]
        if result["changed"] or summary["items_compared"] != 43:
            problems.append(f"compare plain.xlsx {name}: {summary}")
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    measure = "--measure" in sys.argv
    cli = os.environ.get("APICHECKLIST_CLI", "apichecklist")
    directory = Path(args[0])
    keys = sorted(directory.glob("*.json"))
    if len(keys) < 25:
        print(f"only {len(keys)} fixtures in {directory}")
        return 1
    right = 0
    for key_path in keys:
        path = key_path.with_suffix("")
        key = json.loads(key_path.read_text("utf-8"))
        problems, _ = check(cli, path, key)
        if problems:
            print(f"FAIL {path.name} ({key['what']})")
            for p in problems[:8]:
                print(f"     {p}")
            if len(problems) > 8:
                print(f"     … {len(problems) - 8} more")
        else:
            right += 1
            print(f"ok   {path.name}")
    print(f"{right}/{len(keys)} layout fixtures right")
    compare_problems = check_compare(cli, directory)
    for p in compare_problems:
        print(f"FAIL {p}")
    if not compare_problems:
        print(f"ok   compare: plain.xlsx against {len(SAME_ANSWERS_AS_PLAIN)} layouts, no change")
    return 0 if measure or (right == len(keys) and not compare_problems) else 1


if __name__ == "__main__":
    sys.exit(main())
