#!/usr/bin/env python3
"""Runs `apichecklist validate --json FILE` on every spreadsheet of a corpus, one process per
file, and says what went wrong: crashes, hangs, stdout that is not JSON, text on stderr that
is not ours, the worst peak RSS, and every refusal grouped by its message (issues 22, 23).

  python3 scripts/corpus/run.py [--cli build/helper/apichecklist] [--timeout 30] [--jobs 2]
                                [--results out.jsonl] PATH...

PATH is a directory (searched recursively), a file, or @LIST (a file naming one path a line).
Only .xlsx, .xlsm, .ods and .csv are run (--ext changes that). Exit status 1 if any file
crashed, hung or printed something `json.loads` refuses; 0 otherwise. Standard library only.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_EXTS = (".xlsx", ".xlsm", ".ods", ".csv")
# Words that only a library would write: a refusal quoting them speaks orcus, not our words.
LIBRARY_WORDS = re.compile(
    r"orcus|malformed_xml_error|xml_structure_error|parse_error|general_error|"
    r"row numbers differ|std::|terminate called|what\(\)|\* last guid|revision header|"
    r"zip_error|libzip|boost", re.IGNORECASE)


def find_files(paths, exts):
    out = []
    for p in paths:
        if p.startswith("@"):
            with open(p[1:], encoding="utf-8") as f:
                out.extend(find_files([line.strip() for line in f if line.strip()], exts))
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(exts):
                        out.append(Path(root) / name)
        elif path.is_file():
            out.append(path)
        else:
            print(f"run.py: no such file or directory: {p}", file=sys.stderr)
    return out


def run_one(cli, file, timeout, env):
    """One process; its own session so a timeout kills all it started. Peak RSS from wait4,
    which covers the child and the children it reaped."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([cli, "validate", "--json", str(file)], stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, env=env, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    return {
        "file": str(file),
        "returncode": proc.returncode,
        "timeout": timed_out.is_set(),
        "seconds": round(seconds, 3),
        "max_rss_kb": usage.ru_maxrss,
        "stdout": stdout,
        "stderr": stderr,
    }


def classify(r):
    """Adds json_ok, statuses, refusals and foreign stderr lines to a result of run_one."""
    rc = r["returncode"]
    r["crash"] = not r["timeout"] and (rc < 0 or rc > 128)
    r["signal"] = -rc if rc < 0 else (rc - 128 if rc > 128 else 0)
    r["json_ok"] = False
    r["refusals"] = []
    r["statuses"] = []
    try:
        doc = json.loads(r["stdout"].decode("utf-8"))
        r["json_ok"] = isinstance(doc, dict) and isinstance(doc.get("files"), list)
        for f in doc.get("files", []) if r["json_ok"] else []:
            r["statuses"].append(f.get("status", "?"))
            if f.get("status") == "unreadable":
                e = f.get("error", {})
                r["refusals"].append((e.get("message_en", ""), e.get("message", "")))
    except (UnicodeDecodeError, ValueError):
        pass
    text = r["stderr"].decode("utf-8", "replace")
    # Ours: "apichecklist: ..." (main.cpp) and the progress line (only on a terminal).
    r["foreign_stderr"] = [line for line in text.splitlines()
                           if line.strip() and not line.startswith("apichecklist: ")]
    return r


def group_key(message):
    """A refusal's message with the file-specific parts (numbers, quoted names) blanked."""
    m = re.sub(r"「[^」]*」|\"[^\"]*\"|'[^']*'", "«…»", message)
    return re.sub(r"\d+", "N", m)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--cli", default=os.environ.get("APICHECKLIST_CLI", "build/helper/apichecklist"))
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per file (default 30)")
    ap.add_argument("--jobs", type=int, default=2, help="files at a time (default 2)")
    ap.add_argument("--ext", action="append", help="file endings to run (default .xlsx .xlsm .ods .csv)")
    ap.add_argument("--results", help="write one JSON line per file here")
    ap.add_argument("--examples", type=int, default=3, help="files shown per refusal group")
    args = ap.parse_args()

    exts = tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in args.ext) if args.ext else DEFAULT_EXTS
    files = find_files(args.paths, exts)
    if not files:
        print("run.py: no files", file=sys.stderr)
        return 2
    cli = str(Path(args.cli).resolve()) if os.sep in args.cli else args.cli
    env = {**os.environ, "APICHECKLIST_LANG": "ja"}

    started = time.monotonic()
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for r in pool.map(lambda f: classify(run_one(cli, f, args.timeout, env)), files):
            results.append(r)
            if sys.stderr.isatty():
                print(f"\r{len(results)}/{len(files)}", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print("\r" + " " * 20 + "\r", end="", file=sys.stderr)
    elapsed = time.monotonic() - started

    if args.results:
        with open(args.results, "w", encoding="utf-8") as f:
            for r in results:
                row = {k: v for k, v in r.items() if k not in ("stdout", "stderr")}
                row["stderr"] = r["stderr"].decode("utf-8", "replace")[:2000]
                if not r["json_ok"]:
                    row["stdout_head"] = r["stdout"][:2000].decode("utf-8", "replace")
                f.write(json.dumps(row, ensure_ascii=False) + "\n")

    by_ext = collections.Counter(Path(r["file"]).suffix.lower() for r in results)
    codes = collections.Counter(r["returncode"] for r in results if not r["timeout"])
    statuses = collections.Counter(s for r in results for s in r["statuses"])
    crashes = [r for r in results if r["crash"]]
    hangs = [r for r in results if r["timeout"]]
    not_json = [r for r in results if not r["json_ok"] and not r["crash"] and not r["timeout"]]
    foreign = [r for r in results if r["foreign_stderr"]]
    worst = max(results, key=lambda r: r["max_rss_kb"])
    slowest = max(results, key=lambda r: r["seconds"])
    groups = collections.defaultdict(list)
    for r in results:
        for en, ja in r["refusals"]:
            groups[group_key(en or ja)].append((r["file"], en, ja))

    print(f"cli: {cli}")
    kinds = ", ".join(f"{k or '(none)'} {v}" for k, v in sorted(by_ext.items()))
    print(f"files: {len(results)} ({kinds}) in {elapsed:.1f} s, timeout {args.timeout:g} s")
    print("exit codes: " + ", ".join(f"{c}: {n}" for c, n in sorted(codes.items())))
    print("statuses: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
    print(f"crashes: {len(crashes)}")
    for r in crashes:
        sig = signal.Signals(r["signal"]).name if r["signal"] in signal.valid_signals() else r["signal"]
        print(f"  {r['file']}: exit {r['returncode']} ({sig})")
    print(f"hangs (> {args.timeout:g} s): {len(hangs)}")
    for r in hangs:
        print(f"  {r['file']}")
    print(f"stdout not JSON: {len(not_json)}")
    for r in not_json:
        head = r["stdout"][:120].decode("utf-8", "replace").replace("\n", "\\n")
        print(f"  {r['file']}: exit {r['returncode']}: {head!r}")
    print(f"stderr not ours: {len(foreign)}")
    for r in foreign[:50]:
        print(f"  {r['file']}: {r['foreign_stderr'][0][:160]!r}"
              + (f" (+{len(r['foreign_stderr']) - 1} lines)" if len(r["foreign_stderr"]) > 1 else ""))
    print(f"worst peak RSS: {worst['max_rss_kb'] / 1024:.1f} MiB: {worst['file']}")
    print(f"slowest: {slowest['seconds']:.2f} s: {slowest['file']}")
    library = sum(len(v) for k, v in groups.items() if LIBRARY_WORDS.search(v[0][1] + v[0][2]))
    print(f"refusals: {sum(len(v) for v in groups.values())} in {len(groups)} groups"
          f" ({library} quoting library text, marked !)")
    for key, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        mark = "!" if LIBRARY_WORDS.search(items[0][1] + items[0][2]) else " "
        print(f" {mark}{len(items):5d}  {items[0][1] or items[0][2]}")
        for file, _, _ in items[:args.examples]:
            print(f"         {file}")
    return 1 if crashes or hangs or not_json else 0


if __name__ == "__main__":
    sys.exit(main())
