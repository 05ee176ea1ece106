#!/usr/bin/env bash
# Builds corroborate:  scripts/build.sh [native|wasm|all]   (default: all)
#   native → build/       (Release; the CLI is build/cli/corroborate, tests build/tests/corroborate_tests)
#   wasm   → build-wasm/  (Emscripten; writes js/dist/corroborate-wasm.{mjs,wasm} for the npm package)
# JOBS overrides the parallelism (default: the number of cores, at most 2 on shared machines is kind).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

build_native() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$JOBS"
}

build_wasm() {
  cmake -S . -B build-wasm -DCMAKE_TOOLCHAIN_FILE="$PWD/emsdk-toolchain.cmake" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-wasm -j"$JOBS"
  ls -l js/dist/corroborate-wasm.mjs js/dist/corroborate-wasm.wasm
}

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  all) build_native; build_wasm ;;
  *) echo "usage: scripts/build.sh [native|wasm|all]" >&2; exit 2 ;;
esac
