#!/usr/bin/env bash
# Every benchmark in one run: Release build, single thread.
#   bash scripts/bench.sh            full run (~3-5 min on a quiet 2-core machine)
#   BENCH_QUICK=1 bash scripts/bench.sh   shorter: 200 pages per set, compare up to 200 articles
#   BENCH_LIMIT=N  first N pages of each set; BENCH_SECONDS=S  minimum measured time
#   WASM_PACKAGE=DIR  the npm package for the WASM extract runs (index.js + dist/; default js/),
#                     e.g. a copy of js/index.js next to a build made with -DCORROBORATE_WASM_OUT=DIR/dist
# Rates are CPU time of the measuring process (wall-clock shown too).
# 1. extract throughput on HTML and text: native, WASM (Node, the npm package
#    js/index.js) and Mozilla Readability + linkedom on the same pages, with ratios;
# 2. scaling of extract() with page size and compare() with article count,
#    with peak memory and the fitted exponent;
# 3. compare() in WASM (bench/node_compare.mjs) on 2-200 of the same articles.
# Inputs: ../shared/datasets/{dragnet,l3s-gn1}/{html,text} when present, else
# generated pages (bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_BENCH:-build-bench}
MIN_SECONDS=${BENCH_SECONDS:-3}
MAX_ARTICLES=1000
LIMIT=${BENCH_LIMIT:-0}   # 0 = every page; else the first N pages of each set
if [ -n "${BENCH_QUICK:-}" ]; then MIN_SECONDS=0.5; MAX_ARTICLES=200; LIMIT=${BENCH_LIMIT:-200}; fi
LIMIT_ARGS=""
PACKAGE=${WASM_PACKAGE:-js}
[ "$LIMIT" != 0 ] && LIMIT_ARGS="--limit $LIMIT"

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCORROBORATE_BENCH=ON -DCORROBORATE_TESTS=OFF -DCORROBORATE_CLI=OFF >/dev/null
cmake --build "$BUILD" -j"${JOBS:-2}" --target bench_extract bench_scaling >/dev/null

DATA=../shared/datasets
if [ -d "$DATA/dragnet/html" ]; then
  HTML_DIRS="$DATA/dragnet/html $DATA/l3s-gn1/html"
  TEXT_DIRS="$DATA/dragnet/text $DATA/l3s-gn1/text"
  echo "inputs: $DATA dragnet + l3s-gn1 (html/ and text/)"
else
  mkdir -p "$BUILD/pages/html" "$BUILD/pages/text"
  "$BUILD/bench/bench_extract" --generate html "$BUILD/pages/html" 200
  "$BUILD/bench/bench_extract" --generate text "$BUILD/pages/text" 200
  HTML_DIRS="$BUILD/pages/html"
  TEXT_DIRS="$BUILD/pages/text"
  echo "inputs: 200 generated HTML pages (100-200 KB) and 200 generated text pages (bench/README.md)"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"

results=$(mktemp)
trap 'rm -f "$results"' EXIT
run() { echo "  $*" >&2; "$@" | tee -a "$results" >&2; }
echo "throughput runs:" >&2
# shellcheck disable=SC2086
run "$BUILD/bench/bench_extract" --kind html $HTML_DIRS --min-seconds "$MIN_SECONDS" $LIMIT_ARGS
# shellcheck disable=SC2086
run "$BUILD/bench/bench_extract" --kind text $TEXT_DIRS --min-seconds "$MIN_SECONDS" $LIMIT_ARGS
if [ -f "$PACKAGE/dist/corroborate-wasm.wasm" ]; then
  # shellcheck disable=SC2086
  run node bench/node_extract.mjs --engine wasm --package "$PACKAGE" --kind html $HTML_DIRS --min-seconds "$MIN_SECONDS" $LIMIT_ARGS
  # shellcheck disable=SC2086
  run node bench/node_extract.mjs --engine wasm --package "$PACKAGE" --kind text $TEXT_DIRS --min-seconds "$MIN_SECONDS" $LIMIT_ARGS
else
  echo "  wasm: skipped (js/dist not built: bash scripts/build.sh wasm)" >&2
fi
# shellcheck disable=SC2086
run node bench/node_extract.mjs --engine readability --kind html $HTML_DIRS --min-seconds "$MIN_SECONDS" $LIMIT_ARGS

echo
echo "## extract throughput (single thread)"
node bench/table.mjs < "$results"
echo
echo "## scaling (each point in its own process; peak MB = that process's max RSS)"
"$BUILD/bench/bench_scaling" --pages --compare --max-articles "$MAX_ARTICLES"
if [ -f js/dist/corroborate-wasm.wasm ]; then
  echo
  echo "## compare() in WASM (npm package in Node; the same generated story articles)"
  mkdir -p "$BUILD/story"
  "$BUILD/bench/bench_extract" --generate story "$BUILD/story" 200
  COUNTS=2,10,50,200
  [ -n "${BENCH_QUICK:-}" ] && COUNTS=2,10,50
  echo "| articles | ms/compare (CPU) | ms/compare (wall) | findings |"
  echo "|---:|---:|---:|---:|"
  node bench/node_compare.mjs "$BUILD/story" --counts "$COUNTS" --min-seconds 1 |
    node -e 'for (const l of require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean)) { const r = JSON.parse(l); console.log(`| ${r.articles} | ${r.cpu_ms_per_compare ?? "-"} | ${r.ms_per_compare ?? "-"} | ${r.findings ?? r.skipped} |`); }'
fi
echo
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
