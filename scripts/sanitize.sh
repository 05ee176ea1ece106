#!/usr/bin/env bash
# Unit tests (and CLI tests) under AddressSanitizer + UndefinedBehaviorSanitizer
# with g++, in build-asan/. Any report fails the run (-fno-sanitize-recover).
#   bash scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_ASAN:-build-asan}
# scripts/sanitize.cmake adds the sanitizer flags to our targets (not simdjson).
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=g++ \
  -DCMAKE_CXX_FLAGS="-g -O1" -DCMAKE_PROJECT_INCLUDE="$PWD/scripts/sanitize.cmake" \
  -DCORROBORATE_TESTS=ON -DCORROBORATE_CLI=ON >/dev/null
cmake --build "$BUILD" -j"${JOBS:-2}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$BUILD" --output-on-failure -j"${JOBS:-2}"
echo "sanitizers: ASan+UBSan clean ($BUILD)"
