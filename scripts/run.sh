#!/usr/bin/env bash
# The main job: set up, build, and show what apichecklist does with the catalog.
# (The Calc sidebar joins here once it exists; until then this runs the CLI.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target apichecklist
cli="$build_dir/helper/apichecklist"
run() { printf '\n$ apichecklist %s\n' "$*"; "$cli" "$@"; }
run list
run show 21
run related 40
run search 'ＴＬＳ'
run glossary トークン
run mapping --from bank-api-trial-2017 --to card-api-1.0
