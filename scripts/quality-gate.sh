#!/usr/bin/env bash
# Quality gate (issue 4): extraction F1 on ../shared/datasets, HTML and plain
# text, next to Mozilla Readability on the same pages, with floors. Skips
# cleanly when the datasets are absent. Never copies dataset files anywhere but
# a temporary folder.
#   scripts/quality-gate.sh            # all datasets
#   DATASETS="dragnet" scripts/quality-gate.sh
#   BUILD_DIR=build-x scripts/quality-gate.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${CORROBORATE_DATASETS:-$ROOT/../shared/datasets}"
if [ ! -f "$DATA/score.py" ]; then
  echo "skipped: ../shared/datasets not found"
  exit 0
fi
BUILD="${BUILD_DIR:-$ROOT/build}"
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
WORK="$(mktemp -d "${TMPDIR:-/tmp}/corroborate-gate.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# The core library, Release, and a small batch driver linked against it (it
# times extraction alone, in CPU time, so a busy machine does not skew pages/s).
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target corroborate_core -j2 >/dev/null
SIMDJSON_LIB="$BUILD/libcorroborate_simdjson.a"
[ -f "$SIMDJSON_LIB" ] || SIMDJSON_LIB="-lsimdjson"
"${CXX:-c++}" -O2 -std=c++17 -I"$ROOT/core/include" "$ROOT/tests/quality/extract_dir.cpp" \
  "$BUILD/libcorroborate_core.a" $SIMDJSON_LIB -o "$WORK/extract_dir"

DATASETS="${DATASETS:-$(cd "$DATA" && for d in */; do if [ -d "$d/html" ] && [ -d "$d/gold" ]; then echo "${d%/}"; fi; done)}"
for ds in $DATASETS; do
  for mode in html text; do
    mkdir -p "$WORK/$ds-$mode"
    "$WORK/extract_dir" "$mode" "$DATA/$ds/$mode" "$WORK/$ds-$mode" > "$WORK/$ds-$mode.time.json"
    python3 "$DATA/score.py" "$DATA/$ds/gold" "$WORK/$ds-$mode" --json > "$WORK/$ds-$mode.score.json"
  done
  if [ -d "$ROOT/node_modules/@mozilla/readability" ] && [ -d "$ROOT/node_modules/linkedom" ]; then
    node "$ROOT/tests/quality/readability_run.mjs" "$DATA/$ds" "$WORK/$ds-readability" > "$WORK/$ds-readability.time.json"
    python3 "$DATA/score.py" "$DATA/$ds/gold" "$WORK/$ds-readability" --json > "$WORK/$ds-readability.score.json"
  else
    echo "note: node_modules lacks @mozilla/readability or linkedom (npm ci): no Readability column" >&2
  fi
  if [ -n "${PER_PAGE:-}" ]; then python3 "$DATA/score.py" "$DATA/$ds/gold" "$WORK/$ds-html" --per-page | sed -n '12,31p'; fi
done
python3 "$ROOT/tests/quality/gate_table.py" "$WORK" $DATASETS
