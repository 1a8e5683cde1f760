#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format-14 (.clang-format) makes of it;
# prints the files. Fix with: clang-format-14 -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h')
drifted=()
for f in "${files[@]}"; do
  clang-format-14 --dry-run --Werror "$f" >/dev/null 2>&1 || drifted+=("$f")
done
if ((${#drifted[@]})); then
  echo "not formatted with clang-format-14 (${#drifted[@]} of ${#files[@]} files):"
  printf '  %s\n' "${drifted[@]}"
  echo "fix: clang-format-14 -i ${drifted[*]}"
  exit 1
fi
echo "clang-format-14: all ${#files[@]} C++ files formatted"
