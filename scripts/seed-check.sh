#!/usr/bin/env bash
# Developer check of the plain-text extractor on the seed articles in
# ../shared/seeds (read at run time, never copied into the repo): prints every
# line with KEEP or its removal label/reason, then the metadata found.
# Usage: scripts/seed-check.sh [file...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="${CORROBORATE_SHARED_DIR:-$root/../shared}/seeds"
out="${TMPDIR:-/tmp}/corroborate-seed-check"
mkdir -p "$out"
g++ -std=c++17 -O2 -fno-exceptions -I"$root/core/include" -I"$root/core/src" -I"$root/core/data" \
  "$root/tests/text_eval/text_driver.cpp" "$root"/core/src/{normalize,text_dates,text_lines,text_extract,text_utils,span,names}.cpp \
  -o "$out/text_driver"
if [ $# -gt 0 ]; then files=("$@"); else
  [ -d "$seeds" ] || { echo "no $seeds: skipped"; exit 0; }
  files=("$seeds"/*.txt)
fi
"$out/text_driver" --show "${files[@]}"
