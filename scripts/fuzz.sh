#!/usr/bin/env bash
# Builds the libFuzzer targets (clang++-14, ASan+UBSan) in build-fuzz/ and runs
# each for a bounded time from the seed corpus in fuzz/corpus/<target>/.
#   bash scripts/fuzz.sh [seconds per target, default 30; 0 = build only]
# Skips (exit 0) with a message when clang++-14 / libFuzzer are not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-30}
BUILD=${BUILD_FUZZ:-build-fuzz}
CXX_FUZZ=${CXX_FUZZ:-clang++-14}
TARGETS="extract_html extract_text compare json_input"

if ! command -v "$CXX_FUZZ" >/dev/null; then
  echo "fuzz: skipped: $CXX_FUZZ not found (apt-get install clang-14 libclang-rt-14-dev)"; exit 0
fi
if ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz: skipped: libFuzzer runtime missing (apt-get install libclang-rt-14-dev)"; exit 0
fi

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX_FUZZ" \
  -DCMAKE_CXX_FLAGS="-g -O1" -DCMAKE_PROJECT_INCLUDE="$PWD/scripts/sanitize.cmake" \
  -DCORROBORATE_SANITIZE_FLAGS="-fsanitize=address,undefined,fuzzer-no-link;-fno-sanitize-recover=undefined" \
  -DCORROBORATE_FUZZ=ON -DCORROBORATE_TESTS=OFF -DCORROBORATE_CLI=OFF >/dev/null
cmake --build "$BUILD" -j"${JOBS:-2}" --target $(for t in $TARGETS; do printf 'fuzz_%s ' "$t"; done)

if [ "$SECONDS_PER_TARGET" = 0 ]; then echo "fuzz: built in $BUILD/fuzz/ (0 s: not run)"; exit 0; fi

status=0
summary=""
for t in $TARGETS; do
  corpus="$BUILD/corpus/$t"
  mkdir -p "$corpus" "$BUILD/artifacts/$t"
  cp -n fuzz/corpus/$t/* "$corpus/" 2>/dev/null || true
  log="$BUILD/fuzz_$t.log"
  echo "fuzz: $t for ${SECONDS_PER_TARGET}s"
  if ASAN_OPTIONS=detect_leaks=1 "$BUILD/fuzz/fuzz_$t" "$corpus" fuzz/corpus/$t \
      -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=20 -rss_limit_mb=2560 \
      -artifact_prefix="$BUILD/artifacts/$t/" -print_final_stats=1 >"$log" 2>&1; then
    result=ok
  else
    result="CRASH (see $log and $BUILD/artifacts/$t/)"
    status=1
    tail -n 40 "$log" >&2
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  summary+=$(printf '%-14s %10s execs in %4ss  %s' "$t" "$runs" "$SECONDS_PER_TARGET" "$result")$'\n'
done
echo
echo "fuzz summary (target, executions, time, result):"
printf '%s' "$summary"
exit $status
