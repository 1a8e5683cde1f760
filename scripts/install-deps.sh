#!/usr/bin/env bash
# Installs every Debian 12 package the project builds, tests and runs with.
# Idempotent: packages already present are skipped by apt-get.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  nlohmann-json3-dev libicu-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  liborcus-dev liborcus-bin libboost-dev libboost-filesystem-dev libssl-dev
  libreoffice-calc libreoffice-dev python3 python3-uno python3-jsonschema
  xvfb xauth imagemagick fonts-noto-cjk
  libzip-dev         # validate: zip entry sizes before inflating (zip-bomb guard), not exposed by orcus
  python3-openpyxl   # validate: inline-string .xlsx fixture and the benchmark peer
  # Catalog packages: libarchive unpacks .tar.gz/.zip packages safely (entry types,
  # paths and sizes checked per entry); dtl gives the character-level diff of
  # Japanese text in `catalog diff`.
  libarchive-dev libdtl-dev
  # The HTML report test opens the report in headless Chromium and keeps a screenshot.
  chromium
  # The PDF report test reads pages and text back (pdfinfo, pdftotext, pdftoppm).
  poppler-utils
  # Calc sidebar: a Japanese office UI, so the deck, menus and dialogs around the
  # sidebar speak the checklist's language (the extension follows the UI language).
  libreoffice-l10n-ja
  # Style check (ctest style.clang_format): the formatter .clang-format is written for.
  clang-format-14
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
sudo_cmd=()
[ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
