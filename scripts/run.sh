#!/usr/bin/env bash
# The main job: set up, build, install the Calc sidebar into a throwaway profile and open
# a sample checklist in Calc with the 「API接続チェックリスト」 deck open. Without a display
# the same runs under Xvfb and a screenshot is written. Then the helper's CLI demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target apichecklist extension_oxt

oxt="$build_dir/extension/apichecklist-sidebar.oxt"
open_calc=(/usr/bin/python3 extension/tools/open_in_calc.py --oxt "$oxt" --workdir "$build_dir/sample")
if [ -n "${DISPLAY:-}" ]; then
  "${open_calc[@]}" --wait
else
  /usr/bin/python3 scripts/xvfb_exec.py -s '-screen 0 1600x1000x24' "${open_calc[@]}" --screenshot "$build_dir/screenshots/sidebar.png"
fi

cli="$build_dir/helper/apichecklist"
run() { printf '\n$ apichecklist %s\n' "$*"; "$cli" "$@"; }
run list
run show 21
run related 40
run search 'ＴＬＳ'
run glossary トークン
run mapping --from bank-api-trial-2017 --to card-api-1.0
